package corpus

import (
	"fmt"
	"strconv"
	"strings"
)

// Customers.

func buildCustomers(d *dg) {
	b := d.b
	p := d.person()
	a := d.address()
	b.str(d.k("customer_id", "cust_id", "id"), d.recordID(), none())
	switch d.intn(3) {
	case 0:
		b.str(d.k("first_name", "given_name", "fname"), p.first, contact())
		b.str(d.k("last_name", "family_name", "surname", "lname"), p.last, contact())
	case 1:
		b.str(d.k("name", "full_name", "customer_name"), p.full(), contact())
	default:
		b.obj(d.k("name", "person"), func() {
			b.str(d.k("first", "given"), p.first, contact())
			b.str(d.k("last", "family"), p.last, contact())
			if d.chance(0.3) {
				b.str(d.k("title", "salutation"), d.pick("Mr", "Ms", "Dr", "Mx"), none())
			}
		})
	}
	b.str(d.k("email", "email_address", "contact_email"), d.emailOf(p), contact())
	switch d.intn(3) {
	case 0:
		b.str(d.k("phone", "phone_number", "tel", "mobile"), d.phone(), contact())
	case 1:
		b.arr(d.k("phones", "phone_numbers", "contact_numbers"), func() {
			for range d.between(1, 3) {
				b.obj("", func() {
					b.str(d.k("type", "kind", "label"), d.pick("mobile", "home", "work"), none())
					b.str(d.k("number", "value", "phone"), d.phone(), contact())
				})
			}
		})
	}
	d.shuffled(
		func() { d.postalAddress(a) },
		func() {
			if d.chance(0.5) {
				b.str(d.k("dob", "date_of_birth", "birthday", "birth_date"), d.dob(), contact())
			}
		},
		func() {
			if d.chance(0.3) {
				b.str(d.k("profile_photo", "avatar", "photo_url", "picture"), d.photoURL(), contact())
			}
		},
	)
	if d.chance(0.4) {
		b.arr(d.k("orders", "purchases"), func() {
			for range d.between(1, 3) {
				b.obj("", func() {
					b.str(d.k("order_id", "order_no"), "WZ"+d.rs(digits, 9), none())
					b.str(d.k("sku", "item"), d.pick("WYZEC2-W", "WYZECP1-2PK", "WLPP1-4PK", "WVOD1-B"), decoy())
					b.float(d.k("price", "amount", "total"), float64(d.between(1999, 12999))/100, 2, none())
					if d.chance(0.4) {
						b.float(d.k("shipping_weight_kg", "parcel_weight_kg"), d.floatIn(0.2, 2.5), 2, decoy())
					}
					if d.chance(0.3) {
						b.obj(d.k("ship_to", "shipping_address"), func() {
							b.str(d.k("street", "line1"), a.street, contact())
							b.str(d.k("city"), a.city, contact())
							b.str(d.k("zip", "postcode"), a.postcode, contact())
						})
					}
					d.timestamp(d.k("ordered_at", "created_at"), none())
				})
			}
		})
	}
	if d.chance(0.3) {
		// A city alone, without street or postcode, is not contact data.
		b.obj(d.k("segment", "analytics"), func() {
			b.str(d.k("city", "top_city"), d.pick("Seattle", "Chicago", "Berlin", "Leeds"), none())
			b.str(d.k("country", "country_code"), d.pick("US", "DE", "GB"), decoy())
			b.str(d.k("tier", "segment"), d.pick("gold", "silver", "new"), none())
		})
	}
	if d.chance(0.5) {
		b.bool(d.k("marketing_opt_in", "newsletter"), d.chance(0.4), none())
	}
	if d.chance(0.4) {
		b.str(d.k("locale", "language"), d.pick("en-US", "en-GB", "fr-CA", "nl-NL"), none())
	}
	d.timestamp(d.k("created_at", "signup_date", "since"), none())
	d.sprinkle(d.intn(3))
}

