package blindset8

import (
	"fmt"
	"strings"
)

// pbx-cdr-csv: an IP-PBX backup of a Spanish clinic chain's switchboard
// with opaque keys: export block, SIP peers as a column list and
// positional rows (extension, name, user agent, IP, port, MAC, secret,
// voicemail PIN), the CDR header and raw CDR CSV lines, IVR rows c1..c5
// with the PIN the caller keyed in, voicemail rows f1..f4 with the
// transcription, the trunk as a1..a5, and fail2ban log lines.

func pbxCDR(g *rng) any {
	lan := "10." + fmt.Sprint(g.in(1, 60)) + "." + fmt.Sprint(g.in(0, 20))
	host := fmt.Sprintf("pbx%02d.%s.internal", g.in(1, 3), one(g, "clinicasol", "centromed", "fisiobarna"))
	var peers arr
	var staff []person
	for i := 0; i < g.in(2, 3); i++ {
		s := g.personOf(one(g, "es", "es", "ar", "mx"))
		staff = append(staff, s)
		phone := one(g, []string{"Yealink SIP-T54W", "96.86.0.70"}, []string{"Yealink SIP-T46U", "108.86.0.45"}, []string{"Grandstream GXP2170", "1.0.11.74"}, []string{"Snom D785", "10.1.159.12"}, []string{"Fanvil X4U", "2.12.1.14"})
		peers = append(peers, arr{
			decoy(fmt.Sprint(200 + i + g.n(40))),
			cont(s.full()),
			dev(phone[0] + " " + phone[1]),
			netw(g.lanIP(lan)),
			netw(5060),
			macAddr(strings.ToLower(strings.ReplaceAll(g.mac(), "-", ":"))),
			cred(g.s(alnum, 16)),
			cred(fmt.Sprintf("%04d", g.n(10000))),
		})
	}
	header := "accountcode,src,dst,dcontext,clid,channel,dstchannel,lastapp,lastdata,start,answer,end,duration,billsec,disposition,amaflags,uniqueid"
	var cdrs arr
	for i := 0; i < g.in(2, 3); i++ {
		c := g.personOf(one(g, "es", "es", "ar", "pt", "en"))
		num := strings.ReplaceAll(g.phoneES(), " ", "")
		st := g.epoch()
		dur := g.in(5, 600)
		ext := 200 + g.n(40)
		line := fmt.Sprintf(`"","%s","%d","from-trunk","""%s"" <%s>","PJSIP/trunk-%08x","PJSIP/%d-%08x","Dial","PJSIP/%d,20","%s","%s","%s",%d,%d,"ANSWERED","DOCUMENTATION","%d.%d"`,
			num, ext, c.full(), num, g.n(1<<30), ext, g.n(1<<30), ext, epochTime(st), epochTime(st+3), epochTime(st+dur), dur, dur-3, st, g.n(900))
		cdrs = append(cdrs, multi(line, contactCat))
	}
	var ivr arr
	for i := 0; i < g.in(1, 2); i++ {
		ivr = append(ivr, obj{
			{"c1", cont(g.phoneES())},
			{"c2", plain(one(g, "menu_citas", "menu_resultados", "menu_recetas"))},
			{"c3", cred(fmt.Sprintf("%06d", g.n(1_000_000)))},
			{"c4", decoy(g.in(10, 240))},
			{"c5", plain(epochTime(g.epoch()))},
		})
	}
	var vms arr
	for i := 0; i < g.in(1, 2); i++ {
		c := g.personOf(one(g, "es", "ar"))
		var t []piece
		switch g.n(5) {
		case 0:
			t = []piece{p("Hola, soy "), p(c.full(), contactCat), p(", llamo para cambiar la cita de "), p(one(g, "fisioterapia de la rodilla", "la revisión de la tiroides", "la ecografía del embarazo"), healthCat), p(". Mi número es "), p(g.phoneES(), contactCat), p(".")}
		case 1:
			t = []piece{p("Buenos días, necesito la receta de "), p(one(g, "Sintrom 4 mg", "Eutirox 50", "Lyrica 75"), healthCat), p(" para mi madre, "), p(c.full(), contactCat), p(".")}
		case 2:
			t = []piece{p("Soy el técnico, el teléfono de recepción "), p(one(g, "Yealink SIP-T54W", "Grandstream GXP2170"), deviceCat), p(" no registra, tiene la IP "), p(g.lanIP(lan), netCat), p(".")}
		case 3:
			t = []piece{p("Llamada sin mensaje.")}
		default:
			t = []piece{p("Mensaje para "), p(one(g, staff...).first, contactCat), p(": mándame los resultados a "), p(g.email(c), contactCat), p(", gracias.")}
		}
		ext := 200 + g.n(40)
		vms = append(vms, obj{
			{"f1", decoy(fmt.Sprint(ext))},
			{"f2", cont(fmt.Sprintf(`"%s" <%s>`, c.full(), strings.ReplaceAll(g.phoneES(), " ", "")))},
			{"f3", prose(t...)},
			{"f4", plain(fmt.Sprintf("/var/spool/asterisk/voicemail/default/%d/INBOX/msg%04d.wav", ext, g.n(40)))},
			{"f5", decoy(g.in(2, 180))},
		})
	}
	var f2b arr
	for i := 0; i < g.in(1, 2); i++ {
		ip := g.docIP()
		port := g.in(5060, 5090)
		f2b = append(f2b, prose(
			p(fmt.Sprintf("[%s] NOTICE[%d] res_pjsip/pjsip_distributor.c: Request 'REGISTER' from '\"%d\" <sip:%d@", epochTime(g.epoch()), g.in(1000, 9999), 1000+g.n(100), 1000+g.n(100))),
			p(ip, netCat), p(">' failed for '"), p(fmt.Sprintf("%s:%d", ip, port), netCat),
			p("' (callid: "+g.s(hx, 32)+") - No matching endpoint found"),
		))
	}
	return obfuscated(obj{
		{"x", obj{
			{"h", netw(host)},
			{"v", decoy(one(g, "16.0.40.7", "17.0.19.5", "20.7.4"))},
			{"tz", plain("Europe/Madrid")},
			{"t", plain(g.epoch())},
		}},
		{"peers", obj{
			{"cols", stringsOf(plain, "ext", "name", "ua", "ip", "port", "mac", "secret", "vm_pin")},
			{"rows", peers},
		}},
		{"cdr_hdr", decoy(header)},
		{"cdr", cdrs},
		{"ivr", ivr},
		{"vm", vms},
		{"trunk", obj{
			{"a1", plain("sip." + one(g, "voz", "telefonia", "trunk") + ".example.net")},
			{"a2", cont(fmt.Sprintf("%d%s", g.in(91000, 91999), g.s(num, 4)))},
			{"a3", cred(g.s(alnum, 14))},
			{"a4", cont(one(g, "+34 91 555 0", "+34 93 555 0") + g.s(num, 3))},
			{"a5", netw(g.docIP())},
			{"a6", decoy(one(g, 1, 2, 4, 8))},
		}},
		{"f2b", f2b},
	})
}
