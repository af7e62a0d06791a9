package blindset19

import (
	"fmt"
	"strings"
	"time"
)

// fibreCpeTrino is a fibre ISP's data-lake query over its TR-069 ACS
// parameter dumps, saved from the Trino client REST protocol after the
// last page: query id, info URI on the coordinator's internal host,
// columns named _col0.._colN (unaliased expressions) with types, positional data rows, and stats. The analyst's query text
// lists the expressions. Row values: subscriber name, e-mail, phone,
// one-line address, account id, plan code, CPE model, GPON serial,
// firmware, WAN MAC, WAN IP, LAN CIDR, DHCP range, SSIDs, Wi-Fi key,
// PPPoE user and password, ACS connection-request credentials, remote
// admin URL, open ports, DNS servers as an array, VLAN id, last inform,
// uptime, host count, update flag and a support note.
func fibreCpeTrino(r *rng) any {
	isp := r.pick("brightfibre", "valleynet", "lumenfibre", "swiftlink")
	t := r.when()
	type sub struct {
		p                      person
		mail, phone, addr      string
		l                      lan
		wan, model, serial, fw string
		mac, ssid, psk         string
		pppoe, pppPw, acsPw    string
		vlan, port             int
		inform                 time.Time
	}
	nRows := r.in(2, 4)
	subs := make([]sub, nRows)
	models := []struct{ model, serialPfx, fw string }{
		{"HG8245H5", "48575443", "V5R020C10S115"},
		{"F670L", "5A544547", "V9.0.10P1N6"},
		{"FRITZ!Box 7530 AX", "FB", "7.57"},
		{"Archer VR600", "TPLG", "1.4.0 0.9.1 v5006.0 Build 230420"},
		{"G-140W-F", "414C434C", "3FE49362IJHK46"},
	}
	for i := range subs {
		pp := r.english()
		m := models[r.IntN(len(models))]
		serial := m.serialPfx + r.HEX(8)
		if len(m.serialPfx) < 8 {
			serial = m.serialPfx + r.from(upperNum, 12)
		}
		subs[i] = sub{
			p: pp, mail: r.email(pp), phone: r.enPhone(), addr: r.enAddress().oneLine(),
			l: r.lan(), wan: r.wan(), model: m.model, serial: serial, fw: m.fw,
			mac: r.mac(":", true), ssid: r.ssid(pp.last), psk: r.psk(),
			pppoe: ascii(pp.first[:1]+pp.last) + r.digits(3) + "@" + isp + ".example", pppPw: r.password(), acsPw: r.alnum(16),
			vlan: r.pick4(10, 35, 100, 911), port: r.pick4(7547, 8443, 30005, 58000),
			inform: after(t, -r.in(0, 1440)),
		}
	}
	type col struct {
		expr, typ string
		cell      func(s sub) any
	}
	cols := []col{
		{"s.account_id", "varchar", func(s sub) any { return plain(fmt.Sprintf("ACC-%08d", r.in(1, 99999999))) }},
		{"concat(s.first_name, ' ', s.last_name)", "varchar", func(s sub) any { return cont(s.p.full()) }},
		{"lower(s.email)", "varchar", func(s sub) any { return cont(s.mail) }},
		{"s.mobile", "varchar", func(s sub) any { return cont(s.phone) }},
		{"s.service_address", "varchar", func(s sub) any { return cont(s.addr) }},
		{"s.plan_code", "varchar", func(s sub) any { return decoy(r.pick("FTTP-500", "FTTP-900-PRO", "FTTP-150")) }},
		{"s.monthly_price", "decimal(8,2)", func(s sub) any { return decoy(r.pick("39.99", "54.00", "27.50")) }},
		{"p.\"DeviceInfo.ModelName\"", "varchar", func(s sub) any { return dev(s.model) }},
		{"p.\"DeviceInfo.SerialNumber\"", "varchar", func(s sub) any { return dev(s.serial) }},
		{"p.\"DeviceInfo.SoftwareVersion\"", "varchar", func(s sub) any { return dev(s.fw) }},
		{"p.\"WANDevice.1.WANEthernetInterfaceConfig.MACAddress\"", "varchar", func(s sub) any { return macAddr(s.mac) }},
		{"p.\"WANIPConnection.1.ExternalIPAddress\"", "varchar", func(s sub) any { return netw(s.wan) }},
		{"p.\"LANHostConfigManagement.IPInterface.1\"", "varchar", func(s sub) any { return netw(s.l.cidr()) }},
		{"concat(p.\"MinAddress\", '-', p.\"MaxAddress\")", "varchar", func(s sub) any { return netw(s.l.host(100) + "-" + s.l.host(199)) }},
		{"p.\"WLANConfiguration.1.SSID\"", "varchar", func(s sub) any { return netw(s.ssid) }},
		{"p.\"WLANConfiguration.5.SSID\"", "varchar", func(s sub) any { return netw(strings.TrimSuffix(s.ssid, "_5G") + "-5G") }},
		{"p.\"WLANConfiguration.1.KeyPassphrase\"", "varchar", func(s sub) any { return cred(s.psk) }},
		{"p.\"WLANConfiguration.1.SSIDAdvertisementEnabled\"", "boolean", func(s sub) any { return decoy(r.chance(0.9)) }},
		{"p.\"WANPPPConnection.1.Username\"", "varchar", func(s sub) any { return cont(s.pppoe) }},
		{"p.\"WANPPPConnection.1.Password\"", "varchar", func(s sub) any { return cred(s.pppPw) }},
		{"p.\"ManagementServer.ConnectionRequestPassword\"", "varchar", func(s sub) any { return cred(s.acsPw) }},
		{"p.\"ManagementServer.PeriodicInformInterval\"", "integer", func(s sub) any { return plain(r.pick4(3600, 86400, 43200, 21600)) }},
		{"format('https://%s:%d', p.\"ExternalIPAddress\", p.\"RemoteAccess.Port\")", "varchar", func(s sub) any { return netw(fmt.Sprintf("https://%s:%d", s.wan, s.port)) }},
		{"array_join(p.open_ports, ',')", "varchar", func(s sub) any { return netw(fmt.Sprintf("%d,%d", s.port, r.pick4(22, 23, 80, 161))) }},
		{"split(p.\"DNSServers\", ',')", "array(varchar)", func(s sub) any { return arr{netw(s.l.gw()), netw(r.pick("198.51.100.53", "203.0.113.53"))} }},
		{"p.\"X_VLANID\"", "integer", func(s sub) any { return netw(s.vlan) }},
		{"p.last_inform", "timestamp(3)", func(s sub) any { return dev(s.inform.Format("2006-01-02 15:04:05.000")) }},
		{"p.\"DeviceInfo.UpTime\"", "bigint", func(s sub) any { return plain(r.in(100, 9000000)) }},
		{"p.\"Hosts.HostNumberOfEntries\"", "integer", func(s sub) any { return plain(r.in(1, 30)) }},
		{"p.firmware_upgrade_available", "boolean", func(s sub) any { return decoy(r.chance(0.3)) }},
		{"p.config_sha256", "varchar", func(s sub) any { return decoy(r.hex(64)) }},
		{"p.\"DeviceInfo.ProvisioningCode\"", "varchar", func(s sub) any { return decoy(r.pick("FTTH.500.R3", "FTTH.150.R2", "GPON.BIZ.1")) }},
		{"p.\"DeviceInfo.SpecVersion\"", "varchar", func(s sub) any { return decoy("1.0") }},
		{"p.\"DeviceSummary\"", "varchar", func(s sub) any {
			return decoy("InternetGatewayDevice:1.4[](Baseline:2, EthernetLAN:1, WiFiLAN:2, Time:1, IPPing:1)")
		}},
		{"p.\"ManagementServer.ConnectionRequestUsername\"", "varchar", func(s sub) any { return cont(strings.ToLower(s.serial)) }},
		{"p.session_token", "varchar", func(s sub) any { return nullDecoy() }},
		{"t.last_note", "varchar", func(s sub) any {
			switch r.IntN(4) {
			case 0:
				return prose(p("Cust reports drops at night; changed Wi-Fi key to "), p(s.psk, credC), p(" at her request."))
			case 1:
				return prose(p("PRIORITY: "), p(r.pick("home oxygen concentrator", "home dialysis machine", "telecare alarm for a dementia patient"), healthC), p(" on this line; call "), p(s.phone, contactC), p(" before any outage."))
			case 2:
				return prose(p("Replaced ONT, old serial "), p(r.serial("48575443", 8), devC), p(". Speed OK."))
			}
			return prose(p("No fault found."))
		}},
	}
	idx := r.Perm(len(cols))[:r.in(16, 26)]
	sortInts(idx)
	// the account id and the note are always there
	idx = ensure(idx, 0)
	idx = ensure(idx, len(cols)-1)

	var columns arr
	var exprs []string
	for k, i := range idx {
		c := cols[i]
		columns = append(columns, obj{
			{"name", plain(fmt.Sprintf("_col%d", k))},
			{"type", plain(c.typ)},
		})
		exprs = append(exprs, c.expr)
	}
	var data arr
	for _, s := range subs {
		var row arr
		for _, i := range idx {
			row = append(row, cols[i].cell(s))
		}
		data = append(data, row)
	}
	qid := fmt.Sprintf("%s_%05d_%s", t.Format("20060102_150405"), r.in(0, 99999), strings.ToLower(r.alnum(5)))
	coord := fmt.Sprintf("trino-coordinator.%s.internal", isp)
	query := "SELECT " + strings.Join(exprs, ", ") + " FROM hive.acs.cpe_params p JOIN crm.subscribers s ON s.cpe_serial = p.serial LEFT JOIN crm.tickets t ON t.account_id = s.account_id WHERE p.last_inform > now() - interval '1' day"
	elapsed := r.in(400, 90000)
	return obfuscated(obj{
		{"id", plain(qid)},
		{"infoUri", netw(fmt.Sprintf("http://%s:8080/ui/query.html?%s", coord, qid))},
		{"columns", columns},
		{"data", data},
		{"stats", obj{
			{"state", plain("FINISHED")},
			{"queued", plain(false)},
			{"scheduled", plain(true)},
			{"nodes", plain(r.in(2, 12))},
			{"totalSplits", plain(r.in(10, 400))},
			{"queuedSplits", plain(0)},
			{"runningSplits", plain(0)},
			{"completedSplits", plain(r.in(10, 400))},
			{"cpuTimeMillis", plain(r.in(100, 90000))},
			{"wallTimeMillis", plain(r.in(100, 90000))},
			{"queuedTimeMillis", plain(r.in(0, 300))},
			{"elapsedTimeMillis", plain(elapsed)},
			{"processedRows", plain(r.in(1000, 9000000))},
			{"processedBytes", plain(r.in(100000, 900000000))},
			{"physicalInputBytes", plain(r.in(100000, 900000000))},
			{"peakMemoryBytes", plain(r.in(100000, 90000000))},
			{"spilledBytes", plain(0)},
		}},
		{"warnings", arr{}},
		{"updateType", null()},
		{"_query", decoy(query)},
		{"_client", obj{
			{"user", cont(r.userName(r.english()))},
			{"source", plain("trino-cli")},
			{"client_version", decoy(r.pick("435", "444", "451"))},
			{"catalog", plain("hive")},
			{"schema", plain("acs")},
		}},
		{"_analyst_note", prose(p("Export for the "), p(r.pick("Ofcom", "FCC", "regulator")), p(" outage report; delete after "+day(after(t, 20000))+"."))},
	})
}

// ensure adds i to the sorted idx if missing, keeping it sorted.
func ensure(idx []int, i int) []int {
	for _, x := range idx {
		if x == i {
			return idx
		}
	}
	idx = append(idx, i)
	sortInts(idx)
	return idx
}

func sortInts(xs []int) {
	for i := 1; i < len(xs); i++ {
		for j := i; j > 0 && xs[j] < xs[j-1]; j-- {
			xs[j], xs[j-1] = xs[j-1], xs[j]
		}
	}
}
