package blindset14

import "fmt"

// hamradio-logbook-sync: a ham-radio online logbook service's full account
// sync from a desktop logger: the operator's account and QTH, the
// confirmation-service passwords, station profiles with rig, amplifier and
// a remote-station controller, the logger's config files keyed by their
// paths, and the latest QSOs with other operators' calls, names and
// comments.

var (
	hamRigs  = []string{"Icom IC-7300", "Icom IC-705", "Yaesu FT-991A", "Yaesu FTDX10", "Kenwood TS-890S", "Elecraft K4D", "FlexRadio FLEX-6400", "Xiegu G90"}
	hamAmps  = []string{"Elecraft KPA500", "Acom 1200S", "SPE Expert 1.3K-FA", "Hardrock-50"}
	hamAnts  = []string{"Hustler 6BTV", "SteppIR DB18E", "Cushcraft A3S", "MyAntennas EFHW-8010", "Comet GP-3"}
	hamBands = [][2]string{{"20m", "14.074"}, {"40m", "7.074"}, {"15m", "21.074"}, {"10m", "28.074"}, {"80m", "3.573"}, {"17m", "18.100"}}
	hamPfx   = []string{"JA1", "DL2", "G4", "VK3", "EA5", "PY2", "ZL1", "F5", "I2", "SP9", "OH2", "K4", "W6", "N2", "VE3"}
	hamLogs  = []string{"Log4OM", "N1MM Logger+", "DXLab DXKeeper", "Logger32", "HRD Logbook"}
)

func (r *rng) callsign(pfx string) string {
	return pfx + r.from("ABCDEFGHIJKLMNOPQRSTUVWXYZ", r.in(2, 3))
}

func (r *rng) grid() string {
	return r.from("CDEFGHIJKLMNO", 1) + r.from("KLMNOP", 1) + r.digits(2) + r.from("abcdefghijklmnopqrstuvwx", 2)
}

