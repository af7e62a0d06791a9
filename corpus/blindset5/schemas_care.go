package blindset5

import (
	"fmt"
	"strings"
)

// travelVax: a travel-vaccination clinic chain's FHIR R4 collection
// Bundle for one traveller: Patient, Immunizations, an AllergyIntolerance,
// sometimes a Condition and a pregnancy-status Observation (checked before
// live vaccines).
func travelVax(g *rng) any {
	pt := g.personOf(one(g, "en", "en", "fr", "de"))
	nurse := g.personOf("en")
	a := g.addrUK()
	pid := g.uuid()
	ref := "Patient/" + pid
	entries := arr{}
	entries = append(entries, obj{
		{"fullUrl", decoy("urn:uuid:" + pid)},
		{"resource", obj{
			{"resourceType", plain("Patient")},
			{"id", decoy(pid)},
			{"identifier", arr{obj{
				{"system", decoy("https://travelclinic.example.com/fhir/mrn")},
				{"value", decoy("TVC" + g.s(num, 7))},
			}}},
			{"name", arr{obj{
				{"family", cont(pt.last)},
				{"given", arr{cont(pt.first)}},
			}}},
			{"telecom", arr{
				obj{{"system", plain("phone")}, {"value", cont(g.phoneUK())}, {"use", plain("mobile")}},
				obj{{"system", plain("email")}, {"value", cont(g.email(pt))}},
			}},
			{"gender", sexOf(fm(pt, "female", "male"))},
			{"birthDate", cont(g.dob())},
			{"address", arr{obj{
				{"line", arr{cont(a.street)}},
				{"city", cont(a.city)},
				{"postalCode", cont(a.zip)},
				{"country", decoy("GB")},
			}}},
		}},
	})
	notes := uniq{}
	for _, v := range some(g, g.in(1, 3),
		[2]string{"37", "yellow fever"},
		[2]string{"52", "Hep A, adult"},
		[2]string{"25", "typhoid, oral"},
		[2]string{"175", "Rabies - IM Diploid cell culture"},
		[2]string{"39", "Japanese encephalitis SC"},
		[2]string{"174", "cholera, live attenuated"},
	) {
		id := g.uuid()
		im := obj{
			{"resourceType", plain("Immunization")},
			{"id", decoy(id)},
			{"status", plain("completed")},
			{"vaccineCode", obj{{"coding", arr{obj{
				{"system", decoy("http://hl7.org/fhir/sid/cvx")},
				{"code", hlth(v[0])},
				{"display", hlth(v[1])},
			}}}}},
			{"patient", obj{{"reference", decoy(ref)}}},
			{"occurrenceDateTime", decoy(g.iso())},
			{"lotNumber", decoy(g.s(uc, 2) + g.s(num, 5))},
			{"doseQuantity", obj{{"value", plain(one(g, 0.5, 1.0))}, {"unit", plain("mL")}}},
			{"performer", arr{obj{{"actor", obj{{"display", cont(nurse.full() + ", RN")}}}}}},
		}
		if g.chance(50) {
			im = append(im, field{"note", arr{obj{{"text", notes.draw(func() leaf { return vaxNote(g, pt) })}}}})
		}
		entries = append(entries, obj{{"fullUrl", decoy("urn:uuid:" + id)}, {"resource", clinical(im)}})
	}
	if g.chance(60) {
		al := one(g, [2]string{"Egg protein", "urticaria"}, [2]string{"Gelatin", "anaphylaxis"}, [2]string{"Neomycin", "contact dermatitis"}, [2]string{"Latex", "wheeze"})
		entries = append(entries, obj{{"fullUrl", decoy("urn:uuid:" + g.uuid())}, {"resource", clinical(obj{
			{"resourceType", plain("AllergyIntolerance")},
			{"code", obj{{"text", hlth(al[0])}}},
			{"criticality", hlth(one(g, "low", "high"))},
			{"reaction", arr{obj{{"manifestation", arr{obj{{"text", hlth(al[1])}}}}}}},
			{"patient", obj{{"reference", decoy(ref)}}},
		})}})
	}
	if g.chance(50) {
		c := one(g, [2]string{"D84.9", "Immunodeficiency, unspecified"}, [2]string{"M06.9", "Rheumatoid arthritis, unspecified"}, [2]string{"B20", "HIV disease"}, [2]string{"Z94.0", "Kidney transplant status"})
		entries = append(entries, obj{{"fullUrl", decoy("urn:uuid:" + g.uuid())}, {"resource", clinical(obj{
			{"resourceType", plain("Condition")},
			{"clinicalStatus", obj{{"text", plain("active")}}},
			{"code", obj{{"coding", arr{obj{
				{"system", decoy("http://hl7.org/fhir/sid/icd-10")},
				{"code", hlth(c[0])},
				{"display", hlth(c[1])},
			}}}}},
			{"subject", obj{{"reference", decoy(ref)}}},
		})}})
	}
	if pt.female && g.chance(70) {
		entries = append(entries, obj{{"fullUrl", decoy("urn:uuid:" + g.uuid())}, {"resource", clinical(obj{
			{"resourceType", plain("Observation")},
			{"status", plain("final")},
			{"code", obj{{"coding", arr{obj{
				{"system", decoy("http://loinc.org")},
				{"code", plain("82810-3")},
				{"display", plain("Pregnancy status")},
			}}}}},
			{"valueCodeableConcept", obj{{"text", hlth(one(g, "Not pregnant", "Not pregnant", "Pregnant", "Possibly pregnant"))}}},
			{"subject", obj{{"reference", decoy(ref)}}},
		})}})
	}
	return obj{
		{"resourceType", plain("Bundle")},
		{"id", decoy(g.uuid())},
		{"meta", obj{{"lastUpdated", decoy(g.isoMs())}, {"versionId", decoy(fmt.Sprint(g.in(1, 9)))}}},
		{"type", plain("collection")},
		{"timestamp", decoy(g.iso())},
		{"entry", entries},
	}
}

