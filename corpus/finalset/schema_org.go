package finalset

import (
	"fmt"
	"math/rand/v2"
	"strings"

	"github.com/leakscope/leakscope/corpus"
)

// kidtablet-mdm: a school's kid-tablet mobile-device-management export.
func genMDM(r *rand.Rand) *node {
	school := pick(r, "Escola Básica do Vale", "Riverside Primary", "Grundschule am Hang", "Colegio Santa Ana")
	dom := pick(r, "school.internal", "edu.lan", "schule.local", "colegio.intra")
	root := obj().add("tenant", obj().
		add("id", str(uuid(r), lDecoy)).
		add("name", str(school, lDecoy)).
		add("enrollment_token", str(rs(r, upAlnum, 20), lCred)).
		add("api_key", str(pick(r, "mdm_live_"+rs(r, alnum, 32), googleKey(r)), lCred)).
		add("seat_count", intv(int64(between(r, 40, 900)), lDecoy)).
		add("device_count", intv(int64(between(r, 40, 900)), lDecoy)).
		add("ip_allowlist_enabled", boolv(chance(r, 0.3), lDecoy)))
	devs := arr()
	psk := passphrase(r)
	wssid := pick(r, "EDU-Tablets", "Escola-Alunos", "SchuleWLAN", "RPS-Students")
	for i := 0; i < between(r, 1, 3); i++ {
		kid := personOf(r, "pt", "en", "de", "es", "in", "ng")
		par := personOf(r, kid.cult)
		par.last = kid.last
		d := obj().
			add("udid", str(pick(r, uuid(r), rs(r, hexLow, 40)), lDev)).
			add("serial_number", str(serial(r, "KT", 10), lDev)).
			add("model", str(pick(r, "KidTab 10 (2023)", "KidTab Mini 8", "EduPad S"), lDev)).
			add("model_identifier", str(pick(r, "KT10,2", "KT8,1", "EPS,3"), lDev)).
			add("os_version", str(pick(r, "KidOS 14.2", "Android 13", "Android 12", "KidOS 15.0.1"), lDev)).
			add("build_version", str(pick(r, "TQ3A.230901.001", "21C5"+rs(r, digits, 2)+"a", "SP1A.210812.016"), lDev)).
			add("wifi_mac", str(mac(r), lMAC)).
			add("last_checkin", str(iso(when(r)), lDev)).
			add("enrolled_at", str(iso(when(r)), lDecoy)).
			add("battery_level", flt(r.Float64(), 2, lNone)).
			add("storage_capacity_gb", intv(int64(pick(r, 32, 64, 128)), lDecoy)).
			add("is_supervised", boolv(true, lDecoy))
		d.opt(chance(r, 0.5), "imei", func() *node { return str(imei(r), lDev) })
		d.opt(chance(r, 0.4), "bluetooth_mac", func() *node { return str(mac(r), lMAC) })
		d.opt(chance(r, 0.4), "ip_address", func() *node { return str(privIP(r), lNet) })
		d.opt(chance(r, 0.3), "hostname", func() *node { return str("kt-"+rs(r, hexLow, 6)+"."+dom, lNet) })
		d.opt(chance(r, 0.5), "asset_tag", func() *node { return str(fmt.Sprint(between(r, 1000, 9999)), lDecoy) })
		u := obj().
			add("student_id", str(fmt.Sprint(between(r, 100000, 999999)), lDecoy)).
			add("first_name", str(kid.first, lContact)).
			add("last_name", str(kid.last, lContact)).
			add("username", str(username(r, kid), lContact)).
			add("grade", str(pick(r, "3A", "4B", "5", "2nd", "Klasse 4c"), lNone))
		if chance(r, 0.7) {
			g := obj().add("name", str(par.western(), lContact)).add("email", str(email(r, par), lContact))
			g.opt(chance(r, 0.6), "phone", func() *node { return str(phoneOf(r, par), lContact) })
			u.add("guardian", g)
		}
		d.add("assigned_user", u)
		if chance(r, 0.3) {
			t := &text{}
			ph := phoneOf(r, par)
			t.w(pick(r, "This tablet belongs to ", "Lost tablet of ")).v(kid.first, corpus.Contact).w(pick(r, ". Please call ", ". Call ")).v(ph, corpus.Contact)
			d.add("lost_mode", obj().
				add("enabled", boolv(true, lDecoy)).
				add("message", t.leaf(corpus.HardFreeText)).
				add("phone", str(ph, lContact)))
		} else {
			d.add("lost_mode", obj().add("enabled", boolv(false, lDecoy)).add("message", null(lDecoy)))
		}
		d.add("wifi_profiles", arr(obj().
			add("ssid", str(wssid, lNet)).
			add("security", str(pick(r, "WPA2", "WPA2-Enterprise", "WPA3"), lDecoy)).
			add("psk", str(psk, lCred)).
			add("auto_join", boolv(true, lDecoy)).
			add("mac_randomization", boolv(chance(r, 0.5), lDecoy)).
			add("proxy", str(pick(r, "proxy."+dom+":3128", "10.20.0.8:8080"), lNet))))
		apps := arr()
		for j := 0; j < between(r, 1, 4); j++ {
			nm := pick(r, "MathQuest", "ReadAlong", "Scratchy", "Atlas Kids", "TypingHero")
			apps.push(obj().
				add("bundle_id", str("com.example."+strings.ToLower(nm), lNone)).
				add("name", str(nm, lDecoy)).
				add("version", str(semver(r), lDev)).
				add("size_mb", flt(fbetween(r, 5, 900), 1, lDecoy)))
		}
		d.add("apps", apps)
		d.add("restrictions", obj().add("camera", boolv(chance(r, 0.5), lDecoy)).add("app_store", boolv(false, lDecoy)).add("passcode_min_length", intv(int64(pick(r, 4, 6)), lDecoy)))
		d.opt(chance(r, 0.4), "unlock_passcode", func() *node { return str(rs(r, digits, pick(r, 4, 6)), lCred) })
		devs.push(d)
	}
	root.add("devices", devs)
	root.add("export_schema", str(dottedVersion(r), lDecoy))
	return root
}

