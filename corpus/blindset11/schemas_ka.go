package blindset11

import (
	"fmt"
	"net/url"
)

// A Tbilisi surrogacy agency's candidate search, an Algolia search response
// with Georgian attribute names: the surrogate's profile and medical
// screening, embryo transfers, intended parents, housing Wi-Fi, the app;
// _highlightResult repeats the matched values, and the query is a name.

var (
	kaFirst  = []string{"ნინო", "მარიამ", "ანა", "თამარ", "ეკატერინე", "ნათია", "სალომე", "ქეთევან", "ლიკა", "მაია", "ნანა", "ხათუნა", "თეონა", "ელენე", "სოფო", "ირმა", "ლელა", "დიანა", "ნუცა", "მაკა", "გვანცა", "თინათინ"}
	kaFamily = []string{"ბერიძე", "კაპანაძე", "გელაშვილი", "მაისურაძე", "ლომიძე", "კვარაცხელია", "ნოზაძე", "ხუციშვილი", "აბაშიძე", "ცერცვაძე", "გიორგაძე", "ბოლქვაძე", "ჩიქოვანი", "დოლიძე", "შენგელია", "კიკნაძე", "ტაბატაძე", "მამულაშვილი", "სურმანიძე", "ქურდაძე", "ფხაკაძე"}
	kaCities = [][2]string{{"თბილისი", "0179"}, {"თბილისი", "0160"}, {"თბილისი", "0186"}, {"ბათუმი", "6010"}, {"ქუთაისი", "4600"}, {"რუსთავი", "3700"}, {"გორი", "1400"}, {"ზუგდიდი", "2100"}, {"ფოთი", "4400"}, {"თელავი", "2200"}, {"მცხეთა", "3300"}, {"ხაშური", "1000"}}
	kaStreet = []string{"ვაჟა-ფშაველას გამზ.", "ჭავჭავაძის გამზ.", "წერეთლის გამზ.", "აღმაშენებლის გამზ.", "ფალიაშვილის ქ.", "ყაზბეგის გამზ.", "მარჯანიშვილის ქ.", "ბახტრიონის ქ.", "გლდანის ქ.", "ნუცუბიძის ქ.", "რუსთაველის ქ.", "გორგასლის ქ.", "თამარ მეფის ქ.", "ლესელიძის ქ.", "პეკინის ქ.", "ქავთარაძის ქ.", "ცინცაძის ქ.", "ბარნოვის ქ.", "აბაშიძის ქ.", "გუდიაშვილის ქ."}
	kaCompl  = []string{"პრეეკლამფსია", "გესტაციური დიაბეტი", "ნაადრევი მშობიარობა", "პლაცენტის წინმდებარეობა", "მშობიარობის შემდგომი სისხლდენა", "ანემია ორსულობისას", "არ ჰქონია", "ჰიპერემეზისი"}
	kaMeds   = []string{"პროგესტერონი 200 მგ", "ესტრადიოლ ვალერატი 2 მგ", "ფოლიუმის მჟავა 400 მკგ", "ასპირინი 75 მგ", "ენოქსაპარინი 40 მგ", "რკინის პრეპარატი", "ლევოთიროქსინი 50 მკგ", "D ვიტამინი 1000 სე"}
	kaIP     = []string{"Daniel", "Mei", "Thomas", "Aylin", "Marco", "Ingrid", "Omar", "Priya", "Lukas", "Sofia", "Jonah", "Hana", "Rafael", "Elif", "Oscar", "Yuki", "Noor", "Felix", "Clara", "Ben"}
)

func (r *rng) gePhone() string {
	return fmt.Sprintf("+995 5%d%d 00 0%d %02d", r.in(5, 9), r.in(0, 9), r.in(0, 9), r.in(0, 99))
}

func hl(v string, matched bool, mk func(any) leaf, word string) obj {
	level := "none"
	if matched {
		level = "full"
		v = "<em>" + v + "</em>"
	}
	words := arr{}
	if matched {
		words = arr{mk(word)}
	}
	return obj{{"value", mk(v)}, {"matchLevel", plain(level)}, {"fullyHighlighted", plain(matched)}, {"matchedWords", words}}
}

