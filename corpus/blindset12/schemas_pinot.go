package blindset12

import (
	"fmt"
	"strings"
)

// A connected-thermometer (fever tracking) app for families, one
// household pulled from its analytics store as an Apache Pinot broker
// response: resultTable with a dataSchema whose column names are the
// warehouse's generic c00..c09 and whose rows are arrays of arrays from a
// legacy flat table where the first cell says what the row is (H
// household, M member, D thermometer, S app session, R reading) and every
// other cell means something different per row type; nulls where a row
// type has no value. Then the broker's counters.

var (
	thermModels = []string{"Kinsa QuickCare", "Kinsa Smart Ear", "Withings Thermo", "Braun ThermoScan 7 Connect", "Exergen TAT-5000S-RS232", "iHealth PT3"}
	feverSymp   = []string{"cough", "runny nose", "sore throat", "vomiting", "diarrhea", "ear pain", "rash", "headache", "body aches", "chills"}
	feverMeds   = []string{"Children's Tylenol 5 mL", "Children's Motrin 7.5 mL", "Ibuprofen 200 mg", "Acetaminophen 500 mg", "Amoxicillin 400 mg/5 mL", "none given"}
)

func feverPinot(r *rng) any {
	last := r.pick(usLast...)
	_, city, st, zip := r.usAddr()
	hh := "hh_" + r.hexs(10)
	ncols := 10
	pad := func(cells ...leaf) arr {
		row := arr{}
		for _, c := range cells {
			row = append(row, c)
		}
		for len(row) < ncols {
			row = append(row, null())
		}
		return row
	}
	rows := arr{pad(
		plain("H"), decoy(hh), cont(r.mail(ascii(r.usFirst())+"."+ascii(last))), cont(r.us555()), cont(zip), cont(city), cont(st),
		dev(fmt.Sprintf("%d.%d.%d", r.in(3, 5), r.in(0, 40), r.in(0, 9))), dev(r.osVer()), cred(r.fcm()),
	)}
	type member struct {
		id, name string
		child    bool
	}
	var members []member
	for k := 0; k < r.in(2, 3); k++ {
		child := k > 0
		first := r.usFirst()
		fem := false
		for _, f := range usFirstF {
			fem = fem || f == first
		}
		sex := "M"
		if fem {
			sex = "F"
		}
		mid := "m_" + r.hexs(8)
		members = append(members, member{mid, first, child})
		born := r.day(1978, 1995)
		wt := fmt.Sprintf("%d lb", r.in(120, 240))
		if child {
			born = r.day(2012, 2023)
			wt = fmt.Sprintf("%d lb", r.in(18, 110))
		}
		cond := plain(nil)
		if r.chance(0.4) {
			cond = hlth(r.pick("asthma", "febrile seizures hx", "type 1 diabetes", "eczema", "peanut allergy", "sickle cell trait"))
		}
		rows = append(rows, pad(plain("M"), decoy(mid), cont(first), cont(born), sexOf(sex), hlth(wt), cond, plain(r.pick("parent", "child", "child", "other")), plain(r.chance(0.3))))
	}
	dID := "d_" + r.hexs(8)
	fw := dev(fmt.Sprintf("%d.%d.%d", r.in(1, 3), r.in(0, 9), r.in(0, 30)))
	if r.chance(0.4) {
		fw = fwIP(r.ipVer())
	}
	rows = append(rows, pad(plain("D"), decoy(dID), dev(r.pick(thermModels...)), dev(r.upper(3)+r.digits(7)), fw, macAddr(r.mac(":", true)), dev(r.iso(2024, 2024)), decoy(r.in(3, 100))))
	for k := 0; k < r.in(1, 2); k++ {
		rows = append(rows, pad(plain("S"), decoy("s_"+r.hexs(12)), netw(r.wanIP()), dev(r.userAgent()), cred(r.jwt()), plain(r.iso(2024, 2024)), dev(r.phoneModel())))
	}
	for k := 0; k < r.in(2, 4); k++ {
		m := members[r.IntN(len(members))]
		tempF := r.f1(97.2, 104.2)
		temp := fmt.Sprintf("%.1f °F", tempF)
		if r.chance(0.3) {
			temp = fmt.Sprintf("%.1f °C", (tempF-32)*5/9)
		}
		var note leaf
		switch r.IntN(4) {
		case 0:
			note = prose(p("called pediatrician "), p("Dr. "+r.pick(usLast...), contactC), p(" at "), p(r.us555(), contactC))
		case 1:
			note = prose(p(m.name, contactC), p(" "), p(r.pick("threw up after dose", "fever broke at 3am", "had a seizure at 103", "wheezing, used nebulizer"), healthC))
		case 2:
			note = prose(p("thermometer wouldn't pair, reset it"))
		default:
			note = null()
		}
		symp := plain(nil)
		if r.chance(0.7) {
			symp = hlth(strings.Join(r.pickSome(r.in(1, 3), feverSymp...), ";"))
		}
		rows = append(rows, pad(plain("R"), decoy("r_"+r.hexs(10)), decoy(m.id), plain(r.iso(2024, 2024)), hlth(temp), plain(r.pick("oral", "forehead", "ear", "underarm")), symp, hlth(r.pick(feverMeds...)), note, decoy(dID)))
	}
	nsrv := r.in(1, 6)
	names := arr{}
	types := arr{}
	for i := 0; i < ncols; i++ {
		names = append(names, plain(fmt.Sprintf("c%02d", i)))
		types = append(types, plain("STRING"))
	}
	return obfuscated(obj{
		{"resultTable", obj{
			{"dataSchema", obj{{"columnNames", names}, {"columnDataTypes", types}}},
			{"rows", rows},
		}},
		{"exceptions", arr{}},
		{"numServersQueried", plain(nsrv)},
		{"numServersResponded", plain(nsrv)},
		{"numDocsScanned", decoy(len(rows))},
		{"totalDocs", decoy(r.in(1000000, 90000000))},
		{"timeUsedMs", plain(r.in(2, 400))},
		{"requestId", decoy(fmt.Sprint(r.in(100000, 9999999)))},
	})
}