// hotel-pms: a hotel property-management guest export, keyed by reservation.
func genHotel(r *rand.Rand) *node {
	root := obj()
	for i := 0; i < between(r, 1, 3); i++ {
		p := personOf(r)
		a := addressOf(r, p)
		key := fmt.Sprintf("RSV-%05d-%s", r.IntN(99999), rs(r, "ABCDEFGH", 1))
		for root.has(key) {
			key += "X"
		}
		arr0 := when(r)
		g := obj().
			add("First Name", str(p.first, lContact)).
			add("Last Name", str(p.last, lContact)).
			add("E-Mail Address", str(email(r, p), lContact)).
			add("Phone #", str(phoneOf(r, p), lContact)).
			add("Nationality", str(cultures[p.cult].cc, lDecoy)).
			add("Date of Birth", str(birth(r).Format("02-Jan-2006"), lContact))
		if chance(r, 0.7) {
			g.add("Passport No.", str(rs(r, "ABCDEFGHJKLMNPRSTUVWXYZ", pick(r, 1, 2))+rs(r, digits, 7), lContact))
			g.add("Doc. Type", str(pick(r, "PASSPORT", "ID CARD"), lDecoy))
		}
		g.opt(chance(r, 0.3), "Gender", func() *node { return str(string(p.sex), lGender) })
		g.add("Home Address", obj().
			add("Line 1", str(a.street, lContact)).
			add("City", str(a.city, lContact)).
			add("Post Code", str(a.postcode, lContact)).
			add("Country", str(a.cc, lDecoy)))
		res := obj().
			add("Conf. #", str(rs(r, digits, 9), lDecoy)).
			add("Status", str(pick(r, "CHECKED IN", "RESERVED", "CHECKED OUT", "NO SHOW"), lDecoy)).
			add("Arrival", str(day(arr0), lDecoy)).
			add("Departure", str(day(arr0.AddDate(0, 0, between(r, 1, 9))), lDecoy)).
			add("Room", str(fmt.Sprint(between(r, 1, 9)*100+between(r, 1, 40)), lNone)).
			add("Room Type", str(pick(r, "DBL-SUP", "TWN-STD", "KING-DLX", "SUITE-JR"), lDecoy)).
			add("Rate Code", str(pick(r, "BAR", "CORP-ACME", "AAA", "PKG-SPA"), lDecoy)).
			add("Nightly Rate", str(price(r, 69, 480), lDecoy)).
			add("Currency", str(pick(r, "EUR", "GBP", "USD", "JPY"), lDecoy)).
			add("Adults", intv(int64(between(r, 1, 3)), lDecoy)).
			add("Children", intv(int64(r.IntN(3)), lDecoy)).
			add("Guest", g)
		if chance(r, 0.4) {
			c := personOf(r, p.cult)
			res.add("Accompanying", arr(obj().add("Name", str(c.western(), lContact)).add("DOB", str(birth(r).Format("02-Jan-2006"), lContact))))
		}
		if chance(r, 0.6) {
			res.add("Loyalty", obj().add("Member #", str(rs(r, digits, 10), lDecoy)).add("Tier", str(pick(r, "Silver", "Gold", "Platinum"), lDecoy)))
		}
		res.add("Payment", obj().
			add("Card Brand", str(pick(r, "VISA", "MC", "AMEX"), lDecoy)).
			add("Card Last 4", str(rs(r, digits, 4), lDecoy)).
			add("Card Token", str("tok_"+rs(r, alnum, 24), lCred)).
			add("Deposit", str(price(r, 0, 300), lDecoy)))
		if chance(r, 0.6) {
			res.add("Key Card", obj().add("Encoder", str("ENC-"+fmt.Sprint(between(r, 1, 9)), lDecoy)).add("Key Data", str(rs(r, hexUp, 32), lCred)).add("Keys Issued", intv(int64(between(r, 1, 3)), lDecoy)))
		}
		res.opt(chance(r, 0.5), "Wi-Fi Voucher", func() *node { return str(rs(r, upAlnum, 8), lCred) })
		if chance(r, 0.6) {
			t := &text{}
			switch r.IntN(5) {
			case 0:
				t.w("Guest is ").v(pick(r, "allergic to shellfish", "coeliac - gluten free breakfast", "a wheelchair user, needs accessible room", "diabetic, fridge for insulin"), corpus.Health).w(".")
			case 1:
				t.w("VIP. Call mobile ").v(phoneOf(r, p), corpus.Contact).w(" on arrival.")
			case 2:
				t.w("Late checkout ").d(fmt.Sprintf("%d:00", between(r, 12, 15))).w(" approved, folio ").d(ticket(r, "F"))
			case 3:
				t.w("Company invoice to ").v(workEmail(p, pick(r, "acme-logistics.example", "globex.example")), corpus.Contact)
			default:
				t.w("Feather-free pillows, quiet room")
			}
			res.add("Notes", t.leaf(corpus.HardFreeText))
		}
		res.opt(chance(r, 0.3), "Special Requests", func() *node {
			return arr(str(pick(r, "crib", "high floor", "twin beds", "early check-in"), lNone))
		})
		root.add(key, res)
	}
	return root
}

