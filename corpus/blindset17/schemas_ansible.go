package blindset17

import (
	"fmt"
	"strings"
)

// occhealthAnsible: an occupational-health provider's IT contractor ran
// `ansible -m setup` plus one shell task against the ECG, audiometry and
// spirometry workstations of a screening centre with the json stdout
// callback, and attached the output to a ticket: plays with tasks, per
// host the gathered ansible_facts (hostnames, default IPv4 with gateway
// and MAC, DNS, product, serial and UUID of the PC, BIOS, OS and kernel
// versions, the remote user, environment with a database URL or password,
// mounts of the results share, SSH host key) and the centre's custom
// local facts (the attached instrument's model, serial and firmware, the
// last export named after the employee and the finding, the portal URL and
// API key), then the tail of the sync log, and the stats.
func occhealthAnsible(r *rng) any {
	t0 := r.when()
	l := r.lan()
	dom := r.pick("ohs.internal", "screening.lan", "clinic.ohs.internal", "depot.internal")
	site := r.pick("Leeds depot", "Bristol port", "Norwich works", "York rail yard", "Gloucester plant")
	gw := l.gw()
	dns := []string{l.host(r.in(2, 9))}
	if r.chance(0.5) {
		dns = append(dns, r.pick("1.1.1.1", "9.9.9.9", "8.8.8.8"))
	}
	portal := fmt.Sprintf("https://ohs-portal.%s/api/v2", dom)

	hosts := obj{}
	logs := obj{}
	stats := obj{}
	nHosts := r.in(1, 2)
	roles := r.Perm(3)
	for h := 0; h < nHosts; h++ {
		role := []string{"ECG", "AUDIO", "SPIRO"}[roles[h]]
		short := strings.ToLower(role) + "-ws0" + fmt.Sprint(r.in(1, 4))
		fqdn := short + "." + dom
		ip := l.host(r.in(20, 120))
		mac := r.mac(":", false)
		tech := r.english()
		user := r.pick("ohs-"+strings.ToLower(role), "tech", r.userName(tech.first, tech.last))
		emp := r.english()
		var model, serial, fw, finding, result string
		switch role {
		case "ECG":
			model = r.pick("GE MAC 2000", "Schiller CARDIOVIT AT-102 G2", "Welch Allyn ELI 250c")
			serial = r.serial("SCD", 8)
			fw = r.pick(fmt.Sprintf("%d.%d.%d", r.in(1, 3), r.in(0, 9), r.in(0, 40)), r.ipShapedFw())
			finding = r.pick("1st-degree-AV-block", "LBBB", "AF", "sinus-bradycardia", "LVH-voltage")
			result = r.pick("Sinus rhythm, 1st degree AV block", "Atrial fibrillation, rate 110", "Left bundle branch block")
		case "AUDIO":
			model = r.pick("Amplivox 270+", "Interacoustics AD226", "MAICO MA 25")
			serial = r.digits(7)
			fw = r.pick(fmt.Sprintf("%d.%d", r.in(1, 5), r.in(0, 30)), r.ipShapedFw())
			finding = r.pick("NIHL-4kHz-notch", "R-conductive-loss", "bilateral-HF-loss", "tinnitus-referral")
			result = r.pick("Mild bilateral high-frequency hearing loss", "4 kHz notch both ears, noise-induced", "Right conductive loss, refer to GP")
		default:
			model = r.pick("Vitalograph Pneumotrac 6800", "MIR Spirolab", "ndd EasyOne Air")
			serial = r.serial("PT", 7)
			fw = r.pick(fmt.Sprintf("%d.%d.%d", r.in(1, 4), r.in(0, 9), r.in(0, 9)), r.ipShapedFw())
			finding = r.pick("FEV1-62pc-obstructive", "FVC-low-restrictive", "asthma-reversibility")
			result = r.pick("FEV1/FVC 0.64, obstructive pattern", "FVC 71% predicted, restrictive", "Reversibility 15%, query asthma")
		}
		fwLeaf := dev(fw)
		if strings.Count(fw, ".") == 3 {
			fwLeaf = fwIP(fw)
		}
		exportDay := day(after(t0, -r.in(60, 4000)))
		lastExport := joined(
			p("/srv/exports/"+exportDay+"/"),
			p(strings.ToUpper(ascii(emp.last))+"_"+emp.first, contactC),
			p("_"),
			p(finding, healthC),
			p(".pdf"),
		)

		envObj := obj{
			{"HOME", cont("/home/" + user)},
			{"LANG", plain("en_GB.UTF-8")},
			{"LOGNAME", cont(user)},
			{"PATH", plain("/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin")},
			{"SHELL", plain("/bin/bash")},
			{"SSH_CLIENT", netw(fmt.Sprintf("%s %d 22", l.host(r.in(200, 250)), r.in(40000, 65000)))},
		}
		switch r.IntN(3) {
		case 0:
			envObj = append(envObj, field{"ECG_DB_URL", tag(fmt.Sprintf("postgresql://ohs_app:%s@db01.%s:5432/screening", r.password(), dom), credC, netC)})
		case 1:
			envObj = append(envObj, field{"PGPASSWORD", cred(r.password())}, field{"PGHOST", netw("db01." + dom)})
		default:
			envObj = append(envObj, field{"HTTPS_PROXY", netw(fmt.Sprintf("http://%s:3128", l.host(r.in(2, 9))))})
		}

		station := obj{
			{"role", plain(role)},
			{"device_model", dev(model)},
			{"device_serial", dev(serial)},
			{"device_firmware", fwLeaf},
			{"device_port", plain(r.pick("/dev/ttyUSB0", "/dev/ttyACM0", "usb:1-2"))},
			{"last_export", lastExport},
			{"portal_url", netw(portal)},
			{"portal_api_key", cred("ohs_" + r.alnum(32))},
			{"retention_days", plain(r.pick3(30, 90, 365))},
			{"password_min_length", decoy(r.pick3(8, 12, 14))},
			{"config_sha256", decoy(r.hex(64))},
			{"failed_login_count", decoy(r.in(0, 4))},
		}
		if r.chance(0.5) {
			station = append(station, field{"kiosk_autologin_user", cont(r.userName(tech.first, tech.last))})
		}
		if r.chance(0.5) {
			station = append(station,
				field{"wifi_ssid", netw(r.pick("OHS-Clinical", "Screening-Van", "OHS-Mobile-5G"))},
				field{"wifi_psk", cred(r.psk())})
		}

		nic := r.pick("eno1", "enp0s31f6", "wlp0s20f3")
		mounts := arr{
			obj{{"device", plain("/dev/nvme0n1p2")}, {"fstype", plain("ext4")}, {"mount", plain("/")}, {"options", plain("rw,relatime,errors=remount-ro")}, {"size_total", plain(int64(r.in(100, 500)) * 1000000000)}, {"uuid", decoy(r.uuid())}},
			obj{
				{"device", netw(fmt.Sprintf("//%s/%s", l.host(r.in(2, 19)), r.pick("results", "ecg-export", "scans")))},
				{"fstype", plain("cifs")},
				{"mount", plain("/mnt/results")},
				{"options", joined(p("rw,relatime,vers=3.0,cache=strict,username="), p(r.pick("scan", "ohs-share", r.userName(tech.first, tech.last)), contactC), p(",domain=OHS,uid=1000,forceuid,gid=1000"))},
				{"size_total", plain(int64(r.in(1, 8)) * 1000000000000)},
				{"uuid", plain("N/A")},
			},
		}

		facts := obj{
			{"ansible_all_ipv4_addresses", arr{netw(ip)}},
			{"ansible_all_ipv6_addresses", arr{netw("fe80::" + r.hex(4) + ":" + r.hex(4) + ":" + r.hex(4) + ":" + r.hex(4))}},
			{"ansible_apparmor", obj{{"status", plain("enabled")}}},
			{"ansible_architecture", plain("x86_64")},
			{"ansible_bios_date", plain(fmt.Sprintf("%02d/%02d/%d", r.in(1, 12), r.in(1, 28), r.in(2021, 2024)))},
			{"ansible_bios_vendor", dev("Dell Inc.")},
			{"ansible_bios_version", dev(fmt.Sprintf("1.%d.%d", r.in(5, 25), r.in(0, 2)))},
			{"ansible_board_serial", dev("." + r.from(upperNum, 7) + ".CN" + r.from(upperNum, 12) + ".")},
			{"ansible_date_time", obj{{"date", plain(day(t0))}, {"epoch", plain(fmt.Sprint(unix(t0)))}, {"iso8601", plain(iso(t0))}, {"tz", plain(r.pick("GMT", "BST"))}}},
			{"ansible_default_ipv4", obj{
				{"address", netw(ip)},
				{"alias", plain(nic)},
				{"broadcast", netw(l.bcast())},
				{"gateway", netw(gw)},
				{"interface", plain(nic)},
				{"macaddress", macAddr(mac)},
				{"mtu", plain(1500)},
				{"netmask", netw("255.255.255.0")},
				{"network", netw(l.net())},
				{"prefix", netw("24")},
				{"type", plain("ether")},
			}},
			{"ansible_distribution", plain("Ubuntu")},
			{"ansible_distribution_release", plain("jammy")},
			{"ansible_distribution_version", decoy("22.04")},
			{"ansible_dns", obj{{"nameservers", stringsOf(netw, dns...)}, {"search", arr{netw(dom)}}}},
			{"ansible_domain", netw(dom)},
			{"ansible_env", envObj},
			{"ansible_fips", decoy(false)},
			{"ansible_fqdn", netw(fqdn)},
			{"ansible_hostname", netw(short)},
			{"ansible_kernel", decoy(fmt.Sprintf("5.15.0-%d-generic", r.in(60, 120)))},
			{"ansible_local", obj{{"ohs", obj{{"site", plain(site)}, {"station", station}}}}},
			{"ansible_machine_id", dev(r.hex(32))},
			{"ansible_memtotal_mb", plain(r.pick3(7820, 15876, 31944))},
			{"ansible_mounts", mounts},
			{"ansible_nodename", netw(short)},
			{"ansible_processor_vcpus", plain(r.pick3(4, 8, 12))},
			{"ansible_product_name", dev(r.pick("OptiPlex 7010", "OptiPlex 3000", "Latitude 5440", "Precision 3460"))},
			{"ansible_product_serial", dev(r.from(upperNum, 7))},
			{"ansible_product_uuid", dev(strings.ToLower(r.UUID()))},
			{"ansible_python_version", decoy(fmt.Sprintf("3.10.%d", r.in(6, 14)))},
			{"ansible_ssh_host_key_ed25519_public", decoy("AAAAC3NzaC1lZDI1NTE5AAAAI" + r.from(alnum+"+/", 43))},
			{"ansible_ssh_host_key_ed25519_public_keytype", plain("ssh-ed25519")},
			{"ansible_ssh_host_key_rsa_public", decoy("AAAAB3NzaC1yc2EAAAADAQABAAABgQ" + r.from(alnum+"+/", 120))},
			{"ansible_system_vendor", dev("Dell Inc.")},
			{"ansible_user_dir", cont("/home/" + user)},
			{"ansible_user_gecos", joined(p(tech.full(), contactC), p(",,,"))},
			{"ansible_user_id", cont(user)},
			{"ansible_user_shell", plain("/bin/bash")},
			{"ansible_virtualization_role", plain("NA")},
			{"discovered_interpreter_python", plain("/usr/bin/python3")},
			{"gather_subset", arr{plain("all")}},
			{"module_setup", plain(true)},
		}
		hosts = append(hosts, field{fqdn, obj{
			{"_ansible_no_log", plain(false)},
			{"action", plain("gather_facts")},
			{"ansible_facts", facts},
			{"changed", plain(false)},
			{"deprecations", arr{}},
			{"warnings", arr{}},
		}})

		// the sync log's tail
		clock := after(t0, -r.in(200, 600))
		ts := func() string { clock = after(clock, r.in(1, 40)); return sqlTime(clock) }
		var lines arr
		lines = append(lines, prose(p(ts()+" INFO sync started, portal "), p(portal, netC)))
		switch r.IntN(3) {
		case 0:
			e := r.english()
			lines = append(lines, prose(p(ts()+" INFO uploaded record for "), p(e.last+", "+e.first, contactC), p(" ("), p(result, healthC), p(")")))
		case 1:
			lines = append(lines, prose(p(ts()+" WARN retry "), p(l.host(r.in(2, 19))+":443", netC), p(" timed out after 30s")))
		default:
			lines = append(lines, prose(p(ts()+" INFO nothing to upload")))
		}
		lines = append(lines, prose(p(ts()+" INFO sync finished in "+fmt.Sprint(r.in(2, 90))+"s")))
		logs = append(logs, field{fqdn, obj{
			{"changed", plain(true)},
			{"cmd", plain("tail -n 3 /var/log/ohs-sync/sync.log")},
			{"delta", plain(fmt.Sprintf("0:00:00.%06d", r.in(1000, 90000)))},
			{"rc", plain(0)},
			{"stderr", plain("")},
			{"stdout_lines", lines},
		}})
		stats = append(stats, field{fqdn, obj{
			{"changed", plain(1)}, {"failures", plain(0)}, {"ignored", plain(0)}, {"ok", plain(2)},
			{"rescued", plain(0)}, {"skipped", plain(0)}, {"unreachable", plain(0)},
		}})
	}

	dur := func(name string) obj {
		return obj{
			{"duration", obj{{"end", plain(isoMs(after(t0, 1)))}, {"start", plain(isoMs(t0))}}},
			{"id", decoy(r.uuid())},
			{"name", plain(name)},
		}
	}
	return obj{
		{"custom_stats", obj{}},
		{"global_custom_stats", obj{}},
		{"plays", arr{obj{
			{"play", dur("Inventory screening workstations")},
			{"tasks", arr{
				obj{{"hosts", hosts}, {"task", dur("Gathering Facts")}},
				obj{{"hosts", logs}, {"task", dur("Show last portal sync")}},
			}},
		}}},
		{"stats", stats},
	}
}
