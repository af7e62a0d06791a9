package blindset12

import "fmt"

// A travel insurer's medical-assistance (repatriation) case exported from
// its knowledge graph as expanded-ish JSON-LD: an @context with one
// opaque vocabulary, a flat @graph of blank nodes whose @type is x:Cnn and
// whose predicates are numbered x:pNN terms with no labels, links as
// {"@id": "_:bN"}, some literals as {"@value", "@type"} with xsd types.
// Nodes: the insured, the policy, the case, the treating doctor, the next
// of kin, the assistance app install, the hotel and the flight plan.

var (
	ukFirst = []string{"Olivia", "Amelia", "Isla", "Harriet", "Poppy", "Oliver", "George", "Arthur", "Alfie", "Freddie", "Imogen", "Rory"}
	ukLast  = []string{"Whitfield", "Ashworth", "Pennington", "Caldwell", "Fenwick", "Hargreaves", "Marlowe", "Stanton", "Thistlewood", "Ridley"}
	ukAddr  = []string{"12 Harbour Road, Bristol BS1 4QA", "3 Mill Lane, York YO1 7HX", "47 Station Street, Leeds LS1 5DL", "8 Chapel Close, Bath BA1 2QF", "21 Victoria Terrace, Cardiff CF10 3AT", "5 Orchard Way, Norwich NR2 1RT"}
	tvCases = []struct{ dx, icd, country, hosp, fly, mode string }{
		{"Fractured neck of femur, hemiarthroplasty done", "S72.0", "ES", "Hospital Costa del Sol, Marbella", "fit to fly 10 days post-op", "stretcher + medical escort"},
		{"NSTEMI, stented LAD", "I21.4", "PT", "Hospital Particular do Algarve", "not fit to fly until 2024-%02d-%02d", "business class + nurse escort"},
		{"Ischaemic stroke, left hemiparesis", "I63.9", "GR", "Chania General Hospital", "air ambulance only", "air ambulance"},
		{"Acute appendicitis, laparoscopic appendicectomy", "K35.8", "TR", "Acıbadem Bodrum", "fit to fly 7 days post-op", "seated, leg rest after surgery"},
		{"Pneumonia with hypoxia", "J18.9", "CY", "Limassol General Hospital", "fit to fly with O2 2 L/min", "economy + in-flight oxygen"},
		{"Diabetic ketoacidosis", "E10.1", "IT", "Ospedale San Paolo, Savona", "fit to fly after 48 h stable", "seated + escort (insulin, glucose checks)"},
	}
)

func lit(v leaf, typ string) obj { return obj{{"@value", v}, {"@type", plain(typ)}} }

func ukMob(r *rng) string { return fmt.Sprintf("+44 7700 900%03d", r.in(0, 999)) }