// vault-export: a password manager's unencrypted JSON export.
func genVault(r *rand.Rand) *node {
	p := personOf(r)
	fids := []string{uuid(r), uuid(r)}
	root := obj().add("encrypted", boolv(false, lDecoy)).
		add("folders", arr(
			obj().add("id", str(fids[0], lDecoy)).add("name", str(pick(r, "Home", "Casa", "Privat"), lDecoy)),
			obj().add("id", str(fids[1], lDecoy)).add("name", str(pick(r, "Work", "Trabalho", "Arbeit"), lDecoy))))
	items := arr()
	base := func(name string, typ int) *node {
		it := obj().
			add("id", str(uuid(r), lDecoy)).
			add("folderId", pick(r, str(fids[0], lDecoy), str(fids[1], lDecoy), null(lDecoy))).
			add("type", intv(int64(typ), lDecoy)).
			add("name", str(name, lDecoy)).
			add("favorite", boolv(chance(r, 0.2), lDecoy)).
			add("revisionDate", str(isoMs(when(r)), lDecoy)).
			add("creationDate", str(isoMs(when(r)), lDecoy))
		return it
	}
	lan := lanPrefix(r)
	n := between(r, 2, 5)
	for i := 0; i < n; i++ {
		switch r.IntN(7) {
		case 0, 1: // web login
			site := pick(r, "Netflix", "Amazon", "Webmail", "Bank", "Steam", "Finanzamt", "Portal das Finanças")
			it := base(site, 1)
			lg := obj().
				add("username", str(pick(r, email(r, p), username(r, p)), lContact)).
				add("password", str(password(r), lCred)).
				add("uris", arr(obj().add("match", null(lDecoy)).add("uri", str("https://"+pick(r, "login", "accounts", "www")+"."+slug(site)+".example/", lNone)))).
				add("passwordRevisionDate", null(lDecoy))
			if chance(r, 0.4) {
				lg.add("totp", str(pick(r, totpSeed(r), "otpauth://totp/"+site+":"+slug(p.first)+"?secret="+totpSeed(r)+"&issuer="+site), lCred))
			} else {
				lg.add("totp", null(lDecoy))
			}
			it.add("login", lg)
			it.add("notes", null(lDecoy))
			if chance(r, 0.4) {
				it.add("passwordHistory", arr(obj().add("lastUsedDate", str(isoMs(when(r)), lDecoy)).add("password", str(password(r), lCred))))
			}
			items.push(it)
		case 2: // router
			it := base(pick(r, "Router admin", "FRITZ!Box", "Home router", "Modem MEO"), 1)
			it.add("login", obj().
				add("username", str(pick(r, "admin", "root", "user"), lContact)).
				add("password", str(password(r), lCred)).
				add("uris", arr(obj().add("match", null(lDecoy)).add("uri", str(pick(r, "http://"+lan+".1", "https://"+lan+".1:8443", "http://fritz.box"), lNet)))).
				add("totp", null(lDecoy)))
			t := &text{}
			t.w("SSID: ").v(ssid(r), corpus.NetworkLayout).w("\nWLAN key: ").v(passphrase(r), corpus.Credential)
			if chance(r, 0.5) {
				t.w("\nDHCP ").v(lan+".100-"+lan+".199", corpus.NetworkLayout)
			}
			it.add("notes", t.leaf(corpus.HardFreeText))
			items.push(it)
		case 3: // card
			it := base(pick(r, "Visa", "Mastercard Gold", "Cartão Multibanco"), 3)
			it.add("card", obj().
				add("cardholderName", str(strings.ToUpper(p.western()), lContact)).
				add("brand", str(pick(r, "Visa", "Mastercard", "Amex"), lDecoy)).
				add("number", str(card(r), lCred)).
				add("expMonth", str(fmt.Sprint(between(r, 1, 12)), lDecoy)).
				add("expYear", str(fmt.Sprint(between(r, 2025, 2031)), lDecoy)).
				add("code", str(rs(r, digits, 3), lCred)))
			it.opt(chance(r, 0.5), "fields", func() *node {
				return arr(obj().add("name", str("PIN", lDecoy)).add("value", str(rs(r, digits, 4), lCred)).add("type", intv(1, lDecoy)))
			})
			items.push(it)
		case 4: // identity
			a := addressOf(r, p)
			it := base("Personal ID", 4)
			it.add("identity", obj().
				add("title", null(lDecoy)).
				add("firstName", str(p.first, lContact)).
				add("middleName", null(lDecoy)).
				add("lastName", str(p.last, lContact)).
				add("address1", str(a.street, lContact)).
				add("city", str(a.city, lContact)).
				add("postalCode", str(a.postcode, lContact)).
				add("country", str(a.cc, lDecoy)).
				add("email", str(email(r, p), lContact)).
				add("phone", str(phoneOf(r, p), lContact)).
				add("passportNumber", str(rs(r, upAlnum, 9), lContact)))
			items.push(it)
		case 5: // cloud keys as custom fields
			it := base(pick(r, "AWS prod", "Stripe", "GitHub deploy", "SendGrid"), 2)
			it.add("secureNote", obj().add("type", intv(0, lDecoy)))
			var f *node
			switch it.kids[3].raw {
			case `"AWS prod"`:
				f = arr(
					obj().add("name", str("Access key ID", lDecoy)).add("value", str(awsKeyID(r), lCred)).add("type", intv(0, lDecoy)),
					obj().add("name", str("Secret access key", lDecoy)).add("value", str(awsSecret(r), lCred)).add("type", intv(1, lDecoy)))
			case `"Stripe"`:
				f = arr(obj().add("name", str("secret key", lDecoy)).add("value", str(stripeKey(r), lCred)).add("type", intv(1, lDecoy)),
					obj().add("name", str("webhook secret", lDecoy)).add("value", str(whsec(r), lCred)).add("type", intv(1, lDecoy)))
			case `"GitHub deploy"`:
				f = arr(obj().add("name", str("token", lDecoy)).add("value", str(ghp(r), lCred)).add("type", intv(1, lDecoy)))
			default:
				f = arr(obj().add("name", str("api key", lDecoy)).add("value", str(sendgrid(r), lCred)).add("type", intv(1, lDecoy)))
			}
			it.add("fields", f)
			it.add("notes", null(lDecoy))
			items.push(it)
		default: // ssh key note
			it := base(pick(r, "NAS ssh key", "deploy key", "Raspberry Pi ssh"), 2)
			t := &text{}
			t.w("host ").v(pick(r, "nas01.lan", lan+"."+fmt.Sprint(between(r, 2, 250)), "git.corp.internal"), corpus.NetworkLayout).w(" port ").v(fmt.Sprint(pick(r, 22, 2222, 22022)), corpus.NetworkLayout).w("\n").v(pem(r), corpus.Credential)
			it.add("notes", t.leaf(corpus.HardFreeText))
			it.add("secureNote", obj().add("type", intv(0, lDecoy)))
			items.push(it)
		}
	}
	root.add("items", items)
	return root
}

