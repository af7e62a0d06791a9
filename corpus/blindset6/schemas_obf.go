package blindset6

import (
	"fmt"
	"strings"
)

// crmIntegrator: a home security and AV integrator's Salesforce-style CRM
// export (REST API JSON): an Account with standard fields and numbered
// custom fields (Custom_Field_NN__c) that hold the site's gate and alarm
// codes, camera recorder, Wi-Fi and subnet, and its Contacts, Assets and
// Cases. The custom fields are the obfuscated part.
func crmIntegrator(g *rng) any {
	loc := one(g, "en", "en", "de", "fr")
	c1 := g.personOf(loc)
	var a addr
	var phone func() string
	switch loc {
	case "de":
		a, phone = g.addrDE(), g.phoneDE
	case "fr":
		a, phone = g.addrFR(), g.phoneFR
	default:
		if g.chance(50) {
			a, phone = g.addrUK(), g.phoneUK
		} else {
			a, phone = g.addrUS(), g.phoneUS
		}
	}
	lan := g.lanPrefix()
	nvr := g.lanIP(lan)
	nvrModel := one(g, "Hikvision DS-7608NI-K2/8P", "Dahua NVR4208-8P-4KS2", "Ubiquiti UNVR", "Axis S3008")
	cf := func(n int, l leaf) field { return field{fmt.Sprintf("Custom_Field_%02d__c", n), l.obf()} }
	contacts := arr{}
	for j := 0; j < g.in(1, 2); j++ {
		pp := g.personOf(loc)
		if j == 0 {
			pp = c1
		}
		contacts = append(contacts, obj{
			{"attributes", obj{{"type", plain("Contact")}}},
			{"Id", decoy("003" + g.s(alnum, 15))},
			{"FirstName", cont(pp.first)},
			{"LastName", cont(pp.last)},
			{"Email", cont(g.email(pp))},
			{"MobilePhone", cont(phone())},
			{"HasOptedOutOfEmail", decoy(g.chance(20))},
			cf(2, cred(g.s(num, 4))),
			cf(5, plain(one(g, "Primary", "Keyholder", "Billing"))),
		})
	}
	assets := arr{}
	for _, as := range some(g, g.in(1, 2),
		[3]string{"Front Door Cam", "DS-2CD2386G2-IU", "HIK-2386G2"},
		[3]string{"Driveway PTZ", "SD49425XB-HNR", "DAH-SD494"},
		[3]string{"Garden Cam", "G5 Bullet", "UBQ-UVC-G5B"},
		[3]string{"Hall Keypad", "Ajax KeyPad Plus", "AJX-KPP-W"},
		[3]string{"Cinema Room AVR", "Denon AVR-X3800H", "DEN-X3800H"},
	) {
		assets = append(assets, obj{
			{"Id", decoy("02i" + g.s(alnum, 15))},
			{"Name", dev(as[0])},
			{"Product2Code", decoy(as[2])},
			{"Model__c", dev(as[1])},
			{"SerialNumber", dev(g.s(uc+num, 12))},
			{"InstallDate", decoy(g.date())},
			{"Status", plain(one(g, "Installed", "Installed", "RMA", "Removed"))},
			cf(31, macAddr(g.mac())),
			cf(32, netw(g.lanIP(lan))),
		})
	}
	cases := arr{}
	for j := 0; j < g.in(1, 2); j++ {
		sub, body := crmCase(g, c1, nvr, lan)
		cases = append(cases, obj{
			{"CaseNumber", decoy(fmt.Sprintf("%08d", g.in(10000, 99999)))},
			{"Subject", sub},
			{"Description", body},
			{"Priority", plain(one(g, "Low", "Medium", "High"))},
		})
	}
	fw := dev(fmt.Sprintf("V%d.%d.%03d build %s", g.in(4, 5), g.in(20, 80), g.n(200), strings.ReplaceAll(g.date()[2:], "-", "")))
	return obj{
		{"attributes", obj{
			{"type", plain("Account")},
			{"url", decoy("/services/data/v59.0/sobjects/Account/001" + g.s(alnum, 15))},
		}},
		{"Id", decoy("001" + g.s(alnum, 15))},
		{"Name", cont(c1.last + one(g, " Residence", " Household", " - Home"))},
		{"Type", plain(one(g, "Customer - Residential", "Customer - SMB"))},
		{"BillingStreet", cont(a.street)},
		{"BillingPostalCode", cont(a.zip)},
		{"BillingCity", cont(a.city)},
		{"BillingCountry", decoy(map[string]string{"en": "GB", "de": "DE", "fr": "FR"}[loc])},
		{"Phone", cont(phone())},
		{"OwnerId", decoy("005" + g.s(alnum, 15))},
		{"AnnualRevenue", null()},
		{"LastModifiedDate", decoy(g.isoMs()[:23] + "+0000")},
		cf(3, cred(g.s(num, 4)+"#")),
		cf(7, netw(lan+".0/24")),
		cf(8, netw(nvr)),
		cf(9, cred(g.password())),
		cf(11, netw(g.ssid(c1))),
		cf(12, cred(g.passphrase())),
		cf(14, cred(g.s(num, 6))),
		cf(15, dev(nvrModel)),
		cf(16, dev(g.s(uc+num, 9)+g.s(num, 6))),
		cf(18, decoy(float64(len(assets)))),
		cf(19, fw),
		cf(21, decoy(one(g, "39.99", "24.50", "59.00"))),
		cf(22, decoy("SC-"+g.s(num, 6))),
		cf(25, decoy(g.chance(50))),
		cf(27, cred("Atzr|"+g.s(urlb64, 110))),
		cf(28, plain(nil)),
		cf(29, decoy(g.sha1()[:7])),
		{"Contacts", obj{{"totalSize", plain(len(contacts))}, {"done", plain(true)}, {"records", contacts}}},
		{"Assets", obj{{"totalSize", plain(len(assets))}, {"done", plain(true)}, {"records", assets}}},
		{"Cases", obj{{"totalSize", plain(len(cases))}, {"done", plain(true)}, {"records", cases}}},
	}
}