func hamLog(r *rng) any {
	first, last := r.usFirst(), r.pick(usLast...)
	call := r.callsign(r.pick("K", "W", "N", "KD", "KB", "AC", "KF") + fmt.Sprint(r.in(0, 9)))
	street, city, state, zip := r.usAddr()
	grid := r.grid()

	about := r.pickProse(
		func() leaf {
			return prose(p("Licensed 1979. "), p("Lost most of my hearing after a stroke in 2021", healthC), p(", so CW by decoder and FT8 only. QSL direct or LoTW."))
		},
		func() leaf {
			return prose(p("Rag-chew welcome on 40m evenings. Sked by text: "), p(r.us555(), contactC), p(". 73 de "), p(first, contactC))
		},
		func() leaf {
			return prose(p("POTA / SOTA activator, mostly QRP. All QSOs uploaded to LoTW within a week."))
		},
		func() leaf {
			return prose(p("Operating from the rehab unit while I recover from "), p(r.pick("hip replacement", "chemo for lymphoma", "a broken pelvis"), healthC),
				p(" - remote station at home via "), p(r.pick("RemoteRig", "RemoteHams"), devC), p(". Email "), p(r.mail(ascii(call)), contactC))
		},
	)
	account := obj{
		{"callsign", cont(call)},
		{"name", cont(first + " " + last)},
		{"email", cont(r.mail(ascii(call)))},
		{"qth", obj{
			{"addr1", cont(street)},
			{"city", cont(city)},
			{"state", cont(state)},
			{"zip", cont(zip)},
			{"country", decoy("United States")},
			{"dxcc", plain(291)},
			{"grid", plain(grid)},
			{"cq_zone", plain(r.in(3, 5))},
		}},
		{"license_class", plain(r.pick("Technician", "General", "Amateur Extra"))},
		{"license_expires", plain(r.day(2026, 2034))},
		{"lotw", obj{{"username", cont(call)}, {"password", cred(r.pick("Dxcc", "Radio", "Qsl") + r.digits(3) + r.alnum(5))}, {"tq6_cert_password", cred(r.alnum(12))}}},
		{"eqsl_password", cred(r.alnum(10))},
		{"api_key", cred(r.upper(4) + "-" + r.upper(4) + "-" + r.upper(4) + "-" + r.upper(4))},
		{"about", about},
		{"member_since", plain(r.day(2008, 2022))},
		{"qso_count", decoy(r.in(120, 48000))},
	}

	var stations arr
	for s, ns := 0, r.in(1, 2); s < ns; s++ {
		st := obj{
			{"profile", plain(r.pick("Home", "Portable", "Remote", "Mobile"))},
			{"rig", obj{{"model", dev(r.pick(hamRigs...))}, {"serial", dev(r.digits(8))}, {"firmware", dev(fmt.Sprintf("%d.%02d", r.in(1, 2), r.in(0, 60)))}, {"cat_port", plain(r.pick("COM3", "COM7", "/dev/ttyUSB0"))}, {"baud", plain(r.pickInt(9600, 19200, 38400, 115200))}}},
			{"antenna", dev(r.pick(hamAnts...))},
			{"power_w", plain(r.pickInt(5, 10, 100, 500))},
		}
		if r.chance(0.5) {
			st = append(st, field{"amp", obj{{"model", dev(r.pick(hamAmps...))}, {"serial", dev(r.upper(2) + r.digits(6))}}})
		}
		if r.chance(0.6) {
			lan := r.lanPrefix()
			st = append(st, field{"remote", obj{
				{"controller", dev(r.pick("RemoteRig RRC-1258MkIIs", "Microham Station Master", "RemoteHams RCForb"))},
				{"controller_fw", fwIP(r.ipVer())},
				{"wan_host", netw(r.wanIP())},
				{"port", netw(r.pickInt(13000, 4525, 8080, 50001))},
				{"lan_ip", netw(fmt.Sprintf("%s.%d", lan, r.in(20, 200)))},
				{"router_admin", netw(fmt.Sprintf("http://%s.1/", lan))},
				{"sip_password", cred(r.alnum(12))},
			}})
		}
		stations = append(stations, st)
	}

	log := r.pick(hamLogs...)
	logDir := map[string]string{"Log4OM": "~/AppData/Roaming/Log4OM2/config.json", "N1MM Logger+": "~/Documents/N1MM Logger+/N1MM Logger.ini",
		"DXLab DXKeeper": "~/DXLab/DXKeeper/Settings.txt", "Logger32": "~/Logger32/Logger32.ini", "HRD Logbook": "~/.config/HRDLogbook/settings.json"}[log]
	cfg := obj{
		{logDir, obj{
			{"MyCall", cont(call)},
			{"MyGrid", plain(grid)},
			{"UdpServer", netw(r.lanIP())},
			{"UdpPort", netw(r.pickInt(2237, 2333, 12060))},
			{"ClublogPassword", cred(r.alnum(11))},
			{"AutoUpload", plain(true)},
		}},
		{"~/.config/JTDX/JTDX.ini", obj{
			{"MyCall", cont(call)},
			{"PSKReporter", plain(r.chance(0.7))},
			{"Rig", dev(r.pick(hamRigs...))},
			{"SoundInDevice", dev(r.pick("USB Audio CODEC", "Realtek High Definition Audio", "SignaLink USB"))},
		}},
	}

	var qsos arr
	for q, nq := 0, r.in(3, 6); q < nq; q++ {
		b := hamBands[r.IntN(len(hamBands))]
		their := r.callsign(r.pick(hamPfx...) + "")
		opName := r.pick("Hiro", "Klaus", "Nigel", "Bruce", "Javier", "Paulo", "Kiri", "Jean", "Marco", "Piotr", "Aino", "Ray", "Dave", "Luc")
		cmt := r.pickProse(
			func() leaf { return prose(p("op "), p(opName, contactC), p(", 73, good sigs")) },
			func() leaf {
				return prose(p("op "), p(opName, contactC), p(" running "), p(r.pick(hamRigs...), devC), p(" into a dipole, 5 W"))
			},
			func() leaf { return prose(p("TNX FER QSO, new one on " + b[0])) },
			func() leaf {
				return prose(p("wants paper QSL, address on QRZ; email "), p(r.mail(ascii(their)), contactC))
			},
			func() leaf {
				return prose(p("Net check-in; "), p(opName, contactC), p(" says "), p("he is home after bypass surgery", healthC), p(", on air from his bed"))
			},
		)
		qsos = append(qsos, obj{
			{"call", cont(their)},
			{"qso_date", plain(r.when(2024, 2024).Format("20060102"))},
			{"time_on", plain(fmt.Sprintf("%02d%02d", r.in(0, 23), r.in(0, 59)))},
			{"band", plain(b[0])},
			{"freq", plain(b[1])},
			{"mode", plain(r.pick("FT8", "SSB", "CW", "FT4", "RTTY"))},
			{"rst_sent", plain(r.pick("59", "599", "-12", "-05", "+02"))},
			{"rst_rcvd", plain(r.pick("57", "579", "-15", "-08", "+01"))},
			{"gridsquare", plain(r.grid()[:4])},
			{"comment", cmt},
			{"lotw_qsl_rcvd", plain(r.pick("Y", "N", "R"))},
			{"qso_hash", decoy(r.sha1())},
		})
	}

	return obj{
		{"client", obj{{"app", plain(log)}, {"app_version", fwIP(r.ipVer())}, {"os", dev(r.pick("Windows 11 23H2", "Windows 10 22H2", "macOS 14.5", "Ubuntu 22.04"))}, {"api_version", decoy(r.pick("2.1", "3.0"))}, {"adif_version", decoy("3.1.4")}}},
		{"account", account},
		{"stations", stations},
		{"config_files", cfg},
		{"qsos", qsos},
		{"session_token", cred(r.b64(40))},
		{"synced_at", plain(r.iso(2024, 2024))},
	}
}