func vaxNote(g *rng, pt person) leaf {
	switch g.n(5) {
	case 0:
		return prose(p("Travelling to Accra for 3 weeks. Egg allergy: observed 30 min, no reaction.", healthCat))
	case 1:
		return prose(p("On methotrexate 15 mg weekly, live vaccine deferred, exemption letter issued.", healthCat))
	case 2:
		return prose(p("Booked by partner, call back on "), p(g.phoneUK(), contactCat), p("."))
	case 3:
		return prose(p("Second dose due in 28 days."))
	}
	return prose(p(pt.first, contactCat), p(" fainted after the injection, recovered lying down, BP 96/60.", healthCat))
}

// petCover: a UK pet insurer's claims export (PascalCase): policyholder,
// the pet and its vet, the conditions and the vet's invoice, payout,
// the customer-portal login with its MFA seed, a Slack alert hook, and
// claim handlers' notes. The pet's medical data is not a person's body.
func petCover(g *rng) any {
	ph := g.personOf("en")
	vet := g.personOf("en")
	h := g.personOf("en")
	a := g.addrUK()
	pet := one(g, "Biscuit", "Pickle", "Mabel", "Otis", "Juniper", "Hobnob")
	species := one(g, [2]string{"Dog", "Cockapoo"}, [2]string{"Dog", "Labrador Retriever"}, [2]string{"Dog", "Border Collie"}, [2]string{"Cat", "British Shorthair"}, [2]string{"Cat", "Domestic Shorthair"})
	cond := one(g,
		[2]string{"Cranial cruciate ligament rupture, left hind", "Meloxicam 1.5 mg/ml oral suspension 32 ml"},
		[2]string{"Otitis externa, bilateral", "Surolan ear drops 15 ml"},
		[2]string{"Hyperthyroidism", "Felimazole 2.5 mg tablets x100"},
		[2]string{"Atopic dermatitis", "Apoquel 16 mg tablets x20"},
		[2]string{"Foreign body ingestion (sock)", "Exploratory laparotomy"},
	)
	lines := arr{}
	total := 0.0
	for _, it := range []string{one(g, "Consultation", "Out-of-hours consultation"), cond[1], one(g, "Radiographs x2", "Bloods: T4 + biochemistry", "Sedation")} {
		net := round2(g.f(28, 900))
		total += net * 1.2
		lines = append(lines, obj{
			{"Item", decoy(it)},
			{"Qty", plain(1)},
			{"Net", decoy(net)},
			{"Vat", decoy(round2(net * 0.2))},
		})
	}
	notes, seen := arr{}, uniq{}
	for j := 0; j < g.in(1, 3); j++ {
		notes = append(notes, obj{
			{"Author", cont(h.first + " " + h.last[:1] + ".")},
			{"CreatedUtc", decoy(g.iso())},
			{"Text", seen.draw(func() leaf { return petNote(g, ph, pet) })},
		})
	}
	var line2 leaf = null()
	if g.chance(30) {
		line2 = cont(one(g, "Flat 3", "The Old Forge", "Unit 2"))
	}
	return obj{
		{"ClaimId", decoy(fmt.Sprintf("CLM-%07d", g.n(10000000)))},
		{"PolicyNumber", decoy("PC" + g.s(num, 8))},
		{"SubmittedUtc", decoy(g.isoMs())},
		{"Status", plain(one(g, "Assessing", "Paid", "Declined", "AwaitingVetHistory"))},
		{"PolicyHolder", obj{
			{"Title", sexOf(fm(ph, one(g, "Mrs", "Ms", "Miss"), "Mr"))},
			{"FirstName", cont(ph.first)},
			{"LastName", cont(ph.last)},
			{"Email", cont(g.email(ph))},
			{"MobilePhone", cont(g.phoneUK())},
			{"DateOfBirth", cont(g.dob())},
			{"Address", obj{
				{"Line1", cont(a.street)},
				{"Line2", line2},
				{"Town", cont(a.city)},
				{"Postcode", cont(a.zip)},
			}},
			{"MarketingOptIn", decoy(g.chance(30))},
		}},
		{"Pet", obj{
			{"Name", decoy(pet)},
			{"Species", plain(species[0])},
			{"Breed", plain(species[1])},
			{"Sex", decoy(one(g, "Female (neutered)", "Male (neutered)", "Male"))},
			{"DateOfBirth", decoy(g.date())},
			{"WeightKg", decoy(round1(map[string]float64{"Dog": g.f(8, 38), "Cat": g.f(3, 6.5)}[species[0]]))},
		}},
		{"Vet", obj{
			{"PracticeName", plain(one(g, "Riverside Veterinary Centre", "Orchard Vets", "Harbourside Animal Hospital"))},
			{"VetName", cont("Dr " + vet.full() + " MRCVS")},
		}},
		{"Conditions", arr{obj{
			{"Description", decoy(cond[0])},
			{"FirstSigns", decoy(g.date())},
			{"PreExisting", decoy(g.chance(15))},
		}}},
		{"Invoice", obj{
			{"InvoiceNo", decoy("INV" + g.s(num, 6))},
			{"Lines", lines},
			{"Total", decoy(round2(total))},
			{"Currency", plain("GBP")},
			{"FileSha256", decoy(g.sha256())},
		}},
		{"Payout", obj{
			{"Method", plain("BACS")},
			{"SortCodeMasked", decoy("**-**-" + g.s(num, 2))},
			{"AccountLast4", decoy(g.s(num, 4))},
		}},
		{"Portal", obj{
			{"Username", cont(g.handle(ph))},
			{"PasswordHash", cred(g.argon())},
			{"MfaSecret", cred(g.totp())},
			{"LastLogin", plain(g.isoMs())},
		}},
		{"AlertWebhook", cred(g.slackHook())},
		{"Notes", notes},
	}
}

