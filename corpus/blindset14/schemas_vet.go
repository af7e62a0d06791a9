package blindset14

import "fmt"

// vetclinic-kafka-rest: a small-animal veterinary practice's PIMS tables
// streamed by a JDBC source connector with the JsonConverter (schemas on)
// and read back through a Kafka REST Proxy consume call. The animals'
// data is not a person's health; the owners and the clinic are people and
// a network.

// ccol is one column of a Connect struct: its schema type and its value.
type ccol struct {
	name, typ string
	opt       bool
	v         leaf
}

func connectValue(schemaName string, cols []ccol) obj {
	fields := arr{}
	payload := obj{}
	for _, c := range cols {
		fields = append(fields, obj{{"type", plain(c.typ)}, {"optional", plain(c.opt)}, {"field", plain(c.name)}})
		payload = append(payload, field{c.name, c.v})
	}
	return obj{
		{"schema", obj{{"type", plain("struct")}, {"fields", fields}, {"optional", plain(false)}, {"name", plain(schemaName)}}},
		{"payload", payload},
	}
}

var (
	petNames = []string{"Biscuit", "Mochi", "Pepper", "Luna", "Rocco", "Juniper", "Tater", "Ziggy", "Olive", "Bruno", "Maple", "Nacho", "Hazel", "Otis"}
	breeds   = [][2]string{{"canine", "Labrador Retriever"}, {"canine", "French Bulldog"}, {"canine", "Border Collie"}, {"feline", "Domestic Shorthair"},
		{"feline", "Maine Coon"}, {"canine", "Dachshund"}, {"feline", "Ragdoll"}, {"canine", "Goldendoodle"}, {"lagomorph", "Holland Lop"}}
	petDx = []string{"Otitis externa", "Periodontal disease grade 2", "Atopic dermatitis", "Chronic kidney disease IRIS 2", "Hyperthyroidism",
		"Cranial cruciate ligament rupture", "Gastroenteritis", "Diabetes mellitus", "Flea allergy dermatitis", "Osteoarthritis"}
	petRx = []string{"Apoquel 16 mg", "Carprofen 75 mg", "Methimazole 2.5 mg", "Cerenia 24 mg", "Simparica Trio 20-40 kg", "Vetmedin 5 mg",
		"Clavamox 250 mg", "Gabapentin 100 mg", "Vetsulin 40 U/mL", "Solensia 7 mg"}
	vetDevices = [][2]string{{"hematology analyzer", "IDEXX ProCyte One"}, {"chemistry analyzer", "IDEXX Catalyst One"}, {"digital radiography", "Sound Eklin EDR6"},
		{"chemistry analyzer", "Abaxis VetScan VS2"}, {"ultrasound", "Butterfly iQ3"}, {"anesthesia monitor", "Digicare LifeWindow LW9x"},
		{"dental x-ray", "iM3 CR7 Vet"}, {"card terminal", "Verifone V400m"}}
)

