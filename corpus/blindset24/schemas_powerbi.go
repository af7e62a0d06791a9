package blindset24

import (
	"fmt"
	"sort"
)

// domcarePowerBI: a domiciliary-care agency published a Power BI report
// "to web"; a scraper saved the querydata answers of two visuals in the
// DSR wire format. Columns came from sheets without a header row, so they
// are Query1.Column1..N; rows are positional "C" arrays with "R" (repeat)
// and "Ø" (null) bitmasks, and repeated strings sit in ValueDicts.
func domcarePowerBI(r *rng) any {
	t := r.when()
	office := r.lan()

	type col struct {
		typ  int
		dict bool
		gen  func(row int) leaf // nil leaf.val with empty label means null
	}
	clients := []person{r.english(), r.english()}
	caddr := []address{r.ukAddress2(), r.ukAddress2()}
	cphone := []string{r.ukMobile(), r.ukMobile()}
	keysafe := []string{r.digits(4), ""}
	if r.chance(0.5) {
		keysafe[1] = r.digits(4)
	}
	carers := []person{r.english(), r.english()}
	cmob := []string{r.ukMobile(), r.ukMobile()}
	cmodel := []string{"", ""}
	cos := []string{"", ""}
	for i := range cmodel {
		cmodel[i], cos[i] = r.phoneModel()
	}
	n := r.in(3, 6)
	cli := make([]int, n)
	ki := make([]int, n)
	for i := range cli {
		cli[i] = min(1, i/((n+1)/2))
		ki[i] = r.IntN(2)
	}
	tasks := []string{"Prompt Donepezil 10mg", "Administer Lantus 12 units", "Apply Cavilon to sacrum - grade 2 sore", "Empty catheter bag, record output", "Prompt Sinemet 4x daily", "Check BP before Ramipril"}
	visitCols := []col{
		{7, false, func(i int) leaf { return plain(unixMs(after(t, -60*(n-i)*r.in(3, 6)))) }},
		{1, true, func(i int) leaf { return cont(clients[cli[i]].full()) }},
		{1, true, func(i int) leaf { return cont(caddr[cli[i]].oneLine()) }},
		{1, false, func(i int) leaf { return cont(cphone[cli[i]]) }},
		{1, false, func(i int) leaf {
			if keysafe[cli[i]] == "" {
				return leaf{}
			}
			return cred(keysafe[cli[i]])
		}},
		{1, true, func(i int) leaf { return cont(carers[ki[i]].full()) }},
		{1, false, func(i int) leaf { return cont(cmob[ki[i]]) }},
		{1, false, func(i int) leaf { return hlth(tasks[r.IntN(len(tasks))]) }},
		{1, false, func(i int) leaf { return plain(r.pick("Completed", "Completed", "Late", "Missed")) }},
		{4, false, func(i int) leaf { return decoy(r.in(15, 60)) }},
		{3, false, func(i int) leaf { return decoy(r.f1(0, 14)) }},
		{1, false, func(i int) leaf { return dev(cmodel[ki[i]]) }},
		{1, false, func(i int) leaf { return dev(r.pick("CareFree 6.2.1", "CareFree 6.3.0", "CareFree 6.3.4")) }},
		{1, false, func(i int) leaf {
			if r.chance(0.4) {
				return leaf{}
			}
			return visitNote(r, clients[cli[i]])
		}},
	}

	assets := r.in(2, 3)
	aname := []string{"Office PC 1", "Rota Laptop", "Manager's Surface", "Reception PC", "Scanner PC"}
	who := []person{r.english(), r.english(), r.english()}
	assetCols := []col{
		{1, false, func(i int) leaf { return dev(aname[i]) }},
		{1, true, func(i int) leaf {
			return dev(r.pick("Dell OptiPlex 7010", "Lenovo ThinkPad E14 Gen 5", "Surface Laptop 5", "HP ProDesk 400 G9"))
		}},
		{1, false, func(i int) leaf { return dev(r.serial("", 7)) }},
		{1, false, func(i int) leaf { return netw(office.host(r.in(20, 200))) }},
		{1, false, func(i int) leaf { return macAddr(r.mac("-", true)) }},
		{7, false, func(i int) leaf { return dev(unixMs(after(t, -r.in(1, 9000)))) }},
		{1, false, func(i int) leaf { return cont(who[i].full()) }},
		{1, false, func(i int) leaf { return dev("Windows 11 Pro " + r.pick("23H2", "22H2", "24H2")) }},
		{3, false, func(i int) leaf { return plain(float64(r.in(40000, 140000)) / 100) }},
	}

	dsr := func(entity string, cols []col, rows int) (obj, obj) {
		perm := r.Perm(len(cols))
		sel := arr{}
		schemaS := arr{}
		dicts := map[string][]leaf{}
		dictIdx := map[string]map[string]int{}
		dn := map[int]string{}
		nd := 0
		for g, ci := range perm {
			name := fmt.Sprintf("%s.Column%d", entity, ci+1)
			gn := fmt.Sprintf("G%d", g)
			sel = append(sel, obj{{"Kind", plain(1)}, {"Value", plain(gn)}, {"Name", plain(name)}})
			s := obj{{"N", plain(gn)}, {"T", plain(cols[ci].typ)}}
			if cols[ci].dict {
				d := fmt.Sprintf("D%d", nd)
				nd++
				dn[g] = d
				dictIdx[d] = map[string]int{}
				s = append(s, field{"DN", plain(d)})
			}
			schemaS = append(schemaS, s)
		}
		var prev []string
		dm := arr{}
		for i := 0; i < rows; i++ {
			c := arr{}
			rbits, nbits := 0, 0
			cur := make([]string, len(perm))
			for g, ci := range perm {
				l := cols[ci].gen(i)
				if l.val == nil {
					nbits |= 1 << g
					cur[g] = "\x00"
					continue
				}
				key := fmt.Sprint(l.val)
				cur[g] = key
				if prev != nil && prev[g] == key && cols[ci].dict {
					rbits |= 1 << g
					continue
				}
				if d, ok := dn[g]; ok {
					idx, seen := dictIdx[d][key]
					if !seen {
						idx = len(dicts[d])
						dictIdx[d][key] = idx
						dicts[d] = append(dicts[d], l)
					}
					c = append(c, plain(idx).obf())
					continue
				}
				c = append(c, l.obf())
			}
			row := obj{}
			if i == 0 {
				row = append(row, field{"S", schemaS})
			}
			row = append(row, field{"C", c})
			if rbits != 0 {
				row = append(row, field{"R", plain(rbits)})
			}
			if nbits != 0 {
				row = append(row, field{"Ø", plain(nbits)})
			}
			dm = append(dm, row)
			prev = cur
		}
		vd := obj{}
		var names []string
		for d := range dicts {
			names = append(names, d)
		}
		sort.Strings(names)
		for _, d := range names {
			a := arr{}
			for _, l := range dicts[d] {
				a = append(a, l.obf())
			}
			vd = append(vd, field{d, a})
		}
		descriptor := obj{
			{"Select", sel},
			{"Version", plain(2)},
		}
		ds := obj{{"N", plain("DS0")}, {"PH", arr{obj{{"DM0", dm}}}}, {"IC", plain(true)}, {"HAD", plain(false)}}
		if len(vd) > 0 {
			ds = append(ds, field{"ValueDicts", vd})
		}
		return descriptor, obj{{"Version", plain(2)}, {"MinorVersion", plain(1)}, {"DS", arr{ds}}}
	}
	result := func(entity string, cols []col, rows int) obj {
		desc, d := dsr(entity, cols, rows)
		job := r.uuid()
		return obj{{"jobId", plain(job)}, {"result", obj{{"data", obj{
			{"timestamp", plain(isoMs(t))},
			{"rootActivityId", plain(r.uuid())},
			{"descriptor", desc},
			{"metrics", obj{{"Version", decoy("1.0.0")}}},
			{"fromCache", plain(r.chance(0.5))},
			{"dsr", d},
		}}}}}
	}
	r1 := result("Query1", visitCols, n)
	r2 := result("Query2", assetCols, assets)
	return obfuscated(obj{
		{"url", plain("https://wabi-uk-south-b-primary-api.analysis.windows.net/public/reports/querydata?synchronous=true")},
		{"X-PowerBI-ResourceKey", decoy(r.uuid())},
		{"jobIds", arr{plain(r1[0].val.(leaf).val), plain(r2[0].val.(leaf).val)}},
		{"results", arr{r1, r2}},
	})
}

