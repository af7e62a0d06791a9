package blindset10

import (
	"encoding/json"
	"fmt"
	"strings"
)

// studio-pilates-monday: a Tel Aviv pilates studio's client board pulled
// from the monday.com GraphQL API (data / boards / items_page / items /
// column_values with id, column title, text and a JSON-string value),
// column titles and values in Hebrew script, with a second board where the
// owner keeps the studio's equipment and logins.

var heFirst = []string{"נועה", "Noa", "מיכל", "Michal", "תמר", "Tamar", "יעל", "Yael", "שירה", "Shira", "רותם", "Rotem", "אורית", "Orit", "דנה", "Dana", "הילה", "Hila", "עדי", "Adi", "אביגיל", "Avigail", "רונית", "Ronit"}
var heLast = []string{"לוי", "Levi", "כהן", "Cohen", "מזרחי", "Mizrahi", "פרץ", "Peretz", "ביטון", "Biton", "אברהם", "Avraham", "פרידמן", "Friedman", "שפירא", "Shapira", "אזולאי", "Azoulay", "גולן", "Golan"}
var heStreets = []string{"הרצל", "דיזנגוף", "אבן גבירול", "בוגרשוב", "שינקין", "ויצמן", "ז'בוטינסקי", "סוקולוב"}
var heCities = [][2]string{{"תל אביב-יפו", "6100000"}, {"רמת גן", "5200000"}, {"גבעתיים", "5300000"}, {"הרצליה", "4600000"}, {"חולון", "5800000"}}

func ilPhone(r *rng) (local, intl, e164 string) {
	p, s := r.pick("50", "52", "54", "58"), r.digits(3)
	return "0" + p + "-000-0" + s, "+972 " + p + "-000-0" + s, "+972" + p + "0000" + s
}

// jstr renders v as a JSON string, as monday's "value" column does.
func jstr(v any) string {
	b, err := json.Marshal(v)
	if err != nil {
		panic(err)
	}
	return string(b)
}

// col is one monday.com column value.
func col(id, title string, text, value leaf) obj {
	_ = id // the query asked for column { title } text value only
	return obj{{"column", obj{{"title", plain(title)}}}, {"text", text}, {"value", value}}
}