func surogaciaAlgolia(r *rng) any {
	var hits arr
	query := r.pick(kaFirst...)
	n := 1 + r.IntN(4)/3
	for k := 0; k < n; k++ {
		first := query
		if k > 0 {
			first = r.pick(kaFirst...)
		}
		family := r.pick(kaFamily...)
		phone := r.gePhone()
		city := kaCities[r.IntN(len(kaCities))]
		cm := r.in(152, 178)
		kg := r.f1(50, 82)
		var transfers arr
		for j := 0; j < r.in(0, 2); j++ {
			transfers = append(transfers, obj{
				{"თარიღი", plain(r.day(2023, 2024))},
				{"ემბრიონების რაოდენობა", hlth(r.in(1, 2))},
				{"შედეგი", hlth(r.pick("hCG დადებითი", "hCG უარყოფითი", "ბიოქიმიური ორსულობა", "კლინიკური ორსულობა"))},
				{"hCG", hlth(r.in(2, 900))},
			})
		}
		medical := obj{
			{"სიმაღლე", hlth(cm)},
			{"წონა", hlth(kg)},
			{"სხეულის მასის ინდექსი", hlth(bmi(kg, cm))},
			{"სისხლის ჯგუფი", hlth(r.blood())},
			{"მშობიარობების რაოდენობა", hlth(r.in(1, 3))},
			{"საკეისრო კვეთა", hlth(r.in(0, 2))},
			{"ორსულობის გართულებები", stringsOf(hlth, r.pickSome(r.in(1, 2), kaCompl...)...)},
			{"ინფექციები", obj{
				{"HIV", hlth(r.pick("უარყოფითი", "უარყოფითი", "negative"))},
				{"HBsAg", hlth(r.pick("უარყოფითი", "დადებითი"))},
				{"HCV", hlth("უარყოფითი")},
				{"სიფილისი", hlth(r.pick("უარყოფითი", "non-reactive"))},
			}},
			{"ენდომეტრიუმის სისქე", hlth(fmt.Sprintf("%.1f მმ", r.f1(6, 13)))},
			{"მედიკამენტები", stringsOf(hlth, r.pickSome(r.in(1, 3), kaMeds...)...)},
			{"მწეველი", hlth(r.chance(0.1))},
			{"ექიმი", cont("დოქტ. " + r.pick(kaFirst...) + " " + r.pick(kaFamily...))},
		}
		note := prose(p("დოკუმენტები სრულია, ინტერვიუ ჩატარდა."))
		switch r.IntN(3) {
		case 0:
			note = prose(p("გადაცემა დაგეგმილია "), p(r.day(2024, 2025)), p("-ზე; "), p(r.pick(kaMeds...)+" დღეში ორჯერ", healthC), p("."))
		case 1:
			note = prose(p("დაურეკეთ დას: "), p(r.gePhone(), contactC), p(", თუ ნომერი გათიშულია."))
		}
		var parents arr
		for j := 0; j < r.in(1, 2); j++ {
			nm := r.pick(kaIP...)
			parents = append(parents, obj{
				{"სახელი", cont(nm + " " + r.pick("K.", "L.", "van D.", "Morel", "Haddad", "Okafor", "Lindqvist", "Rossi"))},
				{"ელფოსტა", cont(r.mail(ascii(nm)))},
				{"ქვეყანა", decoy(r.pick("DE", "IL", "CN", "US", "GB", "IT", "SE", "AE", "IE", "FR"))},
			})
		}
		var comments arr
		for j := 0; j < r.in(1, 2); j++ {
			c := prose(p(r.pick("ვიდეოზარი ჩატარდა.", "ელოდება ნოტარიულ დასტურს.", "მშობლები ჩამოდიან მომავალ კვირას.")))
			switch r.IntN(3) {
			case 0:
				c = prose(p("ულტრაბგერა: "), p(r.pick("ნაყოფის გულისცემა 148", "ორსულობა 12 კვირა", "ენდომეტრიუმი 9 მმ", "ჰემოგლობინი დაბალია"), healthC), p(", "), p(r.pick("ექიმი კმაყოფილია.", "საჭიროა რკინის პრეპარატი.", "განმეორებითი ვიზიტი 2 კვირაში.")))
			case 1:
				c = prose(p("ახალი მისამართი: "), p(r.pick(kaStreet...)+" "+fmt.Sprint(r.in(1, 140))+", "+city[0], contactC))
			}
			comments = append(comments, c)
		}
		lan := r.lanPrefix()
		street := r.pick(kaStreet...) + " " + fmt.Sprint(r.in(1, 140))
		hit := obj{
			{"objectID", decoy(r.digits(9))},
			{"სახელი", cont(first)},
			{"გვარი", cont(family)},
			{"დაბადების თარიღი", cont(r.day(1988, 2001))},
			{"ასაკი", ageOf(r.in(23, 36))},
			{"ტელეფონი", cont(phone)},
			{"ელფოსტა", cont(r.mail(r.pick("nino", "mariam", "ana", "tamar", "eka", "natia", "salome", "keti", "lika", "maia", "teona", "sopo") + "." + r.pick("beridze", "kapanadze", "lomidze", "nozadze", "dolidze", "abashidze")))},
			{"მისამართი", obj{
				{"ქუჩა", cont(street)},
				{"ქალაქი", cont(city[0])},
				{"საფოსტო ინდექსი", cont(city[1])},
			}},
			{"ფოტო", obj{
				{"url", cont("https://cdn.surrogacy-tbilisi.example/photos/" + r.hexs(20) + ".jpg")},
				{"სიმაღლე", decoy(r.pick("1080", "1280", "960"))},
				{"სიგანე", decoy(r.pick("720", "960", "1280"))},
			}},
			{"კანდიდატის ნომერი", decoy(fmt.Sprintf("5%d%d %03d %03d", r.in(5, 9), r.in(0, 9), r.in(0, 999), r.in(0, 999)))},
			{"ოჯახური მდგომარეობა", plain(r.pick("დაქორწინებული", "განქორწინებული", "დაუქორწინებელი"))},
			{"სამედიცინო", clinical(medical)},
			{"ემბრიონის გადაცემები", clinical(transfers)},
			{"ანაზღაურება", decoy(r.in(12, 22) * 1000)},
			{"ხელშეკრულების ნომერი", decoy(fmt.Sprintf("5%d%d%07d", r.in(5, 9), r.in(0, 9), r.in(0, 9999999)))},
			{"დამკვეთი მშობლები", parents},
			{"კოორდინატორი", obj{{"სახელი", cont(r.pick(kaFirst...) + " " + r.pick(kaFamily...))}, {"ტელეფონი", cont(r.gePhone())}}},
			{"საცხოვრებელი", obj{
				{"Wi-Fi ქსელი", netw(r.pick("Agency_Flat_", "TBS-Home-", "Magti_", "Silknet_") + r.upper(4))},
				{"Wi-Fi პაროლი", cred(r.alnum(r.in(8, 12)))},
				{"როუტერის IP", netw(lan + ".1")},
			}},
			{"აპლიკაცია", obj{
				{"მოწყობილობა", dev(r.phoneModel())},
				{"ოს", dev(r.osVer())},
				{"ვერსია", dev(r.ver())},
				{"შეტყობინების ტოკენი", cred(r.fcm())},
				{"ბოლო სინქრონიზაცია", dev(r.epochMs(2024, 2024))},
			}},
			{"ანგარიში", obj{
				{"მომხმარებლის სახელი", cont(r.pick("nino", "mariam", "ana", "tamar", "eka", "natia") + r.digits(3))},
				{"პაროლი", cred(r.argon())},
				{"ორფაქტორიანი საიდუმლო", cred(r.from("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567", 32))},
				{"ელფოსტა დადასტურებულია", decoy(r.chance(0.8))},
			}},
			{"შენიშვნა", note},
			{"კომენტარები", comments},
			{"_tags", stringsOf(plain, r.pickSome(2, "verified", "tbilisi", "batumi", "second-journey", "priority", "pending-docs")...)},
			{"_highlightResult", obj{
				{"სახელი", hl(first, first == query, cont, query)},
				{"გვარი", hl(family, false, cont, query)},
				{"ტელეფონი", hl(phone, false, cont, query)},
			}},
		}
		hits = append(hits, hit)
	}
	return language(obj{
		{"hits", hits},
		{"nbHits", decoy(r.in(n, 40))},
		{"page", plain(0)},
		{"nbPages", plain(r.in(1, 3))},
		{"hitsPerPage", plain(20)},
		{"exhaustiveNbHits", plain(true)},
		{"query", cont(query)},
		{"params", cont("query=" + url.QueryEscape(query) + "&hitsPerPage=20&attributesToHighlight=%5B%22*%22%5D")},
		{"index", plain(r.pick("surrogates_prod", "candidates_ka", "donors_and_surrogates"))},
		{"processingTimeMS", plain(r.in(1, 9))},
	})
}