func crmCase(g *rng, c person, nvr, lan string) (leaf, leaf) {
	switch g.n(5) {
	case 0:
		return prose(p("Cameras offline after ISP router swap")),
			prose(p("Customer "), p(c.first, contactCat), p(" got a new router, NVR at "), p(nvr, netCat), p(" not reachable. New Wi-Fi key given on the phone: "), p(g.passphrase(), credCat), p("."))
	case 1:
		return prose(p("Annual maintenance visit")),
			prose(p("Cleaned domes, replaced keypad battery (CR123A), firmware on "), p("DS-7608NI-K2", deviceCat), p(" updated. Invoice to follow."))
	case 2:
		return prose(p("Alarm code reset request")),
			prose(p("Keyholder asked to reset master code; new code "), p(g.s(num, 4), credCat), p(" set, old one removed. Call back "), p(g.phoneUK(), contactCat), p("."))
	case 3:
		return prose(p("Port forward for remote viewing")),
			prose(p("Opened "), p(fmt.Sprint(one(g, 8000, 554, 37777)), netCat), p(" on the router to "), p(nvr, netCat), p(", told customer to use the app instead of DDNS."))
	}
	return prose(p("Quote for extra camera")),
		prose(p("Wants one more bullet on the garage, send quote to "), p(g.email(c), contactCat), p("."))
}

