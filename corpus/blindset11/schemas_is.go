package blindset11

import "fmt"

// An Icelandic horse-riding tour operator's no-code booking app, two Bubble
// Data API responses with Icelandic field names (spaces, units in brackets,
// þ/ð/æ): bookings with the rider's weight limit data and health notes, and
// the app's settings (stable Wi-Fi, router, API keys, the weight limit).

var (
	isTourFirst = []string{"Emma", "Noah", "Chloé", "Liam", "Sofia", "Mateo", "Hannah", "Yusuf", "Olivia", "Kenji", "Ava", "Lars", "Mia", "Ethan", "Amélie", "Tomasz", "Ines", "Jakob", "Zara", "Ravi", "Freya", "Diego"}
	isTourLast  = []string{"Larsen", "Fischer", "Moreau", "O'Connell", "Bianchi", "Kowalczyk", "Tanaka", "Okonkwo", "Svensson", "Dubois", "Hartmann", "Novak", "Brennan", "Castillo", "Ferreira", "Lindgren", "Mahmoud", "Whitfield", "Janssen", "Petrova", "Costa", "Ng"}
	isFirst     = []string{"Sigríður", "Guðrún", "Kristín", "Helga", "Jón", "Sigurður", "Gunnar", "Ólafur", "Einar", "Bjarki", "Hrafnhildur", "Þóra", "Arnar", "Katrín", "Ragnar", "Eydís", "Baldur", "Sóley", "Hekla", "Ásgeir"}
	isPatr      = [][2]string{{"Jónsson", "Jónsdóttir"}, {"Sigurðsson", "Sigurðardóttir"}, {"Gunnarsson", "Gunnarsdóttir"}, {"Ólafsson", "Ólafsdóttir"}, {"Einarsson", "Einarsdóttir"}, {"Magnússon", "Magnúsdóttir"},
		{"Stefánsson", "Stefánsdóttir"}, {"Helgason", "Helgadóttir"}, {"Kristjánsson", "Kristjánsdóttir"}, {"Þórsson", "Þórsdóttir"}, {"Pálsson", "Pálsdóttir"}, {"Guðmundsson", "Guðmundsdóttir"}}
	isWomen   = map[string]bool{"Sigríður": true, "Guðrún": true, "Kristín": true, "Helga": true, "Hrafnhildur": true, "Þóra": true, "Katrín": true, "Eydís": true, "Sóley": true, "Hekla": true}
	isHealth  = []string{"bakverkur", "sykursýki af tegund 1", "flogaveiki", "ofnæmi fyrir hrossum", "astmi", "gervihné", "hár blóðþrýstingur", "brjósklos", "hjartsláttartruflanir", "mígreni", "liðagigt", "engin"}
	isAllergy = []string{"hey og hrossahár", "penisillín", "hnetur", "býflugur", "ekkert", "latex", "glúten", "laktósi"}
	isTours   = []string{"Gullni hringurinn á hestbaki", "Miðnætursólarreið", "Hraunreið við Heiðmörk", "Norðurljósareið", "Fjörureið í Reykjanesi", "Tveggja daga hálendisferð", "Fjölskyldureið", "Tölt fyrir byrjendur"}
	isHorses  = []string{"Skjóni", "Blesi", "Stjarna", "Glói", "Hrímfaxi", "Sleipnir", "Perla", "Vaskur", "Kolbrún", "Funi", "Þokki", "Hrafn"}
	isHotels  = []string{"Hótel Saga", "Fosshótel Reykjavík", "Center Hotels Plaza", "Hótel Örk", "Hlemmur Square", "Reykjavík Marina", "Kex Hostel", "Hótel Borg", "Canopy Reykjavík", "Sandhotel"}
)

// isPatronym is a father's name with -son or -dóttir by the first name.
func isPatronym(r *rng, first string) string {
	f := isPatr[r.IntN(len(isPatr))]
	if isWomen[first] {
		return f[1]
	}
	return f[0]
}

