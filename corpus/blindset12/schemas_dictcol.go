package blindset12

import (
	"fmt"
	"strings"
)

// An office-campus visitor-management kiosk (iPad sign-in app) backup in
// a dictionary-encoded columnar format: every distinct string of the
// export is stored once in "d", and the tables under "t" (opaque names
// t0, t1, t2, a column count, no headers) hold integer references into
// it, -1 for null, with booleans and numbers inline. t0 is the visit log,
// t1 the kiosks and their badge printers, t2 the settings as
// name / value reference pairs.

// dictB builds the shared string dictionary.
type dictB struct {
	vals arr
	idx  map[string]int
}

func (d *dictB) ref(l leaf) leaf {
	if l.val == nil {
		return plain(-1)
	}
	k := fmt.Sprintf("%v|%v|%v|%v", l.val, l.label.Categories, l.label.AnyOf, l.label.Decoy)
	if i, ok := d.idx[k]; ok {
		return plain(i)
	}
	d.idx[k] = len(d.vals)
	d.vals = append(d.vals, l)
	return plain(len(d.vals) - 1)
}

var (
	visCompanies = []string{"Acme Logistics", "Northwind Traders", "Contoso Ltd", "Fabrikam Inc", "Globex Staffing", "Initech", "Umbrella HVAC", "Stark Couriers"}
	visPurpose   = []string{"Interview", "Vendor meeting", "Delivery", "Maintenance", "Audit", "Lunch guest", "Contractor onsite"}
	visScreen    = []string{"No symptoms reported", "No symptoms reported", "No symptoms reported", "Reports cough, no fever", "Recovering from COVID-19, day 8", "Pregnant - requests seating", "Uses wheelchair - needs ramp entrance", "Service dog (epilepsy alert)", "Allergic to latex - avoid lab B"}
	kioskPrint   = []string{"Brother QL-820NWB", "Zebra ZD421", "DYMO LabelWriter 550 Turbo", "Epson TM-L90"}
)

