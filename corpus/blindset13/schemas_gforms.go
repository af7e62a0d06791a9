package blindset13

import (
	"fmt"
	"strings"
)

// A software company's hackathon-offsite registration form as the Google
// Forms API returns its responses (forms.responses.list) without the form:
// answers keyed by opaque hex question ids, each {questionId, textAnswers:
// {answers:[{value}]}} or fileUploadAnswers, plus responseId, createTime,
// lastSubmittedTime and respondentEmail. The questions are unknown; the
// typed answers tell: names, phones, handles, addresses, dietary and
// medical needs, emergency contacts, the laptop to be enrolled, the home
// IP for the VPN allow-list, pasted tokens and public keys, flights.

func gfAnswer(qid string, vals ...leaf) field {
	as := arr{}
	for _, v := range vals {
		as = append(as, obj{{"value", v}})
	}
	return field{qid, obj{{"questionId", plain(qid)}, {"textAnswers", obj{{"answers", as}}}}}
}

func gformsResponses(r *rng) any {
	// question ids are fixed per form
	q := []string{"1a2b3c4d", "5e6f7a8b", "2f9c1d7e", "6b3a0e2c", "0d4e8f1a", "7c2b9a5d", "3e8d1c6f", "4a7f0b2e", "59d1e3c8", "1f6a8d4b", "08e7c2d9", "6d0f3b7a", "2c5e9a1f", "7a1d4e8c", "3b9f6c0d", "4e2a7d5b", "0a8c3f6e"}
	var resps arr
	for k := 0; k < r.in(2, 3); k++ {
		first, last := r.usFirst(), r.pick(usLast...)
		em := strings.ToLower(ascii(first)+"."+ascii(last)) + "@corp.example.com"
		street, city, st, zip := r.usAddr()
		ans := obj{
			gfAnswer(q[0], cont(first+" "+last)),
			gfAnswer(q[1], cont(r.us555())),
			gfAnswer(q[2], cont("@"+strings.ToLower(ascii(first))+r.pick("dev", "codes", "_"+ascii(last)[:3], fmt.Sprint(r.in(1, 99))))),
			gfAnswer(q[3], plain(r.pick("S", "M", "L", "XL", "2XL"))),
			gfAnswer(q[4], dietAnswers(r)...),
			gfAnswer(q[5], r.pickProse(
				func() leaf {
					return prose(p("I have "), p(r.pick("type 1 diabetes and wear a Dexcom", "epilepsy (well controlled, on lamotrigine)", "severe asthma, carry an inhaler", "a pacemaker, please no metal detectors"), healthC), p(", just so the organisers know."))
				},
				func() leaf {
					return prose(p("I'm "), p(fmt.Sprintf("%d weeks pregnant", r.in(12, 30)), healthC), p(" - would prefer a ground-floor room."))
				},
				func() leaf { return prose(p("Nothing to declare :)")) },
				func() leaf { return prose(p("n/a")) },
			)),
			gfAnswer(q[6], r.pickProse(
				func() leaf {
					return prose(p(r.pick(usFirstF...)+" "+last, contactC), p(" (spouse) "), p(r.us555(), contactC))
				},
				func() leaf {
					return prose(p("Mom - "), p(r.us555(), contactC), p(" / "), p(r.mail(ascii(r.pick(usFirstF...))), contactC))
				},
			)),
			gfAnswer(q[7], cont(fmt.Sprintf("%s, %s, %s %s", street, city, st, zip))),
			gfAnswer(q[8], dev(r.pick("MacBook Pro 14\" M3 Pro", "MacBook Air 13\" M2", "ThinkPad X1 Carbon Gen 11", "Dell XPS 15 9530", "Framework Laptop 13"))),
			gfAnswer(q[9], dev(r.pick("C02", "FVF", "PF", "5CG")+r.upper(8))),
			gfAnswer(q[10], dev(r.pick("macOS 14.4.1", "macOS 13.6.6", "Windows 11 23H2", "Ubuntu 22.04.4 LTS"))),
			gfAnswer(q[11], r.pickProse(
				func() leaf { return prose(p(r.wanIP(), netC)) },
				func() leaf {
					return prose(p("home: "), p(r.wanIP(), netC), p(", my router is "), p(r.lanPrefix()+".1", netC))
				},
				func() leaf { return prose(p("not sure, I'll be on hotel wifi")) },
			)),
			gfAnswer(q[12], r.pickProse(
				func() leaf {
					return prose(p("ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI" + r.b64(43) + " " + strings.ToLower(first) + "@laptop")).asDecoy()
				},
				func() leaf { return prose(p("ghp_"+r.alnum(36), credC)) },
				func() leaf {
					return prose(p("key: ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABgQ"+r.b64(60)+"... and token "), p("ghp_"+r.alnum(36), credC), p(" if that helps"))
				},
			)),
			gfAnswer(q[13], decoy(r.pick("UA", "DL", "AA", "WN")+fmt.Sprint(r.in(100, 2999)))),
			gfAnswer(q[14], decoy(r.upper(6))),
			gfAnswer(q[15], plain(r.pick("Yes", "No"))),
		}
		if r.chance(0.4) {
			ans = append(ans, field{q[16], obj{
				{"questionId", plain(q[16])},
				{"fileUploadAnswers", obj{{"answers", arr{obj{
					{"fileId", decoy(r.b64(33))},
					{"fileName", cont(fmt.Sprintf("%s %s - photo.jpg", first, last))},
					{"mimeType", plain("image/jpeg")},
				}}}}},
			}})
		}
		resps = append(resps, obj{
			{"formId", decoy("1FAIpQLS" + r.b64(36))},
			{"responseId", decoy("ACYDBN" + r.b64(60))},
			{"createTime", plain(r.isoMs(2024, 2024))},
			{"lastSubmittedTime", plain(r.isoMs(2024, 2024))},
			{"respondentEmail", cont(em)},
			{"answers", ans},
		})
	}
	return obfuscated(obj{{"responses", resps}})
}

// asDecoy marks a free-text leaf with nothing sensitive in it as a decoy
// (a public key pasted into a form).
func (l leaf) asDecoy() leaf {
	l.label.Decoy = true
	return l
}

// dietAnswers are the checked boxes of a dietary question: allergies and
// intolerances are health, preferences are not.
func dietAnswers(r *rng) []leaf {
	var out []leaf
	for _, d := range r.pickSome(r.in(1, 2), "Vegetarian", "Gluten-free (celiac)", "Nut allergy (anaphylactic)", "Halal", "Lactose intolerant", "Shellfish allergy") {
		if d == "Vegetarian" || d == "Halal" {
			out = append(out, plain(d))
		} else {
			out = append(out, hlth(d))
		}
	}
	return out
}
