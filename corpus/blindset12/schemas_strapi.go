package blindset12

import (
	"fmt"
	"strings"
)

// A boutique HIIT-studio chain's member app, as its Strapi v4 REST API
// returns one member with ?populate=deep: data / id / attributes at every
// level, relations wrapped in {"data": ...}, media with formats and
// thumbnails, repeatable components with their own ids, createdAt /
// updatedAt / publishedAt; body-composition scans from the studio's
// analyser, the heart-rate strap, class bookings with heart-rate zones,
// the key fob, the locker and the coach's comments.

var (
	gymStudios  = []string{"Lakeshore", "Old Mill", "Harbor View", "Cottonwood", "Briar Creek", "Juniper"}
	gymScanners = []struct{ model, fw string }{{"InBody 570", "1.%d.2"}, {"InBody 770", "2.%d.0"}, {"SECA mBCA 525", "1.%d"}, {"Tanita MC-780MA", "%d.05"}, {"Evolt 360", "5.%d.1"}}
	gymStraps   = []string{"Polar H10", "Polar Verity Sense", "Myzone MZ-Switch", "Orangetheory OTbeat Burn", "Wahoo TICKR X", "Garmin HRM-Pro Plus"}
	gymClasses  = []string{"Tread 50", "Strength 45", "Row & Ride", "Power Yoga", "Boxing HIIT", "Core 30"}
)

func sData(id int, attrs obj) obj {
	return obj{{"data", obj{{"id", decoy(id)}, {"attributes", attrs}}}}
}

