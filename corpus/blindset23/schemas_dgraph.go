package blindset23

import "fmt"

// labDgraph: a Gujarat diagnostic lab's home sample-collection service
// queried through Dgraph's DQL HTTP endpoint (Gujarati predicate names,
// uid and dgraph.type on every node, extensions with latency, txn and
// metrics): the patient with address and health block, an order with
// tests and results, the referring doctor, the phlebotomist with her
// phone, the cold-box logger, settings as key / value nodes and the
// portal user.
func labDgraph(r *rng) any {
	t := r.when()
	pt := r.gujarati()
	rel := r.pickPerson(guMale, guMale, guLast)
	rel.last, rel.ll = pt.last, pt.ll
	phleb := r.gujarati()
	doc := r.gujarati()
	house, soc, area, city, pin := r.guAddress()
	uid := func() leaf { return plain(fmt.Sprintf("0x%x", r.in(4096, 9999999))) }
	typ := func(s string) arr { return arr{plain(s)} }
	sys, dia := r.bp()
	age := r.in(19, 82)

	type test struct {
		name, unit, ref string
		lo, hi          float64
	}
	tests := []test{
		{"HbA1c", "%", "4.0-5.6", 4.8, 11.5},
		{"ફાસ્ટિંગ બ્લડ સુગર", "mg/dL", "70-100", 78, 240},
		{"TSH", "µIU/mL", "0.4-4.0", 0.2, 9.8},
		{"હિમોગ્લોબિન", "g/dL", "12.0-15.5", 8.1, 16.2},
		{"વિટામિન D", "ng/mL", "30-100", 8, 52},
		{"LDL કોલેસ્ટ્રોલ", "mg/dL", "<100", 62, 210},
		{"ક્રિએટિનિન", "mg/dL", "0.6-1.2", 0.5, 2.9},
	}
	testNodes := arr{}
	for _, k := range r.Perm(len(tests))[:r.in(1, 3)] {
		ts := tests[k]
		v := r.f1(ts.lo, ts.hi)
		flag := "N"
		if v > ts.hi*0.8 {
			flag = "H"
		}
		testNodes = append(testNodes, obj{
			{"uid", uid()},
			{"dgraph.type", typ("ટેસ્ટ")},
			{"ટેસ્ટ_નામ", hlth(ts.name).clin()},
			{"પરિણામ", hlth(v).clin()},
			{"એકમ", plain(ts.unit).clin()},
			{"સંદર્ભ_શ્રેણી", plain(ts.ref).clin()},
			{"ફ્લેગ", hlth(flag).clin()},
		})
	}

	var note leaf
	switch r.IntN(3) {
	case 0:
		note = clinNote(p("દર્દીને "), p(r.pick("ડાયાબિટીસ છે, HbA1c વધારે", "થાઇરોઇડની તકલીફ છે", "કિડનીની બીમારી છે, ડાયાલિસિસ ચાલુ"), healthC), p(". રિપોર્ટ ડૉ. "), p(doc.full(), contactC), p(" ને મોકલો."))
	case 1:
		note = clinNote(p("નસ મળવામાં તકલીફ, બીજી વાર સોય લગાવી. "), p(phleb.first, contactC), p("."))
	default:
		note = clinNote(p("ઘરે નમૂનો લીધો, કોઈ તકલીફ નથી."))
	}

	health := obj{
		{"uid", uid()},
		{"ડાયાબિટીસ", hlth(r.chance(0.4)).clin()},
		{"બ્લડ_પ્રેશર", hlth(fmt.Sprintf("%d/%d", sys, dia)).clin()},
		{"વજન_કિલો", hlth(r.f1(42, 108)).clin()},
		{"ઊંચાઈ_સેમી", hlth(r.in(146, 186)).clin()},
		{"દવાઓ", arr{hlth(r.pick("મેટફોર્મિન 500 mg", "થાયરોક્સિન 50 mcg", "એમ્લોડિપિન 5 mg", "એટોર્વાસ્ટેટિન 10 mg")).clin()}},
		{"એલર્જી", hlth(r.pick("સલ્ફા દવા", "કોઈ નહીં", "પેનિસિલિન")).clin()},
	}
	if pt.female {
		health = append(health, field{"ગર્ભાવસ્થા", hlth(r.chance(0.15)).clin()})
	}

	phone, andr := r.androidPhone()
	order := obj{
		{"uid", uid()},
		{"dgraph.type", typ("ઓર્ડર")},
		{"ઓર્ડર_નંબર", decoy(fmt.Sprintf("RJ24-%06d", r.in(0, 999999)))},
		{"બારકોડ", decoy(r.digits(10))},
		{"નમૂના_સમય", plain(isoOff(t.In(ist)))},
		{"કિંમત", plain(r.pickInt(450, 799, 1200, 1999))},
		{"ચુકવણી_પદ્ધતિ", plain(r.pick("UPI", "રોકડ", "કાર્ડ"))},
		{"UPI_ID", r.orNull(0.4, cont(fmt.Sprintf("90000%05d@%s", r.in(0, 99999), r.pick("okaxis", "ybl", "okhdfcbank"))))},
		{"ટેસ્ટ", testNodes},
		{"ડોક્ટરની_નોંધ", note},
		{"ગ્રાહક_ટિપ્પણી", r.pick2(prose(p("સવારે 7 વાગ્યે આવજો, સોસાયટીનો ગેટ કોડ "), p(r.digits(4), credC), p(".")), prose(p("ઉપવાસ સાથે નમૂનો આપીશ, બેલ વગાડજો.")))},
		{"રેફર_કરનાર_ડોક્ટર", obj{{"uid", uid()}, {"નામ", cont("ડૉ. " + doc.full())}, {"રજિસ્ટ્રેશન_નંબર", decoy(fmt.Sprintf("G-%05d", r.in(10000, 99999)))}}},
		{"ફ્લેબોટોમિસ્ટ", obj{
			{"uid", uid()},
			{"નામ", cont(phleb.full())},
			{"મોબાઇલ", cont(r.inPhone())},
			{"ઉપકરણ", obj{
				{"uid", uid()},
				{"મોડેલ", dev(phone)},
				{"એન્ડ્રોઇડ_વર્ઝન", dev(andr)},
				{"IMEI", dev(r.imei())},
				{"એપ_વર્ઝન", dev(r.semver())},
				{"છેલ્લે_જોયું", dev(isoOff(after(t, -r.in(1, 900)).In(ist)))},
			}},
		}},
		{"કોલ્ડ_બોક્સ", obj{
			{"uid", uid()},
			{"લોગર_મોડેલ", dev(r.pick("Tzone TT18", "Elitech RC-5+", "LogTag TRIX-8"))},
			{"સીરિયલ_નંબર", dev(r.serial("EL", 9))},
			{"તાપમાન", decoy(r.f1(2, 8))},
		}},
	}

	patient := obj{
		{"uid", uid()},
		{"dgraph.type", typ("દર્દી")},
		{"દર્દી_આઈડી", decoy(fmt.Sprintf("P%07d", r.in(0, 9999999)))},
		{"નામ", cont(pt.first)},
		{"અટક", cont(pt.last)},
		{"પિતા_અથવા_પતિનું_નામ", cont(rel.full())},
		{"ઉંમર", ageOf(age)},
		{"જાતિ", sexOf(map[bool]string{true: "સ્ત્રી", false: "પુરુષ"}[pt.female])},
		{"જન્મ_તારીખ", cont(day(r.birth(2024-age, 2024-age)))},
		{"મોબાઇલ", cont(r.inLocal())},
		{"ઈમેલ", r.orNull(0.3, cont(r.email(pt)))},
		{"સરનામું", obj{
			{"uid", uid()},
			{"મકાન_નંબર", cont(house)},
			{"સોસાયટી", cont(soc)},
			{"વિસ્તાર", cont(area)},
			{"શહેર", cont(city)},
			{"પિનકોડ", cont(pin)},
		}},
		{"આરોગ્ય", health},
		{"ઓર્ડર", arr{order}},
	}

	labLan := r.lan()
	setting := func(k string, v leaf) obj {
		return append(obj{{"uid", uid().obf()}}, kvRow("કી", "મૂલ્ય", k, v)...)
	}
	settings := arr{
		setting("વાઇફાઇ_નામ", netw(r.pick("Lab-Staff", "JioFiber-"+r.alnum(5), "Airtel_"+r.alnum(6)))),
		setting("વાઇફાઇ_પાસવર્ડ", cred(r.psk())),
		setting("રાઉટર_IP", netw(labLan.gw())),
		setting("Brevo_API_કી", cred(r.brevoKey())),
		setting("Razorpay_key_id", decoy("rzp_live_"+r.alnum(14))),
		setting("Razorpay_key_secret", cred(r.alnum(24))),
		setting("રિપોર્ટ_ટેમ્પલેટ_વર્ઝન", decoy(r.semver())),
	}
	user := r.gujarati()
	login := obj{
		{"uid", uid()},
		{"dgraph.type", typ("વપરાશકર્તા")},
		{"વપરાશકર્તા_નામ", cont(r.userName(user))},
		{"પાસવર્ડ_હેશ", cred(r.drupal7())},
		{"ભૂમિકા", plain(r.pick("રિસેપ્શન", "લેબ ટેક્નિશિયન", "મેનેજર"))},
		{"છેલ્લું_લોગિન", plain(isoOff(after(t, -r.in(1, 5000)).In(ist)))},
		{"નિષ્ફળ_લોગિન", decoy(r.in(0, 5))},
		{"OTP_લંબાઈ", decoy(6)},
	}

	return language(obj{
		{"data", obj{
			{"q", arr{patient}},
			{"સેટિંગ", settings},
			{"વપરાશકર્તા", arr{login}},
		}},
		{"extensions", obj{
			{"server_latency", obj{
				{"parsing_ns", plain(r.in(10000, 90000))},
				{"processing_ns", plain(r.in(100000, 9000000))},
				{"encoding_ns", plain(r.in(10000, 900000))},
				{"total_ns", plain(r.in(1000000, 12000000))},
			}},
			{"txn", obj{{"start_ts", plain(r.in(100000, 9999999))}, {"hash", decoy(r.hex(64))}}},
			{"metrics", obj{{"num_uids", obj{{"uid", plain(r.in(5, 30))}, {"_total", plain(r.in(30, 120))}}}}},
		}},
	})
}
