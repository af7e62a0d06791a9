package blindset25

import "fmt"

// maternityChroma: a Mekelle private maternity and ultrasound clinic feeds
// its antenatal files to a question-answering assistant; the developer's
// capture holds a Chroma collection get() request and its column-oriented
// answer (ids, documents and flat metadatas with Tigrinya keys in Ge'ez
// script: the mother's three-part name, birth date, age, sex, phone,
// address, pregnancy and clinical values, the ultrasound machine, the
// doctor and the husband; a staff user with a bcrypt-sha256 hash; the
// clinic's settings with Wi-Fi, PACS address and an SMS token), and the
// collection's description.
func maternityChroma(r *rng) any {
	t := r.when()
	srv := r.lan()
	collID := r.uuid()
	var ids, docs, metas arr

	for i := 0; i < r.in(1, 3); i++ {
		id, doc, meta := tiMother(r)
		ids = append(ids, plain(id))
		docs = append(docs, doc)
		metas = append(metas, meta)
	}

	staff := r.tigrinya()
	ids = append(ids, plain("user-"+r.hex(8)))
	docs = append(docs, prose(p("ተጠቃሚ "), p(staff.full(), contactC), p(", "+r.pick("ኣዋላዲት", "ሓኪም", "ተቐባሊ")+"።")))
	metas = append(metas, obj{
		{"ዓይነት", plain("ተጠቃሚ")},
		{"ስም", cont(staff.full())},
		{"ኢመይል", cont(r.email(staff))},
		{"ቁጽሪ_ስልኪ", cont(r.tiPhone())},
		{"ሓሽ_ፓስዎርድ", cred(r.bcryptSha256())},
		{"ቶከን_ክፍለ_ግዜ", cred(r.b64url(32))},
		{"ዝሓለፈ_እቶ", plain(iso(after(t, -r.in(10, 9000))))},
		{"ኢመይል_ተረጋጊጹ", decoy(r.chance(0.6))},
	})

	ids = append(ids, plain("settings"))
	docs = append(docs, prose(p("ምቅናዕ ክሊኒክ።")))
	metas = append(metas, obj{
		{"ዓይነት", plain("ምቅናዕ")},
		{"ዋይፋይ", netw(r.ssid("Hiwet"))},
		{"ፓስዎርድ_ዋይፋይ", cred(r.psk())},
		{"PACS_IP", netw(srv.host(r.in(10, 40)))},
		{"PACS_ፖርት", netw(r.pickInt(104, 4242, 11112))},
		{"ራውተር", netw("http://" + srv.gw())},
		{"SMS_ቶከን", cred(r.alnum(40))},
		{"ዝተሓተ_ንውሓት_ፓስዎርድ", decoy(r.pickInt(6, 8))},
		{"ሙቐት_ክፍሊ_ኣልትራሳውንድ", decoy(r.f1(18, 26))},
		{"ስሪት", decoy(r.semver())},
	})

	return language(obj{
		{"request", obj{
			{"method", plain("POST")},
			{"url", netw(fmt.Sprintf("http://%s:8000/api/v2/tenants/default_tenant/databases/default_database/collections/%s/get", srv.host(r.in(10, 40)), collID))},
			{"headers", obj{{"x-chroma-token", cred(r.chromaToken())}, {"content-type", plain("application/json")}}},
			{"body", obj{
				{"where", obj{{"ዓይነት", obj{{"$in", arr{plain("ሕሙም"), plain("ተጠቃሚ"), plain("ምቅናዕ")}}}}}},
				{"include", arr{plain("documents"), plain("metadatas")}},
				{"limit", plain(10)},
			}},
		}},
		{"response", obj{
			{"ids", ids},
			{"embeddings", null()},
			{"documents", docs},
			{"uris", null()},
			{"data", null()},
			{"metadatas", metas},
			{"included", arr{plain("documents"), plain("metadatas")}},
		}},
		{"collection", obj{
			{"id", plain(collID)},
			{"name", plain("mch_records_v" + fmt.Sprint(r.in(1, 3)))},
			{"metadata", obj{{"hnsw:space", plain("cosine")}}},
			{"dimension", decoy(r.pickInt(384, 768))},
			{"tenant", plain("default_tenant")},
			{"database", plain("default_database")},
			{"version", decoy(r.in(1, 9))},
			{"log_position", plain(r.in(0, 900))},
		}},
	})
}

