package blindset19

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"strings"
)

// devanagariDigits writes ASCII digits as Devanagari numerals.
var devanagariDigits = strings.NewReplacer("0", "०", "1", "१", "2", "२", "3", "३", "4", "४", "5", "५", "6", "६", "7", "७", "8", "८", "9", "९")

// jimMeteorDDP is a Kathmandu / Pokhara gym and body-composition studio's
// Meteor web app, captured as WebSocket frames from Chrome DevTools and
// parsed (each DDP message an object): the runtime config scraped from
// the page (Meteor release, root URL, public settings with the gym
// Wi-Fi), then frames: connect, connected with the session id, the
// trainer's login method (e-mail and SHA-256 password digest), the
// result with resume token, added documents with Nepali field names:
// the trainer's users document leaking services (bcrypt, hashed login
// tokens), members (name, surname, gender, Bikram Sambat birth date in
// Devanagari numerals, age, mobile, e-mail, address with ward, tole and
// district, height, weight, blood group, health problems, medicines,
// membership plan and fee, trainer, a note in Nepali), InBody scans
// (weight, body fat, muscle mass, visceral fat, BMI, BMR, body water,
// the scanner's model, serial, firmware and IP), a changed weight,
// payments (amount, eSewa / Khalti, transaction id), the Google login
// service configuration with its secret, ready, ping and pong.
func jimMeteorDDP(r *rng) any {
	gym := r.pick("himalfit", "lakeside-gym", "everestfitness", "thamel-strength")
	t := r.when()
	l := r.lan()
	cur := float64(unixMs(t)) / 1000
	frame := func(send bool, data obj) obj {
		cur += float64(r.in(5, 900)) / 1000
		typ := "receive"
		if send {
			typ = "send"
		}
		return obj{{"type", plain(typ)}, {"time", plain(cur)}, {"opcode", plain(1)}, {"data", data}}
	}
	mid := func() string { return r.from("23456789ABCDEFGHJKLMNPQRSTWXYZabcdefghijkmnopqrstuvwxyz", 17) }
	trainer := r.nepali()
	tMail := ascii(trainer.latFirst()) + "." + ascii(trainer.latLast()) + "@" + gym + ".example"
	pw := r.password()
	sum := sha256.Sum256([]byte(pw))
	userID := mid()
	resume := r.from(alnum+"-_", 43)

	frames := arr{
		frame(true, obj{{"msg", plain("connect")}, {"version", plain("1")}, {"support", arr{plain("1"), plain("pre2"), plain("pre1")}}}),
		frame(false, obj{{"server_id", plain("0")}}),
		frame(false, obj{{"msg", plain("connected")}, {"session", cred(r.from("23456789ABCDEFGHJKLMNPQRSTWXYZabcdefghijkmnopqrstuvwxyz", 17))}}),
		frame(true, obj{{"msg", plain("method")}, {"method", plain("login")}, {"params", arr{obj{
			{"user", obj{{"email", cont(tMail)}}},
			{"password", obj{{"digest", cred(hex.EncodeToString(sum[:]))}, {"algorithm", plain("sha-256")}}},
		}}}, {"id", plain("1")}}),
		frame(false, obj{{"msg", plain("result")}, {"id", plain("1")}, {"result", obj{
			{"id", decoy(userID)},
			{"token", cred(resume)},
			{"tokenExpires", obj{{"$date", plain(unixMs(after(t, 129600)))}}},
			{"type", plain("password")},
		}}}),
		frame(true, obj{{"msg", plain("sub")}, {"id", plain(mid())}, {"name", plain("सदस्य.प्रशिक्षकअनुसार")}, {"params", arr{}}}),
		frame(false, obj{{"msg", plain("added")}, {"collection", plain("users")}, {"id", decoy(userID)}, {"fields", obj{
			{"emails", arr{obj{{"address", cont(tMail)}, {"verified", decoy(true)}}}},
			{"profile", obj{{"नाम", cont(trainer.first)}, {"थर", cont(trainer.last)}, {"भूमिका", plain("प्रशिक्षक")}}},
			{"services", obj{
				{"password", obj{{"bcrypt", cred(r.bcrypt())}}},
				{"resume", obj{{"loginTokens", arr{obj{{"when", obj{{"$date", plain(unixMs(after(t, -r.in(100, 9000))))}}}, {"hashedToken", cred(r.b64(32))}}}}}},
			}},
			{"createdAt", obj{{"$date", plain(unixMs(after(t, -r.in(50000, 400000))))}}},
		}}}),
	}
	var memberIDs []string
	for i := 0; i < r.in(2, 3); i++ {
		m := r.nepali()
		id := mid()
		memberIDs = append(memberIDs, id)
		ward, tole, district := r.npAddress()
		dob := r.birth(1965, 2005)
		bs := fmt.Sprintf("%d-%02d-%02d", dob.Year()+57, r.in(1, 12), r.in(1, 30))
		sex := "पुरुष"
		if m.female {
			sex = "महिला"
		}
		fee := r.pick4(9000, 15000, 24000, 4500)
		frames = append(frames, frame(false, obj{{"msg", plain("added")}, {"collection", plain("सदस्य")}, {"id", decoy(id)}, {"fields", obj{
			{"नाम", cont(m.first)},
			{"थर", cont(m.last)},
			{"लिङ्ग", sexOf(sex)},
			{"जन्म_मिति", cont(devanagariDigits.Replace(bs))},
			{"उमेर", ageOf(2024 - dob.Year())},
			{"मोबाइल", cont(r.pick(r.npPhone(), r.npLocal()))},
			{"इमेल", r.orNull(0.3, cont(r.email(m)))},
			{"ठेगाना", obj{{"वडा", cont(ward)}, {"टोल", cont(tole)}, {"जिल्ला", cont(district)}}},
			{"उचाइ_सेमी", hlth(r.in(145, 190))},
			{"तौल_केजी", hlth(r.f1(45, 110))},
			{"स्वास्थ्य", clinical(obj{
				{"रक्त_समूह", hlth(r.pick("A+", "B+", "O+", "AB+", "O-"))},
				{"स्वास्थ्य_समस्या", arr{hlth(r.pick("उच्च रक्तचाप", "मधुमेह", "घुँडाको चोट", "दम", "कुनै छैन"))}},
				{"औषधि", hlth(r.pick("एम्लोडिपिन ५ मि.ग्रा.", "मेटफर्मिन ५०० मि.ग्रा.", "इन्हेलर", "छैन"))},
			})},
			{"सदस्यता", obj{
				{"योजना", plain(r.pick("मासिक", "त्रैमासिक", "वार्षिक"))},
				{"शुल्क", decoy(fee)},
				{"सुरु_मिति", plain(day(after(t, -r.in(1000, 90000))))},
				{"अन्त्य_मिति", plain(day(after(t, r.in(1000, 90000))))},
			}},
			{"प्रशिक्षक", cont(trainer.full())},
			{"टिप्पणी", prose(p(m.first, contactC), p("को "), p(r.pick("घुँडा दुख्छ, स्क्वाट नगराउनु", "रक्तचाप बढी छ, भारी वजन नदिनु", "ढाड दुख्छ, डेडलिफ्ट बन्द", "गर्भवती छिन्, हल्का व्यायाम मात्र"), healthC), p("। लक्ष्य: ५ केजी घटाउने।"))},
			{"सिर्जना_मिति", obj{{"$date", plain(unixMs(after(t, -r.in(1000, 90000))))}}},
		}}}))
	}
	scanner := r.pick("InBody 270", "InBody 570", "Tanita MC-780MA", "SECA mBCA 515")
	scanSerial := r.serial(r.pick("CC7", "MC", "515"), 9)
	scanIP := l.host(r.in(20, 240))
	scanFw := r.ipShapedFw()
	for i := 0; i < r.in(1, 3); i++ {
		k := r.IntN(len(memberIDs))
		frames = append(frames, frame(false, obj{{"msg", plain("added")}, {"collection", plain("शरीर_मापन")}, {"id", decoy(mid())}, {"fields", obj{
			{"सदस्य_id", decoy(memberIDs[k])},
			{"मिति", obj{{"$date", plain(unixMs(after(t, -r.in(0, 60000))))}}},
			{"तौल", hlth(r.f1(45, 110))},
			{"बडी_फ्याट_प्रतिशत", hlth(r.f1(8, 42))},
			{"मांसपेशी_तौल", hlth(r.f1(18, 42))},
			{"भिसेरल_फ्याट", hlth(r.in(2, 18))},
			{"BMI", hlth(r.f1(17, 38))},
			{"BMR", hlth(r.in(1100, 2100))},
			{"शरीरको_पानी", hlth(r.f1(25, 50))},
			{"यन्त्र", obj{
				{"मोडेल", dev(scanner)},
				{"सिरियल", dev(scanSerial)},
				{"फर्मवेयर", fwIP(scanFw)},
				{"IP", netw(scanIP)},
			}},
		}}}))
	}
	k := r.IntN(len(memberIDs))
	frames = append(frames,
		frame(false, obj{{"msg", plain("changed")}, {"collection", plain("सदस्य")}, {"id", decoy(memberIDs[k])}, {"fields", obj{{"तौल_केजी", hlth(r.f1(45, 110))}}}}),
		frame(false, obj{{"msg", plain("added")}, {"collection", plain("भुक्तानी")}, {"id", decoy(mid())}, {"fields", obj{
			{"सदस्य_id", decoy(memberIDs[r.IntN(len(memberIDs))])},
			{"रकम", decoy(r.pick4(4500, 9000, 15000, 24000))},
			{"माध्यम", plain(r.pick("eSewa", "Khalti", "नगद", "Fonepay"))},
			{"कारोबार_नं", decoy(r.from(upperNum, 10))},
			{"मिति", obj{{"$date", plain(unixMs(after(t, -r.in(0, 9000))))}}},
		}}}),
		frame(false, obj{{"msg", plain("added")}, {"collection", plain("meteor_accounts_loginServiceConfiguration")}, {"id", decoy(mid())}, {"fields", obj{
			{"service", plain("google")},
			{"clientId", decoy(r.digits(12) + "-" + strings.ToLower(r.alnum(32)) + ".apps.googleusercontent.com")},
			{"secret", cred("GOCSPX-" + r.from(alnum+"-_", 28))},
			{"loginStyle", plain("popup")},
		}}}),
		frame(false, obj{{"msg", plain("ready")}, {"subs", arr{plain(mid())}}}),
		frame(false, obj{{"msg", plain("ping")}}),
		frame(true, obj{{"msg", plain("pong")}}),
	)
	return language(obj{
		{"capture", obj{
			{"url", plain("wss://app." + gym + ".example/sockjs/" + r.digits(3) + "/" + strings.ToLower(r.alnum(8)) + "/websocket")},
			{"tool", plain("Chrome DevTools HAR, frames parsed with jq")},
			{"captured_by", cont(r.userName(r.nepali()))},
			{"note", prose(p("साथीले भने, प्रशिक्षकको खाताबाट सबै सदस्यको स्वास्थ्य विवरण देखिन्छ।"))},
		}},
		{"__meteor_runtime_config__", obj{
			{"meteorRelease", decoy(r.pick("METEOR@2.16", "METEOR@3.0.2", "METEOR@2.15"))},
			{"ROOT_URL", plain("https://app." + gym + ".example")},
			{"ROOT_URL_PATH_PREFIX", plain("")},
			{"autoupdateVersion", decoy(r.hex(40))},
			{"appId", decoy(strings.ToLower(r.alnum(20)))},
			{"isModern", plain(true)},
			{"PUBLIC_SETTINGS", obj{
				{"esewaMerchantCode", plain(r.pick("EPAYTEST", "NP-ES-"+r.digits(5)))},
				{"gymWifi", obj{{"ssid", netw(r.pick("HimalFit_5G", "Gym-Members", "WorldLink-"+r.HEX(4), "Vianet_"+r.HEX(4)))}, {"password", cred(r.psk())}}},
				{"support_phone", cont(r.npPhone())},
			}},
		}},
		{"frames", frames},
	})
}
