package blindset9

import (
	"fmt"
	"strings"
)

// cpap-cloud-codes: a CPAP / APAP machine's nightly upload to a sleep-
// therapy cloud with short opaque keys: device block (serial, model code
// and name, firmware, modem IMEI / ICCID, RSSI, modem IP), patient block u
// (name, e-mail, birth date, height, weight, diagnosis, prescription,
// clinician, password hash, token), nightly therapy as [code, value] rows
// (AHI, leak, usage, pressures, central and obstructive events, mask
// on/off; beside them device temperature, humidity, humidifier level and
// run counters), an InfluxDB line-protocol string of the night, and a
// clinician's or patient's comment.

func cpap(g *rng) any {
	pt := g.personOf(one(g, "en", "en", "da", "fi", "ca"))
	cl := g.personOf("en")
	models := [][2]string{{"37207", "AirSense 10 AutoSet"}, {"39000", "AirSense 11 AutoSet"}, {"DSX500", "DreamStation 2 Auto"}, {"PR-700", "Prisma SMART"}, {"G3A20", "Luna G3 APAP"}}
	md := one(g, models...)
	sn := fmt.Sprintf("%d%09d", g.in(22, 23), g.n(1_000_000_000))
	fw := fmt.Sprintf("SX%03d-%04d", g.in(500, 599), g.in(100, 999))
	ahi := round1(g.f(0.4, 24))
	usage := round1(g.f(1.5, 9.2))
	leak := round1(g.f(2, 38))
	p95 := round1(g.f(7, 15))
	night := g.epoch()
	lp := fmt.Sprintf("therapy,sn=%s,mdl=%s ahi=%.1f,leak95=%.1f,usage_h=%.1f,p95=%.1f,oa=%di,ca=%di %d000000000", sn, md[0], ahi, leak, usage, p95, g.in(0, 60), g.in(0, 30), night)
	rows := []struct {
		k string
		v leaf
	}{
		{"a1", hlth(ahi)},
		{"a2", hlth(leak)},
		{"a3", hlth(usage)},
		{"a4", hlth(p95)},
		{"a5", hlth(round1(g.f(4, 10)))},
		{"e1", hlth(g.in(0, 60))},
		{"e2", hlth(g.in(0, 30))},
		{"e3", hlth(g.in(0, 12))},
		{"m1", hlth(g.in(1, 8))},
		{"t1", decoy(round1(g.f(24, 38)))},
		{"t2", decoy(round1(g.f(25, 70)))},
		{"h1", decoy(g.in(0, 8))},
		{"r1", decoy(g.in(100, 4000))},
		{"r2", decoy(g.in(1, 900))},
	}
	p := make(arr, len(rows))
	order := g.r.Perm(len(rows))
	for i, j := range order {
		p[i] = arr{plain(rows[j].k), rows[j].v}
	}
	var c []piece
	switch g.n(5) {
	case 0:
		c = []piece{p_("Mask leak high since switching to "), p_(one(g, "AirFit F20", "DreamWear nasal", "AirFit N30i"), healthCat), p_(", refit booked. Pt reports "), p_(one(g, "dry mouth", "morning headaches", "aerophagia"), healthCat), p_(".")}
	case 1:
		c = []piece{p_("Spoke to "), p_(pt.first, contactCat), p_(" on "), p_(g.phoneUS(), contactCat), p_(", usage below 4 h for compliance.")}
	case 2:
		c = []piece{p_("Modem not reporting; last seen from "), p_(g.lanIP("10.200."+fmt.Sprint(g.in(0, 255))), netCat), p_(".")}
	case 3:
		c = []piece{p_("AHI residual "), p_(fmt.Sprintf("%.1f", ahi), healthCat), p_(" – increase min pressure to "), p_(fmt.Sprintf("%d cmH2O", g.in(6, 10)), healthCat), p_(".")}
	default:
		c = []piece{p_("Download OK.")}
	}
	return obfuscated(obj{
		{"v", decoy(one(g, "2.4.0.1", "3.1.2.7", "2.9.14"))},
		{"ts", plain(night)},
		{"d", obj{
			{"sn", dev(sn)},
			{"mc", dev(md[0])},
			{"mn", dev(md[1])},
			{"fw", dev(fw)},
			{"imei", dev(g.imei())},
			{"iccid", dev(g.iccid("1"))},
			{"rssi", plain(-g.in(60, 110))},
			{"ip", netw(g.lanIP("10.200." + fmt.Sprint(g.in(0, 255))))},
			{"ls", dev(g.iso())},
		}},
		{"u", obj{
			{"n", cont(pt.full())},
			{"e", cont(g.email(pt))},
			{"b", cont(g.dob())},
			{"h", hlth(g.in(150, 196))},
			{"w", hlth(round1(g.f(55, 160)))},
			{"dx", hlth(one(g, "G47.33", "G47.31", "G47.30 Sleep apnea, unspecified", "G47.33 Obstructive sleep apnea"))},
			{"rx", hlth(one(g, fmt.Sprintf("APAP %d-%d cmH2O", g.in(4, 7), g.in(12, 20)), fmt.Sprintf("CPAP %d cmH2O", g.in(6, 14))))},
			{"mask", hlth(one(g, "AirFit F20", "AirFit N30i", "DreamWear Nasal", "Eson 2"))},
			{"cl", cont(cl.first[:1] + ". " + cl.last)},
			{"dme", plain(one(g, "Apria", "Lincare", "AdaptHealth", "local DME"))},
			{"pw", cred(g.bcrypt())},
			{"tk", cred(g.jwt())},
			{"ev", decoy(g.chance(80))},
		}},
		{"p", p},
		{"lp", multi(lp, deviceCat, healthCat)},
		{"c", prose(c...)},
		{"srv", decoy("upload." + strings.ToLower(one(g, "sleepsync", "airview", "carelink")) + ".example.com:443")},
	})
}

// p_ is p under another name, for functions that call a local p.
func p_(s string, cats ...string) piece { return p(s, cats...) }
