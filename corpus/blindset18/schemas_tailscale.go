package blindset18

import (
	"fmt"
	"strings"
)

// familyTailscale is the `tailscale status --json` and `tailscale debug
// prefs` output a son saved while setting up remote help for his parents'
// home (a Raspberry Pi with Home Assistant, a NAS, the parents' iPad and
// his own laptop): node keys (public), tailnet addresses, LAN endpoints,
// advertised subnet routes, the tailnet's MagicDNS names, the users, the
// private node and network-lock keys in Persist, and his setup note with a
// pre-auth key and the parents' Wi-Fi. The "Health" list is warnings.
func familyTailscale(r *rng) any {
	son := r.english()
	parent := r.english()
	parent.last = son.last
	mail := r.email(son)
	pmail := r.email(parent)
	suffix := "tail" + r.hex(5) + ".ts.net"
	l := r.lan()
	wanHome := r.wan()
	t := r.when()
	latest := fmt.Sprintf("1.%d.%d", r.in(66, 72), r.in(0, 4))
	selfVer := fmt.Sprintf("1.%d.%d-t%s-g%s", r.in(56, 66), r.in(0, 4), r.hex(9), r.hex(9))

	type node struct {
		host, os string
		user     int
		subnet   bool
		lanIP    string
	}
	nodes := []node{
		{"raspberrypi", "linux", 1, true, l.host(r.in(2, 40))},
		{r.pick("nas-ds220", "diskstation", "truenas"), "linux", 1, false, l.host(r.in(41, 80))},
		{ascii(parent.first) + "s-ipad", "iOS", 2, false, l.host(r.in(100, 199))},
		{ascii(son.first) + "-" + r.pick("mbp", "thinkpad", "xps"), r.pick("macOS", "windows", "linux"), 1, false, ""},
	}
	uid1, uid2 := r.in(1000000, 9999999), r.in(1000000, 9999999)
	peerObj := func(n node, self bool) obj {
		ip := r.cgnat()
		addrs := arr{}
		if n.lanIP != "" {
			addrs = append(addrs, netw(n.lanIP+":41641"))
			addrs = append(addrs, netw(wanHome+fmt.Sprintf(":%d", r.in(1024, 65000))))
		} else {
			addrs = append(addrs, netw(r.wan()+":41641"))
		}
		allowed := arr{netw(ip + "/32"), netw("fd7a:115c:a1e0::" + r.hex(4) + ":" + r.hex(4) + "/128")}
		var primary any = null()
		if n.subnet {
			allowed = append(allowed, netw(l.cidr()))
			primary = arr{netw(l.cidr())}
		}
		uid := uid1
		if n.user == 2 {
			uid = uid2
		}
		o := obj{
			{"ID", decoy("n" + r.alnum(10) + "CNTRL")},
			{"PublicKey", decoy("nodekey:" + r.hex(64))},
			{"HostName", netw(n.host)},
			{"DNSName", netw(n.host + "." + suffix + ".")},
			{"OS", dev(n.os)},
			{"UserID", plain(uid)},
			{"TailscaleIPs", arr{netw(ip), netw("fd7a:115c:a1e0::" + r.hex(4) + ":" + r.hex(4))}},
			{"AllowedIPs", allowed},
			{"PrimaryRoutes", primary},
			{"Addrs", addrs},
			{"CurAddr", netw(addrs[0].(leaf).val.(string))},
			{"Relay", plain(r.pick("lhr", "fra", "nyc", "sea"))},
			{"RxBytes", plain(r.in(0, 90000000))},
			{"TxBytes", plain(r.in(0, 90000000))},
			{"Created", plain(iso(after(t, -r.in(10000, 200000))))},
			{"LastWrite", plain(iso(after(t, -r.in(0, 60))))},
			{"LastSeen", dev(iso(after(t, -r.in(0, 3000))))},
			{"LastHandshake", plain(iso(after(t, -r.in(0, 10))))},
			{"Online", plain(r.chance(0.7))},
			{"ExitNode", plain(false)},
			{"ExitNodeOption", plain(n.subnet)},
			{"Active", plain(r.chance(0.5))},
			{"PeerAPIURL", arr{netw(fmt.Sprintf("http://%s:%d", ip, r.in(30000, 60000)))}},
			{"Capabilities", arr{plain("https://tailscale.com/cap/file-sharing"), plain("https://tailscale.com/cap/ssh")}},
			{"InNetworkMap", plain(true)},
			{"InMagicSock", plain(!self)},
			{"InEngine", plain(!self)},
			{"KeyExpiry", plain(iso(after(t, r.in(10000, 260000))))},
		}
		if n.os == "linux" {
			o = append(o, field{"sshHostKeys", arr{decoy("ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAA" + r.b64raw(32))}})
		}
		return o
	}
	selfIdx := 3
	peers := obj{}
	for i, n := range nodes {
		if i == selfIdx {
			continue
		}
		peers = append(peers, field{"nodekey:" + r.hex(64), peerObj(n, false)})
	}
	ssid := r.pick("BTHub-", "VM", "SKY", "TALKTALK", "Plusnet-") + r.HEX(4)
	authKey := "tskey-auth-k" + r.alnum(10) + "CNTRL-" + r.alnum(33)
	status := obj{
		{"Version", dev(selfVer)},
		{"TUN", plain(true)},
		{"BackendState", plain("Running")},
		{"HaveNodeKey", plain(true)},
		{"AuthURL", plain("")},
		{"TailscaleIPs", arr{netw(r.cgnat()), netw("fd7a:115c:a1e0::" + r.hex(4) + ":" + r.hex(4))}},
		{"Self", peerObj(nodes[selfIdx], true)},
		{"Health", arr{
			prose(p(r.pick("Tailscale could not connect to the 'lhr' relay server.", "Some peers are advertising routes but --accept-routes is false", "Unable to connect to the Tailscale coordination server to synchronize the state of your tailnet."))).withDecoy(),
		}},
		{"MagicDNSSuffix", netw(suffix)},
		{"CurrentTailnet", obj{{"Name", cont(mail)}, {"MagicDNSSuffix", netw(suffix)}, {"MagicDNSEnabled", plain(true)}}},
		{"CertDomains", arr{netw(nodes[selfIdx].host + "." + suffix)}},
		{"Peer", peers},
		{"User", obj{
			{fmt.Sprint(uid1), obj{{"ID", plain(uid1)}, {"LoginName", cont(mail)}, {"DisplayName", cont(son.full())}, {"ProfilePicURL", cont("https://avatars.example.com/u/" + r.digits(8) + "?v=4")}, {"Roles", arr{}}}},
			{fmt.Sprint(uid2), obj{{"ID", plain(uid2)}, {"LoginName", cont(pmail)}, {"DisplayName", cont(parent.full())}, {"ProfilePicURL", cont("https://avatars.example.com/u/" + r.digits(8) + "?v=4")}, {"Roles", arr{}}}},
		}},
		{"ClientVersion", obj{{"RunningLatest", plain(false)}, {"LatestVersion", decoy(latest)}, {"Notify", plain(true)}, {"NotifyText", plain("Update available: " + latest)}}},
	}
	prefs := obj{
		{"ControlURL", decoy("https://controlplane.tailscale.com")},
		{"RouteAll", plain(false)},
		{"ExitNodeID", plain("")},
		{"ExitNodeIP", plain("")},
		{"CorpDNS", plain(true)},
		{"RunSSH", plain(r.chance(0.5))},
		{"WantRunning", plain(true)},
		{"ShieldsUp", plain(false)},
		{"AdvertiseTags", null()},
		{"Hostname", plain("")},
		{"AdvertiseRoutes", arr{netw(l.cidr())}},
		{"NoSNAT", plain(false)},
		{"NetfilterMode", plain(2)},
		{"OperatorUser", cont(ascii(son.first))},
		{"Persist", obj{
			{"PrivateNodeKey", cred("privkey:" + r.hex(64))},
			{"OldPrivateNodeKey", plain("privkey:" + strings.Repeat("0", 64))},
			{"UserProfile", obj{{"ID", plain(uid1)}, {"LoginName", cont(mail)}, {"DisplayName", cont(son.full())}, {"ProfilePicURL", cont("https://avatars.example.com/u/" + r.digits(8) + "?v=4")}}},
			{"NetworkLockKey", cred("nlpriv:" + r.hex(64))},
			{"NodeID", decoy("n" + r.alnum(10) + "CNTRL")},
			{"DisallowedTKAStateIDs", null()},
		}},
	}
	return obj{
		{"status", status},
		{"prefs", prefs},
		{"setup_note", prose(
			p("Mum & Dad's Pi: "), p(nodes[0].lanIP, netC), p(" on their "), p(ssid, netC), p(" Wi-Fi (key "), p(r.psk(), credC),
			p("), router admin "), p("http://"+l.gw(), netC), p(" – pre-auth key "), p(authKey, credC),
			p(" expires in 90 days. Home Assistant on :8123, user "), p(ascii(parent.first), contactC), p(".")),
		},
	}
}

// withDecoy marks a leaf as a look-alike too (a warnings list under a key
// named "Health").
func (l leaf) withDecoy() leaf {
	l.label.Decoy = true
	return l
}
