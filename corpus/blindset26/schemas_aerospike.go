package blindset26

import (
	"encoding/base64"
	"fmt"
)

// footcareAerospike: a diabetes foot-care outreach programme in the
// Western Division of Fiji stores its village visits in Aerospike and its
// field app talks to the Aerospike REST Client. A capture holds a batch
// read of patient records (bins named in Fijian, at most fifteen bytes,
// so abbreviated: name, family name, birth day, age, sex, phone, village,
// district, province, relative, diabetes history, HbA1c, blood sugar,
// blood pressure, weight, height, a wound map, medicines, notes, nurse,
// doctor, visit day) and scans of the device and staff sets.
func footcareAerospike(r *rng) any {
	t := r.when()
	user := "fieldapp"
	pw := r.password()
	basic := base64.StdEncoding.EncodeToString([]byte(user + ":" + pw))
	ns := "vuli"
	net := r.lan()
	digest := func() string { return base64.StdEncoding.EncodeToString(r.bytes(20)) }
	key := func(set, uk string) obj {
		return obj{{"namespace", plain(ns)}, {"setName", plain(set)}, {"userKey", plain(uk)}, {"digest", decoy(digest())}}
	}

	nurse := r.female(r.fijian)
	doctor := r.fijian()
	batch := arr{}
	for i := 0; i < r.in(2, 3); i++ {
		uk := fmt.Sprintf("FJ-%04d", r.in(1, 9999))
		batch = append(batch, obj{
			{"key", key("tauvimate", uk)},
			{"record", obj{{"bins", fjPatient(r, nurse, doctor)}, {"generation", plain(r.in(1, 40))}, {"ttl", plain(-1)}}},
			{"resultCode", plain(0)},
			{"inDoubt", plain(false)},
		})
	}
	batch = append(batch, obj{
		{"key", key("tauvimate", fmt.Sprintf("FJ-%04d", r.in(1, 9999)))},
		{"record", null()},
		{"resultCode", plain(2)},
		{"inDoubt", plain(false)},
	})

	devs := arr{}
	for i := 0; i < r.in(1, 2); i++ {
		devs = append(devs, obj{
			{"bins", obj{
				{"yaca", dev(r.pick("Tablet ni Nasi ", "Glucometer ") + fmt.Sprint(r.in(1, 12)))},
				{"mataqali", dev(r.pick("tablet", "glucometer", "doppler"))},
				{"model", dev(r.pick("Samsung Galaxy Tab A9", "Accu-Chek Instant", "Huntleigh Dopplex DMX", "Lenovo Tab M9"))},
				{"naba_ni_misini", dev(r.serial("", 10))},
				{"fw", fwOf(r.pick(fmt.Sprintf("%d.%d.%d", r.in(1, 5), r.in(0, 9), r.in(0, 30)), r.ipShapedVer()))},
				{"ip", netw(net.host(r.in(20, 120)))},
				{"mac", macAddr(r.mac(":", true))},
				{"siga_vkmuri", dev(iso(after(t, -r.in(1, 8000))))},
				{"wifi", netw(r.ssid("Vuli"))},
				{"wifi_vosavuni", cred(r.psk())},
				{"katakata_rumu", decoy(r.f1(22, 33))},
			}},
			{"generation", plain(r.in(1, 90))},
			{"ttl", plain(-1)},
			{"key", key("misini", fmt.Sprintf("M%03d", r.in(1, 400)))},
		})
	}
	staff := arr{}
	for _, s := range []person{nurse, doctor} {
		staff = append(staff, obj{
			{"bins", obj{
				{"yaca", cont(s.full())},
				{"imeli", cont(r.email(s))},
				{"talevoni", cont(r.pick(r.fjLocal(), r.fjIntl()))},
				{"vosavuni_hash", cred(r.sha512crypt())},
				{"itavi", plain(r.pick("nasi", "vuniwai", "dietitian"))},
				{"siga_curu", plain(iso(after(t, -r.in(10, 9000))))},
			}},
			{"generation", plain(r.in(1, 90))},
			{"ttl", plain(-1)},
			{"key", key("dauveiqaravi", fmt.Sprintf("S%03d", r.in(1, 400)))},
		})
	}

	return language(obj{
		{"server", plain(fmt.Sprintf("http://%s:8080/v1", net.host(r.in(2, 19))))},
		{"auth", obj{{"Authorization", cred("Basic " + basic)}}},
		{"server_version", decoy(fmt.Sprintf("7.%d.0.%d", r.in(0, 2), r.in(1, 9)))},
		{"batch", obj{{"batchRecords", batch}}},
		{"scan_misini", obj{
			{"pagination", obj{{"done", plain(true)}, {"totalRecords", plain(len(devs))}, {"nextToken", null()}}},
			{"records", devs},
		}},
		{"scan_dauveiqaravi", obj{
			{"pagination", obj{{"done", plain(false)}, {"totalRecords", plain(len(staff))}, {"nextToken", decoy(r.b64(24))}}},
			{"records", staff},
		}},
	})
}

