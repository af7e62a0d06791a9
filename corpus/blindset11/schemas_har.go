package blindset11

import (
	"fmt"
	"strings"
)

// A HAR file a member attached to a support ticket of a pharmacy-benefit
// manager's portal: the login request and its JSON body, cookies and
// Set-Cookie headers, the bearer-authorised prescriptions call and its
// response text, a static asset, timings.

var (
	usFirst = []string{"Marisol", "Darnell", "Bethany", "Tobias", "Keisha", "Ronan", "Priya", "Wesley", "Colleen", "Andre", "Naomi", "Grant", "Lucia", "Terrence", "Heidi", "Malik", "Rosa", "Dustin", "Anita", "Curtis"}
	usLast  = []string{"Alvarez", "Whitcomb", "Okafor", "Lindqvist", "Harlan", "Desai", "Brandon", "Moreland", "Sato", "Feeney", "Castellano", "Pruitt", "Bergstrom", "Ng", "Trujillo", "Haskins", "Mahoney", "Villanueva", "Stroud", "Kaminski"}
	rxDrugs = []string{"Adalimumab 40 mg/0.4 mL pen", "Semaglutide 1 mg/dose pen", "Sertraline 100 mg tablet", "Emtricitabine/tenofovir 200/300 mg", "Insulin aspart 100 U/mL", "Methotrexate 2.5 mg tablet", "Lisinopril 20 mg tablet", "Bupropion XL 150 mg", "Levothyroxine 88 mcg", "Etonogestrel implant", "Buprenorphine/naloxone 8/2 mg film", "Montelukast 10 mg"}
)

func hdr(name string, l leaf) obj { return obj{{"name", plain(name)}, {"value", l}} }

