package blindset17

import (
	"fmt"
	"strings"
)

// telegpCarved: an online GP / video-consultation app's database recovered
// from a second-hand Android phone: a forensic carver's JSON output for
// the app's SQLite database and its WAL (tool, source file with sha256 and
// page size, then records: page, offset, origin such as "wal frame 7" or
// "freeblock", the serial-type header and the positional values). Table
// and column names are gone; records of the user, consultations, the
// device, chat messages, home vitals and shared-preference rows are mixed.
func telegpCarved(r *rng) any {
	t0 := r.when()
	u := r.english()
	pkg := r.pick("com.telegp.app", "uk.example.videodoc", "com.example.clinicnow")
	gp := r.english()
	mailU := r.email(u.first, u.last)

	type rec struct {
		types []int
		vals  arr
	}
	var recs []rec
	st := func(v any) int {
		switch t := v.(type) {
		case nil:
			return 0
		case int:
			if t < 128 {
				return 1
			}
			return 4
		case int64:
			return 6
		case float64:
			return 7
		case bool:
			if t {
				return 9
			}
			return 8
		case string:
			return 13 + 2*len(t)
		}
		return 12
	}
	add := func(ls ...leaf) {
		var types []int
		var vals arr
		for _, l := range ls {
			types = append(types, st(l.val))
			vals = append(vals, l)
		}
		recs = append(recs, rec{types, vals})
	}
	rowid := func() leaf { return plain(r.in(1, 900)) }

	// the user
	add(rowid(), cont(mailU), cont(r.enPhone()), cred(r.bcrypt()), cont(u.full()), cont(day(r.birth(1950, 2004))), plain(1), plain(unixMs(after(t0, -r.in(20000, 400000)))))
	// consultations
	for i := 0; i < r.in(1, 2); i++ {
		cond := r.IntN(4)
		complaint := []string{
			"Sore throat 5 days, fever 38.4, white patches on tonsils",
			"Burning when passing urine since Sunday, no fever",
			"Itchy rash on both forearms after new washing powder",
			"Low mood and poor sleep since job loss, PHQ-9 14",
		}[cond]
		icd := []string{"J03.9 Acute tonsillitis, unspecified", "N39.0 Urinary tract infection, site not specified", "L23.9 Allergic contact dermatitis, unspecified cause", "F32.1 Moderate depressive episode"}[cond]
		rx := []string{"Phenoxymethylpenicillin 500 mg QDS 10 days", "Nitrofurantoin 100 mg MR BD 3 days", "Hydrocortisone 1% cream BD 7 days", "Sertraline 50 mg OD"}[cond]
		add(rowid(), plain(iso(after(t0, -r.in(600, 90000)))), cont("Dr "+gp.full()), prose(p(complaint, healthC)), hlth(icd), hlth(rx),
			cred(fmt.Sprintf("https://video.%s/room/%s?token=%s", strings.TrimPrefix(strings.TrimPrefix(pkg, "com."), "uk.")+".example", r.from(lowerNum, 10), r.b64url(24))))
	}
	// the device
	add(rowid(), dev(r.pick("Pixel 7", "SM-A546B", "Redmi Note 12", "moto g84 5G")), dev(r.pick("Android 14", "Android 13")), dev(r.semver()), cred(r.fcm()), netw(r.lan().host(r.in(2, 250))), macAddr(r.mac(":", false)))
	// chat messages
	for i := 0; i < r.in(1, 2); i++ {
		var msg leaf
		switch r.IntN(3) {
		case 0:
			msg = prose(p("Hi "), p(u.first, contactC), p(", your results are back: "), p(r.pick("HbA1c 44, borderline", "ferritin 9, low", "TSH 6.8, slightly raised"), healthC), p(". Please book a follow-up."))
		case 1:
			msg = prose(p("Can you send the fit note to my work address "), p(r.email(u.first, u.last), contactC), p("?"))
		default:
			msg = prose(p("Thanks, see you Thursday."))
		}
		add(rowid(), plain(r.in(1, 40)), plain(r.pick("patient", "clinician")), msg, plain(unixMs(after(t0, -r.in(10, 9000)))))
	}
	// home vitals
	if r.chance(0.7) {
		s, d := r.bp()
		add(rowid(), plain(unixMs(after(t0, -r.in(10, 9000)))), hlth(fmt.Sprintf("%d/%d mmHg", s, d)), hlth(fmt.Sprintf("%d bpm", r.in(50, 110))), hlth(fmt.Sprintf("SpO2 %d%%", r.in(90, 99))), hlth(fmt.Sprintf("%.1f °C", r.f1(36.2, 39.4))))
	}
	// shared-preference rows, name then value
	prefs := [][2]leaf{
		{plain("refresh_token"), cred("1//0" + r.from(alnum+"-_", 60))},
		{plain("last_ssid"), netw("\"" + r.pick("VM", "BTHub6-", "SKY", "TALKTALK") + r.HEX(4) + "\"")},
		{plain("api_base"), plain("https://api." + strings.SplitN(pkg, ".", 3)[1] + ".example/v4")},
		{plain("db_schema_version"), plain("41")},
		{plain("app_build"), decoy(r.semver())},
		{plain("etag_profile"), decoy("W/\"" + r.hex(40) + "\"")},
		{plain("sync_cursor"), decoy(r.b64url(24))},
		{plain("install_uuid"), decoy(r.uuid())},
		{plain("client_id"), decoy(r.digits(12) + "-" + r.from(lowerNum, 32) + ".apps.googleusercontent.com")},
	}
	for _, k := range r.Perm(len(prefs))[:r.in(3, 5)] {
		add(prefs[k][0], prefs[k][1])
	}
	r.Shuffle(len(recs), func(i, j int) { recs[i], recs[j] = recs[j], recs[i] })

	var records arr
	page := r.in(3, 40)
	for _, rc := range recs {
		var hdr arr
		for _, t := range rc.types {
			hdr = append(hdr, plain(t))
		}
		page += r.in(0, 3)
		records = append(records, obj{
			{"page", plain(page)},
			{"offset", plain(r.in(8, 4000))},
			{"page_sha1", decoy(r.hex(40))},
			{"origin", plain(r.pick("live", "freeblock", fmt.Sprintf("wal frame %d", r.in(1, 60)), "unallocated"))},
			{"header", hdr},
			{"values", rc.vals},
		})
	}
	return obfuscated(obj{
		{"tool", obj{{"name", plain("sqlite-carver")}, {"version", decoy(r.semver())}, {"args", plain("--wal --freelist --min-cols 2")}}},
		{"source", obj{
			{"path", plain("/data/data/" + pkg + "/databases/main.db-wal")},
			{"sha256", decoy(r.hex(64))},
			{"page_size", plain(4096)},
			{"pages", plain(r.in(60, 400))},
		}},
		{"records", records},
	})
}
