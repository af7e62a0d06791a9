package blindset15

import (
	"fmt"
	"strings"
)

// installerTuya: a smart-home installer's support bundle for one customer,
// files keyed by their paths ("~/tinytuya/devices.json", ...): the
// customer, the tinytuya wizard's cloud settings (access id, secret), the
// device list from the Tuya cloud (nickname, id, local key, MAC, UUID,
// serial, category, product, model, IP, protocol version, DPS mapping),
// a LAN scan snapshot with DPS values (a body-composition scale and a
// blood-pressure monitor among lamps, plugs, a thermostat and a door
// sensor), the cloud status of the health devices as {code, value} rows,
// the router, and the installer's notes.
func installerTuya(r *rng) any {
	first, last := r.ukName()
	street, town, pc := r.ukAddr()
	lan := r.lanPrefix()
	inst := r.pick(ukFirst...)
	parent, parentName, her := r.pick("Mum", "Gran"), r.pick("Dorothy", "Margaret", "Jean", "Eileen"), "her"
	if r.chance(0.5) {
		parent, parentName, her = r.pick("Dad", "Grandad"), r.pick("Brian", "Kenneth", "Derek", "Malcolm"), "his"
	}

	type tdev struct {
		nick, cat, product, model, pid string
		dps                            obj
		mapping                        obj
		health                         bool
	}
	dp := func(id, code, typ string) field {
		return field{id, obj{{"code", plain(code)}, {"type", plain(typ)}}}
	}
	kg := r.f1(48, 110)
	sys, dia := r.bp()
	pulse := r.in(52, 96)
	pool := []tdev{
		{parent + "'s bedside lamp", "dj", "Smart Bulb RGBCW", "SL10", "key" + r.alnum(12), obj{{"20", plain(r.chance(0.5))}, {"21", plain("white")}, {"22", plain(r.in(10, 1000))}}, obj{dp("20", "switch_led", "Boolean"), dp("21", "work_mode", "Enum"), dp("22", "bright_value_v2", "Integer")}, false},
		{"Kettle plug", "cz", "Smart Plug 16A", "SP111", "key" + r.alnum(12), obj{{"1", plain(r.chance(0.5))}, {"19", plain(r.in(0, 30000))}, {"20", plain(r.in(2200, 2450))}}, obj{dp("1", "switch_1", "Boolean"), dp("19", "cur_power", "Integer"), dp("20", "cur_voltage", "Integer")}, false},
		{"Front door sensor", "mcs", "Door & Window Sensor", "DS01", "key" + r.alnum(12), obj{{"1", plain(r.chance(0.3))}, {"2", plain(r.in(10, 100))}}, obj{dp("1", "doorcontact_state", "Boolean"), dp("2", "battery_percentage", "Integer")}, false},
		{"Lounge thermostat", "wk", "Smart Thermostat Valve", "TV02", "key" + r.alnum(12), obj{{"2", decoy(r.in(170, 230))}, {"3", decoy(r.in(150, 240))}, {"4", plain("auto")}}, obj{dp("2", "temp_set", "Integer"), dp("3", "temp_current", "Integer"), dp("4", "mode", "Enum")}, false},
		{parent + "'s scale", "tzc1", "Body Fat Scale", "CS20F", "key" + r.alnum(12), obj{{"101", hlth(int(kg * 10)).obf()}, {"102", hlth(r.f1(14, 42)).obf()}, {"103", hlth(r.f1(2.0, 3.6)).obf()}, {"104", plain(r.in(10, 100))}}, obj{dp("101", "body_weight", "Integer"), dp("102", "body_fat", "Integer"), dp("103", "bone_mass", "Integer"), dp("104", "battery_percentage", "Integer")}, true},
		{parent + "'s BP monitor", "xyj", "Blood Pressure Monitor", "BP-U80", "key" + r.alnum(12), obj{{"101", hlth(sys).obf()}, {"102", hlth(dia).obf()}, {"103", hlth(pulse).obf()}, {"104", hlth(r.chance(0.2)).obf()}}, obj{dp("101", "sys", "Integer"), dp("102", "dia", "Integer"), dp("103", "pulse", "Integer"), dp("104", "arrhythmia", "Boolean")}, true},
	}
	idx := r.Perm(4)[:r.in(2, 3)]
	chosen := []tdev{}
	for _, i := range idx {
		chosen = append(chosen, pool[i])
	}
	chosen = append(chosen, pool[4+r.IntN(2)])
	if r.chance(0.4) {
		chosen = append(chosen, pool[4+(1-r.IntN(2))])
	}

	cloud := arr{}
	snap := arr{}
	status := obj{}
	for _, d := range chosen {
		id := "bf" + r.hexs(20)
		key := r.from(alnumSet+"!#$%'()*+,-./:;<=>?[]^_|~", 16)
		mac := r.mac(":", false)
		ip := fmt.Sprintf("%s.%d", lan, r.in(20, 250))
		ver := r.pick("3.3", "3.4", "3.5")
		cloud = append(cloud, obj{
			{"name", dev(d.nick)},
			{"id", dev(id)},
			{"key", cred(key)},
			{"mac", macAddr(mac)},
			{"uuid", dev(r.hexs(16))},
			{"sn", dev(r.upper(4) + r.digits(10))},
			{"category", dev(d.cat)},
			{"product_name", dev(d.product)},
			{"product_id", dev(d.pid)},
			{"biz_type", plain(r.in(0, 20))},
			{"model", dev(d.model)},
			{"sub", plain(false)},
			{"icon", decoy("https://images.tuyaeu.com/smart/icon/" + r.alnum(20) + ".png")},
			{"mapping", d.mapping},
		})
		snap = append(snap, obj{
			{"name", dev(d.nick)},
			{"id", dev(id)},
			{"ip", netw(ip)},
			{"key", cred(key)},
			{"ver", decoy(ver)},
			{"dps", obj{{"devId", dev(id)}, {"dps", obfuscated(d.dps)}}},
		})
		if d.health {
			rows := arr{}
			for _, f := range d.mapping {
				code := f.val.(obj)[0].val.(leaf).val.(string)
				var v leaf
				for _, x := range d.dps {
					if x.key == f.key {
						v = x.val.(leaf)
					}
				}
				rows = append(rows, obj{{"code", plain(code).obf()}, {"value", v}})
			}
			status = append(status, field{id, obj{{"result", rows}, {"success", plain(true)}, {"t", plain(r.epochMs(2024, 2024))}}})
		}
	}

	routerModel := r.pick("BT Smart Hub 2", "Virgin Media Hub 5", "Sky Broadband Hub SR203", "TP-Link Archer AX55")
	ssid := r.pick("BT-", "VM", "SKY", "TP-Link_") + r.upper(4) + r.digits(2)
	note := func() leaf {
		return r.pickProse(
			func() leaf {
				return prose(p(parent+" ("), p(parentName, contactC), p(") "), p("uses the BP monitor every morning, readings go to "+her+" GP. Last one was "), p(fmt.Sprintf("%d/%d", sys, dia), healthC), p("."))
			},
			func() leaf {
				return prose(p("Fixed IP "), p(fmt.Sprintf("%s.%d", lan, r.in(20, 250)), netC), p(" for the scale, it drops off "), p(ssid, netC), p(" otherwise."))
			},
			func() leaf {
				return prose(p("Local keys changed after re-pairing on " + r.day(2024, 2024) + ", rerun wizard. Invoice INV-" + r.digits(5) + " paid."))
			},
			func() leaf {
				return prose(p("Customer's son "), p(r.pick(ukFirst...)+" "+last, contactC), p(" ("), p(r.ukMobile(), contactC), p(") has the Smart Life login, password "), p(r.psk(), credC), p("."))
			},
			func() leaf {
				return prose(p(parent+" had a "), p(r.pick("fall in the bathroom in March", "mild stroke last year", "hip replacement in May"), healthC), p(", family want the door sensor to alert them at night."))
			},
			func() leaf {
				return prose(p("Scale firmware updated to "), p(r.ver(), devC), p(", readings now sync again."))
			},
		)
	}
	notes := arr{}
	for k := 0; k < r.in(2, 3); k++ {
		notes = append(notes, note())
	}

	return obj{
		{"bundle", obj{{"created", plain(r.iso(2024, 2024))}, {"installer", cont(inst + " @ " + r.pick("HomeSmart Yorkshire", "Dales Smart Living", "SafeAtHome Installs"))}, {"job", decoy("JOB-" + r.digits(5))}}},
		{"customer", obj{
			{"name", cont(first + " " + last)},
			{"email", cont(r.mail(ascii(first) + "." + ascii(last)))},
			{"phone", cont(r.ukMobile())},
			{"address", cont(street + ", " + town + " " + pc)},
			{"care_package", plain(r.pick("Independent Living Plus", "Basic", "Falls & Wellbeing"))},
		}},
		{"~/tinytuya/tinytuya.json", obj{
			{"apiKey", decoy(r.alnum(20))},
			{"apiSecret", cred(r.hexs(32))},
			{"apiRegion", plain("eu")},
			{"apiDeviceID", dev("bf" + r.hexs(20))},
		}},
		{"~/tinytuya/devices.json", cloud},
		{"~/tinytuya/snapshot.json", obj{{"timestamp", plain(r.epochMs(2024, 2024))}, {"devices", snap}, {"tinytuya_version", decoy(r.pick("1.13.2", "1.14.0", "1.12.11"))}}},
		{"~/tinytuya/tuya-raw.json", obj{{"uid", decoy("eu" + r.digits(16) + r.alnum(4))}, {"username", cont(r.mail(ascii(first) + "." + ascii(last)))}, {"country_code", decoy("44")}, {"health_status", status}}},
		{"router", obj{
			{"model", dev(routerModel)},
			{"ssid", netw(ssid)},
			{"password", cred(strings.ToLower(r.alnum(4)) + "-" + strings.ToLower(r.alnum(4)) + "-" + strings.ToLower(r.alnum(4)))},
			{"gateway", netw(lan + ".1")},
			{"subnet", netw(lan + ".0/24")},
			{"admin_url", netw("http://" + lan + ".1")},
			{"admin_password", cred(r.alnum(10))},
		}},
		{"notes", notes},
	}
}
