package blindset21

import (
	"fmt"
	"strings"
)

// fortiEnc draws a FortiOS "ENC" value: SH2 password hash or reversible
// encrypted secret.
func (r *rng) fortiEnc(sh2 bool) string {
	if sh2 {
		return "ENC SH2" + r.b64(42)
	}
	return "ENC " + r.b64(66)
}

// teleradFortiAnalyzer is a teleradiology group's FortiAnalyzer JSON-RPC
// log search with a FortiOS configuration fragment pasted into a ticket.
func teleradFortiAnalyzer(r *rng) any {
	t0 := r.when()
	org := r.pick("telerad", "nightrad", "imagingcover", "radreport")
	lanNet := r.lan()
	pacsNet := r.lan()
	tun := fmt.Sprintf("10.212.%d", r.in(130, 140))
	wanIP := r.wan()
	fgSerial := "FG" + r.pick("100F", "60F", "200F") + "TK" + r.digits(2) + r.from(upperNum, 6)
	devname := "FGT-" + strings.ToUpper(org) + "-" + r.pick("HQ", "DC1", "EDGE")
	emsSN := "FCTEMS" + r.digits(10)
	session := r.b64(30)

	type rad struct {
		pr   person
		user string
	}
	var rads []rad
	for i := 0; i < r.in(2, 4); i++ {
		pr := r.english()
		rads = append(rads, rad{pr, strings.ToLower(ascii(pr.first[:1]) + "." + ascii(pr.last))})
	}

	request := obj{
		{"id", plain(2)},
		{"jsonrpc", plain("2.0")},
		{"method", plain("get")},
		{"params", arr{obj{{"url", plain(fmt.Sprintf("/logview/adom/root/logsearch/%d", r.in(100, 99999)))}, {"offset", plain(0)}, {"limit", plain(50)}, {"apiver", plain(3)}}}},
		{"session", cred(session)},
	}

	var logs arr
	lt := t0
	base := func(typ, sub, logid string) obj {
		lt = after(lt, -r.in(1, 90))
		return obj{
			{"date", plain(lt.Format("2006-01-02"))},
			{"time", plain(lt.Format("15:04:05"))},
			{"eventtime", plain(fmt.Sprint(lt.UnixNano()))},
			{"tz", plain("+0000")},
			{"logid", decoy(logid)},
			{"type", plain(typ)},
			{"subtype", plain(sub)},
			{"level", plain("information")},
			{"vd", plain("root")},
			{"devid", dev(fgSerial)},
			{"devname", dev(devname)},
		}
	}
	for _, rd := range rads {
		remip := r.wan()
		tip := fmt.Sprintf("%s.%d", tun, r.in(1, 250))
		up := base("event", "vpn", "0101039947")
		up = append(up,
			field{"logdesc", plain("SSL VPN tunnel up")},
			field{"action", plain("tunnel-up")},
			field{"tunneltype", plain("ssl-tunnel")},
			field{"tunnelid", plain(r.in(1e8, 9e8))},
			field{"remip", netw(remip)},
			field{"tunnelip", netw(tip)},
			field{"user", cont(rd.user)},
			field{"group", plain(r.pick("Radiologists", "Reporting-Consultants", "Locums"))},
			field{"fctuid", dev(r.HEX(32))},
			field{"fctemssn", dev(emsSN)},
			field{"reason", plain("N/A")},
			field{"msg", prose(p("SSL tunnel established"))},
		)
		logs = append(logs, up)
		pt := r.english()
		exam := r.pick("CT HEAD NON CONTRAST", "CT ABDOMEN PELVIS", "CTPA", "MRI LUMBAR SPINE", "CT ANGIO CIRCLE OF WILLIS")
		wf := base("utm", "webfilter", "0316013056")
		wf = append(wf,
			field{"srcip", netw(tip)},
			field{"srcport", plain(r.in(49152, 65535))},
			field{"dstip", netw(pacsNet.host(r.in(10, 60)))},
			field{"dstport", netw(r.pick("443", "8443"))},
			field{"hostname", netw("pacs." + org + r.pick(".internal", ".lan"))},
			field{"url", tag(fmt.Sprintf("/viewer/?patientName=%s%%5E%s&study=%s&accession=ACC%s", strings.ToUpper(pt.last), strings.ToUpper(pt.first), strings.ReplaceAll(exam, " ", "%20"), r.digits(9)), contactC, healthC)},
			field{"sessionid", decoy(r.in(1e6, 9e8))},
			field{"poluuid", decoy(r.uuid())},
			field{"policyid", plain(r.in(2, 40))},
			field{"user", cont(rd.user)},
			field{"action", plain("passthrough")},
			field{"catdesc", plain("Health and Wellness")},
			field{"service", plain("HTTPS")},
			field{"sentbyte", plain(r.in(1e3, 9e6))},
			field{"rcvdbyte", plain(r.in(1e5, 9e8))},
		)
		logs = append(logs, wf)
	}
	fail := base("event", "vpn", "0101039426")
	fail = append(fail,
		field{"logdesc", plain("SSL VPN login fail")},
		field{"action", plain("ssl-login-fail")},
		field{"remip", netw(r.wan())},
		field{"user", cont(rads[0].user)},
		field{"reason", plain(r.pick("sslvpn_login_permission_denied", "sslvpn_login_unknown_user", "sslvpn_login_cert_checked_error"))},
		field{"msg", prose(p("SSL user failed to logged in"))},
	)
	logs = append(logs, fail)
	tr := base("traffic", "forward", "0000000013")
	tr = append(tr,
		field{"srcip", netw(lanNet.host(r.in(20, 200)))},
		field{"srcmac", macAddr(r.mac(":", false))},
		field{"srcname", netw(r.pick("RAD-WS-", "REPORT-", "DESKTOP-") + r.from(upperNum, 5))},
		field{"osname", dev(r.pick("Windows", "macOS"))},
		field{"srcswversion", dev(r.pick("11", "10", "14.5"))},
		field{"srchwvendor", dev(r.pick("Dell", "HP", "Apple", "Lenovo"))},
		field{"devtype", dev(r.pick("Windows PC", "Mac", "Router/NAT Device"))},
		field{"dstip", netw(pacsNet.host(r.in(10, 60)))},
		field{"dstport", netw(r.pick("104", "11112", "4242"))},
		field{"app", plain("DICOM")},
		field{"duration", plain(r.in(1, 4000))},
		field{"sentbyte", plain(r.in(1e3, 9e6))},
		field{"rcvdbyte", plain(r.in(1e5, 9e8))},
		field{"sessionid", decoy(r.in(1e6, 9e8))},
		field{"logver", decoy(r.in(700000000, 799999999))},
		field{"poluuid", decoy(r.uuid())},
		field{"srcuuid", decoy(r.uuid())},
	)
	logs = append(logs, tr)

	response := obj{
		{"id", plain(2)},
		{"jsonrpc", plain("2.0")},
		{"result", obj{
			{"data", logs},
			{"percentage", plain(100)},
			{"return-lines", plain(len(logs))},
			{"status", obj{{"code", plain(0)}, {"message", plain("succeeded")}}},
			{"tid", plain(r.in(100, 99999))},
			{"total-count", plain(len(logs) + r.in(0, 400))},
		}},
	}

	// cmdb fragments
	var locals arr
	for _, rd := range rads {
		locals = append(locals, obj{
			{"name", cont(rd.user)},
			{"status", plain("enable")},
			{"type", plain("password")},
			{"passwd", cred(r.fortiEnc(true))},
			{"two-factor", plain(r.pick("fortitoken", "email", "disable"))},
			{"fortitoken", dev("FTKMOB" + r.HEX(10))},
			{"email-to", cont(r.email(rd.pr))},
			{"sms-phone", cont(r.enE164())},
			{"passwd-time", plain(lt.Format("2006-01-02 15:04:05"))},
			{"passwd-policy", decoy("")},
			{"two-factor-notification", plain(r.pick("email", "sms", ""))},
		})
	}
	bind := "svc-fortigate"
	ldapPass := r.password()
	ldap := obj{
		{"name", plain("AD-" + strings.ToUpper(org))},
		{"server", netw(lanNet.host(r.in(2, 9)))},
		{"port", netw(636)},
		{"secure", plain("ldaps")},
		{"dn", netw("dc=" + org + ",dc=internal")},
		{"username", cont("cn=" + bind + ",ou=Service Accounts,dc=" + org + ",dc=internal")},
		{"password", cred(r.fortiEnc(false))},
		{"cnid", plain("sAMAccountName")},
	}
	radius := obj{{"name", plain("NPS")}, {"server", netw(lanNet.host(r.in(2, 9)))}, {"secret", cred(r.fortiEnc(false))}, {"auth-type", plain("ms_chap_v2")}}
	sslPort := r.pick("10443", "443", "8443", "4443")
	sslSettings := obj{
		{"port", netw(sslPort)},
		{"source-interface", arr{obj{{"name", plain("wan1")}}}},
		{"tunnel-ip-pools", arr{obj{{"name", plain("SSLVPN_TUNNEL_ADDR1")}}}},
		{"servercert", plain("Fortinet_Factory")},
		{"dtls-tunnel", plain("enable")},
		{"login-attempt-limit", decoy(r.in(2, 5))},
		{"login-block-time", plain(60)},
	}
	tunnelAddr := obj{{"name", plain("SSLVPN_TUNNEL_ADDR1")}, {"type", plain("iprange")}, {"start-ip", netw(tun + ".1")}, {"end-ip", netw(tun + ".250")}}
	hosp := r.pick("to-stmarys", "to-valleygen", "to-northshore")
	psk := r.password()
	phase1 := obj{{"name", plain(hosp)}, {"interface", plain("wan1")}, {"ike-version", plain("2")}, {"remote-gw", netw(r.wan())}, {"psksecret", cred(r.fortiEnc(false))}, {"proposal", plain("aes256-sha256")}, {"dhgrp", plain("14")}}
	admin := obj{{"name", cont("admin")}, {"trusthost1", netw(lanNet.host(0) + " 255.255.255.0")}, {"trusthost2", netw(r.wan() + " 255.255.255.255")}, {"accprofile", plain("super_admin")}}

	ticketer := rads[r.IntN(len(rads))]
	paste := prose(
		p("config vpn ipsec phase1-interface\n    edit \""+hosp+"\"\n        set remote-gw "), p(r.wan(), netC),
		p("\n        set psksecret "), p(psk, credC),
		p("\n    next\nend\nconfig user ldap\n    edit \"AD\"\n        set server \""), p(lanNet.host(r.in(2, 9)), netC),
		p("\"\n        set username \""), p("cn="+bind, contactC), p("\"\n        set password "), p(ldapPass, credC),
		p("\n    next\nend\n"),
	)
	note := prose(p("Can't connect from home since "+r.pick("Tuesday", "the update", "last night")+", "), p("FortiClient "+r.pick("7.2.4", "7.0.13", "7.4.0")+" on my "+r.pick("MacBook Pro", "Surface Laptop 5", "ThinkPad X1"), devC), p(" says the credentials are wrong. Username "), p(ticketer.user, contactC), p(", I'm on the stroke CT rota tonight - call "), p(r.ukMobile(), contactC))

	return obj{
		{"faz", obj{{"host", netw("faz." + org + ".internal")}, {"version", decoy("v" + r.pick("7.4.3", "7.2.5", "7.4.2") + "-build" + r.digits(4))}, {"adom", plain("root")}}},
		{"request", request},
		{"response", response},
		{"ticket", obj{
			{"id", plain(fmt.Sprintf("IT-%d", r.in(1000, 9999)))},
			{"reporter", cont(ticketer.pr.full())},
			{"body", note},
			{"pasted_config", paste},
			{"attached_cmdb", obj{
				{"firmware", obj{{"serial", dev(fgSerial)}, {"version", dev("v" + r.pick("7.2.8", "7.4.4", "7.2.7"))}, {"build", decoy(r.in(1500, 2800))}, {"checksum", decoy(r.hex(32))}}},
				{"user/local", locals},
				{"user/ldap", arr{ldap}},
				{"user/radius", arr{radius}},
				{"vpn.ssl/settings", sslSettings},
				{"firewall/address", arr{tunnelAddr}},
				{"vpn.ipsec/phase1-interface", arr{phase1}},
				{"system/admin", arr{admin}},
				{"system/interface", arr{obj{{"name", plain("wan1")}, {"ip", netw(wanIP + " 255.255.255.248")}, {"allowaccess", plain("ping https ssh")}}, obj{{"name", plain("internal")}, {"ip", netw(lanNet.gw() + " 255.255.255.0")}, {"vlanid", plain(0)}}}},
			}},
		}},
	}
}
