package blindset10

import (
	"fmt"
)

// drugscreen-fhir-bundle: an occupational drug- and alcohol-testing
// vendor's result as a FHIR R4 collection Bundle with vendor extensions:
// the donor (Patient), the specimen with its custody-form number, the
// DiagnosticReport with the MRO's verdict, one Observation per analyte,
// the breath-alcohol device, sometimes a disclosed medication, the MRO
// (Practitioner), the collection-site tablet and the results Endpoint.

const fhirExt = "http://fhir.example.org/StructureDefinition/"

func entry(_ *rng, res obj) obj {
	return obj{{"resource", res}}
}

func drugscreenFHIR(r *rng) any {
	female := r.coin(0.3)
	given, family := r.pick(usFirst...), r.pick(usLast...)
	b := r.birth(1960, 2004)
	street, city, state, zip := usAddr(r)
	gender := "male"
	if female {
		gender = "female"
	}
	collector := r.pick(usFirst...) + " " + r.pick(usLast...)
	mro := r.pick("Harold", "Gloria", "Priya", "Dennis") + " " + r.pick("Whitfield", "Haddad", "Baptiste", "Lindqvist")
	positive := r.coin(0.18)
	disclosed := positive && r.coin(0.6)

	patient := obj{
		{"resourceType", plain("Patient")},
		{"id", decoy(r.uuid())},
		{"identifier", arr{obj{{"value", decoy(fmt.Sprintf("D-%07d", r.in(1, 9999999)))}}}},
		{"name", arr{obj{{"family", cont(family)}, {"given", arr{cont(given)}}, {"text", cont(given + " " + family)}}}},
		{"telecom", arr{
			obj{{"system", plain("phone")}, {"value", cont(usPhone(r))}, {"use", plain("mobile")}},
			obj{{"system", plain("email")}, {"value", cont(emailOf(r, given, family))}},
		}},
		{"gender", sexOf(gender)},
		{"birthDate", cont(b.iso())},
		{"address", arr{obj{{"line", arr{cont(street)}}, {"city", cont(city)}, {"state", cont(state)}, {"postalCode", cont(zip)}}}},
		{"extension", arr{
			obj{{"url", plain(fhirExt + "employer")}, {"valueString", plain(r.pick("Acme Freight LLC", "Prairie Rail Services", "Summit Crane & Rigging", "Blue Mesa Transit"))}},
			obj{{"url", plain(fhirExt + "reason-for-test")}, {"valueCode", plain(r.pick("pre-employment", "random", "post-accident", "reasonable-suspicion"))}},
		}},
	}

	specimen := obj{
		{"resourceType", plain("Specimen")},
		{"id", decoy(r.uuid())},
		{"accessionIdentifier", obj{{"system", plain(fhirExt + "ccf")}, {"value", decoy("0" + r.digits(9))}}},
		{"collection", obj{
			{"collector", obj{{"display", cont(collector)}}},
			{"collectedDateTime", plain(isoAt(r.when()))},
		}},
		{"extension", arr{
			obj{{"url", plain(fhirExt + "temperature-in-range")}, {"valueBoolean", decoy(true)}},
		}},
	}

	conclusion := prose(p("Negative for all panels", healthC))
	if positive {
		if disclosed {
			conclusion = prose(p("Lab positive for amphetamines; MRO verified NEGATIVE – valid prescription (Adderall XR) confirmed with prescriber", healthC))
		} else {
			conclusion = prose(p("Positive: "+r.pick("marijuana metabolite", "cocaine metabolite", "oxycodone")+". MRO interview completed, no legitimate medical explanation. Donor reached at ", healthC), p(usPhone(r), contactC))
		}
	}
	report := obj{
		{"resourceType", plain("DiagnosticReport")},
		{"id", decoy(r.uuid())},
		{"status", plain("final")},
		{"code", obj{{"text", plain("10-panel urine drug screen")}}},
		{"issued", plain(isoAt(r.when()))},
		{"performer", arr{obj{{"display", cont("Dr. " + mro)}}}},
		{"conclusion", conclusion},
	}

	entries := arr{entry(r, patient), entry(r, specimen), entry(r, report)}
	for _, an := range r.pickSome(r.in(2, 3), "Amphetamines", "Marijuana metabolite", "Cocaine metabolite", "Opiates", "Oxycodone", "Benzodiazepines", "PCP") {
		pos := positive && r.coin(0.5)
		obs := obj{
			{"resourceType", plain("Observation")},
			{"code", obj{{"text", plain(an)}}},
			{"valueString", hlth(map[bool]string{true: "Positive", false: "Negative"}[pos])},
			{"interpretation", arr{obj{{"coding", arr{obj{{"code", hlth(map[bool]string{true: "POS", false: "NEG"}[pos])}}}}}}},
			{"referenceRange", arr{obj{{"text", plain(fmt.Sprintf("cutoff %d ng/mL", r.pick2(50, 150, 300, 500, 1000)))}}}},
		}
		if pos {
			obs = append(obs, field{"valueQuantity", obj{{"value", hlth(r.in(160, 9000))}, {"unit", plain("ng/mL")}}})
		}
		entries = append(entries, entry(r, obs))
	}
	devSerial := r.digits(6)
	bat := [][2]string{{"Intoximeters", "Alco-Sensor FST"}, {"Intoximeters", "Intox EC/IR II"}, {"Lifeloc Technologies", "FC20"}, {"Dräger", "Alcotest 6820"}}[r.IntN(4)]
	entries = append(entries,
		entry(r, obj{
			{"resourceType", plain("Observation")},
			{"id", decoy(r.uuid())},
			{"code", obj{{"text", plain("Breath alcohol")}}},
			{"valueQuantity", obj{{"value", hlth(r.pick2f(0, 0, 0, 0.021, 0.042))}, {"unit", plain("g/210L")}}},
			{"device", obj{{"display", dev(bat[0] + " " + bat[1] + " #" + devSerial)}}},
		}),
		entry(r, obj{
			{"resourceType", plain("Device")},
			{"id", decoy(r.uuid())},
			{"manufacturer", dev(bat[0])},
			{"modelNumber", dev(bat[1])},
			{"serialNumber", dev(devSerial)},
			{"deviceName", arr{obj{{"name", dev(fmt.Sprintf("Site %d Breathalyzer", r.in(1, 40)))}, {"type", plain("user-friendly-name")}}}},
			{"version", arr{obj{{"value", dev(fmt.Sprintf("%d.%d", r.in(1, 4), r.in(0, 20)))}}}},
		}),
	)
	if disclosed || r.coin(0.15) {
		entries = append(entries, entry(r, obj{
			{"resourceType", plain("MedicationStatement")},
			{"id", decoy(r.uuid())},
			{"status", plain("active")},
			{"medicationCodeableConcept", obj{{"text", hlth(r.pick("Adderall XR 20 mg", "Vyvanse 40 mg", "Oxycodone 5 mg PRN", "Alprazolam 0.5 mg"))}}},
			{"note", arr{obj{{"text", prose(p("donor disclosed at collection"))}}}},
		}))
	}
	ip, gw, _ := r.lan()
	entries = append(entries,
		entry(r, obj{
			{"resourceType", plain("Practitioner")},
			{"id", decoy(r.uuid())},
			{"name", arr{obj{{"text", cont("Dr. " + mro)}}}},
			{"telecom", arr{obj{{"system", plain("phone")}, {"value", cont(usPhone(r))}}}},
		}),
		entry(r, obj{
			{"resourceType", plain("Device")},
			{"id", decoy(r.uuid())},
			{"deviceName", arr{obj{{"name", dev("Collection tablet " + r.pick("A", "B", "C"))}, {"type", plain("user-friendly-name")}}}},
			{"modelNumber", dev(r.pick("SM-T500", "iPad7,11", "Surface Go 3"))},
			{"extension", arr{
				obj{{"url", plain(fhirExt + "ip-address")}, {"valueString", netw(ip)}},
				obj{{"url", plain(fhirExt + "gateway")}, {"valueString", netw(gw)}},
				obj{{"url", plain(fhirExt + "wifi-ssid")}, {"valueString", netw("CollectSite-" + r.upnum(4))}},
				obj{{"url", plain(fhirExt + "app-version")}, {"valueString", dev(fmt.Sprintf("eCCF %d.%d.%d", r.in(3, 6), r.in(0, 9), r.in(0, 30)))}},
			}},
		}),
		entry(r, obj{
			{"resourceType", plain("Endpoint")},
			{"id", decoy(r.uuid())},
			{"status", plain("active")},
			{"address", plain("https://results.example.com/fhir/r4")},
			{"header", arr{cred("Authorization: Bearer " + r.jwt())}},
		}),
	)
	return clinical(obj{
		{"resourceType", plain("Bundle")},
		{"id", decoy(r.uuid())},
		{"type", plain("collection")},
		{"timestamp", plain(isoAt(r.when()))},
		{"entry", entries},
	})
}
