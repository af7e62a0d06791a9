package blindset21

import (
	"fmt"
	"strings"
)

// biomedMaintainX is a regional hospital's biomedical engineering team's
// MaintainX account read through its REST API.
func biomedMaintainX(r *rng) any {
	t0 := r.when()
	clin := r.lan()
	vlan := r.in(100, 320)
	hospDomain := r.pick("ruralhealth.example", "valleyhospital.example.org", "northshore.example.net")

	// users
	type user struct {
		pr    person
		id    int
		email string
	}
	var users []user
	var userArr arr
	for i := 0; i < r.in(3, 5); i++ {
		pr := r.english()
		u := user{pr: pr, id: r.in(100000, 999999), email: strings.ToLower(ascii(pr.first[:1])+ascii(pr.last)) + "@" + hospDomain}
		users = append(users, u)
		userArr = append(userArr, obj{
			{"id", plain(u.id)},
			{"firstName", cont(pr.first)},
			{"lastName", cont(pr.last)},
			{"email", cont(u.email)},
			{"phoneNumber", r.orNull(0.3, cont(r.enPhone()))},
			{"role", plain(r.pick("ADMIN", "TECHNICIAN", "REQUESTER", "LIMITED_TECHNICIAN"))},
			{"avatarUrl", r.orNull(0.5, cont("https://cdn.maintainx.example/avatars/"+r.hex(16)+".jpg"))},
		})
	}

	type asset struct{ kind, maker, model, prefix string }
	assets := []asset{
		{"Infusion pump", "BD", "Alaris 8015 PC Unit", "1208"},
		{"Ventilator", "Hamilton Medical", "HAMILTON-C6", "HC6-"},
		{"Defibrillator", "ZOLL", "R Series ALS", "AF"},
		{"Patient monitor", "Philips", "IntelliVue MX750", "DE"},
		{"Syringe pump", "B. Braun", "Perfusor Space", "PS"},
		{"Infusion pump", "Baxter", "Sigma Spectrum IQ", "SIQ"},
	}
	var wos arr
	for i := 0; i < r.in(2, 3); i++ {
		a := assets[r.IntN(len(assets))]
		created := after(t0, -r.in(100, 60000))
		ser := r.serial(a.prefix, 8)
		tag := fmt.Sprintf("BME-%06d", r.in(1000, 999999))
		var fw leaf
		if r.chance(0.5) {
			fw = fwIP(r.ipShapedFw())
		} else {
			fw = dev(fmt.Sprintf("%d.%d.%d", r.in(1, 12), r.in(0, 9), r.in(0, 20)))
		}
		ip := clin.host(r.in(10, 250))
		ward := r.pick("Ward 7 - Respiratory", "ICU Bay B", "Emergency Dept Resus", "Ward 3 - Oncology", "Theatre 2", "Cardiac Care Unit")
		bed := r.in(1, 28)
		pt := r.english()
		drug := r.pick("heparin 1000 units/h", "noradrenaline 0.1 mcg/kg/min", "vancomycin", "oxaliplatin", "insulin sliding scale", "morphine PCA")
		requester := users[r.IntN(len(users))]
		assignee := users[r.IntN(len(users))]

		title := prose(p(r.pick("Repair: ", "PM: ", "Incident: ")), p(a.model, devC), p(" "+r.pick("air-in-line alarm", "failed self-test", "annual PPM", "cracked housing", "battery fault")))
		desc := prose(
			p(a.kind+" "), p(tag, devC), p(" alarmed "+r.pick("'Air in line'", "'Occlusion downstream'", "'Battery low'", "'System error 10'")+" during "),
			p(r.pick("Mrs ", "Mr ", "Ms ")+pt.last, contactC), p(fmt.Sprintf("'s (bed %d) ", bed)), p(drug, healthC),
			p(". Swapped to spare, patient unaffected. Drug library "), p(fmt.Sprintf("v%d", r.in(10, 30))), p(" on device. Ward phone "), p(r.usLocal(), contactC), p("."),
		)
		fields := arr{
			obj{{"label", plain("Earth bond resistance (Ω)")}, {"type", plain("NUMBER")}, {"value", decoy(float64(r.in(2, 19)) / 100)}},
			obj{{"label", plain("Enclosure leakage (µA)")}, {"type", plain("NUMBER")}, {"value", decoy(r.in(8, 90))}},
			obj{{"label", plain("Flow accuracy @100 mL/h (%)")}, {"type", plain("NUMBER")}, {"value", decoy(r.f1(-4.5, 4.5))}},
			obj{{"label", plain("Battery run time (min)")}, {"type", plain("NUMBER")}, {"value", decoy(r.in(90, 420))}},
			obj{{"label", plain("Run hours")}, {"type", plain("NUMBER")}, {"value", decoy(r.in(1000, 40000))}},
			obj{{"label", plain("Visual inspection pass")}, {"type", plain("CHECKBOX")}, {"value", plain(r.chance(0.8))}},
			obj{{"label", plain("Tested by")}, {"type", plain("TEXT")}, {"value", cont(assignee.pr.full())}},
		}
		parts := arr{obj{{"id", plain(r.in(10000, 99999))}, {"name", plain(r.pick("Door latch assembly", "Battery pack 7.2V", "Pressure sensor kit", "Flow sensor, adult", "Handle, grey"))}, {"sku", decoy(r.pick("1000SP", "CB", "282", "SP-") + r.digits(6))}, {"quantity", plain(1)}, {"unitCost", plain(r.f1(12, 480))}}}
		svcPass := r.password()
		comments := arr{
			obj{{"id", plain(r.in(1e6, 9e6))}, {"author", obj{{"id", plain(assignee.id)}, {"name", cont(assignee.pr.full())}}}, {"content", prose(p(r.pick("Replaced part, passed ESA.", "Returned to ward.", "Waiting on vendor RMA.", "Cleaned and re-tested OK.")))}, {"createdAt", plain(isoMs(after(created, r.in(30, 3000))))}},
		}
		if r.chance(0.6) {
			comments = append(comments, obj{{"id", plain(r.in(1e6, 9e6))}, {"author", obj{{"id", plain(requester.id)}, {"name", cont(requester.pr.full())}}}, {"content", prose(p("Library push failed - server "), p(r.pick("guardrails", "ivsrv", "pharmguard")+"01."+r.pick("lan", "internal"), netC), p(" rejects the svc account. Creds in case you need them: "), p("svc_"+r.pick("guardrails", "ivlib"), contactC), p(" / "), p(svcPass, credC))}, {"createdAt", plain(isoMs(after(created, r.in(30, 3000))))}})
		}
		wo := obj{
			{"id", plain(r.in(1000000, 9999999))},
			{"sequentialId", plain(r.in(100, 9999))},
			{"title", title},
			{"description", desc},
			{"status", plain(r.pick("OPEN", "IN_PROGRESS", "ON_HOLD", "DONE"))},
			{"priority", plain(r.pick("NONE", "LOW", "MEDIUM", "HIGH"))},
			{"categories", arr{plain(r.pick("Corrective", "Preventive", "Incident"))}},
			{"assignees", arr{obj{{"type", plain("USER")}, {"id", plain(assignee.id)}}}},
			{"requester", obj{{"id", plain(requester.id)}, {"name", cont(requester.pr.full())}, {"phone", cont(r.usPhone())}}},
			{"location", obj{{"id", plain(r.in(1000, 9999))}, {"name", plain(ward)}}},
			{"asset", obj{
				{"id", plain(r.in(100000, 999999))},
				{"name", joined(p(a.kind+" "), p(tag, devC))},
				{"assetTypes", arr{dev(a.kind)}},
				{"manufacturer", dev(a.maker)},
				{"model", dev(a.model)},
				{"serialNumber", dev(ser)},
				{"barcode", dev(tag)},
				{"extraFields", obj{
					{"Firmware", fw},
					{"IP Address", netw(ip)},
					{"MAC Address", macAddr(r.mac(":", true))},
					{"VLAN", netw(vlan)},
					{"Last seen on network", dev(iso(after(t0, -r.in(0, 4000))))},
					{"Purchase price", plain(r.in(1500, 48000))},
					{"Warranty expires", plain(day(after(t0, r.in(10000, 900000))))},
				}},
			}},
			{"procedure", obj{{"title", plain(r.pick("IEC 62353 ESA + performance", "Annual PPM - infusion", "Post-repair check"))}, {"fields", fields}}},
			{"parts", parts},
			{"comments", comments},
			{"dueDate", plain(iso(after(created, r.in(1000, 20000))))},
			{"createdAt", plain(iso(created))},
			{"updatedAt", plain(iso(after(created, r.in(30, 9000))))},
			{"completedAt", null()},
		}
		wos = append(wos, wo)
	}

	webhooks := arr{obj{
		{"id", plain(r.in(1000, 9999))},
		{"url", netw("https://biomed-bridge." + r.pick("internal", "lan") + "/maintainx/hook")},
		{"secret", cred("whk_" + r.alnum(40))},
		{"events", arr{plain("WORK_ORDER_CHANGE"), plain("NEW_WORK_ORDER")}},
		{"active", plain(true)},
	}}

	return obj{
		{"request", obj{
			{"method", plain("GET")},
			{"url", plain("https://api.getmaintainx.com/v1/workorders?expand=asset&expand=location&limit=" + fmt.Sprint(r.pick("20", "50", "100")))},
			{"headers", obj{{"Authorization", cred("Bearer mxk_" + r.alnum(48))}, {"Content-Type", plain("application/json")}, {"x-organization-id", plain(fmt.Sprint(r.in(10000, 99999)))}}},
		}},
		{"workOrders", wos},
		{"users", userArr},
		{"webhooks", webhooks},
		{"nextCursor", decoy(r.b64url(18))},
	}
}
