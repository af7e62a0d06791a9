package blindset13

import (
	"fmt"
	"strings"
)

// An airline's special-assistance desk: one passenger-name record as a
// GDS-style PNR retrieve (data.travelers with names[] and title, contacts,
// flight segments, SSR elements with IATA codes and upper-case free text
// (WCHR, MEDA, POXY, DPNA, DOCS, CTCM, CTCE), a MEDIF clearance with
// diagnosis and oxygen, the mobility aid and oxygen concentrator, remarks,
// ticket, the app install and an in-flight Wi-Fi session).

var (
	pocModels   = []string{"Inogen One G5", "Inogen Rove 6", "Philips SimplyGo Mini", "ResMed Mobi", "OxyGo NEXT", "CAIRE FreeStyle Comfort"}
	chairModels = []string{"Permobil M3 Corpus", "Quickie Q500 M", "Invacare TDX SP2", "Pride Jazzy Elite HD", "Karman Tranzit Go", "WHILL Model Ci2"}
	medifDx     = []icd{{"J44.9", "COPD"}, {"I50.9", "Heart failure"}, {"G35", "Multiple sclerosis"}, {"G12.21", "ALS"}, {"J84.10", "Pulmonary fibrosis"}, {"S72.001A", "Fractured neck of femur, post-op"}, {"C34.90", "Lung cancer"}}
	airports    = []string{"LHR", "JFK", "ORD", "MAN", "EDI", "DFW", "BOS", "YYZ", "SEA", "DUB"}
)