func bubbleID(r *rng) string { return fmt.Sprintf("%dx%s", r.epochMs(2023, 2024), r.digits(18)) }

func (r *rng) touristPhone() string {
	switch r.IntN(3) {
	case 0:
		return fmt.Sprintf("+44 7700 900%03d", r.in(0, 999))
	case 1:
		return fmt.Sprintf("+1 %d-555-01%02d", r.in(201, 989), r.in(0, 99))
	}
	return fmt.Sprintf("+354 690 00%02d", r.in(0, 99))
}

func isBooking(r *rng) obj {
	first, last := r.pick(isTourFirst...), r.pick(isTourLast...)
	woman := r.chance(0.5)
	sex := "Karl"
	if woman {
		sex = r.pick("Kona", "Kona", "Annað")
	}
	note := prose(p(r.pick("Vill rólegan hest.", "Kemur með tvö börn.", "Sótt á hótel kl. 8:30.", "Greitt með gjafabréfi.")))
	switch r.IntN(3) {
	case 0:
		note = prose(p("Er með "), p(r.pick(isHealth...), healthC), p(r.pick(", vill rólegan hest.", " — má ekki fara á brokk.", "; tekur lyfin með sér.")))
	case 1:
		note = prose(p("Hringið í "), p(r.touristPhone(), contactC), p(" ef seinkun verður."))
	}
	guideFirst := r.pick(isFirst...)
	return obj{
		{"Nafn", cont(first + " " + last)},
		{"Netfang", cont(r.mail(ascii(first) + "." + ascii(last)))},
		{"Símanúmer", cont(r.touristPhone())},
		{"Fæðingardagur", cont(r.day(1950, 2010))},
		{"Kyn", sexOf(sex)},
		{"Þyngd (kg)", hlth(r.in(42, 118))},
		{"Hæð (cm)", hlth(r.in(140, 198))},
		{"Reynsla", plain(r.pick("Byrjandi", "Nokkur reynsla", "Vanur knapi"))},
		{"Heilsufar", stringsOf(hlth, r.pickSome(r.in(1, 2), isHealth...)...)},
		{"Ólétt", hlth(woman && r.chance(0.08))},
		{"Ofnæmi", hlth(r.pick(isAllergy...))},
		{"Lyf", hlth(r.pick("Insúlín (penni)", "Ventolin", "Engin", "Íbúfen eftir þörfum", "Blóðþrýstingslyf", "EpiPen"))},
		{"Neyðartengiliður nafn", cont(r.pick(isTourFirst...) + " " + last)},
		{"Neyðartengiliður sími", cont(r.touristPhone())},
		{"Hótel", plain(r.pick(isHotels...))},
		{"Sótt kl.", plain(fmt.Sprintf("%02d:%02d", r.in(7, 17), r.in(0, 3)*15))},
		{"Ferð", decoy(bubbleID(r))},
		{"Ferðarheiti", plain(r.pick(isTours...))},
		{"Hestur", plain(r.pick(isHorses...))},
		{"Hjálmstærð", decoy(r.pick("S", "M", "L", "XL", "54", "56", "58", "60"))},
		{"Leiðsögumaður", decoy(bubbleID(r))},
		{"Leiðsögumaður nafn", cont(guideFirst + " " + isPatronym(r, guideFirst))},
		{"Neyðarsendir", obj{
			{"gerð", dev(r.pick("Garmin inReach Mini 2", "Garmin inReach Messenger", "ZOLEO", "SPOT Gen4", "Garmin GPSMAP 66i"))},
			{"IMEI", dev("30" + r.digits(13))},
			{"síðast virkur", dev(r.iso(2024, 2024))},
		}},
		{"Skráð frá IP-tölu", netw(r.wanIP())},
		{"Vafri", dev(r.userAgent())},
		{"Verð (ISK)", decoy(r.in(14, 89) * 1000)},
		{"Fjöldi", decoy(r.in(1, 6))},
		{"Afsláttarkóði", decoy(r.pick("SUMAR24", "TOLT10", "NORDUR15", "VINIR", "FJOLSK20"))},
		{"Stripe viðskiptavinur", decoy("cus_" + r.alnum(14))},
		{"Kortaendir", decoy(r.digits(4))},
		{"Athugasemd", note},
		{"Skilaboð", isMessages(r)},
		{"Staðfest", plain(r.chance(0.8))},
		{"Netfang staðfest", decoy(r.chance(0.7))},
		{"Created Date", plain(r.isoMs(2024, 2024))},
		{"Modified Date", plain(r.isoMs(2024, 2024))},
		{"Created By", decoy(bubbleID(r))},
		{"_id", decoy(bubbleID(r))},
	}
}