func petNote(g *rng, ph person, pet string) leaf {
	switch g.n(6) {
	case 0:
		l := prose(p(pet + " seen for lameness, radiographs confirm CCL rupture, TPLO booked."))
		l.label.Decoy = true
		return l
	case 1:
		return prose(p("Spoke to "), p(ph.first, contactCat), p(" on "), p(g.phoneUK(), contactCat), p(", clinical history requested from previous vet."))
	case 2:
		return prose(p("Policyholder mentioned she is having chemotherapy and cannot travel to the vet, ", healthCat), p("claim expedited."))
	case 3:
		l := prose(p("Thyroid levels high (T4 68 nmol/L), condition excluded as pre-existing."))
		l.label.Decoy = true
		return l
	case 4:
		return prose(p("Customer emailed from "), p(g.email(ph), contactCat), p(" with invoice attached."))
	}
	return prose(p("Awaiting vet history, chased by email."))
}

// labKit: an at-home blood-test kit company's order (camelCase): kit and
// product, customer and shipping, sample, results with flags, the
// reviewing doctor's comment, health questionnaire answers, the account's
// credentials and third-party keys.
func labKit(g *rng) any {
	c := g.personOf(one(g, "en", "en", "de"))
	gp := g.personOf("en")
	a := g.addrUK()
	type an struct {
		name, unit  string
		lo, hi, val float64
	}
	type product struct {
		name  string
		panel []an
		worry string // the doctor's comment when a value is flagged
	}
	prod := one(g,
		product{"Thyroid Check", []an{{"TSH", "mIU/L", 0.27, 4.2, 2.6}, {"Free T4", "pmol/L", 12, 22, 16}, {"TPO antibodies", "IU/mL", 0, 34, 24}},
			"Your thyroid results are outside the range, which can mean an underactive thyroid. Please book a GP appointment and repeat in 6 weeks."},
		product{"Heart Health Panel", []an{{"Total cholesterol", "mmol/L", 0, 5, 4.9}, {"HDL", "mmol/L", 1, 3, 1.4}, {"LDL", "mmol/L", 0, 3, 2.9}, {"HbA1c", "mmol/mol", 20, 41, 38}},
			"Cholesterol above target; with your family history of heart disease consider a statin review with your GP."},
		product{"Energy & Fatigue", []an{{"Ferritin", "ug/L", 13, 150, 60}, {"Vitamin D (25-OH)", "nmol/L", 50, 175, 60}, {"Vitamin B12", "ng/L", 197, 771, 420}},
			"Low iron stores and vitamin D explain the tiredness you describe; start a supplement and retest in 3 months."},
		product{"Hormone Profile", []an{{"Testosterone", "nmol/L", 8.6, 29, 16}, {"SHBG", "nmol/L", 18, 54, 35}, {"Oestradiol", "pmol/L", 41, 159, 90}},
			"Your hormone levels are outside the usual range for your age; we recommend discussing symptoms with your GP."},
	)
	res := arr{}
	flagged := false
	for _, x := range prod.panel {
		v := round2(x.val * g.f(0.6, 1.5))
		flag := "N"
		if v > x.hi {
			flag = "H"
		} else if v < x.lo {
			flag = "L"
		}
		flagged = flagged || flag != "N"
		res = append(res, obj{
			{"analyte", plain(x.name)},
			{"value", hlth(v)},
			{"unit", plain(x.unit)},
			{"refLow", decoy(x.lo)},
			{"refHigh", decoy(x.hi)},
			{"flag", hlth(flag)},
		})
	}
	qa := func(q string, a leaf) obj { return obj{{"q", plain(q)}, {"a", a}} }
	preg := "No"
	if c.female {
		preg = one(g, "No", "No", "Yes - pregnant", "Breastfeeding")
	}
	quest := arr{
		qa("Are you pregnant or breastfeeding?", hlth(preg)),
		qa("Do you take biotin supplements?", hlth(one(g, "No", "Yes"))),
		qa("Height (cm)", hlth(fmt.Sprint(g.in(150, 195)))),
		qa("Current medication", hlth(one(g, "None", "Levothyroxine 50mcg", "Sertraline 100mg", "Atorvastatin 20mg", fm(c, "Combined pill (Rigevidon)", "Finasteride 1mg")))),
	}
	var comment leaf
	switch {
	case g.chance(12):
		comment = prose(p("Sample haemolysed, we will send a free replacement kit."))
	case flagged:
		comment = prose(p(prod.worry, healthCat))
	default:
		comment = prose(p("Hi "), p(c.first, contactCat), p(", all your results are within the normal range. "), p("Dr "+gp.last, contactCat))
	}
	return obj{
		{"orderId", decoy("ORD-" + strings.ToUpper(g.s(hx, 10)))},
		{"kitBarcode", decoy(g.s(uc, 3) + g.s(num, 9))},
		{"product", obj{{"sku", decoy("KIT-" + strings.ToUpper(strings.ReplaceAll(prod.name, " ", "-")[:5]) + "-" + g.s(num, 2))}, {"name", plain(prod.name)}, {"price", decoy(one(g, 39.0, 49.0, 69.0, 99.0))}}},
		{"customer", obj{
			{"firstName", cont(c.first)},
			{"lastName", cont(c.last)},
			{"email", cont(g.email(c))},
			{"phone", cont(g.phoneUK())},
			{"dob", cont(g.dob())},
			{"sex", sexOf(fm(c, "female", "male"))},
			{"shippingAddress", obj{
				{"line1", cont(a.street)},
				{"city", cont(a.city)},
				{"postcode", cont(a.zip)},
				{"countryCode", decoy("GB")},
			}},
		}},
		{"shipping", obj{
			{"carrier", plain("Royal Mail Tracked 24")},
			{"trackingNo", decoy(g.s(uc, 2) + g.s(num, 9) + "GB")},
			{"parcelWeightG", decoy(g.in(60, 140))},
		}},
		{"sample", obj{
			{"collectedAt", decoy(g.iso())},
			{"receivedAt", decoy(g.iso())},
			{"type", plain("capillary blood")},
		}},
		{"results", clinical(res)},
		{"doctorComment", comment},
		{"reviewingDoctor", cont("Dr " + gp.full())},
		{"questionnaire", obfuscated(quest)},
		{"account", obj{
			{"passwordHash", cred(g.bcrypt())},
			{"totpSecret", cred(g.totp())},
			{"recoveryCodes", arr{cred(g.recoveryCodes(1)[0]), cred(g.recoveryCodes(1)[0]), cred(g.recoveryCodes(1)[0])}},
			{"sessionCookie", cred("__Host-session=" + g.opaque(43))},
			{"emailVerified", decoy(true)},
			{"passwordMinLength", decoy(10)},
		}},
		{"integrations", obj{
			{"twilioAccountSid", decoy(g.twilioSID())},
			{"twilioAuthToken", cred(g.twilioToken())},
			{"sendgridApiKey", cred(g.sendgridKey())},
		}},
	}
}
