package blindset10

import (
	"fmt"
)

// vivah-supabase-realtime: an Indian matrimonial app's profile change as a
// Supabase Realtime postgres_changes payload (schema, table,
// commit_timestamp, eventType, new, old, errors), columns in romanised
// Hindi, a self-introduction in Hinglish.

var hiFirstM = []string{"Rahul", "Amit", "Vikas", "Rohan", "Saurabh", "Aditya", "Nikhil", "Harsh"}
var hiFirstF = []string{"Priya", "Neha", "Pooja", "Anjali", "Kavya", "Shreya", "Ritika", "Sneha"}
var hiLast = []string{"Sharma", "Verma", "Gupta", "Patil", "Deshmukh", "Iyer", "Yadav", "Joshi", "Kulkarni", "Mishra", "Chauhan", "Reddy"}

// locality, city, pin, state
var hiAreas = [][4]string{
	{"Kothrud", "Pune", "411038", "Maharashtra"},
	{"Malviya Nagar", "Jaipur", "302017", "Rajasthan"},
	{"Indiranagar", "Bengaluru", "560038", "Karnataka"},
	{"Gomti Nagar", "Lucknow", "226010", "Uttar Pradesh"},
	{"Vastrapur", "Ahmedabad", "380015", "Gujarat"},
	{"Dwarka Sector 12", "New Delhi", "110078", "Delhi"},
}

func inPhone(r *rng) string {
	s := r.digits(4)
	return r.pick("+91 98000 0"+s, "+91-98000-0"+s, "980000"+s, "+9198000"+"0"+s)
}