// dnaKit: a consumer DNA-test company's sample record from a warehouse
// table with anonymised column names (attr_N), the report values as
// {"k","v"} rows, and a small "ext" block of unnamed login fields.
func dnaKit(g *rng) any {
	pp := g.personOf(one(g, "en", "en", "es", "de"))
	a := g.addrUS()
	if g.chance(40) {
		a = g.addrUK()
	}
	rows := arr{}
	add := func(k string, v leaf) {
		rows = append(rows, obj{{"k", decoy(k)}, {"v", v}})
	}
	add("APOE", hlth(one(g, "e3/e3", "e3/e4", "e4/e4", "e2/e3")))
	if g.chance(60) {
		add("BRCA1/2 (3 variants)", hlth(one(g, "variant not detected", "variant not detected", "185delAG detected")))
	}
	add("lactose", hlth(one(g, "likely tolerant", "likely intolerant")))
	add("hgt_cm_self", hlth(fmt.Sprint(g.in(150, 198))))
	add("wt_kg_self", hlth(fmt.Sprint(g.in(48, 120))))
	if g.chance(70) {
		add("dx_self", hlth(one(g, "Type 2 diabetes", "Celiac disease", "Hypothyroidism", "Migraine", "none")))
	}
	add("smoker", hlth(one(g, "never", "former", "current")))
	add("chip", decoy(one(g, "GSA-24v3", "v5.2", "OmniExpress-24")))
	add("qc_call_rate", decoy(fmt.Sprintf("%.4f", g.f(0.97, 0.999))))
	add("lab_batch", decoy(fmt.Sprintf("B%d-%03d", g.in(2022, 2025), g.n(400))))
	add("raw_sha256", decoy(g.sha256()))
	add("raw_url", cred(g.signedURL("raw-genomes.example.com", "kits/"+g.s(uc+num, 10)+".txt.zip")))
	return obfuscated(obj{
		{"rec", decoy(g.uuid())},
		{"attr_1", decoy("KT-" + g.s(uc+num, 4) + "-" + g.s(uc+num, 4))},
		{"attr_2", cont(g.email(pp))},
		{"attr_3", sexOf(fm(pp, "F", "M"))},
		{"attr_4", cont(g.dob())},
		{"attr_5", cont(pp.full())},
		{"attr_6", cont(a.street + ", " + a.city + " " + a.zip)},
		{"attr_7", cont(g.phoneUS())},
		{"attr_8", decoy(g.iso())},
		{"attr_9", plain(one(g, "REPORT_READY", "IN_LAB", "RESAMPLE", "SHIPPED"))},
		{"attr_10", cred(g.bcrypt())},
		{"attr_11", decoy(g.chance(40))},
		{"attr_12", decoy(round2(g.f(0.05, 0.2)))},
		{"attr_13", decoy(one(g, "199.00", "99.00", "229.00"))},
		{"attr_14", plain(nil)},
		{"vals", rows},
		{"ext", obj{
			{"f1", cred(g.ya29())},
			{"f2", dev(g.userAgent())},
			{"f3", netw(g.docIP())},
			{"f4", decoy(g.in(0, 5))},
		}},
	})
}

