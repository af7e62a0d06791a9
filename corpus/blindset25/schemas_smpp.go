package blindset25

import "fmt"

// sexualhealthSMPP: a sexual-health clinic sends results and reminders by
// SMS through an SMPP 3.4 bind to an aggregator; a sniffer saved the
// session as decoded PDUs, each a positional array: capture time, source
// and destination address:port, the header [command_length, command_id,
// command_status, sequence_number], the mandatory parameters in
// specification order, and optional TLVs as [tag, length, value]. The
// bind carries the system_id and password; submit_sm carries the
// patient's number and the message; deliver_sm carries delivery receipts
// and patients' replies.
func sexualhealthSMPP(r *rng) any {
	t := r.when()
	clinics := []string{"Riverside SHS", "Leeds Centre SH", "Harrogate GUM", "Airedale SH Clinic"}
	clinic := clinics[r.IntN(len(clinics))]
	sender := r.pick("SHClinic", "SexHealth", "GUMclinic", "SHSLeeds")
	esme := r.lan()
	src := fmt.Sprintf("%s:%d", esme.host(r.in(10, 60)), r.in(40000, 60999))
	smsc := fmt.Sprintf("%s:%d", r.wan(), r.pickInt(2775, 2776, 3550))
	seq := r.in(1, 400)
	ts := unixMs(t)
	var pdus arr
	add := func(out bool, cmd int, status int, body arr, tlvs arr) {
		ts += int64(r.in(2, 3000))
		dir := "o"
		if !out {
			dir = "i"
		}
		seq++
		pdus = append(pdus, arr{plain(ts), plain(dir), arr{plain(16 + 20*len(body)), plain(cmd), plain(status), plain(seq)}, body, tlvs})
	}
	msgID := func() string { return r.HEX(r.pickInt(10, 16)) }

	sysID := r.pick("shc_", "sh_", "gum_") + r.from(lowerNum, 6)
	add(true, 0x00000009, 0, arr{cont(sysID), cred(r.smppPassword()), plain(r.pick("", "VMA", "SMPP")), plain(0x34), plain(1), plain(1), plain("")}, arr{})
	add(false, 0x80000009, 0, arr{plain(r.pick("SMSC", "GW01", "smppgw"))}, arr{arr{plain(0x0210), plain(1), plain(0x34)}})

	var ids []string
	for i := 0; i < r.in(2, 3); i++ {
		pt := r.english()
		to := r.ukDigits()
		ref := fmt.Sprintf("%s%05d", r.from(upperAl, 2), r.in(0, 99999))
		var ps []piece
		switch r.IntN(5) {
		case 0:
			ps = []piece{p("Hi "), p(pt.first, contactC), p(", "), p("your recent tests at "+clinic+" were all negative", healthC), p(". No further action needed.")}
		case 1:
			ps = []piece{p("Hi "), p(pt.first, contactC), p(", please call us on "), p(r.leedsLine(), contactC), p(" about your results. Ref " + ref)}
		case 2:
			ps = []piece{p("Your "), p(r.pick("chlamydia", "gonorrhoea", "syphilis")+" test was positive. Treatment: "+r.pick("doxycycline 100mg twice daily for 7 days", "ceftriaxone injection - book today", "benzathine penicillin injection"), healthC), p(". Ref " + ref)}
		case 3:
			ps = []piece{p("Reminder: "), p("PrEP review", healthC), p(" " + day(after(t, r.in(1440, 30000))) + " 10:30 at " + clinic + ". Reply STOP to opt out.")}
		default:
			ps = []piece{p("Your " + clinic + " login code is "), p(r.digits(6), credC), p(". It expires in 10 minutes.")}
		}
		msg := prose(ps...)
		s := msg.val.(string)
		body := arr{
			plain(""), plain(5), plain(0), plain(sender), plain(1), plain(1), cont(to),
			plain(0), plain(0), plain(0), plain(""), plain(""), plain(1), plain(0), plain(0), plain(0), plain(len(s)), msg,
		}
		tl := arr{arr{plain(0x0204), plain(2), decoy(r.in(1, 65000))}}
		add(true, 0x00000004, 0, body, tl)
		id := msgID()
		ids = append(ids, id)
		add(false, 0x80000004, 0, arr{decoy(id)}, arr{})

		// delivery receipt
		var rc leaf
		if r.chance(0.5) {
			rc = prose(append([]piece{p(fmt.Sprintf("id:%s sub:001 dlvrd:001 submit date:%s done date:%s stat:DELIVRD err:000 text:", id, after(t, 1).Format("0601021504"), after(t, 2).Format("0601021504")))}, prefixPieces(ps, 20)...)...)
		} else {
			rc = prose(p(fmt.Sprintf("id:%s sub:001 dlvrd:000 submit date:%s done date:%s stat:UNDELIV err:001", id, after(t, 1).Format("0601021504"), after(t, 2).Format("0601021504"))))
		}
		add(false, 0x00000005, 0, arr{
			plain(""), plain(1), plain(1), cont(to), plain(5), plain(0), plain(sender),
			plain(4), plain(0), plain(0), plain(""), plain(""), plain(0), plain(0), plain(0), plain(0), plain(len(rc.val.(string))), rc,
		}, arr{arr{plain(0x001E), plain(len(id) + 1), decoy(id)}, arr{plain(0x0427), plain(1), plain(r.pickInt(2, 5))}})
		add(true, 0x80000005, 0, arr{plain("")}, arr{})

		// a reply from the patient
		if r.chance(0.5) {
			var mo leaf
			switch r.IntN(3) {
			case 0:
				mo = prose(p("Can I come in Thursday? "), p(r.pick("Still burning when I pee", "The rash is back", "Partner has symptoms too"), healthC))
			case 1:
				mo = prose(p("This is "), p(pt.first, contactC), p(", new number, old one was "), p(r.ukMobile(), contactC))
			default:
				mo = prose(p("STOP"))
			}
			add(false, 0x00000005, 0, arr{
				plain(""), plain(1), plain(1), cont(to), plain(0), plain(0), plain(r.pick("60777", "81025", sender)),
				plain(0), plain(0), plain(0), plain(""), plain(""), plain(0), plain(0), plain(0), plain(0), plain(len(mo.val.(string))), mo,
			}, arr{})
			add(true, 0x80000005, 0, arr{plain("")}, arr{})
		}
	}
	add(true, 0x00000015, 0, arr{}, arr{})
	add(false, 0x80000015, 0, arr{}, arr{})
	add(true, 0x00000006, 0, arr{}, arr{})

	return obfuscated(obj{
		{"cap", arr{plain("smpp-sniff"), decoy(r.semver()), plain("eth0"), arr{netw(src), netw(smsc)}, plain(unixMs(t))}},
		{"p", pdus},
		{"n", decoy(len(pdus))},
		{"sha1", decoy(r.hex(40))},
	})
}

// prefixPieces keeps at most n bytes of text from the start of ps, as an
// SMSC quotes the start of a message in its receipt. A labelled piece is
// kept whole or not at all, so the labels stay exact.
func prefixPieces(ps []piece, n int) []piece {
	var out []piece
	left := n
	for _, q := range ps {
		if len(q.s) <= left {
			out = append(out, q)
			left -= len(q.s)
			continue
		}
		if len(q.cats) == 0 && len(q.anyOf) == 0 && left > 0 {
			out = append(out, p(q.s[:left]))
		}
		break
	}
	return out
}
