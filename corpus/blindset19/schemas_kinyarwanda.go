package blindset19

import (
	"fmt"
	"strings"
	"time"
)

// ancRapidProRuns is a Rwandan maternal-health SMS programme's RapidPro
// workspace, pulled by a contractor's script through API v2 (script
// settings with the API token; runs.json, contacts.json, messages.json
// and channels.json pages): flow runs of an antenatal check-in flow whose
// results have Kinyarwanda keys (names, weight, height, blood pressure,
// months of pregnancy, symptoms as typed, birth date, address, husband's
// phone, HIV test, age, insurance), each {value, category, node, time,
// name, input}; contacts with URNs (tel and WhatsApp), groups whose names
// tell a pregnancy or a diabetes, Kinyarwanda contact fields (district,
// sector, cell, village, last menstrual period, due date, community
// health worker, last weight); outgoing and incoming messages in
// Kinyarwanda; the Android relayer channel with its SIM number and the
// phone's model, power and last seen.
func ancRapidProRuns(r *rng) any {
	org := r.pick("mch-rwanda", "ubuzima-sms", "rbc-anc", "mama-kigali")
	base := "https://rapidpro." + org + ".example/api/v2/"
	t := r.when()
	flowUUID := r.uuid()
	flowName := "Isuzuma ry'umugore utwite"
	type woman struct {
		p     person
		urn   string
		phone string
		uuid  string
	}
	var women []woman
	for i := 0; i < r.in(2, 3); i++ {
		pp := r.rwandan()
		pp.first = rwFemale[r.IntN(len(rwFemale))]
		pp.female = true
		ph := r.rwPhone()
		women = append(women, woman{p: pp, phone: ph, urn: "tel:" + strings.ReplaceAll(ph, " ", ""), uuid: r.uuid()})
	}
	chw := r.rwandan()
	result := func(name string, value, input leaf, category leaf, at time.Time) obj {
		return obj{
			{"value", value},
			{"category", category},
			{"node", decoy(r.uuid())},
			{"time", plain(isoMs(at))},
			{"name", plain(name)},
			{"input", input},
		}
	}
	var runs arr
	for _, w := range women {
		at := after(t, -r.in(100, 9000))
		weight := r.f1(48, 92)
		height := r.in(145, 178)
		sys, dia := r.bp()
		months := r.in(2, 9)
		dob := r.birth(1988, 2006)
		akarere, umurenge, akagari, umudugudu := r.rwAddress()
		addr := "Umudugudu wa " + umudugudu + ", Akagari ka " + akagari + ", Umurenge wa " + umurenge + ", " + akarere
		hiv := [][3]string{{"Nta bwandu", "1", "Oya"}, {"Nta bwandu", "1", "Oya"}, {"Afite ubwandu", "2", "Yego"}, {"Ntarakorerwa", "3", "Ntarakorerwa"}}[r.IntN(4)]
		ins := [][2]string{{"Mutuelle de Santé", "1"}, {"RSSB", "2"}, {"Nta bwo", "3"}}[r.IntN(3)]
		symptom := r.pick("Ndababara umutwe cyane kandi amaguru yarabyimbye", "Ndava amaraso make", "Umwana ntiyinyagambura", "Nta kibazo mfite", "Ndaruka buri gitondo")
		symCat := plain("Ibisubizo byose")
		if symptom != "Nta kibazo mfite" {
			symCat = hlth("Afite ibimenyetso")
		}
		var symLeaf leaf
		if symptom == "Nta kibazo mfite" {
			symLeaf = prose(p(symptom))
		} else {
			symLeaf = prose(p(symptom, healthC))
		}
		husband := r.rwLocal()
		vals := obj{
			{"amazina", result("Amazina", cont(w.p.rwFull()), cont(w.p.rwFull()), plain("Ibisubizo byose"), after(at, 1))},
			{"imyaka", result("Imyaka", ageOf(fmt.Sprint(2024-dob.Year())), ageOf(fmt.Sprint(2024-dob.Year())), plain("Numeric"), after(at, 2))},
			{"itariki_yo_kuvuka", result("Itariki yo kuvuka", cont(isoMs(dob)), cont(dob.Format("02/01/2006")), plain("Has Date"), after(at, 3))},
			{"aderesi", result("Aderesi", cont(addr), cont(strings.ToLower(addr)), plain("Ibisubizo byose"), after(at, 4))},
			{"ibiro", result("Ibiro", hlth(fmt.Sprint(weight)), hlth(fmt.Sprintf("ibiro %v", weight)), plain("Numeric"), after(at, 5))},
			{"uburebure", result("Uburebure", hlth(fmt.Sprint(height)), hlth(fmt.Sprintf("%d cm", height)), plain("Numeric"), after(at, 6))},
			{"umuvuduko_w_amaraso", result("Umuvuduko w'amaraso", hlth(fmt.Sprintf("%d/%d", sys, dia)), hlth(fmt.Sprintf("%d %d", sys, dia)), plain("Ibisubizo byose"), after(at, 7))},
			{"amezi_y_inda", result("Amezi y'inda", hlth(fmt.Sprint(months)), hlth(fmt.Sprintf("amezi %d", months)), plain("Numeric"), after(at, 8))},
			{"ibimenyetso", result("Ibimenyetso", symLeaf, symLeaf, symCat, after(at, 9))},
			{"telefoni_y_umugabo", result("Telefoni y'umugabo", cont(husband), cont(husband), plain("Ibisubizo byose"), after(at, 10))},
			{"ikizamini_cya_vih", result("Ikizamini cya VIH", hlth(hiv[0]), hlth(hiv[1]), hlth(hiv[2]), after(at, 11))},
			{"ubwishingizi", result("Ubwishingizi", plain(ins[0]), plain(ins[1]), plain(ins[0]), after(at, 12))},
		}
		var path arr
		for j := 0; j < r.in(2, 3); j++ {
			path = append(path, obj{{"node", decoy(r.uuid())}, {"time", plain(isoMs(after(at, j)))}})
		}
		runs = append(runs, obj{
			{"id", plain(r.in(1000000, 99999999))},
			{"uuid", decoy(r.uuid())},
			{"flow", obj{{"uuid", decoy(flowUUID)}, {"name", plain(flowName)}}},
			{"contact", obj{{"uuid", decoy(w.uuid)}, {"urn", cont(w.urn)}, {"name", cont(w.p.rwFull())}}},
			{"start", null()},
			{"responded", plain(true)},
			{"path", path},
			{"values", vals},
			{"created_on", plain(isoMs(at))},
			{"modified_on", plain(isoMs(after(at, 13)))},
			{"exited_on", plain(isoMs(after(at, 13)))},
			{"exit_type", plain(r.pick("completed", "completed", "interrupted", "expired"))},
		})
	}
	var contacts arr
	for _, w := range women {
		akarere, umurenge, akagari, umudugudu := r.rwAddress()
		lmp := after(t, -r.in(60, 260)*1440)
		groups := arr{obj{{"uuid", decoy(r.uuid())}, {"name", hlth("Abagore batwite - " + akarere)}}}
		if r.chance(0.3) {
			groups = append(groups, obj{{"uuid", decoy(r.uuid())}, {"name", hlth("Abafite diyabete")}})
		}
		if r.chance(0.5) {
			groups = append(groups, obj{{"uuid", decoy(r.uuid())}, {"name", plain("Bakira SMS za buri cyumweru")}})
		}
		contacts = append(contacts, obj{
			{"uuid", decoy(w.uuid)},
			{"name", cont(w.p.rwFull())},
			{"status", plain("active")},
			{"language", plain("kin")},
			{"urns", arr{cont(w.urn), cont("whatsapp:" + strings.TrimPrefix(w.urn, "tel:+"))}},
			{"groups", groups},
			{"fields", obj{
				{"akarere", cont(akarere)},
				{"umurenge", cont(umurenge)},
				{"akagari", cont(akagari)},
				{"umudugudu", cont(umudugudu)},
				{"itariki_y_imihango_iheruka", hlth(day(lmp))},
				{"itariki_yo_kubyara", hlth(day(lmp.Add(280 * 24 * time.Hour)))},
				{"umujyanama", cont(chw.rwFull())},
				{"ibiro_byanyuma", hlth(fmt.Sprint(r.f1(48, 92)))},
				{"nimero_y_ifishi", plain(fmt.Sprintf("ANC-%05d", r.in(1, 99999)))},
			}},
			{"flow", null()},
			{"created_on", plain(isoMs(after(t, -r.in(20000, 200000))))},
			{"modified_on", plain(isoMs(after(t, -r.in(0, 20000))))},
			{"last_seen_on", plain(isoMs(after(t, -r.in(0, 5000))))},
			{"blocked", plain(false)},
			{"stopped", plain(false)},
		})
	}
	var msgs arr
	for i := 0; i < r.in(2, 3); i++ {
		w := women[r.IntN(len(women))]
		var text leaf
		dir := "out"
		switch r.IntN(3) {
		case 0:
			text = prose(p("Muraho "), p(w.p.first, contactC), p(", muzaze ku kigo nderabuzima ku wa kabiri saa tatu. Muzane ifishi y'inda."))
		case 1:
			text = prose(p("Muraho "), p(w.p.first, contactC), p(", "), p("umuvuduko w'amaraso wanyu uri hejuru", healthC), p(". Umujyanama "), p(chw.rwFull(), contactC), p(" azabasura ejo."))
		default:
			dir = "in"
			text = prose(p(r.pick("Yego ndaza", "Murakoze", "Sinshobora kuza, ndarwaye")))
		}
		msgs = append(msgs, obj{
			{"id", plain(r.in(10000000, 99999999))},
			{"broadcast", null()},
			{"contact", obj{{"uuid", decoy(w.uuid)}, {"name", cont(w.p.rwFull())}}},
			{"urn", cont(w.urn)},
			{"channel", obj{{"uuid", decoy(r.uuid())}, {"name", plain("Android CHW relayer")}}},
			{"direction", plain(dir)},
			{"type", plain("text")},
			{"status", plain(map[string]string{"out": "delivered", "in": "handled"}[dir])},
			{"visibility", plain("visible")},
			{"text", text},
			{"attachments", arr{}},
			{"created_on", plain(isoMs(after(t, -r.in(0, 9000))))},
		})
	}
	relayModel, android := r.androidPhone()
	channel := obj{
		{"uuid", decoy(r.uuid())},
		{"name", plain("Android CHW relayer")},
		{"address", cont(r.rwPhone())},
		{"type", plain("A")},
		{"country", decoy("RW")},
		{"device", obj{
			{"name", dev(relayModel)},
			{"os", dev("Android " + android)},
			{"power_level", plain(r.in(5, 100))},
			{"power_status", plain(r.pick("STATUS_DISCHARGING", "STATUS_CHARGING", "STATUS_FULL"))},
			{"power_source", plain(r.pick("BATTERY", "AC", "USB"))},
			{"network_type", plain(r.pick("WIFI", "MOBILE"))},
		}},
		{"last_seen", dev(isoMs(after(t, -r.in(0, 600))))},
		{"created_on", plain(isoMs(after(t, -r.in(100000, 400000))))},
	}
	page := func(res arr) obj {
		return obj{{"next", plain(nil)}, {"previous", null()}, {"results", res}}
	}
	return language(obj{
		{"settings", obj{
			{"base_url", plain(base)},
			{"api_token", cred("Token " + r.hex(40))},
			{"page_size", plain(250)},
			{"client", decoy("rapidpro-python " + r.pick("2.15.0", "2.14.1"))},
			{"anon", decoy(false)},
		}},
		{"runs.json", page(runs)},
		{"contacts.json", page(contacts)},
		{"messages.json", page(msgs)},
		{"channels.json", page(arr{channel})},
	})
}