func fjPatient(r *rng, nurse, doctor person) obj {
	t := r.when()
	pt := r.fijian()
	kin := r.fijian()
	dob := r.birth(1945, 1990)
	koro, tikina, yasana := r.fjAddress()
	sys, dia := r.bp()
	sex := "tagane"
	if pt.female {
		sex = "yalewa"
	}
	meds := arr{}
	for _, m := range r.pickSome(r.in(1, 3), "Metformin 500mg BD", "Glibenclamide 5mg", "Insulin Mixtard 20u", "Amlodipine 10mg", "Aspirin 100mg", "Flucloxacillin 500mg QID") {
		meds = append(meds, hlth(m))
	}
	var note leaf
	switch r.IntN(3) {
	case 0:
		note = clinNote(p(r.pick("Mavoa e na yava imawi, sa vinaka cake", "Ulcer right heel, slough, dressed with iodine", "Toe amputation site healing well"), healthC), p(". Na luvena "), p(kin.first, contactC), p(" "), p(r.fjLocal(), contactC))
	case 1:
		note = clinNote(p(r.pick("Sa sega ni gunuva na wainimate", "Refer to Lautoka Hospital for vascular review", "Needs new offloading shoe"), healthC))
	default:
		note = clinNote(p("Veisiko tale ena vula mai."))
	}
	wound := clinical(obj{
		{"vanua", hlth(r.pick("yava imawi - qeteqete", "yava imatau - ibalebale", "yava imatau - iqaqalo levu"))},
		{"levu_cm", hlth(r.f1(0.5, 6))},
		{"wagner", hlth(r.in(0, 4))},
	})
	return obj{
		{"yaca", cont(pt.first)},
		{"yaca_vuvale", cont(pt.last)},
		{"siga_sucu", cont(day(dob))},
		{"yabaki", ageOf(age(dob, t))},
		{"tagane_yalewa", sexOf(sex)},
		{"talevoni", r.orNull(0.15, cont(r.pick(r.fjLocal(), r.fjIntl())))},
		{"koro", cont(koro)},
		{"tikina", cont(tikina)},
		{"yasana", cont(yasana)},
		{"wekana", cont(kin.full())},
		{"wekana_tlv", cont(r.fjLocal())},
		{"mate_ni_suka", hlth(fmt.Sprintf("Type 2, %d yabaki", r.in(1, 30))).clin()},
		{"HbA1c", hlth(r.f1(6.2, 13.5)).clin()},
		{"suka_ni_dra", hlth(r.f1(4.5, 24)).clin()},
		{"tatao_ni_dra", hlth(fmt.Sprintf("%d/%d", sys, dia)).clin()},
		{"bibi", hlth(r.f1(48, 140)).clin()},
		{"balavu", hlth(r.in(150, 190)).clin()},
		{"mavoa", wound},
		{"wainimate", clinical(meds)},
		{"vakamacala", note},
		{"nasi", cont(nurse.full())},
		{"vuniwai", cont("Dr " + doctor.last)},
		{"siga_veisiko", plain(day(t))},
		{"misini_id", plain(fmt.Sprintf("M%03d", r.in(1, 400)))},
	}
}
