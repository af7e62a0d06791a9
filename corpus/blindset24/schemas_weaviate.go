package blindset24

import "fmt"

// usfWeaviate: a Paraguayan family-health unit (USF) runs a search
// assistant for its maternal-care outreach on Weaviate; the capture holds
// a REST objects listing with Guarani property names (ASCII, as Weaviate
// requires: patients with address, pregnancy and health properties,
// devices, the unit's settings, a user) and a GraphQL nearText answer,
// with the request headers.
func usfWeaviate(r *rng) any {
	t := r.when()
	usf := r.lan()
	ms := func(min int) leaf { return plain(unixMs(after(t, min))) }
	wobj := func(class string, props obj) obj {
		c := -r.in(1000, 300000)
		return obj{
			{"class", plain(class)},
			{"creationTimeUnix", ms(c)},
			{"id", plain(r.uuid())},
			{"lastUpdateTimeUnix", ms(c + r.in(0, 900))},
			{"properties", props},
			{"vectorWeights", plain(nil)},
		}
	}
	objects := arr{}
	type pat struct {
		p    person
		diag string
	}
	var pats []pat
	for i := 0; i < r.in(1, 2); i++ {
		pt := r.paraguayo()
		pt.female = true
		pt.first = r.pick(pyFemale...)
		oga, komp, tava, dep := r.pyAddress()
		dob := r.birth(1982, 2007)
		weeks := r.in(6, 39)
		sys, dia := r.bp()
		diag := r.pick("presión yvate", "diabetes gestacional", "anemia", "infección urinaria", "preeclampsia")
		pats = append(pats, pat{pt, diag})
		worker := r.paraguayo()
		objects = append(objects, wobj("Hasyva", obj{
			{"tera", cont(pt.first)},
			{"terajoapy", cont(pt.last)},
			{"henoiAra", cont(day(dob) + "T00:00:00Z")},
			{"ary", ageOf(age(dob, t))},
			{"kunaKuimbae", sexOf("kuña")},
			{"pumbyry", cont(r.pyPhone())},
			{"nandutiVeve", r.orNull(0.5, cont(r.email(pt)))},
			{"ogaRenda", cont(oga)},
			{"kompania", cont(komp)},
			{"tava", cont(tava)},
			{"tetavore", cont(dep)},
			{"tesaiKuaatiaPapapy", decoy(fmt.Sprintf("USF-%s-%05d", r.pick("CO", "CG", "VR", "SE"), r.in(1, 99999)))},
			{"hyeguasu", clinical(hlth(true))},
			{"semanakuera", clinical(hlth(weeks))},
			{"pohyi", clinical(hlth(r.f1(46, 98)))},
			{"yvatekue", clinical(hlth(r.in(145, 178)))},
			{"presion", clinical(hlth(fmt.Sprintf("%d/%d", sys, dia)))},
			{"tuguyMbaeicha", clinical(hlth(r.pick("O+", "A+", "B+", "O-", "AB+")))},
			{"mbaasy", clinical(hlth(diag))},
			{"poha", clinical(arr{hlth(r.pick("ácido fólico 5 mg", "sulfato ferroso 60 mg", "metildopa 250 mg", "insulina NPH 10 UI"))})},
			{"pohanohara", cont(worker.full())},
			{"mombeu", gnNote(r, pt, oga, komp)},
			{"pumbyryOjehechaukava", decoy(r.chance(0.6))},
		}))
	}

	objects = append(objects,
		wobj("Tembipuru", obj{
			{"mbaeichagua", dev("tablet")},
			{"modelo", dev(r.pick("Samsung Galaxy Tab A8", "Lenovo Tab M9", "Samsung Galaxy Tab A9+"))},
			{"papapyJehegua", dev(r.serial("R9", 9))},
			{"ip", netw(usf.host(r.in(20, 200)))},
			{"mac", macAddr(r.mac(":", false))},
			{"ohechaPaha", dev(iso(after(t, -r.in(1, 2000))))},
			{"aplikasionVersion", dev(r.pick("4.1.0", "4.2.3", "4.3.0"))},
		}),
		wobj("Tembipuru", obj{
			{"mbaeichagua", dev("doppler fetal")},
			{"modelo", dev(r.pick("Sonoline B", "Edan SD3", "Contec 10C"))},
			{"papapyJehegua", dev(r.serial("", 10))},
			{"bateria", decoy(r.in(5, 100))},
			{"ohechaPaha", dev(iso(after(t, -r.in(100, 20000))))},
		}),
		wobj("Tendaguasu", obj{
			{"tera", plain("USF " + r.pick("Tajy", "San Blas", "Ysati", "Ybaroty"))},
			{"wifiTera", netw(r.ssid("USF"))},
			{"wifiNeenemi", cred(r.psk())},
			{"routerTape", netw("http://" + usf.gw())},
			{"servidorIp", netw(usf.host(r.in(2, 19)))},
			{"neenemiPehengueMinimo", decoy(8)},
			{"esquemaVersion", decoy(r.semver())},
		}),
	)
	user := r.paraguayo()
	objects = append(objects, wobj("Puruhara", obj{
		{"tera", cont(user.full())},
		{"nandutiVeve", cont(r.email(user))},
		{"puruharaTera", cont(r.userName(user))},
		{"neenemiHash", cred(r.scram256())},
		{"temiandu", plain(r.pick("enfermera", "agente comunitario", "médico"))},
		{"oikePaha", plain(iso(after(t, -r.in(10, 9000))))},
	}))

	gq := arr{}
	for _, pt := range pats {
		gq = append(gq, obj{
			{"tera", cont(pt.p.first)},
			{"terajoapy", cont(pt.p.last)},
			{"mbaasy", clinical(hlth(pt.diag))},
			{"_additional", obj{{"id", plain(r.uuid())}, {"distance", plain(float64(r.in(80, 400)) / 1000)}}},
		})
	}

	return language(obj{
		{"endpoint", netw(fmt.Sprintf("http://%s:8080/v1", usf.host(r.in(2, 19))))},
		{"headers", obj{
			{"Authorization", cred("Bearer " + r.alnum(32))},
			{"X-Cohere-Api-Key", cred(r.cohereKey())},
			{"X-Weaviate-Client", decoy("weaviate-client-python/" + r.semver())},
		}},
		{"GET /v1/objects?limit=25", obj{{"deprecations", plain(nil)}, {"objects", objects}, {"totalResults", decoy(len(objects))}}},
		{"POST /v1/graphql", obj{
			{"query", plain(fmt.Sprintf("{ Get { Hasyva(nearText: {concepts: [\"%s\"]}, limit: 5) { tera terajoapy mbaasy _additional { id distance } } } }", r.pick("presión yvate", "hyeguasu ha anemia", "diabetes")))},
			{"data", obj{{"Get", obj{{"Hasyva", gq}}}}},
		}},
	})
}

func gnNote(r *rng, pt person, oga, komp string) leaf {
	switch r.IntN(4) {
	case 0:
		return prose(p("Oguereko presión yvate", healthC), p(", oho va'erã hospital-pe. Ipumbyry: "), p(r.pyLocal(), contactC))
	case 1:
		return prose(p(pt.first, contactC), p(" "), p(fmt.Sprintf("hyeguasu %d semana, ho'a kuri ko'ẽme", r.in(20, 36)), healthC), p("."))
	case 2:
		return prose(p("Hóga oĩ "), p(komp+", "+oga, contactC), p(" ykére, okẽ hovy."))
	}
	return prose(p("Ko'ẽrõ jajujey."))
}
