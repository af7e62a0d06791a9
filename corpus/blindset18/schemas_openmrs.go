package blindset18

import (
	"fmt"
	"strings"
)

// malawiOpenMRS is a Malawian health centre's OpenMRS encounter fetched
// with the REST API (v=full): the patient (identifiers, names, sex, age,
// birth date, address with area, city, district and region, phone
// attribute), location, form and encounter type, observations (vitals with
// CIEL concept uuids, coded answers, a free-text complaint and the
// clinician's note), diagnoses, drug orders, the encounter provider, the
// visit and the audit info.
func malawiOpenMRS(r *rng) any {
	pt := r.malawian()
	clin := r.malawian()
	clerk := r.malawian()
	addr := r.mwAddress()
	t := r.when()
	birth := r.birth(1960, 2005)
	age := 2024 - birth.Year()
	sex := "M"
	if pt.female {
		sex = "F"
	}
	phone := r.mwPhone()
	landmark := r.pick("Behind the market, blue gate", "Near St Peter's church, house with a mango tree", "Opposite the maize mill", "Next to the borehole, ask for "+r.malawian().first+"'s mother") + ", " + addr.street
	centre := r.pick("Area 25 Health Centre", "Bwaila Hospital", "Ndirande Health Centre", "Zomba Central Hospital OPD", "Mzuzu Health Centre")
	ptID := fmt.Sprintf("%d%s", r.in(10000, 99999), string("ACDEFGHJKLMNPRTUVWXY"[r.IntN(20)]))
	base := fmt.Sprintf("http://%s:8080/openmrs/ws/rest/v1/", r.pick("10.10.1."+fmt.Sprint(r.in(2, 60)), "emr-server.local", "192.168.1."+fmt.Sprint(r.in(2, 60)), "openmrs.lan"))
	links := func(res, id string) arr {
		return arr{obj{{"rel", plain("self")}, {"uri", netw(base + res + "/" + id)}, {"resourceAlias", plain(res)}}}
	}
	ref := func(display leaf) obj {
		id := r.uuid()
		o := obj{{"uuid", decoy(id)}, {"display", display}}
		if r.chance(0.5) {
			o = append(o, field{"links", links("concept", id)})
		}
		return o
	}
	clinDisp := fmt.Sprintf("CL-%04d - %s", r.in(1, 9999), clin.full())

	type vital struct {
		concept, name string
		val           float64
		unitFmt       string
	}
	s, d := r.bp()
	vitals := []vital{
		{"5089AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA", "Weight (kg)", r.f1(42, 96), "%.1f"},
		{"5090AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA", "Height (cm)", float64(r.in(148, 186)), "%.1f"},
		{"5088AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA", "Temperature (c)", r.f1(36.1, 39.8), "%.1f"},
		{"5087AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA", "Pulse", float64(r.in(58, 128)), "%.1f"},
		{"5085AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA", "Systolic blood pressure", float64(s), "%.1f"},
		{"5086AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA", "Diastolic blood pressure", float64(d), "%.1f"},
		{"5242AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA", "Respiratory rate", float64(r.in(12, 32)), "%.1f"},
		{"5092AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA", "Blood oxygen saturation", float64(r.in(88, 100)), "%.1f"},
		{"1343AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA", "Mid-upper arm circumference", r.f1(19, 32), "%.1f"},
	}
	obsT := plain(isoOM(t))
	var obs arr
	for _, k := range r.Perm(len(vitals))[:r.in(5, 8)] {
		v := vitals[k]
		obs = append(obs, obj{
			{"uuid", decoy(r.uuid())},
			{"display", hlth(v.name + ": " + fmt.Sprintf(v.unitFmt, v.val))},
			{"concept", obj{{"uuid", plain(v.concept)}, {"display", plain(v.name)}}},
			{"obsDatetime", obsT},
			{"value", hlth(v.val)},
			{"valueCodedName", null()},
			{"groupMembers", null()},
			{"comment", null()},
			{"status", plain("FINAL")},
			{"interpretation", null()},
		})
	}
	coded := func(q, qc, a string) obj {
		return obj{
			{"uuid", decoy(r.uuid())},
			{"display", hlth(q + ": " + a)},
			{"concept", obj{{"uuid", plain(qc)}, {"display", plain(q)}}},
			{"obsDatetime", obsT},
			{"value", obj{{"uuid", decoy(r.uuid())}, {"display", hlth(a)}}},
			{"valueCodedName", null()},
			{"groupMembers", null()},
			{"comment", null()},
			{"status", plain("FINAL")},
			{"interpretation", null()},
		}
	}
	if pt.female {
		obs = append(obs, coded("Pregnancy status", "5272AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA", r.pick("No", "Yes", "Not sure")))
	}
	obs = append(obs, coded("Malaria rapid diagnostic test", "1643AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA", r.pick("Positive", "Negative")))
	obs = append(obs, coded("Tobacco use", "152722AAAAAAAAAAAAAAAAAAAAAAAAAAAAAA", r.pick("Never", "Current smoker", "Former smoker")))
	complaint := r.pick("fever and headache for 3 days", "cough for 2 weeks, night sweats", "painful urination", "diarrhoea since yesterday, vomiting", "swollen feet, dizziness")
	obs = append(obs, obj{
		{"uuid", decoy(r.uuid())},
		{"display", hlth("Chief complaint: " + complaint)},
		{"concept", obj{{"uuid", plain("5219AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA")}, {"display", plain("Chief complaint")}}},
		{"obsDatetime", obsT},
		{"value", hlth(complaint)},
		{"status", plain("FINAL")},
	})
	diag := r.pick("Malaria, uncomplicated|B54", "Urinary tract infection|N39.0", "Pneumonia|J18.9", "Acute gastroenteritis|A09", "Hypertension|I10", "Pulmonary tuberculosis, suspected|A15.0")
	dname, dcode, _ := strings.Cut(diag, "|")
	note := clinNote(p(pt.first, contactC), p(" seen with "), p(complaint, healthC), p(". "), p(r.pick("RDT done", "Sputum sent for GeneXpert", "Urine dip done", "BP rechecked after 15 min"), healthC), p(". "),
		p(r.pick("Counselled on adherence", "Review in 3 days", "Referred to district hospital", "Advised ORS and fluids"), healthC), p(". Phone "), p(r.mwPhone(), contactC), p(" – "), p(clin.first, contactC))
	obs = append(obs, obj{
		{"uuid", decoy(r.uuid())},
		{"display", clinNote(p("Clinical notes: "), p(pt.first, contactC), p(" seen with "), p(complaint, healthC), p("..."))},
		{"concept", obj{{"uuid", plain("162169AAAAAAAAAAAAAAAAAAAAAAAAAAAAAA")}, {"display", plain("Clinical notes")}}},
		{"obsDatetime", obsT},
		{"value", note},
		{"status", plain("FINAL")},
	})
	drugs := []string{"Artemether/Lumefantrine 20/120mg tablet|4 tablets|Twice daily", "Paracetamol 500mg tablet|2 tablets|Three times daily", "Amoxicillin 500mg capsule|1 capsule|Three times daily", "Ciprofloxacin 500mg tablet|1 tablet|Twice daily", "Oral rehydration salts|1 sachet|After each loose stool", "Hydrochlorothiazide 25mg tablet|1 tablet|Once daily"}
	var orders arr
	for _, k := range r.Perm(len(drugs))[:r.in(1, 3)] {
		parts := strings.Split(drugs[k], "|")
		orders = append(orders, obj{
			{"uuid", decoy(r.uuid())},
			{"orderNumber", decoy(fmt.Sprintf("ORD-%d", r.in(1000, 99999)))},
			{"display", hlth("(NEW) " + parts[0] + ": " + parts[1] + " " + parts[2])},
			{"drug", obj{{"uuid", decoy(r.uuid())}, {"display", hlth(parts[0])}}},
			{"dose", hlth(float64(parts[1][0] - '0'))},
			{"doseUnits", obj{{"uuid", decoy(r.uuid())}, {"display", plain(r.pick("Tablet", "Capsule", "Sachet"))}}},
			{"frequency", obj{{"uuid", decoy(r.uuid())}, {"display", hlth(parts[2])}}},
			{"route", obj{{"uuid", decoy(r.uuid())}, {"display", plain("Oral")}}},
			{"duration", plain(r.in(3, 7))},
			{"quantity", plain(float64(r.in(6, 30)))},
			{"orderer", ref(cont(clinDisp))},
			{"dateActivated", plain(isoOM(t))},
			{"careSetting", ref(plain("Outpatient"))},
		})
	}
	person := obj{
		{"uuid", decoy(r.uuid())},
		{"display", cont(pt.full())},
		{"gender", sexOf(sex)},
		{"age", ageOf(age)},
		{"birthdate", cont(isoOM(birth))},
		{"birthdateEstimated", plain(r.chance(0.2))},
		{"dead", plain(false)},
		{"preferredName", obj{{"uuid", decoy(r.uuid())}, {"display", cont(pt.full())}, {"givenName", cont(pt.first)}, {"familyName", cont(pt.last)}}},
		{"preferredAddress", obj{
			{"uuid", decoy(r.uuid())},
			{"display", cont(addr.street)},
			{"address1", cont(addr.street)},
			{"cityVillage", cont(addr.town)},
			{"countyDistrict", cont(addr.town)},
			{"stateProvince", cont(addr.region)},
			{"country", decoy("Malawi")},
			{"postalCode", nullDecoy()},
		}},
		{"attributes", arr{
			obj{{"uuid", decoy(r.uuid())}, {"display", cont("Telephone Number = " + phone)}, {"value", cont(phone)}, {"attributeType", ref(plain("Telephone Number"))}},
			obj{{"uuid", decoy(r.uuid())}, {"display", prose(p("Landmark = "), p(landmark, contactC))}, {"value", prose(p(landmark, contactC))}, {"attributeType", ref(plain("Landmark"))}},
		}},
		{"voided", plain(false)},
	}
	return obj{
		{"uuid", decoy(r.uuid())},
		{"display", plain(r.pick("OPD Visit", "Adult Initial", "Vitals") + " " + t.Format("02/01/2006"))},
		{"encounterDatetime", plain(isoOM(t))},
		{"patient", obj{
			{"uuid", decoy(r.uuid())},
			{"display", cont(ptID + " - " + pt.full())},
			{"identifiers", arr{obj{{"uuid", decoy(r.uuid())}, {"display", plain("OpenMRS ID = " + ptID)}, {"identifier", plain(ptID)}, {"identifierType", ref(plain("OpenMRS ID"))}, {"preferred", plain(true)}}}},
			{"person", person},
		}},
		{"location", ref(plain(centre))},
		{"form", ref(plain(r.pick("OPD Consultation", "Adult Initial Visit", "Vitals and Triage")))},
		{"encounterType", ref(plain(r.pick("OPD", "ADULTINITIAL", "VITALS")))},
		{"obs", clinical(obs)},
		{"diagnoses", clinical(arr{obj{
			{"uuid", decoy(r.uuid())},
			{"display", hlth(dname)},
			{"diagnosis", obj{{"coded", obj{{"uuid", decoy(r.uuid())}, {"display", hlth(dname)}, {"code", hlth(dcode)}}}, {"nonCoded", null()}}},
			{"certainty", plain(r.pick("CONFIRMED", "PROVISIONAL"))},
			{"rank", plain(1)},
		}})},
		{"orders", clinical(orders)},
		{"encounterProviders", arr{obj{
			{"uuid", decoy(r.uuid())},
			{"display", cont(clin.full() + ": Clinician")},
			{"provider", ref(cont(clinDisp))},
			{"encounterRole", ref(plain("Clinician"))},
		}}},
		{"visit", obj{
			{"uuid", decoy(r.uuid())},
			{"display", plain("Facility Visit @ " + centre + " - " + t.Format("02/01/2006 15:04"))},
			{"visitType", ref(plain("Facility Visit"))},
		}},
		{"auditInfo", obj{
			{"creator", ref(cont(ascii(clerk.first[:1] + clerk.last)))},
			{"dateCreated", plain(isoOM(t))},
			{"changedBy", null()},
			{"dateChanged", null()},
		}},
		{"voided", plain(false)},
		{"links", links("encounter", r.uuid())},
		{"resourceVersion", decoy("2.2")},
	}
}

// isoOM is OpenMRS's timestamp format.
func isoOM(t interface{ Format(string) string }) string {
	return t.Format("2006-01-02T15:04:05.000+0200")
}
