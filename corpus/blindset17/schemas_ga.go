package blindset17

import "fmt"

// gaelscoilRxdb: an Irish-medium primary school's teacher app is
// offline-first; a teacher's tablet database was exported with RxDB's
// exportJSON (name, instanceToken, encrypted, passwordHash, collections
// with schemaHash and docs; every doc with _rev, _meta.lwt, _deleted,
// _attachments). Field names are ASCII Irish: pupils (name, birth date,
// sex, class, address with Eircode, guardians, medical needs, photo,
// note), attendance with reasons, teachers' logins, the class iPads and
// the app's settings (Wi-Fi, server, API key, refresh token).
func gaelscoilRxdb(r *rng) any {
	t0 := r.when()
	school := r.pick("Gaelscoil na Trá", "Scoil Naomh Bríd", "Gaelscoil an Chnoic", "Scoil Mhuire Gan Smál")
	l := r.lan()
	class := r.pick("Naíonáin Shóisearacha", "Rang 1", "Rang 2", "Rang 3", "Rang 4", "Rang 5", "Rang 6")
	rev := func() leaf { return plain(fmt.Sprintf("%d-%s", r.in(1, 9), r.from("abcdefghijklmnopqrstuvwxyz", 10))) }
	meta := func() obj { return obj{{"lwt", plain(float64(unixMs(after(t0, -r.in(1, 9000)))) + 0.01)}} }
	doc := func(body obj) obj {
		return append(body,
			field{"_rev", rev()},
			field{"_meta", meta()},
			field{"_deleted", plain(false)},
			field{"_attachments", obj{}},
		)
	}

	var pupils, attendance arr
	for i := 0; i < r.in(1, 2); i++ {
		c := r.irish()
		a := r.ieAddress()
		id := r.uuid()
		sex := "buachaill"
		if c.female {
			sex = "cailín"
		}
		parent := r.irish()
		parent.last = c.last
		var guardians arr
		guardians = append(guardians, obj{
			{"ainm", cont(parent.full())},
			{"gaol", plain(map[bool]string{true: "máthair", false: "athair"}[parent.female])},
			{"fonPoca", cont(r.pick(r.iePhone(), r.ieLocal()))},
			{"riomhphost", cont(r.email(parent.first, parent.last))},
		})
		var med obj
		if r.chance(0.7) {
			med = obj{
				{"riochtai", stringsOf(hlth, r.pickSome(r.in(1, 2), "asma", "diaibéiteas cineál 1", "titimeas", "ailléirge piseanna talún", "ADHD", "cóilíteas")...)},
				{"cogais", hlth(r.pick("Ventolin 100 mcg de réir mar is gá", "Epipen Jr 0.15 mg sa seomra foirne", "insulin Novorapid ag am lóin", "Buccolam 5 mg má bhíonn taom ann"))},
				{"ailleirgi", stringsOf(hlth, r.pickSome(r.in(1, 2), "piseanna talún", "cnónna crainn", "penicillin", "uibheacha")...)},
				{"plean", prose(p(r.pick("Má bhíonn taom titimis ann níos faide ná 5 nóiméad, Buccolam agus glaoch ar 112.", "Seiceáil glúcós roimh lón; má tá sé faoi 4, sú oráiste.", "Ná tabhair aon bhia le cnónna, Epipen sa mhála."), healthC))},
			}
		} else {
			med = obj{{"riochtai", arr{}}, {"cogais", plain(nil)}, {"ailleirgi", arr{}}, {"plean", prose(p("Níl aon riachtanas leighis."))}}
		}
		var nota leaf
		switch r.IntN(3) {
		case 0:
			nota = prose(p("Ní féidir le "), p(r.irish().full(), contactC), p(" é a bhailiú, ordú cúirte; glaoigh ar "), p(r.ieLocal(), contactC), p(" má thagann sé."))
		case 1:
			nota = prose(p("Ag freastal ar theiripe urlabhra", healthC), p(" gach Máirt."))
		default:
			nota = prose(p("Ag imirt peile leis an gclub áitiúil."))
		}
		pupils = append(pupils, doc(obj{
			{"id", plain(id)},
			{"ainm", cont(c.first)},
			{"sloinne", cont(c.last)},
			{"dataBreithe", cont(day(r.birth(2012, 2020)))},
			{"inscne", sexOf(sex)},
			{"rang", plain(class)},
			{"seoladh", obj{
				{"sraid", cont(a.street)},
				{"baile", cont(a.town)},
				{"eirchod", cont(a.postcode)},
				{"contae", cont(a.region)},
			}},
			{"tuismitheoiri", guardians},
			{"riachtanaisLeighis", clinical(med)},
			{"grianghraf", cont(fmt.Sprintf("https://media.%s/daltai/%s.jpg", r.pick("gaelscoil.example", "scoilapp.example"), id[:8]))},
			{"nota", nota},
		}))
		var cuis leaf
		switch r.IntN(3) {
		case 0:
			cuis = prose(p("Tinn – "), p(r.pick("teocht ard agus casacht", "galar boilg", "ionfhabhtú cluaise", "coinne san ospidéal le haghaidh asma"), healthC))
		case 1:
			cuis = prose(p("Saoire teaghlaigh."))
		default:
			cuis = prose(p("Ar scoil."))
		}
		attendance = append(attendance, doc(obj{
			{"id", plain(r.uuid())},
			{"daltaId", plain(id)},
			{"data", plain(day(after(t0, -1440*r.in(1, 30))))},
			{"lathair", plain(r.chance(0.5))},
			{"cuis", cuis},
		}))
	}

	teacher := r.irish()
	teachers := arr{doc(obj{
		{"id", plain(r.uuid())},
		{"ainm", cont(teacher.full())},
		{"riomhphost", cont(r.email(teacher.first, teacher.last))},
		{"ainmUsaideora", cont(r.userName(teacher.first, teacher.last))},
		{"hashPasfhocail", cred(r.bcrypt())},
		{"uimhirFoin", cont(r.iePhone())},
		{"rang", plain(class)},
		{"riarthoir", plain(r.chance(0.3))},
	})}

	var ipads arr
	for i := 0; i < r.in(1, 2); i++ {
		ipads = append(ipads, doc(obj{
			{"id", plain(r.uuid())},
			{"ainm", dev(fmt.Sprintf("iPad %s – %02d", class, r.in(1, 30)))},
			{"samhail", dev(r.pick("iPad (9th generation)", "iPad (10th generation)", "iPad Air (5th generation)"))},
			{"sraithuimhir", dev(r.from(upperNum, 12))},
			{"leaganIOS", dev(fmt.Sprintf("17.%d.%d", r.in(0, 5), r.in(0, 2)))},
			{"seoladhMAC", macAddr(r.mac(":", false))},
			{"seoladhIP", netw(l.host(r.in(30, 200)))},
			{"feicthe", dev(isoMs(after(t0, -r.in(5, 3000))))},
		}))
	}

	settings := arr{doc(obj{
		{"id", plain("socruithe")},
		{"scoil", plain(school)},
		{"wifi", obj{{"ssid", netw(r.pick("Scoil-Foireann", "Scoil-Daltai", "GaelscoilWiFi", "eircom"+r.digits(4)))}, {"pasfhocal", cred(r.psk())}}},
		{"freastalai", netw(fmt.Sprintf("https://%s:8443/api", l.host(r.in(2, 9))))},
		{"eochairAPI", cred(r.alnum(32))},
		{"tokenAthnuachana", cred(r.b64url(48))},
		{"leaganSceime", decoy(r.semver())},
		{"faidIosPasfhocail", decoy(r.pick3(6, 8, 10))},
		{"teanga", plain("ga")},
	})}

	coll := func(name string, docs arr) obj {
		return obj{{"name", plain(name)}, {"schemaHash", decoy(r.hex(64))}, {"docs", docs}}
	}
	return language(obj{
		{"name", plain("muinteoir-db")},
		{"instanceToken", decoy(r.from(lowerNum, 10))},
		{"encrypted", decoy(true)},
		{"passwordHash", cred(r.hex(32))},
		{"collections", arr{
			coll("daltai", pupils),
			coll("tinreamh", attendance),
			coll("muinteoiri", teachers),
			coll("gleasanna", ipads),
			coll("socruithe", settings),
		}},
	})
}
