package blindset22

import (
	"fmt"
	"strings"
	"time"
)

// pharmacyWazuh is a small pharmacy chain's Wazuh manager, collected after
// a ransomware scare: the API token, the agent list, a handful of
// alerts.json lines, the enrolment password and client.keys.
func pharmacyWazuh(r *rng) any {
	t0 := r.when()
	lanNet := r.lan()
	mgrIP := lanNet.host(r.in(2, 9))
	mgrName := r.pick("wazuh-mgr01", "siem", "wazuh") + r.pick(".internal", ".lan", ".pharmacy.lan")
	ir := r.english()
	branch := r.pick("Northgate", "Riverside", "Market Street", "Old Town")

	type agent struct{ id, name, ip, os, osver, platform string }
	var agents []agent
	names := []string{"PHARM-POS-0", "RX-DISP-0", "PHARM-OFFICE-", "pharm-nas", "CONSULT-RM"}
	osList := []struct{ name, ver, plat string }{
		{"Microsoft Windows 10 Pro", "10.0.19045.4291", "windows"},
		{"Microsoft Windows 11 Pro", "10.0.22631.3527", "windows"},
		{"Ubuntu", "22.04.4 LTS (Jammy Jellyfish)", "ubuntu"},
		{"Microsoft Windows Server 2019 Standard", "10.0.17763.5576", "windows"},
	}
	for i, k := range r.Perm(len(names))[:r.in(2, 3)] {
		o := osList[r.IntN(len(osList))]
		nm := names[k]
		if strings.HasSuffix(nm, "-0") || strings.HasSuffix(nm, "-") {
			nm += fmt.Sprint(r.in(1, 6))
		}
		if nm == "pharm-nas" {
			o = osList[2]
		}
		agents = append(agents, agent{fmt.Sprintf("%03d", i+1), nm, lanNet.host(r.in(20, 240)), o.name, o.ver, o.plat})
	}
	wver := r.pick("v4.7.3", "v4.8.0", "v4.7.5")
	var agentRows arr
	for _, a := range agents {
		agentRows = append(agentRows, obj{
			{"id", plain(a.id)},
			{"name", netw(a.name)},
			{"ip", netw(a.ip)},
			{"registerIP", plain("any")},
			{"os", obj{{"name", dev(a.os)}, {"version", dev(a.osver)}, {"platform", plain(a.platform)}, {"arch", plain("x86_64")}}},
			{"version", decoy("Wazuh " + wver)},
			{"manager", netw(mgrName)},
			{"node_name", plain("node01")},
			{"dateAdd", plain(iso(after(t0, -r.in(60*24*30, 60*24*400))))},
			{"lastKeepAlive", dev(iso(after(t0, -r.in(0, 600))))},
			{"status", plain(r.pick("active", "active", "disconnected"))},
			{"group", arr{plain("default"), plain(r.pick("windows", "pos", "linux"))}},
			{"mergedSum", decoy(r.hex(32))},
		})
	}

	hdr := func(ag agent, ts time.Time, level int, desc, id string, groups []string, mitre string) obj {
		var gs arr
		for _, g := range groups {
			gs = append(gs, plain(g))
		}
		rule := obj{
			{"level", plain(level)},
			{"description", plain(desc)},
			{"id", plain(id)},
			{"firedtimes", plain(r.in(1, 400))},
			{"mail", decoy(level >= 12)},
			{"groups", gs},
		}
		if mitre != "" {
			rule = append(rule, field{"mitre", obj{{"id", arr{plain(mitre)}}, {"tactic", arr{plain("Credential Access")}}, {"technique", arr{plain("Password Guessing")}}}})
		}
		rule = append(rule, field{"pci_dss", arr{decoy("10.2.4"), decoy("10.2.5")}}, field{"gdpr", arr{plain("IV_35.7.d"), plain("IV_32.2")}})
		return obj{
			{"timestamp", plain(ts.Format("2006-01-02T15:04:05.000+0000"))},
			{"rule", rule},
			{"agent", obj{{"id", plain(ag.id)}, {"name", netw(ag.name)}, {"ip", netw(ag.ip)}}},
			{"manager", obj{{"name", netw(mgrName)}}},
			{"id", decoy(fmt.Sprintf("%d.%d", ts.Unix(), r.in(100000, 9999999)))},
		}
	}
	pick := func() agent { return agents[r.IntN(len(agents))] }
	var alerts arr
	// ssh brute force on the NAS
	{
		ag := pick()
		ts := after(t0, -r.in(10, 600))
		src := r.wan()
		user := r.pick("admin", "pharmacist", "backup", "root")
		a := hdr(ag, ts, 5, "sshd: authentication failed.", "5760", []string{"syslog", "sshd", "authentication_failed"}, "T1110.001")
		a = append(a,
			field{"full_log", prose(p(ts.Format("Jan _2 15:04:05")+" "), p(ag.name, netC), p(" sshd[2231]: Failed password for "+r.pick("", "invalid user ")), p(user, contactC), p(" from "), p(src, netC), p(fmt.Sprintf(" port %d ssh2", r.in(30000, 65000))))},
			field{"predecoder", obj{{"program_name", plain("sshd")}, {"timestamp", plain(ts.Format("Jan _2 15:04:05"))}, {"hostname", netw(ag.name)}}},
			field{"decoder", obj{{"parent", plain("sshd")}, {"name", plain("sshd")}}},
			field{"data", obj{{"srcip", netw(src)}, {"srcport", plain(fmt.Sprint(r.in(30000, 65000)))}, {"srcuser", cont(user)}}},
			field{"location", plain("/var/log/auth.log")},
		)
		alerts = append(alerts, a)
	}
	// Windows logon
	{
		ag := pick()
		ts := after(t0, -r.in(10, 600))
		staff := r.english()
		uname := strings.ToLower(staff.first[:1] + staff.last)
		src := lanNet.host(r.in(20, 240))
		a := hdr(ag, ts, 3, "Windows Logon Success", "60106", []string{"windows", "windows_security", "authentication_success"}, "")
		a = append(a,
			field{"decoder", obj{{"name", plain("windows_eventchannel")}}},
			field{"data", obj{{"win", obj{
				{"system", obj{
					{"providerName", plain("Microsoft-Windows-Security-Auditing")},
					{"eventID", plain("4624")},
					{"computer", netw(ag.name + "." + r.pick("pharmacy.lan", "corp.internal"))},
					{"channel", plain("Security")},
					{"systemTime", plain(ts.Format("2006-01-02T15:04:05.0000000Z"))},
					{"eventRecordID", decoy(fmt.Sprint(r.in(100000, 9999999)))},
				}},
				{"eventdata", obj{
					{"targetUserName", cont(uname)},
					{"targetDomainName", plain("PHARMACY")},
					{"targetUserSid", decoy("S-1-5-21-" + r.digits(10) + "-" + r.digits(10) + "-" + r.digits(9) + "-" + fmt.Sprint(r.in(1001, 1400)))},
					{"logonType", plain(r.pick("2", "3", "10"))},
					{"workstationName", netw(r.pick("RX-DISP-02", "PHARM-OFFICE-1", "CONSULT-RM"))},
					{"ipAddress", netw(src)},
					{"ipPort", plain(fmt.Sprint(r.in(49152, 65000)))},
					{"authenticationPackageName", plain("Negotiate")},
				}},
			}}}},
			field{"location", plain("EventChannel")},
		)
		alerts = append(alerts, a)
	}
	// dispensing application log
	{
		ag := pick()
		ts := after(t0, -r.in(10, 600))
		pt := r.english()
		tech := r.english()
		drug := r.pick("Sertraline 50mg x28", "Methadone 1mg/ml 150ml", "Levothyroxine 75mcg x56", "Oxycodone 5mg x14", "Metformin 500mg x112", "Truvada x30")
		a := hdr(ag, ts, 7, "RxApp: controlled drug dispensed", "100210", []string{"rxapp", "pharmacy"}, "")
		a = append(a,
			field{"full_log", prose(
				p(ts.Format("2006-01-02 15:04:05")+" RxApp[4410] INFO dispensed Rx#"+r.digits(5)+" "),
				p(drug, healthC), p(" to "), p(pt.first[:1]+". "+pt.last+" DOB "+day(r.birth(1940, 2002)), contactC),
				p(" by tech "), p(strings.ToLower(tech.first[:1]+tech.last), contactC),
			)},
			field{"decoder", obj{{"name", plain("rxapp")}}},
			field{"data", obj{{"rx_id", plain(r.digits(5))}, {"status", plain("dispensed")}}},
			field{"location", plain(`C:\ProgramData\RxApp\logs\rxapp.log`)},
		)
		alerts = append(alerts, a)
	}
	// sudo with a password on the command line
	{
		ag := pick()
		ts := after(t0, -r.in(10, 600))
		dbPass := r.password()
		a := hdr(ag, ts, 3, "Successful sudo to ROOT executed.", "5402", []string{"syslog", "sudo"}, "")
		a = append(a,
			field{"full_log", prose(p(ts.Format("Jan _2 15:04:05")+" "), p(ag.name, netC), p(" sudo: "), p("pharmadm", contactC), p(" : TTY=pts/0 ; PWD=/home/pharmadm ; USER=root ; COMMAND=/usr/bin/mysqldump -h "), p(mgrIP, netC), p(" -u rxapp -p"), p(dbPass, credC), p(" rxdb"))},
			field{"predecoder", obj{{"program_name", plain("sudo")}, {"timestamp", plain(ts.Format("Jan _2 15:04:05"))}, {"hostname", netw(ag.name)}}},
			field{"data", obj{{"srcuser", cont("pharmadm")}, {"dstuser", cont("root")}, {"tty", plain("pts/0")}, {"command", joined(p("/usr/bin/mysqldump -h "), p(mgrIP, netC), p(" -u rxapp -p"), p(dbPass, credC), p(" rxdb"))}}},
			field{"location", plain("journald")},
		)
		alerts = append(alerts, a)
	}
	// file integrity on a prescription scan
	{
		ag := pick()
		ts := after(t0, -r.in(10, 600))
		pt := r.english()
		path := fmt.Sprintf(`D:\Scans\Rx_%s_%s_%s.pdf`, pt.last, pt.first, ts.Format("20060102"))
		a := hdr(ag, ts, 7, "Integrity checksum changed.", "550", []string{"ossec", "syscheck", "syscheck_entry_modified"}, "")
		a = append(a,
			field{"syscheck", obj{
				{"path", cont(path)},
				{"size_after", plain(fmt.Sprint(r.in(40000, 900000)))},
				{"uname_after", cont(strings.ToLower(ir.first))},
				{"md5_after", decoy(r.hex(32))},
				{"sha1_after", decoy(r.hex(40))},
				{"sha256_after", decoy(r.hex(64))},
				{"mtime_after", plain(ts.Format("2006-01-02T15:04:05"))},
				{"event", plain("modified")},
				{"changed_attributes", arr{plain("size"), plain("mtime"), plain("md5"), plain("sha1"), plain("sha256")}},
			}},
			field{"decoder", obj{{"name", plain("syscheck_integrity_changed")}}},
			field{"location", plain("syscheck")},
		)
		alerts = append(alerts, a)
	}
	// keep three or four of the five
	drop := r.IntN(len(alerts))
	alerts = append(alerts[:drop:drop], alerts[drop+1:]...)
	if r.chance(0.5) {
		alerts = alerts[1:]
	}

	var keys arr
	for _, a := range agents {
		keys = append(keys, joined(p(a.id+" "), p(a.name, netC), p(" any "), p(r.hex(64), credC)))
	}
	return obj{
		{"case", obj{
			{"ref", plain("IR-" + r.digits(4))},
			{"site", plain(branch + " branch")},
			{"responder", cont(ir.full())},
			{"responder_email", cont(r.email(ir))},
			{"collected", plain(iso(t0))},
		}},
		{"api", obj{
			{"url", netw(fmt.Sprintf("https://%s:55000", mgrIP))},
			{"user", cont("wazuh-wui")},
			{"token", cred(r.jwt("wazuh"))},
			{"verify", decoy(false)},
		}},
		{"agents", obj{
			{"data", obj{{"affected_items", agentRows}, {"total_affected_items", plain(len(agentRows))}, {"total_failed_items", plain(0)}, {"failed_items", arr{}}}},
			{"message", plain("All selected agents information was returned")},
			{"error", plain(0)},
		}},
		{"alerts", alerts},
		{"authd_pass", cred(r.alnum(24))},
		{"client_keys", keys},
	}
}
