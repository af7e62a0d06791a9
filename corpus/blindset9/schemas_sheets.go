package blindset9

import (
	"fmt"
	"strconv"
	"strings"
)

// wedding-sheets-values: a wedding planner's guest workbook pulled with the
// Google Sheets API (spreadsheetId, valueRanges with range, majorDimension
// and values as arrays of arrays; the first row of each range is the
// header): guests (name, e-mail, phone sometimes stored as a number,
// postal address, party size, RSVP, meal, allergies and dietary needs,
// accessibility, table, plus-one, RSVP code, notes), vendors (contact
// person, phone, e-mail, deposit, venue Wi-Fi name and password) and a
// budget range.

func wedding(g *rng) any {
	hdr := []string{"Guest", "Email", "Phone", "Address", "Party", "RSVP", "Meal", "Dietary / allergies", "Access needs", "Table", "Plus one", "RSVP code", "Notes"}
	head := make(arr, len(hdr))
	for i, h := range hdr {
		head[i] = decoy(h)
	}
	rows := arr{head}
	for i := 0; i < g.in(2, 4); i++ {
		gp := g.personOf(one(g, "en", "en", "en", "da", "ca", "hu"))
		var phone leaf
		if g.chance(30) {
			n, _ := strconv.Atoi("1" + one(g, "206", "317", "414") + "55501" + g.s(num, 2))
			phone = cont(n)
		} else {
			phone = cont(g.phoneUS())
		}
		var diet leaf = plain("")
		if g.chance(55) {
			diet = hlth(one(g, "Coeliac – strictly gluten free", "Severe peanut allergy (carries EpiPen)", "Shellfish allergy", "Type 1 diabetic", "Lactose intolerant", "Pregnant – no soft cheese"))
		}
		var access leaf = plain("")
		if g.chance(20) {
			access = hlth(one(g, "Wheelchair user", "Hard of hearing – seat near front", "Uses a walker", "Autistic son, needs quiet room"))
		}
		var plus leaf = plain("")
		if g.chance(40) {
			plus = cont(g.personOf("en").full())
		}
		var note leaf = plain("")
		switch g.n(5) {
		case 0:
			note = prose(p("Staying at "), p(fmt.Sprintf("%d %s, Apt %d", g.in(10, 990), one(g, "Juniper Ave", "Harbor St", "Lakeview Rd"), g.in(1, 30)), contactCat), p(" – send shuttle."))
		case 1:
			note = prose(p("Bride's aunt; "), p(one(g, "recovering from chemo", "on dialysis Tue/Thu", "7 months pregnant"), healthCat), p(", keep away from dance floor speakers."))
		case 2:
			note = prose(p("Call cell "), p(g.phoneUS(), contactCat), p(" if shuttle late."))
		case 3:
			note = prose(p("Gift received – thank-you card sent."))
		}
		rows = append(rows, arr{
			cont(gp.full()),
			cont(g.email(gp)),
			phone,
			cont(fmt.Sprintf("%d %s, %s, %s %05d", g.in(10, 9990), one(g, "Maple Dr", "Cedar Ln", "Elm St", "Birch Ct"), one(g, "Portland", "Madison", "Tucson", "Raleigh"), one(g, "OR", "WI", "AZ", "NC"), g.n(100000))),
			decoy(strconv.Itoa(g.in(1, 5))),
			plain(one(g, "Yes", "No", "Maybe")),
			plain(one(g, "Beef", "Salmon", "Vegetarian", "Vegan", "Kids")),
			diet,
			access,
			decoy(strconv.Itoa(g.in(1, 24))),
			plus,
			cred(strings.ToUpper(g.s(uc+num, 6))),
			note,
		})
	}
	vhdr := arr{plain("Vendor"), plain("Contact"), plain("Phone"), plain("Email"), plain("Deposit"), plain("Invoice #")}
	vrows := arr{vhdr}
	for _, v := range some(g, g.in(2, 4), "Blossom & Vine Florals", "DJ Nightfall", "Crumb Theory Cakes", "Lens & Light Photo", "Harborview Hall") {
		c := g.personOf("en")
		vrows = append(vrows, arr{
			plain(v), cont(c.full()), cont(g.phoneUS()), cont(g.email(c)),
			decoy("$" + money(g.f(200, 6000))),
			decoy(fmt.Sprintf("%03d-555-%04d", g.in(200, 999), g.n(10000))),
		})
	}
	vrows = append(vrows, arr{plain("Venue Wi-Fi"), netw(one(g, "Harborview-Events", "Barn-Guest", "VINEYARD_5G")), plain(""), plain(""), cred(g.password()), plain("")})
	return obfuscated(obj{
		{"spreadsheetId", decoy("1" + g.s(urlb64, 43))},
		{"valueRanges", arr{
			obj{{"range", plain(fmt.Sprintf("Guests!A1:M%d", len(rows)))}, {"majorDimension", plain("ROWS")}, {"values", rows}},
			obj{{"range", plain(fmt.Sprintf("Vendors!A1:F%d", len(vrows)))}, {"majorDimension", plain("ROWS")}, {"values", vrows}},
		}},
	})
}