// wellnessScreening: an employer wellness programme's onsite biometric
// screening, exported with terse keys: the participant (c1..c5), the
// measurements as {"type","value","unit"} rows from the body-composition
// analyser, health-risk questionnaire answers as {"q","a"} rows, points,
// the SSO session, a coach's note.
func wellnessScreening(g *rng) any {
	pp := g.personOf(one(g, "en", "en", "de", "fr"))
	cm := g.in(150, 196)
	kg := round1(g.f(50, 125))
	rows := arr{}
	add := func(t string, v leaf, unit string) {
		rows = append(rows, obj{{"type", decoy(t)}, {"value", v}, {"unit", plain(unit)}})
	}
	add("weight", hlth(fmt.Sprint(kg)), "kg")
	add("height", hlth(fmt.Sprint(cm)), "cm")
	add("bmi", hlth(fmt.Sprint(bmi(kg, cm))), "kg/m2")
	add("body_fat", hlth(fmt.Sprintf("%.1f", g.f(9, 42))), "%")
	add("bone_mass", hlth(fmt.Sprintf("%.1f", g.f(2.1, 3.9))), "kg")
	add("muscle_mass", hlth(fmt.Sprintf("%.1f", g.f(22, 45))), "kg")
	if g.chance(70) {
		add("visceral_fat", hlth(fmt.Sprint(g.in(3, 18))), "level")
	}
	sys := g.in(100, 168)
	add("bp_sys", hlth(fmt.Sprint(sys)), "mmHg")
	add("bp_dia", hlth(fmt.Sprint(sys-g.in(30, 55))), "mmHg")
	add("total_chol", hlth(fmt.Sprint(g.in(130, 290))), "mg/dL")
	add("glucose_fasting", hlth(fmt.Sprint(g.in(70, 180))), "mg/dL")
	add("room_temp", decoy("21.5"), "C")
	add("station", decoy(fmt.Sprint(g.in(1, 6))), "")
	hra := arr{}
	for _, q := range some(g, 3,
		[2]string{"Q03", one(g, "never", "former", "current")},
		[2]string{"Q07", fmt.Sprint(g.in(0, 28))},
		[2]string{"Q11", fmt.Sprint(g.in(4, 9))},
		[2]string{"Q12", fmt.Sprint(g.in(1, 5))},
		[2]string{"Q15", one(g, "yes", "no")},
	) {
		hra = append(hra, obj{{"q", decoy(q[0])}, {"a", hlth(q[1])}})
	}
	coach := g.personOf("en")
	return obfuscated(obj{
		{"participant", obj{
			{"pid", decoy(g.in(100000, 999999))},
			{"org", plain("ACME-" + one(g, "EU", "UK", "US") + "-" + g.s(num, 2))},
			{"c1", cont(g.email(pp))},
			{"c2", cont(pp.full())},
			{"c3", sexOf(fm(pp, "F", "M"))},
			{"c4", decoy(g.in(0, 3))},
			{"c5", cont(one(g, g.phoneUK(), g.phoneUS(), g.phoneDE()))},
		}},
		{"screening", obj{
			{"event", decoy(g.uuid())},
			{"site", plain(one(g, "Leeds DC onsite", "Frankfurt HQ 3.OG", "Lyon Part-Dieu", "Austin campus"))},
			{"at", decoy(g.iso())},
			{"analyser", obj{
				{"m", dev(one(g, "InBody 570", "Tanita MC-780MA", "seca mBCA 555"))},
				{"sn", dev(g.s(uc, 2) + g.s(num, 8))},
			}},
			{"rows", rows},
		}},
		{"hra", hra},
		{"points", obj{
			{"earned", decoy(g.in(0, 3000))},
			{"tier", plain(one(g, "Bronze", "Silver", "Gold"))},
			{"reward_sku", decoy("RWD-" + g.s(uc+num, 6))},
		}},
		{"sso", obj{
			{"idp", plain(one(g, "okta", "entra", "ping"))},
			{"nameid", cont(g.email(pp))},
			{"rt", cred(g.opaque(48))},
			{"exp", plain(3600)},
		}},
		{"coach_note", prose(p(one(g, "Discussed ", "Follow-up on ")), p(one(g, "high BP, advised GP visit", "prediabetes range glucose", "sleep 5h/night and stress", "weight loss goal of 6 kg"), healthCat), p(". "), p(coach.first, contactCat), p("."))},
	})
}