func pnrRecord(r *rng) any {
	female := r.chance(0.5)
	first := r.pick(usFirstM...)
	title := "MR"
	if female {
		first, title = r.pick(usFirstF...), r.pick("MRS", "MS")
	}
	last := r.pick(usLast...)
	loc := r.upper(6)
	email := r.mail(ascii(first) + "." + ascii(last))
	mobile := r.ukMobile()
	dx := medifDx[r.IntN(len(medifDx))]
	poc := r.pick(pocModels...)
	pocSN := r.digits(2) + r.upper(1) + r.digits(7)
	chair := r.pick(chairModels...)
	lpm := r.in(1, 4)
	dob := r.when(1938, 1975)
	dobDocs := strings.ToUpper(dob.Format("02Jan06"))
	sex := "M"
	if female {
		sex = "F"
	}

	ssr := func(code string, text leaf) obj {
		o := obj{{"code", plain(code)}, {"status", plain(r.pick("HK", "KK", "HN"))}, {"travelerIds", arr{plain("PT1")}}}
		if code != "DOCS" && code != "CTCM" && code != "CTCE" {
			o = append(o, field{"segmentIds", arr{plain("ST1")}})
		}
		return append(o, field{"text", text})
	}
	ssrs := arr{
		ssr("WCHC", prose(p("PAX "), p("CANNOT WALK", healthC), p(", NEEDS CARRY TO SEAT"))),
		ssr("MEDA", prose(p("PAX ON "), p(fmt.Sprintf("%d LPM CONTINUOUS O2", lpm), healthC), p(" DIAG "), p(strings.ToUpper(dx.text), healthC), p(" MEDIF OK"))),
		ssr("POXY", prose(p(strings.ToUpper(poc), devC, healthC), p(" SN "), p(pocSN, devC), p(" "+fmt.Sprint(r.in(2, 4))+" BATT 150PCT FLIGHT TIME"))),
		ssr("DOCS", multi(fmt.Sprintf("P/GBR/%d%s/GBR/%s/%s/%s/%s/%s", r.in(50, 59), r.digits(7), dobDocs, sex, strings.ToUpper(r.when(2026, 2033).Format("02Jan06")), strings.ToUpper(last), strings.ToUpper(first)), contactC)),
		ssr("CTCM", cont("44"+strings.ReplaceAll(strings.TrimPrefix(strings.TrimPrefix(mobile, "+44 "), "0"), " ", ""))),
		ssr("CTCE", cont(strings.ToUpper(strings.Replace(email, "@", "//", 1)))),
	}
	if r.chance(0.5) {
		ssrs = append(ssrs, ssr("WCBW", prose(p(strings.ToUpper(chair), devC, healthC), p(fmt.Sprintf(" POWERED WCHR DRY CELL %dKG H%dCM", r.in(60, 150), r.in(88, 112))))))
	}
	if r.chance(0.3) {
		ssrs = append(ssrs, ssr("DPNA", prose(p("PAX HAS "), p(r.pick("AUTISM", "DEMENTIA", "DOWN SYNDROME"), healthC), p(" TRAVELLING WITH CARER "), p(strings.ToUpper(r.usFirst()), contactC))))
	}

	remark := r.pickProse(
		func() leaf {
			return prose(p("PAX DAUGHTER "), p(r.usFirst(), contactC), p(" CALLED FROM "), p(r.ukMobile(), contactC), p(" TO CONFIRM O2 ARRANGED. ADVISED "), p(poc, devC, healthC), p(" OK ONBOARD."))
		},
		func() leaf {
			return prose(p("MEDIF REVIEWED BY MEDLINK, "), p(dx.code+" "+dx.text, healthC), p(", FIT TO FLY WITH O2."))
		},
		func() leaf {
			return prose(p("APP LOGIN LOCKED, PAX GAVE NEW PW "), p(r.pick("Heathrow", "Sunshine", "Granny")+r.digits(2)+"!", credC), p(" OVER PHONE - RESET VIA EMAIL INSTEAD."))
		},
		func() leaf { return prose(p("SEAT 23C BLOCKED FOR AISLE CHAIR TRANSFER. TKT REISSUED.")) },
	)

	from, to := r.pick(airports...), r.pick(airports...)
	for to == from {
		to = r.pick(airports...)
	}
	var wifiO any = nullDecoy()
	if r.chance(0.6) {
		wifiO = obj{
			{"provider", plain(r.pick("Viasat", "Panasonic", "Intelsat"))},
			{"voucher", cred(r.upper(4) + "-" + r.upper(4))},
			{"deviceMac", macAddr(r.mac(":", false))},
			{"assignedIp", netw(fmt.Sprintf("172.19.%d.%d", r.in(0, 15), r.in(2, 250)))},
			{"portal", plain("https://connect.onboard.example.com/")},
			{"mbUsed", decoy(r.in(3, 900))},
			{"sessionMinutes", decoy(r.in(5, 600))},
		}
	}

	return obj{{"data", obj{
		{"type", plain("pnr")},
		{"id", decoy(loc)},
		{"reference", decoy(loc)},
		{"creation", obj{
			{"dateTime", plain(r.iso(2024, 2024))},
			{"pointOfSale", obj{{"office", obj{{"id", plain(r.pick("LONBA08AA", "NYCBA01SP", "MANBA00CC"))}}}}},
		}},
		{"travelers", travelers(r, obj{
			{"id", plain("PT1")},
			{"names", arr{obj{{"firstName", cont(strings.ToUpper(first))}, {"lastName", cont(strings.ToUpper(last))}, {"title", sexOf(title)}}}},
			{"dateOfBirth", cont(dob.Format("2006-01-02"))},
			{"loyaltyAccounts", arr{obj{{"programOwner", plain("BA")}, {"id", decoy(r.digits(8))}, {"tier", plain(r.pick("BLUE", "BRONZE", "SILVER"))}}}},
		})},
		{"contacts", arr{obj{
			{"id", plain("CT1")},
			{"purpose", plain("STANDARD")},
			{"addresseeName", obj{{"firstName", cont(first)}, {"lastName", cont(last)}}},
			{"phones", arr{obj{{"deviceType", plain("MOBILE")}, {"number", cont(mobile)}}}},
			{"emailAddress", cont(email)},
		}}},
		{"flightSegments", arr{obj{
			{"id", plain("ST1")},
			{"departure", obj{{"iataCode", plain(from)}, {"at", plain(r.iso(2024, 2025))}, {"terminal", plain(fmt.Sprint(r.in(1, 5)))}}},
			{"arrival", obj{{"iataCode", plain(to)}}},
			{"carrierCode", plain("BA")},
			{"number", decoy(fmt.Sprintf("%04d", r.in(1, 2999)))},
			{"aircraft", obj{{"code", plain(r.pick("77W", "789", "32N", "388"))}}},
			{"seat", plain(fmt.Sprintf("%d%s", r.in(10, 45), r.pick("A", "C", "D", "H")))},
			{"bookingStatus", plain("HK")},
		}}},
		{"specialServiceRequests", ssrs},
		{"medif", clinical(obj{
			{"ref", decoy("MF" + r.digits(8))},
			{"clearanceStatus", plain(r.pick("APPROVED", "PENDING", "APPROVED"))},
			{"diagnosis", hlth(dx.text)},
			{"icd10", hlth(dx.code)},
			{"oxygenLpm", hlth(lpm)},
			{"restingSpO2", hlth(fmt.Sprintf("%d%%", r.in(86, 95)))},
			{"fitToFly", hlth(true)},
			{"stretcher", hlth(false)},
			{"physician", obj{{"name", cont("Dr " + r.usFirst() + " " + r.pick(usLast...))}, {"phone", cont(fmt.Sprintf("020 7946 0%03d", r.in(0, 999)))}, {"gmcNumber", decoy(r.digits(7))}}},
			{"formVersion", decoy(r.ver())},
		})},
		{"mobilityAid", obj{
			{"type", multi(r.pick("powered wheelchair", "manual wheelchair", "mobility scooter"), devC, healthC)},
			{"model", multi(chair, devC, healthC)},
			{"weightKg", decoy(r.in(14, 150))},
			{"heightCm", decoy(r.in(85, 115))},
			{"batteryWh", decoy(r.pickInt(0, 160, 300))},
			{"foldable", plain(r.chance(0.4))},
		}},
		{"oxygenConcentrator", obj{{"model", multi(poc, devC, healthC)}, {"serial", dev(pocSN)}, {"flowSetting", hlth(fmt.Sprint(lpm))}, {"batteries", decoy(r.in(2, 4))}, {"faaApproved", decoy(true)}}},
		{"remarks", arr{obj{{"subType", plain("GENERAL_REMARK")}, {"text", remark}}}},
		{"tickets", arr{obj{{"documentNumber", decoy("125-" + r.digits(10))}, {"documentType", plain("ETICKET")}, {"total", plain(money(r.f2(89, 1900)))}, {"currency", plain("GBP")}}}},
		{"appInstall", obj{
			{"pushToken", cred(r.fcm())},
			{"sessionCookie", cred("BA_SESSION=" + r.b64(48))},
			{"appVersion", dev(fmt.Sprintf("%d.%d.%d", r.in(4, 6), r.in(0, 30), r.in(0, 9)))},
			{"os", dev(r.osVer())},
			{"deviceModel", dev(r.phoneModel())},
			{"apiVersion", decoy(fmt.Sprintf("%d.%d.%d.%d", r.in(1, 4), r.in(0, 20), r.in(0, 9), r.in(100, 250)))},
		}},
		{"inflightWifi", wifiO},
	}}}
}

// travelers adds, on some bookings, the carer travelling with the
// passenger.
func travelers(r *rng, pax obj) arr {
	out := arr{pax}
	if r.chance(0.5) {
		f, l := r.usFirst(), r.pick(usLast...)
		out = append(out, obj{
			{"id", plain("PT2")},
			{"names", arr{obj{{"firstName", cont(strings.ToUpper(f))}, {"lastName", cont(strings.ToUpper(l))}}}},
			{"dateOfBirth", cont(r.day(1960, 2000))},
			{"relationship", plain(r.pick("CARER", "SPOUSE", "DAUGHTER", "SON"))},
			{"contact", obj{{"phone", cont(r.ukMobile())}, {"email", cont(r.mail(ascii(f) + ascii(l)))}}},
		})
	}
	return out
}