func studioMonday(r *rng) any {
	first, firstRom := r.pickPair(heFirst...)
	last, lastRom := r.pickPair(heLast...)
	local, intl, e164 := ilPhone(r)
	email := emailOf(r, firstRom, lastRom)
	b := r.birth(1962, 2004)
	city := heCities[r.IntN(len(heCities))]
	addr := fmt.Sprintf("%s %d, %s %s", r.pick(heStreets...), r.in(1, 140), city[0], city[1])
	instr, _ := r.pickPair(heFirst...)
	instrLast, _ := r.pickPair(heLast...)
	kg := r.fl(48, 92, 1)
	cm := r.in(152, 184)

	// health declaration, free text
	var decl []piece
	switch r.IntN(6) {
	case 0:
		decl = append(decl, p(fmt.Sprintf("אני בהריון שבוע %d, ללא סיבוכים", r.in(8, 30)), healthC))
	case 1:
		decl = append(decl, p("פריצת דיסק L4-L5, כאבי גב תחתון בבוקר", healthC))
	case 2:
		decl = append(decl, p("לחץ דם גבוה, נוטלת קונקור 5 מ\"ג", healthC))
	case 3:
		decl = append(decl, p("עברתי ניתוח החלפת ברך לפני שנה, פיזיותרפיה הסתיימה", healthC))
	case 4:
		decl = append(decl, p("אוסטאופורוזיס, T-score -2.6", healthC))
	default:
		decl = append(decl, p("אין בעיות רפואיות ידועות", healthC))
	}
	if r.coin(0.3) {
		decl = append(decl, p(" – אפשר לחזור אליי ב-"), p(local, contactC))
	}
	var sb strings.Builder
	for _, q := range decl {
		sb.WriteString(q.s)
	}
	declText := prose(decl...)
	declValue := declText
	declValue.val = jstr(map[string]string{"text": sb.String(), "changed_at": isoAt(r.when())})

	cols := arr{
		col("phone", "טלפון", cont(r.pick(local, intl)), cont(jstr(map[string]string{"phone": e164, "countryShortName": "IL"}))),
		col("email", "אימייל", cont(email), cont(jstr(map[string]string{"email": email, "text": email}))),
	}
	if r.coin(0.8) {
		cols = append(cols, col("date4", "תאריך לידה", cont(b.iso()), cont(jstr(map[string]string{"date": b.iso()}))))
	}
	if r.coin(0.7) {
		cols = append(cols, col("text7", "כתובת", cont(addr), cont(jstr(addr))))
	}
	cols = append(cols,
		col("status", "סטטוס מנוי", plain(r.pick("פעיל", "מוקפא", "הסתיים", "ניסיון")), plain(jstr(map[string]any{"index": r.in(0, 4), "post_id": nil}))),
		col("numbers", "משקל (ק\"ג)", hlth(fmt.Sprint(kg)), hlth(jstr(fmt.Sprint(kg)))),
	)
	if r.coin(0.7) {
		cols = append(cols, col("numbers8", "גובה", hlth(fmt.Sprint(cm)), hlth(jstr(fmt.Sprint(cm)))))
	}
	cols = append(cols, col("long_text", "הצהרת בריאות", declText, declValue))
	if r.coin(0.6) {
		lim := strings.Join(r.pickSome(r.in(1, 2), "פריצת דיסק", "אוסטאופורוזיס", "אסתמה", "סוכרת", "סקוליוזיס", "הריון"), ", ")
		cols = append(cols, col("dropdown", "מגבלות רפואיות", hlth(lim), plain(jstr(map[string]any{"ids": []int{r.in(1, 4), r.in(5, 9)}}))))
	}
	price, invoice, rating := r.pick("390", "450", "520", "680"), "05"+r.digits(8), r.in(1, 5)
	cols = append(cols,
		col("checkbox", "הסכמה לדיוור", decoy("v"), decoy(jstr(map[string]string{"checked": "true"}))),
		col("numbers3", "מחיר מנוי ₪", decoy(price), decoy(jstr(price))),
		col("text1", "מספר חשבונית", decoy(invoice), decoy(jstr(invoice))),
		col("people", "מדריכה", cont(instr+" "+instrLast), plain(jstr(map[string]any{"personsAndTeams": []map[string]any{{"id": r.in(10000000, 99999999), "kind": "person"}}}))),
	)
	if r.coin(0.5) {
		cols = append(cols, col("files", "הפניה מרופא", cred(r.presigned("files-monday-com", "12345/resources/"+r.digits(9)+"/referral.pdf")), plain(jstr(map[string]any{"files": []map[string]any{{"name": "referral.pdf", "assetId": r.in(100000, 999999), "isImage": "false"}}}))))
	}
	if r.coin(0.5) {
		cols = append(cols, col("formula", "גיל", ageOf(fmt.Sprint(b.age())), null()))
	}
	if r.coin(0.4) {
		cols = append(cols, col("rating", "שביעות רצון", decoy(fmt.Sprint(rating)), decoy(jstr(map[string]int{"rating": rating}))))
	}

	var updates arr
	for k := r.in(0, 2); k > 0; k-- {
		var body leaf
		switch r.IntN(4) {
		case 0:
			body = prose(p("<p>התקשרה מ-"), p(local, contactC), p(", מבקשת להקפיא מנוי לחודשיים בגלל ניתוח כתף</p>", healthC))
		case 1:
			body = prose(p("<p>שילמה בהעברה בנקאית, אסמכתא 052" + r.digits(7) + "</p>"))
		case 2:
			body = prose(p("<p>נשלח קישור לאפליקציה למייל "), p(email, contactC), p("</p>"))
		default:
			body = prose(p("<p>@"), p(instr, contactC), p(" שימי לב – סחרחורות בזמן תרגול, לחץ דם נמוך</p>", healthC))
		}
		updates = append(updates, obj{
			{"id", decoy(r.digits(10))},
			{"body", body},
			{"creator", obj{{"name", cont(instr + " " + instrLast)}, {"email", cont(emailOf(r, "studio", ""))}}},
			{"created_at", plain(isoAt(r.when()))},
		})
	}

	item := obj{
		{"id", decoy(r.digits(10))},
		{"name", cont(first + " " + last)},
		{"created_at", plain(isoAt(r.when()))},
		{"group", obj{{"title", plain(r.pick("מנויים פעילים", "לידים", "מנויים מוקפאים"))}}},
		{"column_values", cols},
		{"updates", updates},
	}
	boards := arr{obj{
		{"id", decoy(r.digits(10))},
		{"name", plain("לקוחות סטודיו")},
		{"items_page", obj{{"cursor", decoy("MSw" + r.b64u(60))}, {"items", arr{item}}}},
	}}

	if r.coin(0.6) {
		var eq arr
		switch r.IntN(3) {
		case 0:
			ip, gw, _ := r.lan()
			eq = arr{obj{{"name", plain("ראוטר סטודיו")}, {"column_values", arr{
				col("text", "דגם", dev(r.pick("TP-Link Archer AX55", "ASUS RT-AX58U", "Bezeq Be Fiber Router")), dev(jstr("TP-Link Archer AX55"))),
				col("text2", "שם רשת", netw("Pilates_"+r.pick("Studio", "Guests", "Staff")), null()),
				col("text3", "סיסמה", cred(r.pick("pilates", "reformer", "studio")+r.digits(4)), null()),
				col("link", "כתובת ניהול", netw("http://"+gw), null()),
				col("text4", "כתובת IP", netw(ip), null()),
			}}}}
		case 1:
			eq = arr{obj{{"name", plain("טאבלט צ'ק-אין")}, {"column_values", arr{
				col("text", "דגם", dev(r.pick("Samsung Galaxy Tab A8", "iPad (10th generation)", "Lenovo Tab M10")), null()),
				col("text5", "מספר סידורי", dev(r.upnum(11)), null()),
				col("text6", "מערכת הפעלה", dev(r.pick("Android 13", "iPadOS 17.4", "Android 12")), null()),
				col("text8", "כתובת MAC", macAddr(r.mac(":", true)), null()),
			}}}}
		default:
			eq = arr{obj{{"name", plain("Arbox API")}, {"column_values", arr{
				col("text", "מפתח", cred(r.hex(40)), null()),
				col("link", "webhook", cred("https://hooks.example.com/arbox/"+r.b64u(32)), null()),
				col("text9", "גרסת API", decoy(fmt.Sprintf("v%d.%d", r.in(1, 3), r.in(0, 9))), null()),
			}}}}
		}
		boards = append(boards, obj{{"id", decoy(r.digits(10))}, {"name", plain("ציוד וגישה")}, {"items_page", obj{{"cursor", null()}, {"items", eq}}}})
	}

	doc := obj{
		{"data", obj{
			{"complexity", obj{{"before", decoy(5000000)}, {"query", decoy(r.in(200, 9000))}, {"reset_in_x_seconds", decoy(60)}}},
			{"boards", boards},
		}},
		{"account_id", decoy(r.in(10000000, 39999999))},
	}
	return language(doc)
}
