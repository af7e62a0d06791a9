package blindset9

import (
	"fmt"
	"strings"
)

// telco-simswap-tsv: a mobile operator's SIM-swap audit job: the TSV header
// as one string, the raw tab-separated lines as strings, the same lines
// parsed into short codes x_01..x_13 (MSISDN, old and new ICCID, IMEI,
// handset, customer name, ID check, store, agent user, PUK, store POS IP,
// care flag, fraud score), rejected lines and an analyst's comment.

func simswap(g *rng) any {
	header := "msisdn\ticcid_old\ticcid_new\timei\thandset\tcustomer\tid_check\tstore\tagent\tpuk\tpos_ip\tcare_flag\tscore"
	var lines, parsed arr
	for i := 0; i < g.in(2, 4); i++ {
		c := g.personOf(one(g, "en", "en", "hu", "ro", "fi"))
		ag := g.personOf("en")
		msisdn := "447700900" + g.s(num, 3)
		io, in := g.iccid("44"), g.iccid("44")
		imei := g.imei()
		hs, _ := g.phone()
		idc := one(g, "passport OK", "driving licence OK", "no ID – security Qs", "bank card match")
		store := fmt.Sprintf("ST%04d", g.n(10000))
		agent := strings.ToLower(ag.afirst + "." + ag.alast[:1])
		puk := g.s(num, 8)
		posIP := g.lanIP("10." + fmt.Sprint(g.in(100, 130)) + "." + fmt.Sprint(g.in(0, 60)))
		care := ""
		if g.chance(30) {
			care = one(g, "hearing impaired - text relay", "dementia - PoA on file", "visually impaired", "mental health - vulnerable")
		}
		score := fmt.Sprint(g.in(0, 99))
		raw := strings.Join([]string{msisdn, io, in, imei, hs, c.full(), idc, store, agent, puk, posIP, care, score}, "\t")
		cats := []string{contactCat, deviceCat, credCat, netCat}
		if care != "" {
			cats = append(cats, healthCat)
		}
		lines = append(lines, multi(raw, cats...))
		var careL leaf = plain("")
		if care != "" {
			careL = hlth(care)
		}
		parsed = append(parsed, obj{
			{"x_01", cont(msisdn)},
			{"x_02", dev(io)},
			{"x_03", dev(in)},
			{"x_04", dev(imei)},
			{"x_05", dev(hs)},
			{"x_06", cont(c.full())},
			{"x_07", plain(idc)},
			{"x_08", plain(store)},
			{"x_09", cont(agent)},
			{"x_10", cred(puk)},
			{"x_11", netw(posIP)},
			{"x_12", careL},
			{"x_13", decoy(score)},
		})
	}
	var rej arr
	for i := 0; i < g.in(0, 2); i++ {
		rej = append(rej, obj{
			{"line", decoy(g.in(2, 900))},
			{"reason", plain(one(g, "column count 12 != 13", "bad ICCID checksum", "empty msisdn"))},
			{"ref", decoy(fmt.Sprintf("0%d %d %d", g.in(7000, 7999), g.in(100, 999), g.in(100, 999)))},
		})
	}
	var comment []piece
	switch g.n(4) {
	case 0:
		comment = []piece{p("Two swaps within 40 min from store ST" + g.s(num, 4) + ", agent "), p(strings.ToLower(g.personOf("en").afirst), contactCat), p(" – escalate to fraud.")}
	case 1:
		comment = []piece{p("Customer called back from "), p(g.phoneUK(), contactCat), p(", confirmed the swap was not theirs.")}
	case 2:
		comment = []piece{p("Device "), p(g.imei(), deviceCat), p(" seen on both ICCIDs – likely SIM-box.")}
	default:
		comment = []piece{p("Batch clean, no action.")}
	}
	return obfuscated(obj{
		{"job", plain(fmt.Sprintf("simswap_audit_%dw%02d", g.in(2023, 2025), g.in(1, 52)))},
		{"delimiter", plain("\t")},
		{"header", decoy(header)},
		{"line_count", decoy(len(lines))},
		{"lines", lines},
		{"parsed", parsed},
		{"rejects", rej},
		{"analyst_comment", prose(comment...)},
		{"md5", decoy(g.md5())},
	})
}
