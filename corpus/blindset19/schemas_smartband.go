package blindset19

import (
	"fmt"
	"strings"
)

// smartbandProtoc is a budget smart-band companion app's cloud sync,
// captured with mitmproxy by a security researcher and decoded with
// `protoc --decode_raw`, then turned into JSON by a script (field numbers
// as keys, repeated fields as arrays, fixed32 as floats): the flow (host,
// path, HTTP version, header pairs with the bearer token, app version,
// user agent and device id, a request id), and the decoded body: user
// (id, nickname, e-mail, birthday as an int, gender, height, weight, goal
// weight, stride), band (model, MAC, firmware, serial, battery, last sync,
// phone model and OS), daily summaries (date, steps, distance, calories,
// heart rates, sleep stages, SpO2, stress), heart-rate samples, auth
// (refresh token, expiry, token type, FCM token), client info (app
// version, build, locale, schema version, client IP), reminders with free
// text, and trailer fields (payload sha256, record uuid, counter).
func smartbandProtoc(r *rng) any {
	u := r.english()
	if r.chance(0.4) {
		u = r.hausa()
	}
	mail := r.email(u)
	nick := r.pick(u.first, strings.ToLower(u.first)+r.digits(2), u.first+" "+u.last[:1]+".")
	t := r.when()
	dob := r.birth(1960, 2006)
	phoneModel, android := r.androidPhone()
	appVer := r.semver()
	band := r.pick("Amazfit Band 7", "Xiaomi Smart Band 8", "HUAWEI Band 8", "realme Band 2", "Fitbit Inspire 3")
	fw := r.ipShapedFw()
	devID := r.hex(16)
	bearer := r.b64url(48)
	gender := "male"
	if u.female {
		gender = "female"
	}

	var days arr
	d := after(t, -r.in(3000, 9000))
	for i := 0; i < r.in(2, 4); i++ {
		d = after(d, 1440)
		total := r.in(240, 560)
		deep := r.in(30, 120)
		rem := r.in(40, 130)
		days = append(days, obj{
			{"1", plain(d.Year()*10000 + int(d.Month())*100 + d.Day())},
			{"2", hlth(r.in(800, 18000))},
			{"3", hlth(r.in(500, 14000))},
			{"4", hlth(r.in(60, 900))},
			{"5", obj{{"1", hlth(r.in(48, 80))}, {"2", hlth(r.in(110, 185))}, {"3", hlth(r.in(62, 96))}}},
			{"6", obj{{"1", hlth(total)}, {"2", hlth(deep)}, {"3", hlth(total - deep - rem)}, {"4", hlth(rem)}, {"5", hlth(r.in(0, 60))}}},
			{"7", hlth(r.in(90, 99))},
			{"8", hlth(r.in(10, 80))},
		})
	}
	var hr arr
	ht := after(t, -r.in(60, 600))
	for i := 0; i < r.in(3, 6); i++ {
		ht = after(ht, r.in(1, 10))
		hr = append(hr, obj{{"1", plain(unix(ht))}, {"2", hlth(r.in(52, 150))}})
	}
	reminders := arr{
		obj{{"1", plain(fmt.Sprintf("%02d:%02d", r.in(6, 9), r.pick4(0, 15, 30, 45)))}, {"2", prose(p("Take "), p(r.pick("metformin 500mg", "levothyroxine", "amlodipine 5mg", "iron tablet", "inhaler 2 puffs"), healthC))}, {"3", plain(true)}},
		obj{{"1", plain(fmt.Sprintf("%02d:%02d", r.in(17, 21), r.pick4(0, 15, 30, 45)))}, {"2", prose(p(r.pick("Gym", "Walk the dog", "Stretch", "Drink water")))}, {"3", plain(r.chance(0.5))}},
	}
	if r.chance(0.6) {
		reminders = append(reminders, obj{{"1", plain("12:00")}, {"2", prose(p("Call "), p(r.pick("Mum", "Dad", "Nana"), contactC), p(" "), p(r.ukMobile(), contactC))}, {"3", plain(true)}})
	}
	headers := arr{
		pair("content-type", plain("application/x-protobuf")),
		pair("authorization", cred("Bearer "+bearer)),
		pair("x-app-version", dev(appVer)),
		pair("user-agent", dev(fmt.Sprintf("BandFit/%s (Android %s; %s)", appVer, android, phoneModel))),
		pair("x-device-id", dev(devID)),
		pair("x-request-id", decoy(r.uuid())),
		pair("accept-encoding", plain("gzip")),
	}
	weight := r.f1(45, 118)
	decoded := obj{
		{"1", obj{
			{"1", plain(r.in(100000000, 999999999))},
			{"2", cont(nick)},
			{"3", cont(mail)},
			{"4", cont(dob.Year()*10000 + int(dob.Month())*100 + dob.Day())},
			{"5", sexOf(gender)},
			{"6", hlth(r.in(150, 198))},
			{"7", hlth(weight)},
			{"8", hlth(round1(weight - r.f1(0, 12)))},
			{"9", hlth(r.in(55, 85))},
			{"10", plain(r.pick("metric", "imperial"))},
		}},
		{"2", obj{
			{"1", dev(band)},
			{"2", macAddr(r.mac(":", true))},
			{"3", fwIP(fw)},
			{"4", dev(r.serial(r.pick("A2", "M8", "HB", "FB"), 12))},
			{"5", plain(r.in(5, 100))},
			{"6", dev(unix(after(t, -r.in(0, 300))))},
			{"7", dev(phoneModel)},
			{"8", dev("Android " + android)},
		}},
		{"3", days},
		{"4", hr},
		{"5", obj{
			{"1", cred(r.from(alnum+"-_", 64))},
			{"2", plain(unix(after(t, 43200)))},
			{"3", decoy("Bearer")},
			{"4", cred(r.fcm())},
		}},
		{"6", obj{
			{"1", dev(appVer)},
			{"2", decoy(fmt.Sprintf("%d.%d", r.in(20240101, 20241030), r.in(1, 9)))},
			{"3", plain(r.pick("en_GB", "en_US", "ha_NG", "en_NG"))},
			{"4", decoy(r.in(3, 12))},
			{"5", netw(r.lan().host(r.in(20, 240)))},
		}},
		{"7", reminders},
		{"8", decoy(r.hex(64))},
		{"9", decoy(r.uuid())},
		{"10", plain(r.in(1, 5000))},
	}
	return obfuscated(obj{
		{"flow", obj{
			{"request", obj{
				{"method", plain("POST")},
				{"host", plain("sync.bandcloud.example")},
				{"path", plain("/v2/sync")},
				{"http_version", plain("HTTP/2.0")},
				{"headers", headers},
				{"timestamp_start", plain(float64(unixMs(t)) / 1000)},
			}},
			{"response", obj{
				{"status_code", plain(200)},
				{"headers", arr{pair("content-type", plain("application/x-protobuf")), pair("x-trace", decoy(r.hex(32)))}},
			}},
		}},
		{"decoded", decoded},
		{"decoder", obj{{"tool", plain("protoc --decode_raw")}, {"protoc", decoy(r.pick("25.3", "26.1", "27.0"))}, {"script", decoy("raw2json " + r.semver())}}},
	})
}
