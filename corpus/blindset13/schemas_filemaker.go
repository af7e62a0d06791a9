package blindset13

import (
	"fmt"
)

// A podiatry and orthotics practice's FileMaker solution, built by
// importing a spreadsheet without a header row, so every field kept
// FileMaker's default name (f1, f2, ...), read through the FileMaker Data
// API: response.dataInfo, data[].fieldData, portalData with
// "Import 2::f3"-style keys, recordId and modId as strings, messages.
// Only the values tell: names, phones, e-mails, one-line addresses,
// ICD-10 codes with text, vitals with units, weights and heights with
// units, device models, IPs and MACs of the clinic's scanners.

var (
	podDx   = []icd{{"E11.621", "Type 2 diabetes with foot ulcer"}, {"M72.2", "Plantar fasciitis"}, {"L60.0", "Ingrowing nail"}, {"M20.1", "Hallux valgus"}, {"E11.42", "Type 2 diabetes with polyneuropathy"}, {"M77.3", "Calcaneal spur"}, {"I73.9", "Peripheral vascular disease"}}
	podScan = []string{"Tekscan MatScan", "Podoscan 2D Cube", "Vorum Yeti 3D scanner", "iPad Pro + Structure Sensor 3", "Sensor Medica freeStep"}
)

func filemakerPod(r *rng) any {
	first, last := r.usFirst(), r.pick(usLast...)
	street, city, st, zip := r.usAddr()
	dx := podDx[r.IntN(len(podDx))]
	sys, dia := r.bp()
	lan := fmt.Sprintf("10.%d.%d", r.in(10, 30), r.in(0, 9))
	wkg := r.f1(52, 130)

	fd := obj{
		{"f1", decoy(fmt.Sprint(r.in(10000, 99999)))},
		{"f2", cont(last + ", " + first)},
		{"f3", cont(r.day(1940, 1995))},
		{"f4", sexOf(r.pick("F", "M"))},
		{"f5", cont(fmt.Sprintf("%s, %s, %s %s", street, city, st, zip))},
		{"f6", cont(r.us555())},
		{"f7", cont(r.mail(ascii(first) + ascii(last)))},
		{"f8", plain(r.pick("Medicare", "BCBS PPO", "Aetna", "self-pay"))},
		{"f9", decoy(r.upper(1) + r.digits(9))},
		{"f10", hlth(dx.code + " " + dx.text)},
		{"f11", hlth(r.pick("Metformin 1000 mg bid", "Gabapentin 300 mg tid", "Atorvastatin 40 mg", "Insulin glargine 24 u qhs", "none listed"))},
		{"f12", hlth(r.pick("NKDA", "Allergy: penicillin", "Allergy: latex", "Allergy: sulfa"))},
		{"f13", hlth(fmt.Sprintf("%.1f kg", wkg))},
		{"f14", hlth(fmt.Sprintf("%d ft %d in", r.in(4, 6), r.in(0, 11)))},
		{"f15", hlth(fmt.Sprintf("%d/%d mmHg", sys, dia))},
		{"f16", hlth(fmt.Sprintf("HbA1c %.1f%%", r.f1(5.4, 10.9)))},
		{"f17", plain(r.pick("Yes", "No", ""))},
		{"f18", plain(r.iso(2019, 2024))},
		{"f19", decoy(fmt.Sprintf("%d.%d.%d", r.in(1, 4), r.in(0, 9), r.in(0, 20)))},
		{"f20", decoy(r.in(0, 40))},
		{"f21", decoy(fmt.Sprintf("%.1f lb", r.f1(0.4, 3.5)))},
		{"f22", cont("Dr. " + r.usFirst() + " " + r.pick(usLast...))},
		{"f23", nullDecoy()},
		{"f24", cred(r.bcrypt())},
	}
	if r.chance(0.4) {
		fd = append(fd, field{"f25", multi(r.pick("Dexcom G7", "FreeStyle Libre 3", "Omnipod 5 pump", "Tandem t:slim X2"), devC, healthC)})
	}
	fd = append(fd, field{"f26", r.pickProse(
		func() leaf {
			return prose(p("Pt reports "), p(r.pick("numbness both feet, monofilament 4/10", "ulcer L hallux 1.2 cm, no odor", "heel pain worse mornings", "toenail infection R great toe"), healthC), p(". Wife "), p(r.usFirst(), contactC), p(" drives; call "), p(r.us555(), contactC), p(" to confirm."))
		},
		func() leaf {
			return prose(p("Orthotics cast sent to lab, scan from "), p(r.pick(podScan...), devC), p(" at "), p(fmt.Sprintf("%s.%d", lan, r.in(20, 200)), netC), p(". Portal login reset, temp pw "), p(r.pick("Feet", "Walk", "Step")+r.digits(4)+"!", credC))
		},
		func() leaf { return prose(p("Copay collected. Next visit 6 wks.")) },
	)})
	fd = obfuscated(fd).(obj)

	var visits arr
	for k := 0; k < r.in(1, 3); k++ {
		visits = append(visits, obfuscated(obj{
			{"recordId", decoy(fmt.Sprint(r.in(100, 99999)))},
			{"Import 2::f1", plain(r.day(2023, 2024))},
			{"Import 2::f2", hlth(r.pick("Debridement of ulcer", "Nail avulsion L hallux", "Custom orthotics fitting", "Diabetic foot exam", "Cortisone injection R heel"))},
			{"Import 2::f3", hlth(fmt.Sprintf("%d bpm", r.in(58, 104)))},
			{"Import 2::f4", hlth(fmt.Sprintf("SpO2 %d%%", r.in(91, 99)))},
			{"Import 2::f5", hlth(fmt.Sprintf("%d/%d", sys+r.in(-10, 10), dia+r.in(-6, 6)))},
			{"Import 2::f6", decoy(fmt.Sprintf("CPT %d", r.pickInt(11042, 11730, 97760, 20550, 99213)))},
			{"Import 2::f7", plain(money(r.f2(25, 480)))},
			{"Import 2::f8", cont(r.pick(usFirstF...) + " " + r.pick(usLast...) + ", DPM")},
			{"modId", plain(fmt.Sprint(r.in(0, 12)))},
		}))
	}
	var kit arr
	for k := 0; k < r.in(1, 2); k++ {
		kit = append(kit, obfuscated(obj{
			{"recordId", decoy(fmt.Sprint(r.in(1, 400)))},
			{"Import 3::f1", dev(r.pick(podScan...))},
			{"Import 3::f2", netw(fmt.Sprintf("%s.%d", lan, r.in(20, 200)))},
			{"Import 3::f3", macAddr(r.mac("-", true))},
			{"Import 3::f4", dev("SN " + r.upper(2) + r.digits(7))},
			{"Import 3::f5", decoy(fmt.Sprintf("%d.%d.%d", r.in(1, 9), r.in(0, 20), r.in(0, 40)))},
			{"Import 3::f6", plain(r.iso(2024, 2024))},
			{"modId", plain(fmt.Sprint(r.in(0, 5)))},
		}))
	}
	return obfuscated(obj{
		{"response", obj{
			{"dataInfo", obj{
				{"database", plain("FootCare_2019")},
				{"layout", plain("Layout #2")},
				{"table", plain("Import")},
				{"totalRecordCount", decoy(r.in(3000, 20000))},
				{"foundCount", plain(1)},
				{"returnedCount", plain(1)},
			}},
			{"data", arr{obj{
				{"fieldData", fd},
				{"portalData", obj{{"Import 2", visits}, {"Import 3", kit}}},
				{"recordId", decoy(fmt.Sprint(r.in(1, 20000)))},
				{"modId", plain(fmt.Sprint(r.in(0, 60)))},
			}}},
		}},
		{"messages", arr{obj{{"code", plain("0")}, {"message", plain("OK")}}}},
	})
}
