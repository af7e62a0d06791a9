package blindset9

import (
	"fmt"
	"strings"
)

// funeral-home-cosmos: a US funeral home's case file as an Azure Cosmos DB
// item (camelCase, _rid / _self / _etag / _attachments / _ts): decedent
// (names, sex, birth date, date of death, residence, cause of death with
// ICD-10, manner, attending physician, height and weight, implants to
// remove before cremation), informant / next of kin, arrangements
// (officiant, venue, a livestream URL with a token and a viewer
// password), obituary draft, merchandise lines with SKUs and casket
// weights, payment and insurance assignment, family-portal login, the
// arrangement-room tablet, and staff notes.

func funeral(g *rng) any {
	d := g.personOf("en")
	nok := g.personOf("en")
	nok.last = one(g, d.last, d.last, g.personOf("en").last)
	doc := g.personOf("en")
	off := g.personOf("en")
	caseNo := fmt.Sprintf("%d-%04d", g.in(2023, 2025), g.n(10000))
	cods := [][2]string{
		{"Metastatic pancreatic adenocarcinoma", "C25.9"},
		{"Amyotrophic lateral sclerosis", "G12.21"},
		{"Acute myocardial infarction", "I21.9"},
		{"Chronic obstructive pulmonary disease", "J44.9"},
		{"Alzheimer's disease, late onset", "G30.1"},
		{"Sepsis due to pneumonia", "A41.9"},
	}
	cod := one(g, cods...)
	city := one(g, [3]string{"Dayton", "OH", "454"}, [3]string{"Boise", "ID", "837"}, [3]string{"Savannah", "GA", "314"}, [3]string{"Fresno", "CA", "937"})
	var obit []piece
	obit = append(obit, p(d.full(), contactCat), p(fmt.Sprintf(", %d, of %s, passed away peacefully ", g.in(58, 97), city[0])))
	switch g.n(3) {
	case 0:
		obit = append(obit, p("after a long battle with "), p(strings.ToLower(cod[0]), healthCat), p(". "))
	case 1:
		obit = append(obit, p("surrounded by family. "))
	default:
		obit = append(obit, p("at home. "))
	}
	obit = append(obit, p(fm(d, "She", "He")+" is survived by "), p(nok.first, contactCat), p(". In lieu of flowers, donations to the hospice are welcome."))

	var note []piece
	switch g.n(5) {
	case 0:
		note = []piece{p("Pacemaker must be removed before cremation – "), p(one(g, "Medtronic Azure XT", "Abbott Assurity MRI", "Boston Scientific Accolade"), healthCat), p(".")}
	case 1:
		note = []piece{p("Family contact prefers text: "), p(g.phoneUS(), contactCat)}
	case 2:
		note = []piece{p("Livestream password sent to family: "), p(g.s(alnum, 8), credCat)}
	case 3:
		note = []piece{p("Tablet in arrangement room 2 keeps dropping Wi-Fi, IP "), p(g.lanIP("192.168.10"), netCat)}
	default:
		note = []piece{p("Flowers delivered, chapel set for 10 am.")}
	}
	var merch arr
	for _, it := range some(g, g.in(2, 3),
		[3]string{"CSK-18G-BRZ", "18 gauge steel casket, bronze", "185"},
		[3]string{"URN-BRS-CL", "Classic brass urn", "3"},
		[3]string{"VLT-CNC-STD", "Standard concrete vault", "1450"},
		[3]string{"REG-BK-LTH", "Leather register book", "2"},
		[3]string{"CSK-OAK-SOL", "Solid oak casket", "210"}) {
		merch = append(merch, obj{
			{"sku", decoy(it[0])},
			{"description", plain(it[1])},
			{"weightLbs", decoy(it[2])},
			{"price", decoy(money(g.f(90, 6500)))},
		})
	}
	rid := g.s(alnum, 12) + "=="
	return obj{
		{"id", decoy(caseNo)},
		{"caseNumber", decoy(caseNo)},
		{"type", plain("case")},
		{"decedent", obj{
			{"firstName", cont(d.first)},
			{"lastName", cont(d.last)},
			{"sex", sexOf(fm(d, "F", "M"))},
			{"dateOfBirth", cont(fmt.Sprintf("%04d-%02d-%02d", g.in(1925, 1965), g.in(1, 12), g.in(1, 28)))},
			{"dateOfDeath", plain(g.date())},
			{"residence", obj{
				{"street", cont(fmt.Sprintf("%d %s", g.in(10, 9990), one(g, "Wayne Ave", "Oak Hollow Dr", "Abercorn St", "Shields Ave")))},
				{"city", cont(city[0])},
				{"state", cont(city[1])},
				{"zip", cont(city[2] + g.s(num, 2))},
			}},
			{"causeOfDeath", hlth(cod[0])},
			{"icd10", hlth(cod[1])},
			{"mannerOfDeath", plain(one(g, "Natural", "Natural", "Accident", "Pending"))},
			{"attendingPhysician", cont("Dr. " + doc.full())},
			{"heightIn", hlth(g.in(58, 76))},
			{"weightLbs", hlth(g.in(90, 290))},
			{"implants", stringsOf(hlth, some(g, g.in(0, 2), "pacemaker", "hip replacement", "insulin pump", "cochlear implant")...)},
		}},
		{"informant", obj{
			{"name", cont(nok.full())},
			{"relationship", plain(one(g, "daughter", "son", "spouse", "niece", "brother"))},
			{"phone", cont(g.phoneUS())},
			{"email", cont(g.email(nok))},
		}},
		{"arrangements", obj{
			{"serviceType", plain(one(g, "Traditional burial", "Cremation with memorial", "Direct cremation"))},
			{"date", plain(g.date())},
			{"venue", plain(one(g, "Main Chapel", "St. Luke's Church", "Graveside"))},
			{"officiant", cont(one(g, "Rev. ", "Pastor ", "") + off.full())},
			{"livestream", obj{
				{"url", cred(fmt.Sprintf("https://stream.tributecast.example.com/e/%d?token=%s", g.in(10000, 99999), g.opaque(32)))},
				{"viewerPassword", cred(g.s(alnum, 8))},
				{"viewerCount", decoy(g.in(0, 300))},
			}},
			{"obituaryDraft", prose(obit...)},
		}},
		{"merchandise", merch},
		{"payment", obj{
			{"total", decoy(money(g.f(2500, 16000)))},
			{"insuranceAssignment", obj{{"insurer", plain(one(g, "Globe Life", "Lincoln Heritage", "Mutual of Omaha"))}, {"amount", decoy(money(g.f(3000, 15000)))}, {"claimRef", decoy(fmt.Sprintf("(937) 555-%04d", g.n(10000)))}}},
		}},
		{"familyPortal", obj{
			{"login", cont(g.email(nok))},
			{"passwordHash", cred(g.bcrypt())},
			{"lastLogin", plain(g.iso())},
			{"passwordMinLength", decoy(8)},
		}},
		{"arrangementTablet", obj{
			{"model", dev(one(g, "iPad (10th generation)", "Galaxy Tab S9", "Surface Go 4"))},
			{"serial", dev(strings.ToUpper(g.s(uc+num, 12)))},
			{"ip", netw(g.lanIP("192.168.10"))},
			{"ssid", netw(one(g, "FH-Office", "ChapelGuest", "Arrangements-5G"))},
			{"gateway", netw("192.168.10.1")},
		}},
		{"staffNotes", prose(note...)},
		{"_rid", decoy(rid)},
		{"_self", decoy("dbs/" + rid[:6] + "==/colls/" + rid[:8] + "=/docs/" + rid + "/")},
		{"_etag", decoy(fmt.Sprintf("\"%s-0000-0700-0000-%s0000\"", g.s(hx, 8), g.s(hx, 8)))},
		{"_attachments", plain("attachments/")},
		{"_ts", plain(g.epoch())},
	}
}
