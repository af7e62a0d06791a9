package blindset18

import "fmt"

// respiteCoda is a charity's respite-holiday planning doc read through the
// Coda API (rows of two tables, valueFormat=simple), so each value sits
// under a column id ("c-" and ten characters) and only the values, and the
// row's display name, tell: guests (name, e-mail, phone, one-line
// address, mobility, conditions, medicines, allergy, diet, carer and the
// carer's phone, room, deposit, flags, dates, notes) and the venue and
// settings rows (a label cell beside a Wi-Fi line, a key-safe code, an SMS
// token, the minibus tablet).
func respiteCoda(r *rng) any {
	col := func() string { return "c-" + r.from(alnum, 10) }
	docID := r.from(alnum+"-_", 10)
	t := r.when()
	row := func(tbl string, name leaf, vals obj) obj {
		id := "i-" + r.from(alnum, 10)
		t = after(t, r.in(1, 900))
		return obj{
			{"id", plain(id)},
			{"type", plain("row")},
			{"href", plain("https://coda.io/apis/v1/docs/" + docID + "/tables/" + tbl + "/rows/" + id)},
			{"name", name},
			{"index", plain(r.in(0, 80))},
			{"createdAt", plain(isoMs(t))},
			{"updatedAt", plain(isoMs(after(t, r.in(1, 9000))))},
			{"browserLink", plain("https://coda.io/d/_d" + docID + "#_tu" + r.from(alnum, 5) + "/_ru" + id)},
			{"values", vals},
		}
	}
	// Guest columns: the same ids for every row of the table.
	gc := make([]string, 17)
	for i := range gc {
		gc[i] = col()
	}
	guestTbl := "grid-" + r.from(alnum, 10)
	var guests arr
	for k := 0; k < r.in(2, 3); k++ {
		g := r.english()
		carer := r.english()
		addr := r.ukAddress()
		vals := []leaf{
			cont(g.full()),
			cont(r.email(g)),
			cont(r.ukMobile()),
			cont(addr.oneLine()),
			hlth(r.pick("Wheelchair user (power chair), needs hoist", "Walks with a frame, no stairs", "Independent, uses a stick outdoors", "Wheelchair user, transfers with one carer")),
			hlth(r.pick("Epilepsy – tonic-clonic, last seizure Mar 2024", "MS, fatigue in afternoons", "Cerebral palsy, spastic diplegia", "Parkinson's, on timed meds", "Type 1 diabetes with Libre sensor")),
			hlth(r.pick("Levetiracetam 500 mg BD", "Co-careldopa 25/100 at 08:00, 12:00, 16:00, 20:00", "Baclofen 10 mg TDS", "Insulin NovoRapid with meals")),
			hlth(r.pick("Allergy: penicillin", "Allergy: latex", "No known allergies", "Allergy: nuts (EpiPen)")),
			plain(r.pick("Vegetarian", "No pork", "Standard", "Halal")),
			cont(carer.full()),
			cont(r.ukMobileIntl()),
			plain(fmt.Sprintf("Room %d", r.in(1, 24))),
			plain(fmt.Sprintf("£%d", r.pick3(50, 120, 200))),
			plain(r.chance(0.5)),
			plain(day(after(t, r.in(10000, 90000)))),
			decoy(r.semver()),
			prose(p(g.first, contactC), p(r.pick(" needs ", " prefers ", " asked for ")), p(r.pick("2-hourly turns at night", "a ground-floor room near the lift", "meds at exactly 08:00 (Parkinson's)", "a female carer for personal care"), healthC), p(r.pick(". Daughter's number is in the carer column.", ". Bring the spare charger.", ""))),
		}
		vo := obj{}
		for _, i := range r.Perm(len(vals)) {
			vo = append(vo, field{gc[i], vals[i]})
		}
		guests = append(guests, row(guestTbl, cont(g.full()), vo))
	}
	vc := []string{col(), col(), col()}
	ssid := r.pick("Seaview", "Harbour", "Dunes", "Millpond") + r.pick("-Guest", "_Guests", "Lodge")
	settings := arr{
		row("grid-venue", plain("Venue Wi-Fi"), obj{{vc[0], plain("Venue Wi-Fi")}, {vc[1], prose(p("Wi-Fi: "), p(ssid, netC), p(" / pw "), p(r.psk(), credC))}, {vc[2], plain(true)}}),
		row("grid-venue", plain("Key safe"), obj{{vc[0], plain("Key safe")}, {vc[1], tag("Key safe by the back door: "+r.digits(4), credC)}, {vc[2], plain(false)}}),
		row("grid-venue", plain("SMS"), obj{{vc[0], plain("Twilio auth token")}, {vc[1], cred(r.hex(32))}, {vc[2], plain(true)}}),
		row("grid-venue", plain("Minibus tablet"), obj{{vc[0], plain("Minibus tablet")}, {vc[1], dev(fmt.Sprintf("iPad (9th generation) SN %s", r.serial("DMP", 9)))}, {vc[2], plain(true)}}),
		row("grid-venue", plain("Deposit policy"), obj{{vc[0], plain("Deposit policy")}, {vc[1], plain("Refundable up to 14 days before arrival")}, {vc[2], plain(false)}}),
	}
	return obfuscated(obj{
		{"guests", obj{
			{"items", guests},
			{"href", plain("https://coda.io/apis/v1/docs/" + docID + "/tables/grid-guests/rows?valueFormat=simple")},
			{"nextSyncToken", decoy(r.b64raw(60))},
		}},
		{"venue", obj{
			{"items", settings},
			{"href", plain("https://coda.io/apis/v1/docs/" + docID + "/tables/grid-venue/rows")},
			{"nextPageToken", null()},
		}},
	})
}
