package blindset18

import "fmt"

// ancDhis2 is a Zambian district's antenatal-care programme exported from
// the DHIS2 tracker API (trackedEntityInstances with attributes and
// enrolments, events with dataValues) without display names, so every
// attribute and data element is an 11-character uid: only the values tell
// (names, phone, one-line address, "Female", obstetric history, blood
// pressure with units, Hb, fundal height, foetal heart rate, weight and
// MUAC with units, drugs with doses, test results, an ICD-10 code with
// text, a capture tablet, counts, flags, dates, codes and version
// fillers); storedBy user names, and the midwives' notes.
func ancDhis2(r *rng) any {
	uid := func() string {
		return string("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"[r.IntN(52)]) + r.from(alnum, 10)
	}
	t := r.when()
	ou := uid()
	prog := uid()
	var teis arr
	for k := 0; k < r.in(1, 2); k++ {
		w := r.zambianWoman()
		clerk := r.zambian()
		midwife := r.zambianWoman()
		clerkU := ascii(clerk.first[:1] + clerk.last)
		mwU := ascii(midwife.first) + "." + ascii(midwife.last)
		tei := uid()
		t = after(t, r.in(60, 20000))
		g := r.in(1, 6)
		attrVals := []leaf{
			cont(w.first),
			cont(w.last),
			cont(r.zmPhone()),
			cont(r.zmAddress()),
			sexOf("Female"),
			hlth(fmt.Sprintf("G%dP%d", g, r.in(0, g-1))),
			plain(fmt.Sprint(r.in(16, 44))),
			plain(fmt.Sprintf("ANC-%s-%05d", r.pick("LSK", "KTW", "NDL"), r.in(1, 99999))),
			plain(r.pick("true", "false")),
			decoy(r.semver()),
		}
		if r.chance(0.5) {
			attrVals = append(attrVals, cont(r.zmLocal()))
		}
		var attrs arr
		for _, i := range r.Perm(len(attrVals)) {
			attrs = append(attrs, obj{
				{"attribute", plain(uid())},
				{"value", attrVals[i]},
				{"created", plain(isoMs(t))},
				{"lastUpdated", plain(isoMs(after(t, r.in(0, 300))))},
				{"storedBy", cont(clerkU)},
			})
		}
		var events arr
		et := t
		for v := 1; v <= r.in(1, 2); v++ {
			et = after(et, r.in(20000, 60000))
			s, d := r.bp()
			vals := []leaf{
				hlth(fmt.Sprintf("%d/%d mmHg", s, d)),
				hlth(fmt.Sprintf("Hb %.1f g/dL", r.f1(7.5, 13.5))),
				hlth(fmt.Sprintf("Fundal height %d cm", r.in(14, 38))),
				hlth(fmt.Sprintf("FHR %d bpm", r.in(118, 166))),
				hlth(fmt.Sprintf("Weight %.1f kg", r.f1(44, 98))),
				hlth(fmt.Sprintf("MUAC %.1f cm", r.f1(19, 32))),
				hlth(r.pick("Ferrous sulphate 200 mg OD", "Folic acid 5 mg OD", "SP 3 tablets (IPTp)", "Mebendazole 500 mg stat")),
				hlth(r.pick("Malaria RDT negative", "Malaria RDT positive", "Syphilis RPR non-reactive", "Urine protein ++")),
				hlth(r.pick("O24.4 Gestational diabetes mellitus", "O13 Gestational hypertension", "O99.0 Anaemia complicating pregnancy", "Z34.9 Normal pregnancy supervision")),
				dev(r.pick("Samsung Galaxy Tab A7 Lite SM-T225", "Lenovo Tab M8 TB-8505X", "Huawei MatePad T8")),
				plain(fmt.Sprint(v)),
				plain(r.pick("true", "false")),
				plain(day(et)),
				plain(fmt.Sprintf("ANC_VISIT_%d", v)),
				decoy(r.semver()),
			}
			var dvs arr
			for _, i := range r.Perm(len(vals))[:r.in(9, len(vals))] {
				dvs = append(dvs, obj{
					{"dataElement", plain(uid())},
					{"value", vals[i]},
					{"providedElsewhere", plain(false)},
				})
			}
			events = append(events, obj{
				{"event", decoy(uid())},
				{"programStage", plain(uid())},
				{"orgUnit", plain(ou)},
				{"eventDate", plain(isoMs(et))},
				{"status", plain("COMPLETED")},
				{"storedBy", cont(mwU)},
				{"dataValues", dvs},
				{"notes", arr{obj{
					{"note", decoy(uid())},
					{"value", prose(p(w.first, contactC), p(r.pick(" reports ", " complains of ", " has ")), p(r.pick("headache and swollen feet", "reduced foetal movements", "bleeding gums, on iron", "no complaints, HIV negative"), healthC), p(r.pick(". Husband's number ", ". Alt contact ")), p(r.zmPhone(), contactC), p("."))},
					{"storedBy", cont(mwU)},
					{"storedDate", plain(isoMs(et))},
				}}},
			})
		}
		teis = append(teis, obj{
			{"trackedEntityInstance", plain(tei)},
			{"trackedEntityType", plain(uid())},
			{"orgUnit", plain(ou)},
			{"created", plain(isoMs(t))},
			{"lastUpdated", plain(isoMs(et))},
			{"inactive", plain(false)},
			{"deleted", plain(false)},
			{"featureType", plain("NONE")},
			{"programOwners", arr{obj{{"ownerOrgUnit", plain(ou)}, {"program", plain(prog)}, {"trackedEntityInstance", plain(tei)}}}},
			{"attributes", attrs},
			{"enrollments", arr{obj{
				{"enrollment", decoy(uid())},
				{"program", plain(prog)},
				{"orgUnit", plain(ou)},
				{"enrollmentDate", plain(isoMs(t))},
				{"incidentDate", plain(isoMs(after(t, -r.in(20000, 200000))))},
				{"status", plain("ACTIVE")},
				{"storedBy", cont(clerkU)},
				{"events", events},
			}}},
			{"relationships", arr{}},
		})
	}
	return obfuscated(obj{
		{"trackedEntityInstances", teis},
		{"exportedFrom", netw("https://dhis2." + r.pick("lusaka-dho", "kitwe-dho", "ndola-dho") + ".internal/api/40/trackedEntityInstances.json?ou=" + ou + "&program=" + prog)},
		{"exportedBy", cont(ascii(r.zambian().first) + "_" + r.pick("mne", "hmis", "admin"))},
		{"exportedAt", plain(isoMs(after(t, 90000)))},
		{"authorization", cred("ApiToken d2pat_" + r.from(alnum, 32) + r.digits(10))},
	})
}