// postalAddress writes an address: the street, and city and postcode
// (which are contact together), in one of several shapes.
func (d *dg) postalAddress(a address) {
	b := d.b
	switch d.intn(4) {
	case 0:
		b.str(d.k("address", "postal_address", "addr", "mailing_address"), a.oneLine(), contact())
	case 1:
		b.arr(d.k("address_lines", "address"), func() {
			b.str("", a.street, contact())
			b.str("", a.postcode+" "+a.city, contact())
			b.str("", a.country, none())
		})
	default:
		// A state or province is an address part inside an address (the
		// held-out sets' authors agree); a bare one is coarser than a city.
		region := none()
		parts := func() {
			b.str(d.k("street", "street_address", "line1", "address1", "addr1"), a.street, contact())
			b.str(d.k("city", "town", "locality"), a.city, contact())
			if d.chance(0.4) {
				b.str(d.k("state", "region", "province"), a.region, region)
			}
			b.str(d.k("postcode", "zip", "postal_code", "zip_code", "plz"), a.postcode, contact())
			b.str(d.k("country", "country_code"), a.country, decoy())
		}
		if d.chance(0.6) {
			region = contact()
			b.obj(d.k("address", "billing_address", "addr", "home_address"), parts)
		} else if d.chance(0.5) {
			region = contact()
			b.flat(d.k("address", "addr"), d.pick(".", "_", "/"), parts)
		} else {
			parts()
		}
	}
}

// Support tickets.

// A segment is one sentence of a ticket and what it embeds.
type segment struct {
	text  string
	label Label
}

func (d *dg) sensitiveSegment(p person) segment {
	switch d.intn(16) {
	case 0:
		return segment{"Call me on " + d.phone() + " if that's easier.", contact()}
	case 1:
		return segment{"You can mail me at " + d.emailOf(p) + ".", contact()}
	case 2:
		return segment{"My wifi password is " + d.plainPassword() + " in case you need it.", cred()}
	case 3:
		return segment{"The router is at " + d.privateIP() + ".", netw()}
	case 4:
		return segment{"Our network is called " + d.ssid() + ".", netw()}
	case 5:
		return segment{"My camera '" + d.pick(nicknames...) + "' stopped working yesterday.", device()}
	case 6:
		fw, _ := d.fwVersion()
		return segment{"It's a " + d.pick(wyzeModels...) + " on firmware " + fw + ".", device()}
	case 7:
		return segment{"My account password is " + d.plainPassword() + ", please check the login.", cred()}
	case 8:
		a := d.address()
		return segment{"Please ship the replacement to " + a.oneLine() + ".", contact()}
	case 9:
		return segment{fmt.Sprintf("I'm %d cm and %d kg and the scale says my body fat is %d%%, which can't be right.", d.between(155, 195), d.between(50, 110), d.between(10, 40)), health()}
	case 10:
		return segment{"The camera MAC is " + d.mac() + ".", macLabel()}
	case 11:
		return segment{"This is " + p.full() + " from the beta program.", contact()}
	case 12:
		return segment{"Here is the token the app showed: " + d.lwaAccess()[:60] + ".", cred()}
	case 13:
		return segment{"The " + d.pick(productNames...) + " in the " + d.pick("nursery", "garage", "hallway") + " keeps dropping off wifi.", device()}
	case 14:
		return segment{"I'm on " + d.phoneOS() + " with app " + d.appVersion() + ".", device()}
	default:
		return segment{"I was diagnosed with " + d.pick("type 2 diabetes", "hypertension", "sleep apnea") + " so I rely on the heart rate readings.", health()}
	}
}

var plainSegments = []string{
	"The app keeps crashing after the latest update.",
	"Live stream shows error code 90 every evening.",
	"I already power-cycled it twice.",
	"Is there an ETA for the fix?",
	"Night vision is blurry since last week.",
	"It worked fine until last Tuesday.",
	"Motion alerts arrive about a minute late.",
	"The SD card recording stops after a few hours.",
	"Thanks for the quick reply!",
	"Two-factor login is not sending the code.",
	"The order hasn't arrived yet.",
	"Could you escalate this please?",
	"Sound is out of sync with the video.",
	"I reset it to factory settings, no luck.",
}

// ticketText returns a message and its label; sensitive is the chance
// that the message embeds something sensitive.
func (d *dg) ticketText(p person, sensitive float64) (string, Label) {
	var parts []string
	var ls []Label
	if d.chance(0.6) {
		parts = append(parts, d.pick("Hi,", "Hello,", "Hey team,", "Good morning,"))
	}
	n := d.between(1, 3)
	for range n {
		parts = append(parts, d.pick(plainSegments...))
	}
	if d.chance(sensitive) {
		for range d.between(1, 3) {
			s := d.sensitiveSegment(p)
			at := d.intn(len(parts) + 1)
			parts = append(parts[:at], append([]string{s.text}, parts[at:]...)...)
			ls = append(ls, s.label)
		}
	}
	if d.chance(0.3) {
		parts = append(parts, d.pick("Thanks", "Regards", "Cheers")+",")
		if d.chance(0.5) {
			parts = append(parts, p.first)
			ls = append(ls, contact())
		}
	}
	return strings.Join(parts, d.pick(" ", " ", "\n")), merge(ls...)
}

