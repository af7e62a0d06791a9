package blindset24

import (
	"fmt"
	"strings"
)

// autoclaimGuidewire: an auto insurer's repair-network integration logs a
// Guidewire ClaimCenter Cloud API answer for one claim with its included
// resources (claim contacts, exposures, injury and vehicle incidents,
// notes, documents); typekeys are {code, name} objects and the insurer's
// own fields end in _Ext.
func autoclaimGuidewire(r *rng) any {
	t := r.when()
	insured := r.english()
	claimant := r.english()
	adjuster := r.english()
	addr := r.usAddress()
	laddr := r.usAddress()
	tk := func(code, name string) obj { return obj{{"code", plain(code)}, {"name", plain(name)}} }
	tkp := func(pairs ...string) obj {
		i := 2 * r.IntN(len(pairs)/2)
		return tk(pairs[i], pairs[i+1])
	}
	claimID := fmt.Sprintf("cc:%d", r.in(100, 99999))
	links := func(kind string) obj {
		return obj{{"self", obj{{"href", plain(fmt.Sprintf("/claim/v1/claims/%s/%s/cc:%d", claimID, kind, r.in(100, 9999)))}, {"methods", arr{plain("get"), plain("patch")}}}}}
	}
	phone := func() obj {
		d := r.usDigits()
		return obj{{"countryCode", tk("US", "United States (1)")}, {"displayName", cont(fmt.Sprintf("(%s) %s-%s", d[:3], d[3:6], d[6:]))}, {"number", cont(d)}}
	}
	addrObj := func(a address) obj {
		return obj{
			{"addressLine1", cont(a.street)},
			{"city", cont(a.town)},
			{"state", obj{{"code", cont(a.region)}, {"name", cont(map[string]string{"MT": "Montana", "AK": "Alaska", "WY": "Wyoming", "ND": "North Dakota", "SD": "South Dakota", "VT": "Vermont", "NH": "New Hampshire", "HI": "Hawaii"}[a.region])}}},
			{"postalCode", cont(a.postcode)},
			{"country", decoy("US")},
			{"displayName", cont(a.usOneLine())},
		}
	}
	sexCode := func(p person) obj {
		if p.female {
			return obj{{"code", sexOf("F")}, {"name", sexOf("Female")}}
		}
		return obj{{"code", sexOf("M")}, {"name", sexOf("Male")}}
	}
	contact := func(p person, a address, role, roleName string) obj {
		return obj{
			{"attributes", obj{
				{"contact", obj{
					{"id", plain(fmt.Sprintf("cc:%d", r.in(1000, 99999)))},
					{"displayName", cont(p.full())},
					{"firstName", cont(p.first)},
					{"lastName", cont(p.last)},
					{"emailAddress1", cont(r.email(p))},
					{"cellPhone", phone()},
					{"primaryAddress", addrObj(a)},
					{"dateOfBirth", cont(day(r.birth(1950, 2004)))},
					{"gender", sexCode(p)},
					{"licenseNumber", cont(r.from(upperNum, 1) + r.digits(8))},
					{"type", plain("Person")},
				}},
				{"roles", arr{obj{{"role", tk(role, roleName)}, {"active", plain(true)}}}},
			}},
			{"checksum", decoy(r.hex(32))},
			{"links", links("contacts")},
		}
	}

	mk := r.pick("Subaru", "Toyota", "Ford", "Honda", "Chevrolet")
	model := map[string]string{"Subaru": "Outback", "Toyota": "RAV4 Hybrid", "Ford": "F-150", "Honda": "CR-V", "Chevrolet": "Equinox"}[mk]
	body := r.pick("Head", "Neck", "Lower back", "Left wrist", "Right knee", "Chest")
	icd := map[string][2]string{
		"Head":       {"S06.0X0A", "Concussion without loss of consciousness, initial encounter"},
		"Neck":       {"S13.4XXA", "Sprain of ligaments of cervical spine, initial encounter"},
		"Lower back": {"S33.5XXA", "Sprain of ligaments of lumbar spine, initial encounter"},
		"Left wrist": {"S52.502A", "Unspecified fracture of the lower end of left radius, initial encounter"},
		"Right knee": {"S83.511A", "Sprain of anterior cruciate ligament of right knee, initial encounter"},
		"Chest":      {"S20.212A", "Contusion of left front wall of thorax, initial encounter"},
	}[body]
	fnolIP := r.wan()
	phModel, phOS := r.phoneModel()

	claim := obj{
		{"id", plain(claimID)},
		{"claimNumber", decoy(fmt.Sprintf("%03d-%02d-%06d", r.in(100, 999), r.in(10, 99), r.in(0, 999999)))},
		{"policyNumber", decoy(fmt.Sprintf("PA-%09d", r.in(0, 999999999)))},
		{"lossDate", plain(iso(after(t, -r.in(600, 20000))))},
		{"reportedDate", plain(iso(after(t, -r.in(10, 590))))},
		{"lossType", tk("AUTO", "Auto")},
		{"lossCause", tkp("vehcollision", "Collision with motor vehicle", "animal", "Struck animal", "rearend", "Rear-ended", "glassbreakage", "Glass breakage")},
		{"description", lossDescription(r, claimant)},
		{"lossLocation", addrObj(laddr)},
		{"insured", obj{{"displayName", cont(insured.full())}, {"id", plain(fmt.Sprintf("cc:%d", r.in(1000, 99999)))}, {"type", plain("Person")}}},
		{"reporter", obj{{"displayName", cont(insured.full())}, {"type", plain("Person")}}},
		{"assignedUser", obj{{"displayName", cont(adjuster.full())}, {"id", plain(fmt.Sprintf("pc:%d", r.in(10, 999)))}}},
		{"state", tk("open", "Open")},
		{"howReported", tk("mobile_app", "Mobile app")},
		{"faultRating", tkp("insuredatfault", "Insured at fault", "otherpartyatfault", "Other party at fault", "nofault", "No fault")},
		{"fnolDeviceModel_Ext", dev(phModel)},
		{"fnolOsVersion_Ext", dev(phOS)},
		{"fnolAppVersion_Ext", dev(r.pick("7.4.2", "7.5.0", "8.0.1"))},
		{"fnolIpAddress_Ext", netw(fnolIP)},
		{"telematicsScore_Ext", decoy(r.in(40, 99))},
		{"createdDate", plain(iso(after(t, -r.in(10, 590))))},
	}

	injured := r.pick("claimant", "insured")
	ip := claimant
	if injured == "insured" {
		ip = insured
	}
	injury := obj{
		{"attributes", obj{
			{"id", plain(fmt.Sprintf("cc:%d", r.in(100, 9999)))},
			{"injuredPerson", obj{{"displayName", cont(ip.full())}}},
			{"severity", tkp("minor", "Minor", "moderate", "Moderate", "major", "Major")},
			{"injuryDescription", injuryDesc(r, ip, body)},
			{"bodyParts", arr{obj{{"primaryBodyPart", obj{{"code", hlth(body)}, {"name", hlth(body)}}}, {"detailedBodyPartDesc", hlth(icd[1])}}}},
			{"medicalTreatmentType", tk("ER", "Emergency room")},
			{"icdCodes_Ext", arr{obj{{"code", hlth(icd[0])}, {"description", hlth(icd[1])}}}},
			{"preExistingConditions_Ext", r.orNull(0.5, hlth(r.pick("Prior L4-L5 fusion (2019)", "Osteoporosis", "Type 2 diabetes", "Pregnant, 24 weeks")))},
			{"heightInches_Ext", hlth(r.in(60, 76))},
			{"weightPounds_Ext", hlth(r.in(110, 260))},
			{"lostTimeFromWork", plain(r.chance(0.5))},
			{"ambulanceUsed", hlth(r.chance(0.4))},
		}},
		{"checksum", decoy(r.hex(32))},
		{"links", links("injury-incidents")},
	}
	vehicle := obj{
		{"attributes", obj{
			{"id", plain(fmt.Sprintf("cc:%d", r.in(100, 9999)))},
			{"vehicle", obj{
				{"make", dev(mk)},
				{"model", dev(model)},
				{"year", decoy(r.in(2012, 2024))},
				{"vin", dev(r.from("ABCDEFGHJKLMNPRSTUVWXYZ0123456789", 17))},
				{"color", plain(r.pick("Blue", "Silver", "White", "Red", "Black"))},
			}},
			{"driver", obj{{"displayName", cont(insured.full())}}},
			{"damageDescription", prose(p(r.pick("Front bumper, hood and radiator support crushed.", "Rear quarter panel dented, tail lamp broken.", "Windshield cracked across driver side.")))},
			{"vehicleDriveable", plain(r.chance(0.5))},
			{"airbagsDeployed", plain(r.chance(0.4))},
			{"telematicsDevice_Ext", obj{
				{"serial", dev(r.serial("TD", 10))},
				{"imei", dev(r.imei())},
				{"firmware", fwIP(r.ipShapedFw())},
				{"lastUpload", dev(iso(after(t, -r.in(1, 900))))},
			}},
			{"repairShopNetworkId", decoy(fmt.Sprintf("RS-%05d", r.in(1, 99999)))},
		}},
		{"checksum", decoy(r.hex(32))},
		{"links", links("vehicle-incidents")},
	}

	notes := arr{}
	for i := 0; i < r.in(1, 3); i++ {
		notes = append(notes, obj{
			{"attributes", obj{
				{"subject", plain(r.pick("Recorded statement", "Medical records request", "Rental", "Total loss eval"))},
				{"body", adjusterNote(r, claimant, ip)},
				{"author", obj{{"displayName", cont(adjuster.full())}}},
				{"topic", tkp("general", "General", "medical", "Medical details", "litigation", "Litigation")},
				{"confidential", decoy(r.chance(0.3))},
				{"createdDate", plain(iso(after(t, -r.in(1, 500))))},
			}},
			{"checksum", decoy(r.hex(32))},
		})
	}
	docs := arr{obj{{"attributes", obj{
		{"name", plain(r.pick("ER_discharge_summary.pdf", "police_report.pdf", "photos_front.zip", "estimate_v2.pdf"))},
		{"mimeType", plain("application/pdf")},
		{"contentSize", decoy(r.in(20000, 9000000))},
		{"hash_Ext", decoy(r.hex(64))},
		{"author", obj{{"displayName", cont(adjuster.full())}}},
	}}}}

	return obj{
		{"request", obj{
			{"method", plain("GET")},
			{"url", plain(fmt.Sprintf("https://cc.%s.example/rest/claim/v1/claims/%s?include=contacts,exposures,incidents,notes,documents", r.pick("northstarmutual", "bigskyins", "prairieauto"), claimID))},
			{"headers", obj{
				{"Authorization", cred("Bearer " + r.b64url(48))},
				{"GW-Checksum", decoy(r.hex(32))},
				{"X-Partner-Key", cred(r.alnum(32))},
				{"X-Forwarded-For", netw(r.lan().host(r.in(2, 250)))},
			}},
		}},
		{"status", plain(200)},
		{"data", obj{{"attributes", claim}, {"checksum", decoy(r.hex(32))}, {"links", obj{{"self", obj{{"href", plain("/claim/v1/claims/" + claimID)}}}}}}},
		{"included", obj{
			{"ClaimContact", arr{contact(insured, addr, "insured", "Insured"), contact(claimant, r.usAddress(), "claimant", "Claimant")}},
			{"InjuryIncident", arr{injury}},
			{"VehicleIncident", arr{vehicle}},
			{"Note", notes},
			{"Document", docs},
		}},
	}
}