// ldap-dump: a corporate Active Directory dump, keyed by distinguished name.
func genLDAP(r *rand.Rand) *node {
	dc := pick(r, "DC=corp,DC=example,DC=com", "DC=ad,DC=acme,DC=example", "DC=intra,DC=globex,DC=test")
	fq := strings.ToLower(strings.ReplaceAll(strings.ReplaceAll(dc, "DC=", ""), ",", "."))
	ou := pick(r, "OU=Users,OU=Lisbon", "OU=Staff,OU=Berlin", "OU=Employees", "OU=Users,OU=Madrid")
	root := obj()
	var userDNs []string
	for i := 0; i < between(r, 1, 3); i++ {
		p := personOf(r)
		dn := "CN=" + p.western() + "," + ou + "," + dc
		if root.has(dn) {
			continue
		}
		mg := personOf(r)
		sam := strings.ToLower(slug(p.first)[:1] + slug(p.last))
		if len(sam) > 20 {
			sam = sam[:20]
		}
		u := obj().
			add("objectClass", arr(str("top", lDecoy), str("person", lDecoy), str("organizationalPerson", lDecoy), str("user", lDecoy))).
			add("cn", str(p.western(), lContact)).
			add("sn", str(p.last, lContact)).
			add("givenName", str(p.first, lContact)).
			add("displayName", str(p.last+", "+p.first, lContact)).
			add("distinguishedName", str(dn, lContact)).
			add("sAMAccountName", str(sam, lContact)).
			add("userPrincipalName", str(sam+"@"+fq, lContact)).
			add("mail", str(workEmail(p, fq), lContact)).
			add("title", str(pick(r, "Accountant", "Sr. Software Engineer", "HR Business Partner", "Warehouse Lead"), lNone)).
			add("department", str(pick(r, "Finance", "R&D", "People", "Logistics"), lNone)).
			add("manager", str("CN="+mg.western()+","+ou+","+dc, lContact)).
			add("memberOf", arr(str("CN=VPN-Users,OU=Groups,"+dc, lNone), str("CN="+pick(r, "Finance-RW", "Dev-Admins", "HR-Confidential")+",OU=Groups,"+dc, lNone))).
			add("objectGUID", str(uuid(r), lDecoy)).
			add("objectSid", str(fmt.Sprintf("S-1-5-21-%d-%d-%d-%d", r.Uint32(), r.Uint32(), r.Uint32(), between(r, 1100, 9000)), lDecoy)).
			add("whenCreated", str(when(r).Format("20060102150405.0Z"), lDecoy)).
			add("pwdLastSet", str(fmt.Sprint(133000000000000000+r.Int64N(9000000000000000)), lDecoy)).
			add("badPwdCount", str(fmt.Sprint(r.IntN(4)), lDecoy)).
			add("userAccountControl", str(pick(r, "512", "66048", "514"), lDecoy)).
			add("lastLogonTimestamp", str(fmt.Sprint(133000000000000000+r.Int64N(9000000000000000)), lDecoy))
		u.opt(chance(r, 0.7), "telephoneNumber", func() *node { return str(phoneOf(r, p), lContact) })
		u.opt(chance(r, 0.5), "mobile", func() *node { return str(phoneOf(r, p), lContact) })
		u.opt(chance(r, 0.5), "homeDirectory", func() *node {
			return str(`\\fs01.`+fq+`\home$\`+sam, L(corpus.NetworkLayout, corpus.Contact))
		})
		if chance(r, 0.4) {
			a := addressOf(r, p)
			u.add("streetAddress", str(a.street, lContact)).add("l", str(a.city, lContact)).add("postalCode", str(a.postcode, lContact))
		}
		u.opt(chance(r, 0.3), "userPassword", func() *node { return str(ssha(r), lCred) })
		u.opt(chance(r, 0.2), "ntPwdHistory", func() *node { return str(strings.ToUpper(md5hex(r)), lCred) })
		if chance(r, 0.25) {
			t := &text{}
			t.w(pick(r, "temp pw ", "Initial password: ", "reset to ")).v(password(r), corpus.Credential).w(pick(r, " given by phone", " - must change", ""))
			u.add("info", t.leaf(corpus.HardFreeText))
		}
		u.add("employeeID", str(rs(r, digits, 6), lDecoy))
		root.add(dn, u)
		userDNs = append(userDNs, dn)
	}
	for i := 0; i < between(r, 0, 2); i++ {
		host := pick(r, "WS-", "LT-", "SRV-FS", "SRV-SQL") + rs(r, digits, 4)
		dn := "CN=" + host + ",OU=" + pick(r, "Workstations", "Servers", "Laptops") + "," + dc
		c := obj().
			add("objectClass", arr(str("top", lDecoy), str("computer", lDecoy))).
			add("cn", str(host, lNet)).
			add("dNSHostName", str(strings.ToLower(host)+"."+fq, lNet)).
			add("operatingSystem", str(pick(r, "Windows 11 Enterprise", "Windows Server 2022 Standard", "Windows 10 Pro"), lDev)).
			add("operatingSystemVersion", str(pick(r, "10.0 (22631)", "10.0 (20348)", "10.0 (19045)"), lDev)).
			add("lastLogonTimestamp", str(fmt.Sprint(133000000000000000+r.Int64N(9000000000000000)), lDev)).
			add("servicePrincipalName", arr(str("HOST/"+strings.ToLower(host)+"."+fq, lNet), str("HOST/"+host, lNet))).
			add("whenCreated", str(when(r).Format("20060102150405.0Z"), lDecoy)).
			add("objectGUID", str(uuid(r), lDecoy))
		c.opt(chance(r, 0.4), "ms-Mcs-AdmPwd", func() *node { return str(rs(r, alnum+"#%+", 20), lCred) })
		c.opt(chance(r, 0.3), "networkAddress", func() *node { return str(privIP(r), lNet) })
		if len(userDNs) > 0 && chance(r, 0.5) {
			c.add("managedBy", str(userDNs[0], lContact))
		}
		if !root.has(dn) {
			root.add(dn, c)
		}
	}
	if len(userDNs) > 0 && chance(r, 0.5) {
		g := obj().
			add("objectClass", arr(str("top", lDecoy), str("group", lDecoy))).
			add("cn", str(pick(r, "VPN-Users", "Finance-RW", "All-Staff"), lDecoy)).
			add("groupType", str("-2147483646", lDecoy))
		ms := arr()
		for _, u := range userDNs {
			ms.push(str(u, lContact))
		}
		g.add("member", ms)
		root.add("CN="+g.kids[1].raw[1:len(g.kids[1].raw)-1]+",OU=Groups,"+dc, g)
	}
	if chance(r, 0.4) {
		t := &text{}
		t.w("Backup service account. ").v("pw: "+password(r), corpus.Credential).w(pick(r, " (do not rotate)", "", " - see ticket ")).d(ticket(r, "INC"))
		root.add("CN=svc_backup,OU=Service Accounts,"+dc, obj().
			add("objectClass", arr(str("user", lDecoy))).
			add("sAMAccountName", str("svc_backup", lContact)).
			add("description", t.leaf(corpus.HardFreeText)).
			add("servicePrincipalName", arr(str("MSSQLSvc/srv-sql01."+fq+":1433", lNet))))
	}
	if len(root.keys) == 0 {
		root.add("CN=Guest,CN=Users,"+dc, obj().add("objectClass", arr(str("user", lDecoy))).add("sAMAccountName", str("Guest", lContact)).add("userAccountControl", str("66082", lDecoy)))
	}
	return root
}