func isMessages(r *rng) arr {
	var out arr
	for k := 0; k < r.in(1, 2); k++ {
		m := prose(p(r.pick("Can we bring a GoPro on the helmet?", "Is the tour on if it rains?", "Thanks, see you tomorrow!", "Takk fyrir frábæra ferð!")))
		switch r.IntN(3) {
		case 0:
			m = prose(p("Just so you know, I "), p(r.pick("had a hip replacement last year", "am 14 weeks pregnant", "take blood thinners", "have type 1 diabetes and carry insulin"), healthC), p(r.pick(" – is that ok?", ".", ", please advise.")))
		case 1:
			m = prose(p("My husband's WhatsApp is "), p(r.touristPhone(), contactC), p(" if I don't answer."))
		}
		out = append(out, m)
	}
	return out
}

func hestaBubble(r *rng) any {
	var res arr
	n := 1 + r.IntN(3)/2
	for k := 0; k < n; k++ {
		res = append(res, isBooking(r))
	}
	lan := r.lanPrefix()
	settings := obj{
		{"Wi-Fi nafn", netw(r.pick("Hesthus-", "Stable_", "Reidhollin-", "Gestir-") + r.upper(3))},
		{"Wi-Fi lykilorð", cred(r.alnum(r.in(9, 14)))},
		{"Beinir gerð", dev(r.pick("Huawei B535", "Zyxel NR7101", "TP-Link Archer AX55", "Technicolor DGA0122", "Ubiquiti UniFi Express", "Nokia FastMile 5G"))},
		{"Beinir IP", netw(lan + ".1")},
		{"Stjórnborð", netw("http://" + lan + ".1:8080/")},
		{"Innri vefþjónn", netw(r.pick("bokun", "kassi", "nas", "skrifstofa") + ".hesthus.lan")},
		{"Bókunarkerfi API lykill", cred(r.hexs(32))},
		{"SendGrid lykill", cred("SG." + r.b64(22) + "." + r.b64(43))},
		{"Netfang skrifstofu", cont(r.mail(r.pick("bokanir", "info", "hestar", "skrifstofa")))},
		{"Hámarksþyngd knapa (kg)", decoy(r.pick("95", "100", "105", "110"))},
		{"Lágmarkslengd lykilorðs", decoy(r.in(8, 12))},
		{"Útgáfa", decoy(r.ver())},
		{"Created Date", plain(r.isoMs(2022, 2023))},
		{"Modified Date", plain(r.isoMs(2024, 2024))},
		{"_id", decoy(bubbleID(r))},
	}
	return language(obj{
		{"bokun", obj{{"response", obj{
			{"cursor", plain(r.in(0, 5) * 100)},
			{"results", res},
			{"remaining", decoy(r.in(0, 700))},
			{"count", decoy(n)},
		}}}},
		{"stillingar", obj{{"response", obj{
			{"cursor", plain(0)},
			{"results", arr{settings}},
			{"remaining", plain(0)},
			{"count", plain(1)},
		}}}},
	})
}