// radiusAcct: an ISP's RADIUS accounting and authorisation rows for one
// subscriber, dumped from the AAA database: the radacct columns as a
// header plus positional rows, the subscriber's attributes (c1..c8), and
// radcheck / radreply attribute rows.
func radiusAcct(g *rng) any {
	loc := one(g, "pt", "br", "es", "de")
	pp := g.personOf(loc)
	user := strings.ToLower(pp.afirst+"."+strings.Fields(pp.alast)[0]) + "@" + one(g, "fibra", "adsl", "ftth") + ".dsl.example.net"
	nas := fmt.Sprintf("10.%d.%d.%d", g.in(200, 254), g.n(10), g.in(1, 30))
	wan := g.docIP()
	cpeMac := g.mac()
	header := arr{}
	for _, h := range []string{"radacctid", "acctsessionid", "username", "nasipaddress", "nasportid", "acctstarttime", "acctstoptime", "acctinputoctets", "acctoutputoctets", "callingstationid", "framedipaddress", "framedipv6prefix", "acctterminatecause"} {
		header = append(header, decoy(h))
	}
	rows := arr{}
	for j := 0; j < g.in(1, 2); j++ {
		var stop leaf = decoy(g.local())
		cause := plain(one(g, "User-Request", "Lost-Carrier", "Port-Error", "Session-Timeout"))
		if j == 0 && g.chance(50) {
			stop, cause = null(), plain("")
		}
		rows = append(rows, arr{
			decoy(g.in(10000000, 99999999)),
			decoy(g.s(HX, 8) + "-" + g.s(HX, 8)),
			cont(user),
			netw(nas),
			netw(fmt.Sprintf("xe-0/0/%d.%d:%d-%d", g.n(4), g.in(100, 4000), g.in(100, 4000), g.in(1, 900))),
			decoy(g.local()),
			stop,
			decoy(g.in(1000000, 900000000)),
			decoy(g.in(1000000, 900000000)),
			macAddr(cpeMac),
			netw(wan),
			netw(fmt.Sprintf("2001:db8:%x:%x00::/56", g.n(0xffff), g.in(1, 0xff))),
			cause,
		})
	}
	cpe := one(g, "FRITZ!Box 7530 AX", "ZTE F670L", "Huawei HG8245H5", "Sagemcom F@st 5670")
	return obfuscated(obj{
		{"export", obj{
			{"nas_group", plain(one(g, "bng-porto-01", "bng-cps-02", "bras-vlc-01"))},
			{"generated", decoy(g.iso())},
			{"tool", decoy(fmt.Sprintf("radacct-dump %d.%d.%d", g.in(1, 3), g.n(10), g.n(10)))},
		}},
		{"subscriber", obj{
			{"c1", cont(pp.full())},
			{"c2", cont(user)},
			{"c3", plain(one(g, "pool-res-07", "pool-biz-02", "cgnat-03"))},
			{"c4", plain(one(g, "FIBRA 500M", "FTTH 1G", "ADSL 20M"))},
			{"c5", cont(radiusAddr(g, loc))},
			{"c6", dev(cpe)},
			{"c7", dev(g.s(uc+num, 12))},
			{"c8", decoy(g.in(0, 40))},
		}},
		{"radacct", obj{
			{"columns", header},
			{"rows", rows},
		}},
		{"radcheck", arr{
			obj{{"attribute", decoy("Cleartext-Password")}, {"op", plain(":=")}, {"value", cred(g.password())}},
			obj{{"attribute", decoy("Simultaneous-Use")}, {"op", plain(":=")}, {"value", decoy("1")}},
		}},
		{"radreply", arr{
			obj{{"attribute", decoy("Framed-IP-Address")}, {"op", plain(":=")}, {"value", netw(wan)}},
			obj{{"attribute", decoy("Framed-Route")}, {"op", plain("+=")}, {"value", netw(fmt.Sprintf("198.51.100.%d/29 %s 1", g.in(0, 30)*8, wan))}},
			obj{{"attribute", plain("Mikrotik-Rate-Limit")}, {"op", plain(":=")}, {"value", plain(one(g, "500M/250M", "1G/500M", "20M/2M"))}},
			obj{{"attribute", plain("Session-Timeout")}, {"op", plain(":=")}, {"value", plain("86400")}},
			obj{{"attribute", decoy("Delegated-IPv6-Prefix")}, {"op", plain(":=")}, {"value", netw(fmt.Sprintf("2001:db8:%x::/56", g.n(0xffff)))}},
		}},
	})
}

func radiusAddr(g *rng, loc string) string {
	switch loc {
	case "pt":
		return fmt.Sprintf("%s %d, %04d-%03d %s", one(g, "Rua de Santa Catarina", "Av. Fernão de Magalhães", "Rua do Almada"), g.in(1, 900), g.in(4000, 4499), g.n(999), one(g, "Porto", "Matosinhos", "Gaia"))
	case "es":
		a := g.addrES()
		return a.street + ", " + a.zip + " " + a.city
	case "br":
		a := g.addrBR()
		return a.street + ", " + fmt.Sprint(g.in(1, 2000)) + " - " + a.city + "/" + a.region + ", " + a.zip
	}
	a := g.addrDE()
	return a.street + ", " + a.zip + " " + a.city
}
