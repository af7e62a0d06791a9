package blindset20

import (
	"fmt"
	"time"
)

func osqCalendar(t time.Time) string { return t.Format("Mon Jan _2 15:04:05 2006 UTC") }

func nursingOsquery(r *rng) any {
	agency := r.pick("carelink", "homewardnursing", "districtcare", "kindredcommunity")
	dom := agency + ".internal"
	nurse := r.english()
	login := ascii(nurse.first[:1] + nurse.last)
	hw := r.UUID()
	mac := r.chance(0.6)
	host := fmt.Sprintf("NURSE-LT-%03d", r.in(1, 140))
	nick := nurse.first + "'s " + map[bool]string{true: r.pick("MacBook Air", "MacBook Pro"), false: r.pick("Latitude", "ThinkPad", "Laptop")}[mac]
	serial := r.serial("", 12)
	t := r.when()
	home := r.lan()
	homeSSID := r.ssid(r.pick("Fairweather", "Oakley", "Riverside", "Maple", "Linden"))

	var model, vendor, osName, osVer, osBuild, platform, cpu string
	if mac {
		model = r.pick("Mac14,2", "Mac15,12", "MacBookAir10,1", "Mac14,7")
		vendor, cpu = "Apple Inc.", r.pick("Apple M1", "Apple M2", "Apple M3")
		osName, osVer, osBuild, platform = "macOS", r.pick("14.5", "14.6.1", "13.6.7", "15.0"), r.pick("23F79", "23G93", "22G720", "24A335"), "darwin"
	} else {
		model = r.pick("Latitude 5440", "ThinkPad T14 Gen 4", "EliteBook 840 G10", "Surface Laptop 5")
		vendor, cpu = r.pick("Dell Inc.", "LENOVO", "HP", "Microsoft Corporation"), r.pick("13th Gen Intel(R) Core(TM) i5-1345U", "AMD Ryzen 5 PRO 7540U")
		osName, osVer, osBuild, platform = "Microsoft Windows 11 Pro", "10.0.22631", r.pick("22631", "22621"), "windows"
	}

	decorations := obj{
		{"host_uuid", dev(hw)},
		{"hostname", netw(host)},
	}
	if r.chance(0.3) {
		decorations = append(decorations, field{"serial", dev(serial)})
	}
	row := func(name string, action string, cols obj) obj {
		t = t.Add(time.Duration(r.in(30, 3600)) * time.Second)
		o := obj{
			{"name", plain("pack/Global/" + name)},
			{"hostIdentifier", dev(hw)},
			{"calendarTime", plain(osqCalendar(t))},
			{"unixTime", plain(unix(t))},
			{"counter", plain(r.in(0, 40))},
			{"decorations", decorations},
		}
		if action == "snapshot" {
			o = append(o, field{"snapshot", arr{cols}}, field{"action", plain("snapshot")})
		} else {
			o = append(o, field{"columns", cols}, field{"action", plain(action)})
		}
		return o
	}

	var results arr
	opt := func(p float64) bool { return r.chance(p) }
	results = append(results, row("system_info", "snapshot", obj{
		{"computer_name", dev(nick)},
		{"hostname", netw(host + "." + dom)},
		{"cpu_brand", dev(cpu)},
		{"hardware_model", dev(model)},
		{"hardware_serial", dev(serial)},
		{"hardware_vendor", dev(vendor)},
		{"physical_memory", plain(fmt.Sprint([]int64{8, 16, 24}[r.IntN(3)] << 30))},
		{"uuid", dev(hw)},
	}))
	if opt(0.5) {
		results = append(results, row("os_version", "snapshot", obj{
			{"name", dev(osName)},
			{"version", dev(osVer)},
			{"build", dev(osBuild)},
			{"platform", plain(platform)},
		}))
	}
	if opt(0.5) {
		results = append(results, row("interface_addresses", "added", obj{
			{"interface", plain(r.pick("en0", "Wi-Fi", "wlan0"))},
			{"address", netw(home.host(r.in(2, 250)))},
			{"mask", netw("255.255.255.0")},
			{"mac", macAddr(r.mac(":", false))},
		}))
	}
	results = append(results, row("wifi_status", "added", obj{
		{"interface", plain("en0")},
		{"ssid", netw(homeSSID)},
		{"bssid", macAddr(r.mac(":", false))},
		{"network_name", netw(homeSSID)},
		{"country_code", decoy(r.pick("GB", "US"))},
		{"security_type", plain(r.pick("WPA2 Personal", "WPA3 Personal", "WPA2/WPA3 Personal"))},
		{"rssi", plain(-r.in(40, 85))},
		{"channel", plain(r.pick("6", "11", "36", "44", "149"))},
		{"mode", plain("station")},
	}))
	results = append(results, row("users", "snapshot", obj{
		{"uid", plain(r.pick("501", "502", "1001"))},
		{"username", cont(login)},
		{"description", cont(nurse.full())},
		{"directory", cont("/Users/" + login)},
		{"shell", plain("/bin/zsh")},
		{"uuid", decoy(r.UUID())},
	}))
	if opt(0.3) {
		results = append(results, row("logged_in_users", "added", obj{
			{"type", plain("user")},
			{"user", cont(login)},
			{"tty", plain("console")},
			{"host", plain("")},
			{"time", plain(fmt.Sprint(unix(t)))},
			{"pid", plain(fmt.Sprint(r.in(100, 9000)))},
		}))
	}
	// USB medical devices plugged into the laptop.
	usb := []struct{ vendor, model, vid, pid string }{
		{"OMRON HEALTHCARE Co., Ltd.", "BP7450 HEM-7530T", "0590", "0028"},
		{"Nonin Medical, Inc.", "WristOx2 3150", "1a1b", "0301"},
		{"Welch Allyn", "Connex Spot Monitor", "1dec", "0002"},
		{"Roche Diabetes Care", "Accu-Chek Guide Me", "173a", "21d5"},
	}
	for i, n := 0, r.in(0, 1); i < n; i++ {
		u := usb[r.IntN(len(usb))]
		results = append(results, row("usb_devices", "added", obj{
			{"usb_address", plain(fmt.Sprint(r.in(1, 20)))},
			{"usb_port", plain(fmt.Sprint(r.in(1, 4)))},
			{"vendor", dev(u.vendor)},
			{"vendor_id", plain(u.vid)},
			{"model", dev(u.model)},
			{"model_id", plain(u.pid)},
			{"serial", dev(r.serial("", 10))},
			{"removable", plain("1")},
		}))
	}
	// Shell history with secrets and patient names.
	pt := r.english()
	cond := r.pick("CKD stage 3, warfarin", "leg ulcer, diabetic", "COPD, home oxygen 2L", "palliative, syringe driver", "heart failure, furosemide 40mg")
	cmds := []leaf{
		prose(p("export VITALS_API_KEY="), p("nrs_live_"+r.alnum(32), credC)),
		prose(p("curl -u admin:"), p(r.password(), credC), p(" http://"), p(home.gw(), netC), p("/cgi-bin/luci")),
		prose(p("mysql -h "), p("db."+dom, netC), p(" -u "), p("rota", contactC), p(" -p'"), p(r.password(), credC), p("' rota")),
		prose(p("open 'Visit notes - "), p(pt.full(), contactC), p(" ("), p(cond, healthC), p(").docx'")),
		prose(p("ls ~/Documents/Visits | wc -l")),
		prose(p("ssh "), p(login, contactC), p("@"), p(fmt.Sprintf("10.%d.0.%d", r.in(10, 60), r.in(2, 200)), netC)),
		prose(p("export OPENAI_API_KEY="), p("sk-proj-"+r.from(alnum+"-_", 64), credC)),
		prose(p("brew upgrade --cask zoom")),
	}
	r.Shuffle(len(cmds), func(i, j int) { cmds[i], cmds[j] = cmds[j], cmds[i] })
	for _, c := range cmds[:r.in(1, 3)] {
		results = append(results, row("shell_history", "added", obj{
			{"uid", plain("501")},
			{"time", plain(fmt.Sprint(unix(t)))},
			{"command", c},
			{"history_file", cont("/Users/" + login + "/.zsh_history")},
		}))
	}
	// Recent documents.
	for i, n := 0, r.in(0, 1); i < n; i++ {
		q := r.english()
		what := r.pick("wound photos", "MUST score", "care plan", "Waterlow", "insulin chart", "falls assessment")
		results = append(results, row("recent_files", "added", obj{
			{"path", joined(p("/Users/"+login+"/Documents/Visits/"), p(q.last+" "+q.first, contactC), p(" - "), p(what, healthC), p(".pdf"))},
			{"size", plain(fmt.Sprint(r.in(20000, 9000000)))},
			{"mtime", plain(fmt.Sprint(unix(t)))},
			{"sha256", decoy(r.hex(64))},
		}))
	}
	if opt(0.4) {
		results = append(results, row("chrome_extensions", "snapshot", obj{
			{"name", plain(r.pick("LastPass: Free Password Manager", "Bitwarden Password Manager", "Grammarly: AI Writing"))},
			{"identifier", plain(r.from("abcdefghijklmnop", 32))},
			{"version", decoy(r.semver())},
			{"profile", plain("Person 1")},
			{"permissions", plain("storage, tabs, cookies")},
		}))
	}
	if opt(0.5) {
		results = append(results, row("battery", "snapshot", obj{
			{"health", decoy(r.pick("Good", "Fair", "Normal"))},
			{"condition", decoy("Normal")},
			{"cycle_count", plain(fmt.Sprint(r.in(12, 900)))},
			{"percent_remaining", plain(fmt.Sprint(r.in(5, 100)))},
			{"max_capacity", plain(fmt.Sprint(r.in(3800, 5200)))},
		}))
	}
	r.Shuffle(len(results), func(i, j int) { results[i], results[j] = results[j], results[i] })

	var note leaf
	switch r.IntN(3) {
	case 0:
		note = prose(p("Laptop of "), p(nurse.full(), contactC), p(" reported lost on a visit; last seen on "), p(homeSSID, netC), p(". Wipe queued."))
	case 1:
		note = prose(p("Quarterly export for the DSPT audit, no action."))
	default:
		note = prose(p("Ticket 4471: cuff pairing fails on "), p(nick, devC), p(", nurse phone "), p(r.ukMobile(), contactC))
	}
	return obj{
		{"fleet", obj{
			{"server_url", netw("https://fleet." + dom + ":8412")},
			{"fleet_version", decoy("4." + fmt.Sprint(r.in(40, 58)) + ".0")},
			{"osquery_version", decoy("5." + fmt.Sprint(r.in(10, 13)) + "." + fmt.Sprint(r.in(0, 2)))},
			{"orbit_version", decoy("1." + fmt.Sprint(r.in(20, 34)) + ".0")},
			{"enroll_secret", cred("flt_enr_" + r.b64url(24))},
			{"orbit_node_key", cred(r.b64(24))},
			{"logger_tls_period", plain(10)},
			{"host_id", plain(r.in(1, 400))},
		}},
		{"results", results},
		{"note", note},
	}
}