func gymStrapi(r *rng) any {
	first, last := r.usFirst(), r.pick(usLast...)
	female := false
	for _, f := range usFirstF {
		female = female || f == first
	}
	cm := r.in(152, 196)
	kg := r.f1(48, 128)
	studio := r.pick(gymStudios...)
	created := r.when(2022, 2023)
	lan := r.lanPrefix()
	sc := gymScanners[r.IntN(len(gymScanners))]
	scanner := obj{
		{"model", dev(sc.model)},
		{"serialNo", dev(r.upper(2) + r.digits(9))},
		{"firmware", dev(fmt.Sprintf(sc.fw, r.in(1, 40)))},
		{"lanIp", netw(fmt.Sprintf("%s.%d", lan, r.in(20, 200)))},
		{"studio", plain(studio)},
	}
	var scans arr
	w := kg
	for k := 0; k < r.in(1, 3); k++ {
		w = r.f1(w-3, w+2)
		pbf := r.f1(9, 42)
		attrs := obj{
			{"scannedAt", plain(r.isoMs(2023, 2024))},
			{"weightKg", hlth(w)},
			{"skeletalMuscleMassKg", hlth(r.f1(18, 45))},
			{"percentBodyFat", hlth(pbf)},
			{"bodyFatMassKg", hlth(r.f1(5, 50))},
			{"bmi", hlth(bmi(w, cm))},
			{"visceralFatLevel", hlth(r.in(2, 18))},
			{"totalBodyWaterL", hlth(r.f1(25, 60))},
			{"bmrKcal", hlth(r.in(1150, 2200))},
			{"ecwRatio", hlth(fmt.Sprintf("0.%d", r.in(360, 400)))},
			{"reportPdfPages", decoy(r.in(1, 3))},
		}
		if r.chance(0.5) {
			attrs = append(attrs, field{"segmentalLean", obj{
				{"id", decoy(r.in(1, 90000))},
				{"rightArmKg", hlth(r.f2(1.8, 4.9))},
				{"leftArmKg", hlth(r.f2(1.8, 4.9))},
				{"trunkKg", hlth(r.f1(18, 32))},
				{"rightLegKg", hlth(r.f2(6, 12))},
				{"leftLegKg", hlth(r.f2(6, 12))},
			}})
		}
		var cmt leaf
		switch r.IntN(4) {
		case 0:
			cmt = prose(p(fmt.Sprintf("Down %.1f kg of fat since last scan, ", r.f1(0.5, 4))), p("muscle held", healthC), p(". Keep protein ~"), p(fmt.Sprintf("%d g/day", r.in(90, 180)), healthC), p("."))
		case 1:
			cmt = prose(p("Scan redone: client had "), p(r.pick("just eaten", "a pacemaker - do NOT scan, BIA contraindicated", "lymphedema in left arm", "been on a diuretic (furosemide)"), healthC), p(". -"), p(r.pick(usFirstF...), contactC))
		case 2:
			cmt = prose(p("Analyser was offline, rebooted it at "), p(fmt.Sprintf("%s.%d", lan, r.in(20, 200)), netC), p("."))
		default:
			cmt = prose(p("Great job!"))
		}
		attrs = append(attrs, field{"coachComment", cmt}, field{"analyser", sData(r.in(1, 40), scanner)})
		scans = append(scans, obj{{"id", decoy(r.in(1000, 99999))}, {"attributes", attrs}})
	}
	var bookings arr
	for k := 0; k < r.in(1, 2); k++ {
		bookings = append(bookings, obj{
			{"id", decoy(r.in(100000, 999999))},
			{"className", plain(r.pick(gymClasses...))},
			{"startsAt", plain(r.isoMs(2024, 2024))},
			{"spot", decoy(fmt.Sprint(r.in(1, 24)))},
			{"avgHr", hlth(r.in(118, 168))},
			{"maxHr", hlth(r.in(160, 198))},
			{"kcal", hlth(r.in(280, 850))},
			{"splatPoints", hlth(r.in(4, 40))},
		})
	}
	parq := arr{}
	for _, q := range []string{"Has a doctor ever said you have a heart condition?", "Do you feel pain in your chest during physical activity?", "Are you pregnant or have you given birth in the last 6 months?", "Do you take medication for blood pressure?"} {
		ans := r.chance(0.15)
		if strings.Contains(q, "pregnant") && !female {
			ans = false
		}
		parq = append(parq, obj{{"id", decoy(r.in(1, 90000))}, {"question", plain(q)}, {"answer", hlth(ans)}})
	}
	avatar := obj{{"data", null()}}
	if r.chance(0.6) {
		h := r.alnum(10)
		avatar = sData(r.in(1, 9000), obj{
			{"name", plain("avatar.jpg")},
			{"url", cont("https://cdn.example.com/uploads/avatar_" + h + ".jpg")},
			{"width", decoy(r.pick4(640, 1080, 1440))},
			{"height", decoy(r.pick4(640, 1080, 1920))},
			{"size", decoy(r.f2(40, 900))},
			{"hash", decoy("avatar_" + h)},
			{"formats", obj{{"thumbnail", obj{
				{"url", cont("https://cdn.example.com/uploads/thumbnail_avatar_" + h + ".jpg")},
				{"width", decoy(156)},
				{"height", decoy(156)},
			}}}},
		})
	}
	gender := "male"
	if female {
		gender = r.pick("female", "female", "nonbinary")
	}
	attrs := obj{
		{"firstName", cont(first)},
		{"lastName", cont(last)},
		{"email", cont(r.mail(ascii(first) + ascii(last[:1])))},
		{"mobile", cont(r.us555())},
		{"dateOfBirth", cont(r.day(1968, 2004))},
		{"gender", sexOf(gender)},
		{"heightCm", hlth(cm)},
		{"goalWeightKg", hlth(r.f1(kg-15, kg))},
		{"memberNumber", decoy(r.digits(10))},
		{"tier", plain(r.pick("Premier", "Elite", "Basic 8", "Founding"))},
		{"homeStudio", plain(studio)},
		{"keyFob", obj{{"id", decoy(r.in(1, 9999))}, {"uid", cred(r.hexs(8))}, {"issuedAt", plain(r.day(2022, 2024))}}},
		{"locker", obj{{"id", decoy(r.in(1, 9999))}, {"number", decoy(fmt.Sprint(r.in(1, 180)))}, {"combo", cred(fmt.Sprintf("%02d-%02d-%02d", r.in(0, 39), r.in(0, 39), r.in(0, 39)))}}},
		{"emergencyContact", obj{
			{"id", decoy(r.in(1, 90000))},
			{"name", cont(r.usFirst() + " " + last)},
			{"phone", cont(r.us555())},
			{"relation", plain(r.pick("spouse", "mother", "partner", "friend"))},
		}},
		{"parq", parq},
		{"injuryNotes", prose(p(r.pick("", "Old ", "Recovering from ")), p(r.pick("ACL reconstruction (R)", "rotator cuff tear", "plantar fasciitis", "herniated disc L4-L5", "type 1 diabetes - keeps glucose tabs in locker"), healthC))},
		{"hrStrap", obj{
			{"model", dev(r.pick(gymStraps...))},
			{"serial", dev(r.digits(8))},
			{"bleAddress", macAddr(r.mac(":", true))},
			{"firmware", dev(r.ver())},
			{"lastSyncedAt", dev(r.isoMs(2024, 2024))},
		}},
		{"app", obj{
			{"platform", dev(r.osVer())},
			{"version", dev(fmt.Sprintf("%d.%d.%d", r.in(3, 6), r.in(0, 20), r.in(0, 9)))},
			{"pushToken", cred(r.fcm())},
			{"passwordHash", cred(r.bcrypt())},
			{"passwordChangedAt", plain(r.isoMs(2023, 2024))},
		}},
		{"billing", obj{
			{"stripeCustomer", decoy("cus_" + r.alnum(14))},
			{"cardLast4", decoy(r.digits(4))},
			{"monthlyRate", decoy(fmt.Sprintf("%d.00", r.pick4(139, 169, 199, 229)))},
		}},
		{"frontDeskNote", r.pickProse(
			func() leaf {
				return prose(p("Freeze requested: "), p(r.pick("pregnant, due in March", "shoulder surgery", "chemo"), healthC), p("."))
			},
			func() leaf { return prose(p("Prefers texts to "), p(r.us555(), contactC), p(".")) },
			func() leaf { return prose(p("Bring-a-friend promo applied.")) },
		)},
		{"avatar", avatar},
		{"bodyScans", obj{{"data", scans}}},
		{"classBookings", bookings},
		{"checkIns", checkIns(r, studio, lan)},
		{"createdAt", plain(created.Format("2006-01-02T15:04:05.000Z"))},
		{"updatedAt", plain(r.isoMs(2024, 2024))},
		{"publishedAt", plain(created.Format("2006-01-02T15:04:05.000Z"))},
	}
	return obj{
		{"data", obj{{"id", decoy(r.in(1, 60000))}, {"attributes", attrs}}},
		{"meta", obj{}},
	}
}

// checkIns are door check-ins with the door controller that let the member in.
func checkIns(r *rng, studio, lan string) arr {
	var out arr
	for k := 0; k < r.in(1, 2); k++ {
		out = append(out, obj{
			{"id", decoy(r.in(1000000, 9999999))},
			{"at", plain(r.isoMs(2024, 2024))},
			{"door", plain(studio + " " + r.pick("front", "side", "turnstile"))},
			{"controllerIp", netw(fmt.Sprintf("%s.%d", lan, r.in(2, 19)))},
		})
	}
	return out
}