func buildSupportTicket(d *dg) {
	b := d.b
	p := d.person()
	b.str(d.k("ticket_id", "id", "case_number"), d.pick("TCK-"+strconv.Itoa(d.between(10000, 999999)), strconv.Itoa(d.between(100000, 9999999))), none())
	b.str(d.k("status"), d.pick("open", "pending", "solved", "closed"), none())
	b.str(d.k("priority"), d.pick("low", "normal", "high", "urgent"), none())
	b.str(d.k("channel", "via"), d.pick("email", "web", "app", "chat"), none())
	if d.chance(0.8) {
		b.obj(d.k("requester", "customer", "from"), func() {
			if d.chance(0.7) {
				b.str(d.k("name"), p.full(), contact())
			}
			b.str(d.k("email"), d.emailOf(p), contact())
			if d.chance(0.2) {
				b.str(d.k("phone"), d.phone(), contact())
			}
		})
	}
	if d.chance(0.4) {
		b.str(d.k("product", "device", "product_name"), d.pick(productNames...), device())
	}
	t, l := d.subject(p)
	b.str(d.k("subject", "title", "summary"), t, l.withHard(HardFreeText))
	b.arr(d.k("messages", "comments", "conversation", "thread"), func() {
		agent := d.person()
		for i := range d.between(1, 4) {
			b.obj("", func() {
				fromCustomer := i%2 == 0
				role := "agent"
				if fromCustomer {
					role = "customer"
				}
				b.str(d.k("author_type", "from", "role"), role, none())
				if !fromCustomer && d.chance(0.6) {
					b.str(d.k("agent", "author", "agent_name"), agent.first+" "+agent.last[:1]+".", contact())
				}
				var t string
				var l Label
				if fromCustomer {
					t, l = d.ticketText(p, 0.6)
				} else {
					t, l = d.agentReply(p)
				}
				b.str(d.k("body", "text", "message", "content"), t, l.withHard(HardFreeText))
				d.timestamp(d.k("created_at", "sent_at", "ts"), none())
				if d.chance(0.2) {
					b.bool(d.k("public", "is_public"), true, none())
				}
			})
		}
	})
	if d.chance(0.5) {
		b.arr(d.k("tags"), func() {
			for _, t := range []string{"camera", "wifi", "app", "billing", "scale"}[:d.between(1, 3)] {
				b.str("", t, none())
			}
		})
	}
	d.timestamp(d.k("created_at", "opened_at"), none())
	d.sprinkle(d.intn(2))
}

// subject returns a ticket subject line and its label.
func (d *dg) subject(p person) (string, Label) {
	switch d.intn(10) {
	case 0:
		return "Camera '" + d.pick(nicknames...) + "' offline", device()
	case 1:
		return "Please call back on " + d.phone(), contact()
	case 2:
		return "Router " + d.privateIP() + " blocks my camera", netw()
	case 3:
		return "Account of " + p.full() + " locked", contact()
	}
	return d.pick("Camera offline", "Cannot log in", "Refund request", "Scale readings wrong",
		"Error code 90", "App crash on start", "Doorbell not ringing", "Question about my order"), Label{}
}

func (d *dg) agentReply(p person) (string, Label) {
	var ls []Label
	parts := []string{}
	if d.chance(0.6) {
		parts = append(parts, "Hi "+p.first+",")
		ls = append(ls, contact())
	} else {
		parts = append(parts, "Hello,")
	}
	parts = append(parts, d.pick(
		"Thanks for reaching out.",
		"Sorry for the trouble.",
		"I've forwarded this to our engineers.",
	))
	parts = append(parts, d.pick(
		"Could you send us the device MAC address and a log from the app?",
		"Please try reinstalling the app and power-cycling the camera.",
		"A fix is planned for the next firmware release.",
		"Never share your password with anyone, including us.",
	))
	return strings.Join(parts, " "), merge(ls...)
}
