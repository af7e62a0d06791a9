package blindset9

import (
	"encoding/base64"
	"fmt"
	"strings"
)

// dating-app-graphql: a dating app's trust-and-safety moderation queue as
// a GraphQL response (data / edges / node / pageInfo / extensions): each
// profile with display name, username, e-mail, phone, birthdate, age,
// gender, height, smoking, drinking, HIV status, photos (URL, width,
// height, blurhash), city and distance, verification flags, device (model,
// OS, app version, push token, IP), session token, reports with the
// reporter's handle and text, flagged messages, subscription, counters,
// and the query-cost extension.

func dating(g *rng) any {
	var edges arr
	for i := 0; i < g.in(1, 2); i++ {
		u := g.personOf(one(g, "en", "en", "ca", "da", "hu", "el"))
		uid := g.in(1_000_000, 9_999_999)
		nodeID := base64.StdEncoding.EncodeToString([]byte(fmt.Sprintf("User:%d", uid)))
		model, os := g.phone()
		var photos arr
		for j := 0; j < g.in(1, 3); j++ {
			photos = append(photos, obj{
				{"url", cont(fmt.Sprintf("https://img.sparkmatch.example.com/u/%d/%s.jpg", uid, g.s(hx, 16)))},
				{"width", decoy(1080)},
				{"height", decoy(one(g, 1350, 1440, 1920))},
				{"blurhash", decoy("L" + g.s(alnum, 27))},
				{"moderation", plain(one(g, "APPROVED", "PENDING", "REJECTED_NUDITY"))},
			})
		}
		var reports arr
		for j := 0; j < g.in(1, 2); j++ {
			rp := g.personOf("en")
			var body []piece
			switch g.n(5) {
			case 0:
				body = []piece{p("Asked me to move to WhatsApp on "), p(g.phoneUS(), contactCat), p(" straight away, then asked for gift cards.")}
			case 1:
				body = []piece{p("Photos are stolen, real person is @"), p(strings.ToLower(u.afirst)+"_"+g.s(num, 3), contactCat), p(" on Instagram.")}
			case 2:
				body = []piece{p("Lied about being "), p(one(g, "HIV negative", "on PrEP", "vaccinated"), healthCat), p(".")}
			case 3:
				body = []piece{p("Sent me a link to a fake login page and asked for my password.")}
			default:
				body = []piece{p("Rude and aggressive in chat.")}
			}
			reports = append(reports, obj{
				{"id", decoy(g.uuid())},
				{"reason", plain(one(g, "SCAM", "FAKE_PROFILE", "HARASSMENT", "UNDERAGE", "OTHER"))},
				{"reporter", obj{{"username", cont(g.handle(rp))}}},
				{"text", prose(body...)},
				{"createdAt", plain(g.iso())},
			})
		}
		var msgs arr
		for j := 0; j < g.in(0, 2); j++ {
			var body []piece
			switch g.n(4) {
			case 0:
				body = []piece{p("text me "), p(g.phoneUS(), contactCat), p(" or mail "), p(g.email(u), contactCat)}
			case 1:
				body = []piece{p("I'm at "), p(fmt.Sprintf("%d %s", g.in(10, 990), one(g, "W 43rd St", "Hawthorne Blvd", "Division St")), contactCat), p(", come by after 9")}
			case 2:
				body = []piece{p("just so you know I have "), p(one(g, "type 1 diabetes", "epilepsy", "herpes", "bipolar disorder"), healthCat), p(", better to say it early")}
			default:
				body = []piece{p("haha same, coffee on Sunday?")}
			}
			msgs = append(msgs, obj{{"id", decoy(g.s(hx, 24))}, {"body", prose(body...)}, {"flagScore", decoy(round2(g.f(0, 1)))}})
		}
		age := 2024 - g.in(1970, 2005)
		node := obj{
			{"id", decoy(nodeID)},
			{"displayName", cont(u.first)},
			{"bio", prose(one(g,
				[]piece{p("Nurse, dog mum, "), p(one(g, "sober 3 years", "T1D warrior", "type 1 diabetic", "ADHD brain"), healthCat), p(". Looking for something real.")},
				[]piece{p("Snap: "), p(strings.ToLower(u.afirst)+g.s(num, 2), contactCat), p(" – I rarely check this app.")},
				[]piece{p("Hiking, bad puns, good coffee.")},
				[]piece{p("6'1\" because apparently that matters. Gym rat, ask me about my deadlift.")},
			)...)},
			{"username", cont(g.handle(u))},
			{"email", cont(g.email(u))},
			{"phone", cont(g.phoneUS())},
			{"birthdate", cont(g.dob())},
			{"age", ageOf(age)},
			{"gender", sexOf(fm(u, one(g, "WOMAN", "female"), one(g, "MAN", "male")))},
			{"heightCm", hlth(g.in(150, 198))},
			{"smoking", hlth(one(g, "NEVER", "SOCIALLY", "REGULARLY"))},
			{"drinking", hlth(one(g, "NEVER", "SOCIALLY", "OFTEN"))},
			{"hivStatus", func() leaf {
				if g.chance(40) {
					return hlth(one(g, "NEGATIVE_ON_PREP", "NEGATIVE", "POSITIVE_UNDETECTABLE"))
				}
				return nullDecoy()
			}()},
			{"photos", photos},
			{"location", obj{{"city", plain(one(g, "Austin", "Denver", "Leeds", "Barcelona", "Aarhus"))}, {"distanceKm", decoy(g.in(1, 80))}}},
			{"verification", obj{{"selfieVerified", decoy(g.chance(50))}, {"phoneVerified", decoy(g.chance(80))}}},
			{"device", obj{
				{"model", dev(model)},
				{"os", dev(os)},
				{"appVersion", dev(g.ver(3))},
				{"pushToken", cred(g.fcm())},
				{"lastIp", netw(g.docIP())},
				{"ipHistory", stringsOf(netw, func() []string {
					out := []string{}
					for k := 0; k < g.in(1, 3); k++ {
						out = append(out, one(g, g.docIP(), g.ip6()))
					}
					return out
				}()...)},
			}},
			{"session", obj{{"token", cred(g.jwt())}, {"expiresIn", plain(3600)}}},
			{"reports", reports},
			{"flaggedMessages", msgs},
			{"subscription", obj{{"plan", plain(one(g, "FREE", "PLUS", "GOLD"))}, {"priceCents", decoy(one(g, 0, 1499, 2999))}, {"sku", decoy("spark.gold." + one(g, "1m", "6m", "12m"))}}},
			{"matchCount", decoy(g.in(0, 900))},
			{"likesReceived", decoy(g.in(0, 5000))},
			{"lastActiveAt", plain(g.iso())},
		}
		edges = append(edges, obj{{"cursor", decoy(base64.StdEncoding.EncodeToString([]byte(fmt.Sprintf("cursor:%d", uid))))}, {"node", node}})
	}
	return obj{
		{"data", obj{{"moderationQueue", obj{
			{"totalCount", decoy(g.in(10, 4000))},
			{"pageInfo", obj{{"hasNextPage", plain(true)}, {"endCursor", decoy(base64.StdEncoding.EncodeToString([]byte(g.s(num, 7))))}}},
			{"edges", edges},
		}}}},
		{"extensions", obj{
			{"cost", obj{{"requestedQueryCost", decoy(g.in(50, 900))}, {"throttleStatus", obj{{"maximumAvailable", decoy(1000)}, {"currentlyAvailable", decoy(g.in(100, 1000))}}}}},
			{"traceId", decoy(g.s(hx, 32))},
		}},
	}
}