func vetKafka(r *rng) any {
	ownerFirst, ownerLast := r.usFirst(), r.pick(usLast...)
	street, city, _, zip := r.usAddr()
	clientID := r.in(10000, 99999)
	vet := "Dr. " + r.usFirst() + " " + r.pick(usLast...)
	offset := r.in(100000, 9999999)
	ts := r.epochMs(2023, 2024)

	alert := r.pickProse(
		func() leaf {
			return prose(p("Owner is "), p(fmt.Sprintf("%d weeks pregnant", r.in(8, 30)), healthC), p(" - keep her out of the radiology room and no litter-box handling."))
		},
		func() leaf {
			return prose(p("Owner hard of hearing", healthC), p(", please text instead of calling: "), p(r.us555(), contactC))
		},
		func() leaf { return prose(p("Fear-free handling: muzzle before exam, gabapentin pre-visit.")) },
		func() leaf { return prose(p("Pays by card only. Second pet on same account.")) },
		func() leaf {
			return prose(p("Owner on "), p(r.pick("warfarin", "chemotherapy", "immunosuppressants after kidney transplant"), healthC), p(" - avoid scratches, offer gloves."))
		},
	)
	client := connectValue("clients", []ccol{
		{"client_id", "int32", false, decoy(clientID)},
		{"first_name", "string", true, cont(ownerFirst)},
		{"last_name", "string", true, cont(ownerLast)},
		{"email", "string", true, cont(r.mail(ascii(ownerFirst) + "." + ascii(ownerLast)))},
		{"mobile", "string", true, cont(r.us555())},
		{"street", "string", true, cont(street)},
		{"city", "string", true, cont(city)},
		{"postcode", "string", true, cont(zip)},
		{"portal_pw", "string", true, cred(r.bcrypt())},
		{"sms_opt_in", "boolean", true, plain(r.chance(0.7))},
		{"balance_due", "float64", true, plain(r.f2(0, 640))},
		{"alert", "string", true, alert},
	})
	recs := arr{obj{{"topic", plain("pims.clients")}, {"key", decoy(fmt.Sprintf("client-%d", clientID))}, {"value", client}, {"partition", plain(r.in(0, 5))}, {"offset", decoy(offset)}}}

	// The animal.
	petID := r.in(200000, 999999)
	b := breeds[r.IntN(len(breeds))]
	extra := r.Perm(3)[:1+r.IntN(2)]
	has := func(k int) bool {
		for _, x := range extra {
			if x == k {
				return true
			}
		}
		return false
	}
	if has(0) {
		pet := connectValue("patients", []ccol{
			{"patient_id", "int32", false, decoy(petID)},
			{"client_id", "int32", false, decoy(clientID)},
			{"name", "string", false, decoy(r.pick(petNames...))},
			{"species", "string", false, plain(b[0])},
			{"breed", "string", true, plain(b[1])},
			{"sex", "string", true, decoy(r.pick("MN", "FS", "M", "F"))},
			{"birth_date", "string", true, decoy(r.day(2010, 2023))},
			{"weight_kg", "float64", true, decoy(r.f1(2.1, 41))},
			{"allergies", "string", true, decoy(r.pick("chicken protein", "none", "cephalexin", "flea saliva"))},
			{"problems", "string", true, decoy(r.pick(petDx...))},
		})
		recs = append(recs, obj{{"topic", plain("pims.patients")}, {"key", decoy(fmt.Sprintf("patient-%d", petID))}, {"value", pet}, {"partition", plain(r.in(0, 5))}, {"offset", decoy(offset + r.in(1, 90))}})
	}

	if has(1) {
		note := r.pickProse(
			func() leaf {
				return prose(p(fmt.Sprintf("S: head shaking x5d. O: T %.1f C, HR %d, erythema AD. A: %s. P: clean, Otomax BID 7d, recheck 2w.", r.f1(38.1, 39.6), r.in(80, 160), r.pick(petDx...))))
			},
			func() leaf {
				return prose(p("Owner bitten on the "), p(r.pick("left hand", "right forearm", "thumb")+" during restraint, wound bleeding", healthC),
					p("; advised urgent care. Incident form filed. Owner phone "), p(r.us555(), contactC), p("."))
			},
			func() leaf {
				return prose(p(fmt.Sprintf("Dental cleaning, 3 extractions (108, 208, 309). Recovered well, discharged 16:40 with %s.", r.pick(petRx...))))
			},
			func() leaf {
				return prose(p("Spoke with "), p(ownerFirst, contactC), p(" re: bloodwork, kidney values up, starting renal diet; "), p("she has diabetes herself", healthC), p(" and is fine giving injections."))
			},
		)
		visit := connectValue("visits", []ccol{
			{"visit_id", "int64", false, decoy(r.in(1000000, 9999999))},
			{"patient_id", "int32", false, decoy(petID)},
			{"seen_at", "int64", false, plain(ts)},
			{"clinician", "string", true, cont(vet)},
			{"weight_kg", "float64", true, decoy(r.f1(2.1, 41))},
			{"temp_c", "float64", true, decoy(r.f1(37.8, 40.1))},
			{"heart_rate", "int32", true, decoy(r.in(70, 200))},
			{"dx", "string", true, decoy(r.pick(petDx...))},
			{"rx", "string", true, decoy(r.pick(petRx...))},
			{"soap", "string", true, note},
			{"total_cents", "int32", true, plain(r.in(4500, 189000))},
		})
		recs = append(recs, obj{{"topic", plain("pims.visits")}, {"key", null()}, {"value", visit}, {"partition", plain(r.in(0, 5))}, {"offset", decoy(offset + r.in(91, 400))}})
	}

	if has(2) {
		d := vetDevices[r.IntN(len(vetDevices))]
		prefix := r.lanPrefix()
		fw := leaf{}
		if r.chance(0.5) {
			fw = fwIP(r.ipVer())
		} else {
			fw = dev(r.ver())
		}
		dv := connectValue("equipment", []ccol{
			{"asset_id", "int32", false, decoy(r.in(100, 999))},
			{"room", "string", true, plain(r.pick("Exam 2", "Treatment", "Lab", "Surgery", "Front desk"))},
			{"kind", "string", true, dev(d[0])},
			{"model", "string", true, dev(d[1])},
			{"serial_no", "string", true, dev(r.upper(3) + r.digits(7))},
			{"firmware", "string", true, fw},
			{"ip", "string", true, netw(fmt.Sprintf("%s.%d", prefix, r.in(20, 240)))},
			{"gateway", "string", true, netw(prefix + ".1")},
			{"mac", "string", true, macAddr(r.mac(":", r.chance(0.5)))},
			{"hostname", "string", true, netw(fmt.Sprintf("%s-%s.clinic.internal", r.pick("lab", "xray", "dx", "pos"), r.hexs(4)))},
			{"service_login", "string", true, cred(r.pick("svc", "Service", "idexx") + "!" + r.alnum(8))},
			{"last_seen", "int64", true, dev(r.epochMs(2024, 2024))},
			{"warranty_sku", "string", true, decoy(fmt.Sprintf("%s-%s-%d", r.upper(2), r.upper(3), r.in(10, 99)))},
		})
		recs = append(recs, obj{{"topic", plain("pims.equipment")}, {"key", null()}, {"value", dv}, {"partition", plain(0)}, {"offset", decoy(r.in(100, 9000))}})
	}
	return recs
}