func lossDescription(r *rng, c person) leaf {
	switch r.IntN(3) {
	case 0:
		return prose(p("IV stopped at light, rear-ended by CV driven by "), p(c.full(), contactC), p(". CV driver said she was reaching for her phone."))
	case 1:
		return prose(p("Deer strike on US-93 at dusk, vehicle towed."))
	}
	return prose(p("Backing out of parking space, struck CV. Photos uploaded from app."))
}

func injuryDesc(r *rng, ip person, body string) leaf {
	switch r.IntN(2) {
	case 0:
		return prose(p(ip.first, contactC), p(" taken by ambulance, "), p(strings.ToLower(body)+" pain, CT negative, discharged with "+r.pick("cervical collar and ibuprofen", "splint, ortho follow-up", "concussion protocol"), healthC), p("."))
	}
	return prose(p("Complains of "), p(strings.ToLower(body)+" pain", healthC), p(", saw own doctor next day."))
}

func adjusterNote(r *rng, c, ip person) leaf {
	switch r.IntN(4) {
	case 0:
		return prose(p("Recorded statement with "), p(c.full(), contactC), p(" at "), p(r.usLocal(), contactC), p(". Says she had the right of way."))
	case 1:
		return prose(p("Med records from ER received: "), p(r.pick("C-spine sprain, PT 2x/week for 6 weeks", "distal radius fracture, ORIF scheduled", "mild TBI, cleared to return to work in 10 days"), healthC), p(". Reserve raised."))
	case 2:
		return prose(p("Claimant portal reset, temp password "), p(r.password(), credC), p(" given by phone."))
	}
	return prose(p("Rental authorized 14 days, class C."))
}
