package blindset18

import "fmt"

// plivanjeRethink is a Skopje children's swimming school's `rethinkdb
// export` (JSON format), keyed by the file names of the export, with
// Macedonian (Cyrillic) keys: members (child with birth date, sex,
// height, weight and photo; parents with phones and e-mails; address;
// medical certificate, allergies, asthma, medicines and epilepsy; the
// turnstile card UID, locker and its combination; the package with a
// promo code; the parent app with a bcrypt hash, phone model, app
// version and push token; coaches' notes), the .info file of the table,
// and the pool's devices (turnstile, router with Wi-Fi and admin URL,
// chlorine sensor).
func plivanjeRethink(r *rng) any {
	var members arr
	t := r.when()
	for k := 0; k < r.in(1, 2); k++ {
		child := r.macedonian()
		mum := r.macedonian()
		mum.female = true
		mum.first, mum.lf = split(mkFemale[r.IntN(len(mkFemale))])
		mum.last, mum.ll = child.last, child.ll
		if !child.female {
			mum.last = trimSuffix(child.last, "ски") + "ска"
			mum.ll = trimSuffix(child.ll, "ski") + "ska"
		}
		dad := r.macedonian()
		dad.female = false
		dad.first, dad.lf = split(mkMale[r.IntN(len(mkMale))])
		dad.last, dad.ll = trimSuffix(mum.last, "ска")+"ски", trimSuffix(mum.ll, "ska")+"ski"
		street, town, pc, muni := r.mkAddress()
		coach := r.macedonian()
		doctor := r.macedonian()
		t = after(t, r.in(60, 9000))
		hcm := r.in(104, 162)
		parents := arr{
			obj{{"име_презиме", cont(mum.full())}, {"телефон", cont(r.mkPhone())}, {"е_пошта", cont(r.email(mum))}, {"однос", plain("мајка")}},
		}
		if r.chance(0.6) {
			parents = append(parents, obj{{"име_презиме", cont(dad.full())}, {"телефон", cont(r.mkLocal())}, {"е_пошта", orNullLeaf(r, 0.4, cont(r.email(dad)))}, {"однос", plain("татко")}})
		}
		health := obj{
			{"лекарско_уверение", obj{
				{"важи_до", plain(day(after(t, r.in(50000, 400000))))},
				{"лекар", cont("д-р " + doctor.full())},
				{"способен", hlth(r.chance(0.95))},
			}},
			{"алергии", arr{hlth(r.pick("хлор", "кикирики", "пеницилин", "полен", "нема"))}},
			{"астма", hlth(r.chance(0.2))},
			{"лекови", arr{hlth(r.pick("Вентолин 100 mcg, по потреба", "Цетиризин 5 mg навечер", "нема"))}},
			{"епилепсија", hlth(r.chance(0.05))},
			{"забелешка_лекар", clinNote(p(r.pick("Без контраиндикации за пливање.", "Астма под контрола, инхалатор пред тренинг.", "Тимпаностомски цевчиња – да носи тапи за уши.", "Алергија на хлор: црвенило по кожата, да се тушира веднаш."), healthC))},
		}
		members = append(members, obj{
			{"id", plain(r.uuid())},
			{"дете", obj{
				{"име", cont(child.first)},
				{"презиме", cont(child.last)},
				{"датум_на_раѓање", cont(day(r.birth(2012, 2019)))},
				{"пол", sexOf(map[bool]string{true: "женски", false: "машки"}[child.female])},
				{"висина_цм", hlth(hcm)},
				{"тежина_кг", hlth(round1(float64(hcm*hcm) / 10000 * r.f1(14, 20)))},
				{"фотографија", cont("https://cdn.plivanje.example/foto/p_" + r.from(lowerNum, 24) + ".jpg")},
				{"група", plain(r.pick("Делфини", "Пингвини", "Ајкули", "Ѕвездички") + fmt.Sprintf(" %d", r.in(1, 4)))},
				{"ниво", plain(r.pick("почетно", "средно", "напредно"))},
			}},
			{"родители", parents},
			{"адреса", obj{
				{"улица", cont(street)},
				{"град", cont(town)},
				{"поштенски_број", cont(pc)},
				{"општина", cont(muni)},
			}},
			{"здравје", clinical(health)},
			{"картичка", obj{
				{"uid", cred("04" + r.HEX(12))},
				{"последен_влез", plain(iso(after(t, r.in(1, 900))))},
				{"ормарче", plain(fmt.Sprintf("%s-%d", r.pick("А", "Б", "В"), r.in(1, 60)))},
				{"шифра_ормарче", cred(r.digits(4))},
			}},
			{"претплата", obj{
				{"пакет", plain(r.pick("8 часа", "12 часа", "месечна"))},
				{"цена_мкд", plain(r.pick3(1800, 2400, 3000))},
				{"платено", plain(r.chance(0.8))},
				{"попуст_код", decoy(r.pick("LETO", "BRAT", "DELFIN") + fmt.Sprint(r.in(10, 30)))},
			}},
			{"апликација", obj{
				{"корисничко_име", cont(r.userName(mum))},
				{"лозинка_хаш", cred(r.bcrypt())},
				{"телефон_модел", dev(r.pick("Xiaomi Redmi Note 12", "Samsung Galaxy A34", "iPhone 12", "Huawei P30 lite"))},
				{"верзија_апликација", dev(r.semver())},
				{"fcm_токен", cred(r.fcm())},
				{"последна_најава", plain(iso(after(t, r.in(1, 3000))))},
				{"е_пошта_потврдена", decoy(r.chance(0.7))},
				{"неуспешни_најави", decoy(r.in(0, 4))},
			}},
			{"белешки", arr{obj{
				{"автор", cont(coach.full())},
				{"текст", r.pickLeaf(
					func() leaf {
						return prose(p(child.first, contactC), p(" доби напад на кашлица во вода, "), p("мајката донесе инхалатор", healthC), p("."))
					},
					func() leaf {
						return prose(p(child.first, contactC), p(" денес одлично, премин во повисока група."))
					},
					func() leaf {
						return prose(p(child.first, contactC), p(" ја заборави капата, да се јави мајката на "), p(r.mkPhone(), contactC), p("."))
					},
					func() leaf {
						return prose(p("Отсуствуваше поради "), p("отитис", healthC), p(", се враќа од понеделник."))
					},
					func() leaf {
						return prose(p("Групата оди во другата патека, тренингот почнува во 17:30."))
					},
				)},
				{"датум", plain(day(after(t, r.in(100, 9000))))},
			}}},
			{"креирано", plain(iso(t))},
		})
	}
	l := r.lan()
	devices := arr{
		obj{
			{"id", plain(r.uuid())},
			{"назив", dev("Турникет " + r.pick("влез", "главен влез", "соблекувална"))},
			{"модел", dev(r.pick("ZKTeco SBTL5000", "ZKTeco TS1000 Pro", "Gunnebo SpeedStile"))},
			{"сериски_број", dev(r.serial("CK", 10))},
			{"фирмвер", fwIP(r.ipShapedFw())},
			{"ip_адреса", netw(l.host(r.in(20, 60)))},
			{"mac", macAddr(r.mac(":", true))},
			{"последно_виден", dev(iso(after(t, -r.in(1, 600))))},
		},
		obj{
			{"id", plain(r.uuid())},
			{"назив", dev("Рутер рецепција")},
			{"модел", dev(r.pick("MikroTik hAP ax²", "TP-Link Archer C80", "Ubiquiti UniFi Express"))},
			{"wifi_мрежа", netw(r.pick("Plivanje", "Bazen", "Delfini") + "-" + r.pick("Gosti", "Staff", "5G"))},
			{"wifi_лозинка", cred(r.psk())},
			{"админ_url", netw("http://" + l.gw())},
			{"админ_лозинка", cred(r.password())},
			{"подмрежа", netw(l.cidr())},
			{"последно_виден", dev(iso(after(t, -r.in(1, 600))))},
		},
		obj{
			{"id", plain(r.uuid())},
			{"назив", dev("Сензор хлор базен " + fmt.Sprint(r.in(1, 2)))},
			{"модел", dev(r.pick("Hanna HI981412", "Pooldose Pro"))},
			{"температура_вода", decoy(r.f1(26, 29))},
			{"хлор_mg_l", decoy(r.f1(0.3, 1.5))},
			{"батерија_проценти", decoy(r.in(10, 100))},
		},
	}
	export := obj{
		{"plivanje/членови.json", members},
		{"plivanje/членови.info", obj{
			{"db", obj{{"id", plain(r.uuid())}, {"name", plain("plivanje")}, {"type", plain("DB")}}},
			{"doc_count_estimates", arr{plain(r.in(80, 600))}},
			{"id", plain(r.uuid())},
			{"indexes", arr{obj{{"index", plain("телефон_родител")}, {"multi", plain(false)}, {"geo", plain(false)}, {"outdated", plain(false)}, {"function", decoy(r.b64(48))}}}},
			{"name", plain("членови")},
			{"primary_key", plain("id")},
			{"shards", plain(1)},
			{"write_hook", null()},
		}},
		{"plivanje/уреди.json", devices},
	}
	return language(export)
}

func trimSuffix(s, suf string) string {
	if len(s) >= len(suf) && s[len(s)-len(suf):] == suf {
		return s[:len(s)-len(suf)]
	}
	return s
}

// orNullLeaf returns v, or a null decoy with probability pNull.
func orNullLeaf(r *rng, pNull float64, v leaf) leaf { return r.orNull(pNull, v) }