func pbmHAR(r *rng) any {
	first, last := r.pick(usFirst...), r.pick(usLast...)
	user := ascii(first) + r.pick(".", "_", "") + ascii(last) + r.digits(2)
	pw := r.pick("Summer", "Bluebird", "Rx", "Kitchen", "Pepper") + r.digits(4) + r.pick("!", "#", "$", "")
	host := "members.rxbenefit.example"
	ua := r.userAgent()
	sess := r.b64(43)
	jwt := r.jwt()
	ip := r.wanIP()
	member := "M" + r.digits(9)
	started := r.when(2024, 2024)
	login := obj{
		{"startedDateTime", plain(started.Format("2006-01-02T15:04:05.000Z"))},
		{"time", plain(r.f2(80, 900))},
		{"request", obj{
			{"method", plain("POST")},
			{"url", plain("https://" + host + "/api/auth/login")},
			{"httpVersion", plain("http/2.0")},
			{"headers", arr{
				hdr(":authority", plain(host)),
				hdr("content-type", plain("application/json")),
				hdr("origin", plain("https://"+host)),
				hdr("user-agent", dev(ua)),
				hdr("cookie", cred("_ga=GA1.1."+r.digits(10)+"."+r.digits(10)+"; rxb_device="+r.hexs(32))),
			}},
			{"cookies", arr{obj{{"name", plain("rxb_device")}, {"value", cred(r.hexs(32))}, {"domain", plain(host)}, {"httpOnly", plain(true)}}}},
			{"bodySize", decoy(r.in(50, 90))},
			{"postData", obj{
				{"mimeType", plain("application/json")},
				{"text", prose(p(`{"username":"`), p(user, contactC), p(`","password":"`), p(pw, credC), p(fmt.Sprintf(`","remember":%v}`, r.chance(0.5))))},
			}},
		}},
		{"response", obj{
			{"status", plain(200)},
			{"headers", arr{
				hdr("content-type", plain("application/json; charset=utf-8")),
				hdr("set-cookie", cred("rxb_sess="+sess+"; Path=/; HttpOnly; Secure; SameSite=Lax")),
				hdr("x-request-id", decoy(r.uuid())),
				hdr("strict-transport-security", plain("max-age=31536000")),
			}},
			{"cookies", arr{obj{{"name", plain("rxb_sess")}, {"value", cred(sess)}, {"httpOnly", plain(true)}}}},
			{"content", obj{
				{"size", decoy(r.in(300, 900))},
				{"mimeType", plain("application/json")},
				{"text", prose(p(`{"access_token":"`), p(jwt, credC), p(`","token_type":"Bearer","expires_in":900,"member":{"id":"`+member+`","firstName":"`), p(first, contactC), p(`","email":"`), p(r.mail(ascii(first)+"."+ascii(last)), contactC), p(`","mfaEnrolled":false}}`))},
			}},
			{"bodySize", decoy(r.in(300, 900))},
			{"_transferSize", decoy(r.in(600, 1400))},
		}},
		{"serverIPAddress", netw(ip)},
		{"connection", decoy(fmt.Sprint(r.in(10000, 99999)))},
	}
	var rx []string
	var rxPieces []piece
	rxPieces = append(rxPieces, p(`{"memberId":"`+member+`","dob":"`), p(r.day(1950, 2002), contactC), p(`","prescriptions":[`))
	for k, d := range r.pickSome(r.in(1, 3), rxDrugs...) {
		if k > 0 {
			rxPieces = append(rxPieces, p(","))
		}
		rx = append(rx, d)
		rxPieces = append(rxPieces, p(`{"drug":"`), p(d, healthC), p(`","ndc":"`+fmt.Sprintf("%05d-%04d-%02d", r.in(0, 99999), r.in(0, 9999), r.in(0, 99))+`","prescriber":"`), p("Dr. "+r.pick(usFirst...)+" "+r.pick(usLast...), contactC), p(fmt.Sprintf(`","refillsLeft":%d,"copay":%.2f}`, r.in(0, 5), r.f2(0, 80))))
	}
	rxPieces = append(rxPieces, p(`]}`))
	list := obj{
		{"startedDateTime", plain(started.Add(4e9).Format("2006-01-02T15:04:05.000Z"))},
		{"time", plain(r.f2(80, 900))},
		{"request", obj{
			{"method", plain("GET")},
			{"url", plain(fmt.Sprintf("https://%s/api/members/%s/prescriptions?includeHistory=true", host, member))},
			{"httpVersion", plain("http/2.0")},
			{"headers", arr{
				hdr("authorization", cred("Bearer "+jwt)),
				hdr("accept", plain("application/json")),
				hdr("user-agent", dev(ua)),
				hdr("x-forwarded-for", netw(r.lanIP())),
			}},
			{"queryString", arr{hdr("includeHistory", plain("true"))}},
			{"cookies", arr{}},
			{"bodySize", plain(0)},
		}},
		{"response", obj{
			{"status", plain(200)},
			{"headers", arr{
				hdr("content-type", plain("application/json")),
				hdr("etag", decoy(`W/"`+r.hexs(27)+`"`)),
				hdr("x-ratelimit-remaining", decoy(fmt.Sprint(r.in(10, 600)))),
			}},
			{"content", obj{{"size", decoy(r.in(400, 3000))}, {"mimeType", plain("application/json")}, {"text", prose(rxPieces...)}}},
			{"bodySize", decoy(r.in(400, 3000))},
		}},
		{"serverIPAddress", netw(ip)},
		{"connection", decoy(fmt.Sprint(r.in(10000, 99999)))},
	}
	asset := "app." + r.hexs(8) + ".js"
	static := obj{
		{"startedDateTime", plain(started.Add(-2e9).Format("2006-01-02T15:04:05.000Z"))},
		{"time", plain(r.f2(5, 90))},
		{"request", obj{{"method", plain("GET")}, {"url", plain("https://cdn.rxbenefit.example/static/" + asset)}, {"headers", arr{hdr("user-agent", dev(ua)), hdr("referer", plain("https://"+host+"/prescriptions"))}}}},
		{"response", obj{
			{"status", plain(200)},
			{"headers", arr{hdr("etag", decoy(`"`+r.md5()+`"`)), hdr("x-amz-cf-pop", plain(r.pick("IAD89-C1", "SFO53-P2", "ORD58-P4"))), hdr("x-cache", plain("Hit from cloudfront"))}},
			{"content", obj{{"size", decoy(r.in(90000, 900000))}, {"mimeType", plain("application/javascript")}, {"compression", decoy(r.in(10000, 500000))}}},
			{"_transferSize", decoy(r.in(20000, 300000))},
		}},
		{"serverIPAddress", netw(r.wanIP())},
	}
	entries := arr{login, list}
	if r.chance(0.5) {
		entries = arr{static, login, list}
	}
	comment := prose(p("Member says the refill button spins forever. "), p(r.pick("Works in Firefox.", "Cleared cache, no change.", "Started after the app update.")))
	if r.chance(0.4) {
		comment = prose(p("Member "), p(first+" "+last, contactC), p(" needs "), p(strings.ToLower(rx[0]), healthC), p(" by Friday, escalate."))
	}
	return obj{{"log", obj{
		{"version", plain("1.2")},
		{"creator", obj{{"name", plain("WebInspector")}, {"version", decoy("537.36")}}},
		{"pages", arr{obj{
			{"startedDateTime", plain(started.Add(-3e9).Format("2006-01-02T15:04:05.000Z"))},
			{"id", plain("page_" + fmt.Sprint(r.in(1, 9)))},
			{"title", plain("My Prescriptions – RxBenefit")},
		}}},
		{"entries", entries},
		{"comment", comment},
	}}}
}