func assistJSONLD(r *rng) any {
	fem := r.chance(0.5)
	first := r.pick(ukFirst[6:]...)
	if fem {
		first = r.pick(ukFirst[:6]...)
	}
	last := r.pick(ukLast...)
	c := tvCases[r.IntN(len(tvCases))]
	fly := c.fly
	if c.icd == "I21.4" {
		fly = fmt.Sprintf(c.fly, r.in(1, 12), r.in(1, 28))
	}
	sys, dia := r.bp()
	var note leaf
	switch r.IntN(4) {
	case 0:
		note = prose(p("Spoke to daughter "), p(r.pick(ukFirst...), contactC), p(" on "), p(ukMob(r), contactC), p("; patient "), p(r.pick("confused overnight", "on IV antibiotics", "mobilising with frame", "still NBM"), healthC), p(". Next call 10:00 CET."))
	case 1:
		note = prose(p("Patient reachable via hotel wifi only, WhatsApp "), p(ukMob(r), contactC), p("."))
	case 2:
		note = prose(p("Hospital requests guarantee of payment before "), p(r.pick("CT angiogram", "surgery", "transfer to ICU"), healthC), p(", sent GOP ref "+r.upper(2)+r.digits(6)+"."))
	default:
		note = prose(p("Awaiting medical report from treating team."))
	}
	graph := arr{
		obj{
			{"@id", plain("_:b0")}, {"@type", plain("x:C01")},
			{"x:p01", cont(first)},
			{"x:p02", cont(last)},
			{"x:p03", lit(cont(r.day(1940, 1998)), "xsd:date")},
			{"x:p04", sexOf(map[bool]string{true: "female", false: "male"}[fem])},
			{"x:p05", cont(r.mail(ascii(first) + "." + ascii(last)))},
			{"x:p06", cont("tel:" + ukMob(r))},
			{"x:p07", cont(r.pick(ukAddr...))},
			{"x:p08", obj{{"@id", plain("_:b1")}}},
		},
		obj{
			{"@id", plain("_:b1")}, {"@type", plain("x:C02")},
			{"x:p10", decoy(fmt.Sprintf("TRV-%d-%07d", r.in(2023, 2024), r.in(1, 9999999)))},
			{"x:p11", plain(r.pick("Single Trip Europe", "Annual Multi-Trip Gold", "Backpacker"))},
			{"x:p12", lit(plain(r.day(2024, 2024)), "xsd:date")},
			{"x:p13", lit(decoy(fmt.Sprintf("%d.%02d", r.in(20, 400), r.in(0, 99))), "xsd:decimal")},
			{"x:p14", decoy("GB")},
			{"x:p15", decoy(r.ver())},
			{"x:p16", decoy(fmt.Sprintf("%d", r.in(1, 9)))},
		},
		obj{
			{"@id", plain("_:b2")}, {"@type", plain("x:C03")},
			{"x:p20", lit(plain(r.iso(2024, 2024)), "xsd:dateTime")},
			{"x:p21", decoy(c.country)},
			{"x:p22", plain(c.hosp)},
			{"x:p23", hlth(c.dx)},
			{"x:p24", hlth(c.icd)},
			{"x:p25", hlth(fmt.Sprintf("BP %d/%d mmHg, HR %d bpm, SpO2 %d%%", sys, dia, r.in(60, 120), r.in(88, 99)))},
			{"x:p26", hlth(fly)},
			{"x:p27", hlth(c.mode)},
			{"x:p28", hlth(fmt.Sprintf("%d kg", r.in(50, 120)))},
			{"x:p29", lit(decoy(fmt.Sprint(r.in(2, 60)*1000)), "xsd:integer")},
			{"x:p30", obj{{"@id", plain("_:b3")}}},
			{"x:p31", note},
			{"x:p32", obj{{"@id", plain("_:b0")}}},
			{"x:p33", decoy(fmt.Sprintf("MA-%d-%06d", r.in(23, 24), r.in(0, 999999)))},
			{"x:p34", decoy(r.sha256())},
		},
		obj{
			{"@id", plain("_:b3")}, {"@type", plain("x:C01")},
			{"x:p01", cont(r.pick("Dr. ", "Dra. ", "Dott. ") + r.pick("Elena", "Javier", "Nikos", "Marco", "Ayşe", "Sofia"))},
			{"x:p02", cont(r.pick("Navarro", "Papadakis", "Rossi", "Yılmaz", "Ferreira", "Georgiou"))},
			{"x:p06", cont(fmt.Sprintf("tel:+34 600 000 %03d", r.in(0, 999)))},
			{"x:p05", cont(r.mail("medico.guardia"))},
		},
		obj{
			{"@id", plain("_:b4")}, {"@type", plain("x:C01")},
			{"x:p01", cont(r.pick(ukFirst...))},
			{"x:p02", cont(last)},
			{"x:p06", cont("tel:" + ukMob(r))},
			{"x:p09", plain(r.pick("spouse", "son", "daughter", "partner"))},
		},
		obj{
			{"@id", plain("_:b5")}, {"@type", plain("x:C05")},
			{"x:p40", dev(r.phoneModel())},
			{"x:p41", dev(r.osVer())},
			{"x:p42", dev(fmt.Sprintf("%d.%d.%d", r.in(2, 5), r.in(0, 30), r.in(0, 9)))},
			{"x:p43", cred(r.fcm())},
			{"x:p44", netw(r.wanIP())},
			{"x:p45", lit(dev(r.iso(2024, 2024)), "xsd:dateTime")},
			{"x:p46", cred(r.jwt())},
			{"x:p47", decoy(r.uuid())},
		},
	}
	if r.chance(0.6) {
		graph = append(graph, obj{
			{"@id", plain("_:b6")}, {"@type", plain("x:C06")},
			{"x:p50", plain(r.pick("Hotel Playa Sol", "Aparthotel Mar Azul", "Ionian Blue Resort", "Pestana Alvor"))},
			{"x:p51", decoy(fmt.Sprint(r.in(101, 720)))},
			{"x:p52", netw(r.pick("HotelGuest", "Resort-WiFi", "MarAzul_Clientes", "Pestana-Guest"))},
			{"x:p53", cred(r.alnum(8))},
		})
	}
	if r.chance(0.6) {
		graph = append(graph, obj{
			{"@id", plain("_:b7")}, {"@type", plain("x:C07")},
			{"x:p60", decoy(r.pick("IB", "BA", "U2", "TP", "FR") + fmt.Sprint(r.in(100, 8999)))},
			{"x:p61", decoy(fmt.Sprintf("%d%c", r.in(1, 32), 'A'+rune(r.IntN(6))))},
			{"x:p62", hlth(fmt.Sprintf("%d cm", r.in(150, 195)))},
			{"x:p63", decoy(fmt.Sprintf("%d kg", r.in(15, 32)))},
			{"x:p64", lit(plain(r.day(2024, 2024)), "xsd:date")},
		})
	}
	return obfuscated(obj{
		{"@context", obj{{"x", plain("https://kg.example.org/o#")}, {"xsd", plain("http://www.w3.org/2001/XMLSchema#")}}},
		{"@graph", graph},
	})
}