// ukAddress2 draws a UK address.
func (r *rng) ukAddress2() address {
	towns := []struct{ town, pc string }{{"Hexham", "NE46"}, {"Ludlow", "SY8"}, {"Whitby", "YO21"}, {"Bideford", "EX39"}, {"Thirsk", "YO7"}, {"Llandudno", "LL30"}}
	tw := towns[r.IntN(len(towns))]
	return address{
		street:   fmt.Sprintf("%d %s", r.in(1, 180), r.pick("Priory Close", "Station Road", "Chapel Lane", "Hawthorn Avenue", "Mill Wynd", "Rectory Gardens")),
		town:     tw.town,
		postcode: fmt.Sprintf("%s %d%s", tw.pc, r.in(1, 9), r.from("ABDEFGHJLNPQRSTUWXYZ", 2)),
	}
}

func visitNote(r *rng, c person) leaf {
	switch r.IntN(4) {
	case 0:
		return prose(p(c.first, contactC), p(" "), p(r.pick("had a fall in the night, bruising to left hip", "refused her evening meds", "very confused today, thinks it's 1985", "BM sugar 3.1, gave Lucozade"), healthC), p(", daughter informed."))
	case 1:
		return prose(p("Key safe stiff, code is "), p(r.digits(4), credC), p(" - told office."))
	case 2:
		return prose(p("Son says new number is "), p(r.ukMobile(), contactC))
	}
	return prose(p("All tasks done, left tidy."))
}