func vivahSupabase(r *rng) any {
	male := r.coin(0.5)
	var first, sex string
	if male {
		first, sex = r.pick(hiFirstM...), r.pick("purush", "Purush")
	} else {
		first, sex = r.pick(hiFirstF...), r.pick("stri", "Mahila")
	}
	last := r.pick(hiLast...)
	father := r.pick(hiFirstM...) + " " + last
	b := r.birth(1988, 2001)
	area := hiAreas[r.IntN(len(hiAreas))]
	kg := r.fl(45, 92, 1)
	ft, in := r.in(4, 6), r.in(0, 11)
	mobile := inPhone(r)
	email := emailOf(r, first, last)
	rowID := r.uuid()
	proj := r.chars("abcdefghijklmnopqrstuvwxyz", 20)

	var intro leaf
	switch r.IntN(5) {
	case 0:
		intro = prose(p("Main ek simple "+map[bool]string{true: "ladka", false: "ladki"}[male]+" hoon, "+area[1]+" mein software engineer. Family se baat karne ke liye papa ka number "), p(inPhone(r), contactC))
	case 1:
		intro = prose(p("Thyroid hai par dawai se control mein hai, isliye pehle hi bata diya 🙂", healthC))
	case 2:
		intro = prose(p("Ghoomna, cricket aur khana banana pasand hai. Looking for a simple, caring partner."))
	case 3:
		intro = prose(p("Bachpan mein polio hua tha, baayan pair thoda kamzor hai, baaki sab normal.", healthC))
	default:
		intro = prose(p("Mail karein "), p(email, contactC), p(" par, WhatsApp pe jaldi reply nahi kar paata"))
	}

	row := obj{
		{"id", decoy(rowID)},
		{"user_id", decoy(r.uuid())},
		{"profile_code", decoy(fmt.Sprintf("VV%06d", r.in(1, 999999)))},
		{"naam", cont(first)},
		{"upnaam", cont(last)},
		{"pita_ka_naam", cont(father)},
		{"janm_tithi", cont(b.iso())},
		{"janm_sthan", plain(r.pick("Jaipur", "Kanpur", "Nashik", "Indore", "Patna"))},
		{"ling", sexOf(sex)},
		{"aayu", ageOf(b.age())},
		{"lambai", hlth(fmt.Sprintf("%d ft %d in", ft, in))},
		{"vajan_kg", hlth(kg)},
		{"rang", hlth(r.pick("gehuan", "saanwla", "gora", "wheatish"))},
		{"rakt_samooh", hlth(r.pick("B+", "O+", "A+", "AB+", "O-"))},
		{"shaaririk_sthiti", hlth(r.pick("saamaanya", "saamaanya", "viklang - polio, baayan pair", "chashma (-4.5)"))},
		{"swasthya_samasya", hlth(r.pick("koi nahi", "thyroid (dawai chal rahi hai)", "PCOD", "asthma, inhaler", "diabetes type 1"))},
		{"dhumrapan", hlth(r.pick("nahi", "kabhi kabhi", "haan"))},
		{"madyapan", hlth(r.pick("nahi", "social", "kabhi kabhi"))},
		{"aahaar", plain(r.pick("shakahari", "maansahari", "anda-shakahari", "jain"))},
		{"manglik", plain(r.pick("haan", "nahi", "anshik"))},
		{"shiksha", plain(r.pick("B.Tech", "MBA", "B.Com", "MBBS", "CA"))},
		{"vyavsay", plain(r.pick("Software Engineer", "Teacher", "Bank PO", "Doctor", "Business"))},
		{"vaarshik_aay", decoy(r.pick("5-7 lakh", "10-15 lakh", "15-20 lakh", "25+ lakh"))},
		{"mobile", cont(mobile)},
		{"email", cont(email)},
		{"whatsapp_opt_in", decoy(r.coin(0.8))},
		{"pata", obj{
			{"makaan", cont(fmt.Sprintf("%s-%d, %s", r.pick("A", "B", "C", "Flat"), r.in(1, 999), r.pick("Shanti Apartments", "Sai Residency", "Green Park Society", "Gokul Dham")))},
			{"mohalla", cont(area[0])},
			{"shahar", cont(area[1])},
			{"pin_code", cont(area[2])},
			{"rajya", cont(area[3])},
		}},
		{"photo_url", cont(fmt.Sprintf("https://%s.supabase.co/storage/v1/object/public/avatars/%s/%s.jpg", proj, rowID, r.alnum(8)))},
		{"kundli_pdf", cred(fmt.Sprintf("https://%s.supabase.co/storage/v1/object/sign/kundli/%s.pdf?token=%s", proj, rowID, r.jwt()))},
		{"premium", plain(r.pick("free", "gold", "diamond"))},
		{"profile_views", decoy(r.in(0, 4000))},
		{"shortlist_count", decoy(r.in(0, 200))},
		{"device", obj{
			{"model", dev(r.pick("vivo Y36", "Redmi Note 12 Pro", "Samsung Galaxy M34", "OnePlus Nord CE 3", "iPhone 13"))},
			{"os", dev(r.pick(r.android(), r.ios()))},
			{"app_version", dev(fmt.Sprintf("5.%d.%d", r.in(0, 20), r.in(0, 9)))},
			{"fcm_token", cred(r.fcm())},
		}},
		{"last_ip", netw(r.pick(r.docIP(), r.privIP()))},
		{"parichay", intro},
		{"updated_at", plain(isoMs(r.when(), r.in(0, 999)))},
	}
	old := obj{{"id", decoy(rowID)}}
	if r.coin(0.5) {
		old = append(old, field{"vajan_kg", hlth(kg + r.fl(-4, 4, 1))})
	}
	if r.coin(0.4) {
		old = append(old, field{"mobile", cont(inPhone(r))})
	}
	old = append(old, field{"updated_at", plain(isoMs(r.when(), r.in(0, 999)))})

	doc := obj{
		{"schema", plain("public")},
		{"table", plain("profiles")},
		{"commit_timestamp", plain(isoMs(r.when(), r.in(0, 999)))},
		{"eventType", plain("UPDATE")},
		{"new", row},
		{"old", old},
		{"errors", null()},
	}
	return language(doc)
}