func tiMother(r *rng) (string, leaf, obj) {
	tt := r.when()
	m := r.female(r.tigrinya)
	gfs, _ := split(tiFather[r.IntN(len(tiFather))])
	hus := r.male(r.tigrinya)
	doc := r.tigrinya()
	zone, town, sub, tabia, house := r.tiAddress()
	dob := r.birth(1984, 2005)
	weeks := r.in(8, 39)
	grav := r.in(1, 6)
	sys, dia := r.bp()
	conds := []string{"ሽኮርያ ጥንሲ", "ልዑል ጸቕጢ ደም", "ደም ምጉዳል (ኣኒሚያ)", "የለን"}
	meds := []string{"ፎሊክ ኣሲድ 5 mg", "ፈረስ ሰልፌት 200 mg", "ሜትፎርሚን 500 mg", "ሜቲልዶፓ 250 mg"}
	findings := []string{"ሓደ ጥንሲ፡ ንቡር ምዕባለ", "ክልተ ጥንሲ (መንታ)", "ፕላሰንታ ትሕት ኢሉ", "ማይ ጥንሲ ውሑድ"}
	machine := r.pick("Mindray DC-40", "GE Voluson E8", "SonoScape S2", "Samsung HS40")
	machineSN := r.serial("", 10)
	ga := findings[r.IntN(len(findings))]
	var chunk leaf
	switch r.IntN(3) {
	case 0:
		chunk = prose(p(m.first+" "+m.last, contactC), p(fmt.Sprintf("፡ %d ሰሙን ጥንሲ፡ ", weeks)), p(ga, healthC), p("። ጸቕጢ ደም "), p(fmt.Sprintf("%d/%d", sys, dia), healthC), p("።"))
	case 1:
		chunk = prose(p("ሰብኣያ "), p(hus.first, contactC), p(" ብ "), p(r.tiLocal(), contactC), p(" ይረኽብ። ገዛ "), p(house+", "+tabia+", "+sub, contactC), p("።"))
	default:
		chunk = prose(p("ኣልትራሳውንድ ብ "), p(machine, devC), p(" ተገይሩ፡ ሳዕቤን የለን።"))
	}
	meta := obj{
		{"ዓይነት", plain("ሕሙም")},
		{"መለለዪ", decoy(fmt.Sprintf("MCH-%d-%04d", 2024, r.in(1, 9999)))},
		{"ስም", cont(m.first)},
		{"ስም_ኣቦ", cont(m.last)},
		{"ስም_ኣቦሓጎ", cont(gfs)},
		{"ዕለተ_ልደት", cont(day(dob))},
		{"ዕድመ", ageOf(age(dob, tt))},
		{"ጾታ", sexOf("ኣንስታይ")},
		{"ቁጽሪ_ስልኪ", cont(r.tiPhone())},
		{"ዞባ", cont(zone)},
		{"ከተማ", cont(town)},
		{"ክፍለ_ከተማ", cont(sub)},
		{"ጣብያ", cont(tabia)},
		{"ቁጽሪ_ገዛ", cont(house)},
		{"ሰሙናት_ጥንሲ", hlth(weeks).clin()},
		{"ግራቪዳ", hlth(grav).clin()},
		{"ፓራ", hlth(r.in(0, grav-1)).clin()},
		{"ክብደት", hlth(r.f1(45, 92)).clin()},
		{"ቁመት", hlth(r.in(148, 178)).clin()},
		{"ጸቕጢ_ደም", hlth(fmt.Sprintf("%d/%d", sys, dia)).clin()},
		{"ዓይነት_ደም", hlth(r.pick("A+", "B+", "O+", "AB+", "O-", "A-")).clin()},
		{"ሕማም", hlth(conds[r.IntN(len(conds))]).clin()},
		{"መድሃኒት", hlth(meds[r.IntN(len(meds))]).clin()},
		{"ውጽኢት_ኣልትራሳውንድ", hlth(ga).clin()},
		{"ማሽን_ኣልትራሳውንድ", dev(machine)},
		{"ቁጽሪ_ማሽን", dev(machineSN)},
		{"ሓኪም", cont(doc.full())},
		{"ሰብኣይ", cont(hus.full())},
		{"ቁጽሪ_ስልኪ_ሰብኣይ", cont(r.tiLocal())},
		{"chunk_index", plain(0)},
		{"source", plain(fmt.Sprintf("anc_%05d.pdf", r.in(1, 99999)))},
		{"ፋይል_ሓሽ", decoy(r.hex(40))},
		{"ቁጽሪ_ቶከን", decoy(r.in(90, 800))},
		{"ሙቐት_ማሽን", decoy(r.f1(30, 45))},
		{"ዝተሓደሰ", plain(iso(after(tt, -r.in(10, 9000))))},
	}
	return r.uuid(), chunk, meta
}