func visitorDictcol(r *rng) any {
	d := &dictB{idx: map[string]int{}}
	lan := r.lanPrefix()
	site := r.pick("HQ", "Bldg 2", "Lab Campus", "West Tower")
	var kiosks arr
	var knames []string
	for k := 0; k < 1+r.IntN(5)/4; k++ {
		kn := fmt.Sprintf("%s Lobby iPad %d", site, k+1)
		knames = append(knames, kn)
		kiosks = append(kiosks, arr{
			d.ref(dev(kn)),
			d.ref(dev(r.pick("iPad (10th generation)", "iPad Air (5th generation)", "iPad (9th generation)"))),
			d.ref(dev(r.pick("DMPX", "GG7Z", "F9FY") + r.upper(8))),
			d.ref(dev("iPadOS " + r.pick("17.4.1", "17.5", "16.7.8"))),
			d.ref(netw(fmt.Sprintf("%s.%d", lan, r.in(20, 80)))),
			d.ref(macAddr(r.mac(":", false))),
			d.ref(dev(r.pick(kioskPrint...))),
			d.ref(netw(fmt.Sprintf("%s.%d", lan, r.in(81, 120)))),
			d.ref(dev(r.iso(2024, 2024))),
		})
	}
	hosts := make([][2]string, r.in(1, 2))
	for i := range hosts {
		f, l := r.usFirst(), r.pick(usLast...)
		hosts[i] = [2]string{f + " " + l, strings.ToLower(f[:1]+l) + "@corp.example.com"}
	}
	voucher := r.upper(4) + "-" + r.upper(4)
	var visits arr
	for k := 0; k < r.in(1, 3); k++ {
		f, l := r.usFirst(), r.pick(usLast...)
		h := hosts[r.IntN(len(hosts))]
		scr := r.pick(visScreen...)
		screen := hlth(scr)
		if strings.HasPrefix(scr, "No symptoms") {
			screen = plain(scr)
		}
		photo := null()
		if r.chance(0.6) {
			photo = cont("https://kiosk.example.com/p/" + r.hexs(24) + ".jpg")
		}
		email := null()
		if r.chance(0.8) {
			email = cont(r.mail(ascii(f) + "." + ascii(l)))
		}
		visits = append(visits, arr{
			decoy(r.in(10000, 99999)),
			d.ref(cont(f + " " + l)),
			d.ref(email),
			d.ref(cont(r.us555())),
			d.ref(plain(r.pick(visCompanies...))),
			d.ref(cont(h[0])),
			d.ref(cont(h[1])),
			d.ref(plain(r.pick(visPurpose...))),
			d.ref(decoy(fmt.Sprintf("B-%05d", r.in(1, 99999)))),
			plain(r.chance(0.7)),
			d.ref(screen),
			d.ref(hlth(fmt.Sprintf("%.1f °F", r.f1(97, 100.4)))),
			d.ref(photo),
			d.ref(dev(knames[r.IntN(len(knames))])),
			d.ref(plain(r.iso(2024, 2024))),
			d.ref(cred(voucher)),
			decoy(r.in(5, 300)),
			d.ref(decoy("NDA v" + fmt.Sprint(r.in(1, 4)) + "." + fmt.Sprint(r.in(0, 9)))),
			d.ref(visitNote(r, h[0])),
		})
	}
	settings := []struct {
		k string
		v leaf
	}{
		{"guest_wifi_ssid", netw(r.pick("Guest", "Visitor", "Corp-Guest") + "-" + r.upper(3))},
		{"guest_wifi_psk", cred(r.alnum(12))},
		{"slack_webhook_url", cred("https://hooks.example.com/services/T" + r.upper(8) + "/B" + r.upper(10) + "/" + r.alnum(24))},
		{"admin_email", cont(r.mail("facilities"))},
		{"api_key", cred("vk_live_" + r.alnum(32))},
		{"sso_client_id", decoy(r.uuid())},
		{"badge_template_version", decoy(r.ver())},
		{"kiosk_admin_pin", cred(r.digits(6))},
		{"dns_server", netw(lan + ".10")},
		{"max_visitors_per_host", decoy(r.in(3, 20))},
		{"timezone", plain("America/Chicago")},
	}
	var pairs arr
	for _, i := range r.Perm(len(settings))[:r.in(4, 6)] {
		s := settings[i]
		v := s.v
		var vref leaf
		if _, isInt := v.val.(int); isInt {
			vref = v
		} else {
			vref = d.ref(v)
		}
		pairs = append(pairs, arr{d.ref(plain(s.k)), vref})
	}
	return obfuscated(obj{
		{"fmt", plain("dc2")},
		{"n", plain(len(d.vals))},
		{"d", d.vals},
		{"t", arr{
			obj{{"k", plain("t0")}, {"c", plain(19)}, {"r", visits}},
			obj{{"k", plain("t1")}, {"c", plain(9)}, {"r", kiosks}},
			obj{{"k", plain("t2")}, {"c", plain(2)}, {"r", pairs}},
		}},
		{"exported", plain(r.iso(2024, 2024))},
	})
}

// visitNote is the front desk's note on a visit, or null.
func visitNote(r *rng, host string) leaf {
	switch r.IntN(5) {
	case 0:
		return prose(p("Escort to lab B, host "), p(host, contactC), p(" notified"))
	case 1:
		return prose(p("Visitor asked for wifi, gave code on badge"))
	case 2:
		return prose(p("Felt faint in lobby, "), p(r.pick("diabetic, gave juice", "BP taken 88/54, sat down", "pregnant, offered water"), healthC))
	case 3:
		return prose(p("Laptop registered: "), p(r.pick("Dell XPS 13", "MacBook Pro 14", "ThinkPad X1 Carbon"), devC), p(" S/N "), p(r.upper(7), devC))
	}
	return null()
}
