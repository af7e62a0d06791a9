package corpus

import (
	"fmt"
	"strconv"
)

// esEnvelope writes an Elasticsearch dump line around the members fn writes
// into _source, as the Wyze database was dumped.
func (d *dg) esEnvelope(index string, fn func()) {
	d.b.str("_index", index, none())
	d.b.str("_type", d.pick("_doc", "_doc", "user", "doc"), none())
	d.b.str("_id", d.esID(), none())
	if d.chance(0.8) {
		d.b.int("_score", 1, none())
	} else {
		d.b.num("_score", "1.0", none())
	}
	d.b.obj("_source", fn)
}

func buildWyzeUser(d *dg) {
	idx := d.pick("wyze_user_v2", "user-info-2019.12", "wyze-users", "app_user_device", "device_activation_metrics")
	d.esEnvelope(idx, func() { d.wyzeSource() })
}

func (d *dg) wyzeSource() {
	b := d.b
	p := d.person()
	b.str(d.k("user_id", "uid", "user_center_id"), d.recordID(), none())
	b.str(d.k("email", "user_email", "email_address", "mail"), d.emailOf(p), contact())
	switch d.intn(4) {
	case 0:
		b.str(d.k("first_name", "fname"), p.first, contact())
		b.str(d.k("last_name", "lname", "surname"), p.last, contact())
	case 1:
		b.str(d.k("nickname", "user_name", "display_name"), p.full(), contact())
	case 2:
		b.str(d.k("nickname", "username", "handle"), d.username(p), contact())
	}
	if d.chance(0.35) {
		b.str(d.k("logo", "avatar_url", "profile_photo", "photo_url"), d.photoURL(), contact())
	}
	if d.chance(0.3) {
		b.bool(d.k("email_verified", "is_email_verified"), d.chance(0.8), decoy())
	}
	d.shuffled(
		func() { d.sharedWith() },
		func() { d.wyzeTokens() },
		func() { d.wyzeApp() },
		func() {
			if d.chance(0.25) {
				d.alexa()
			}
		},
	)
	b.arr(d.k("device_list", "cameras", "devices", "camera_list"), func() {
		net := d.lan()
		ssid := d.ssid()
		for range d.between(1, 5) {
			b.obj("", func() { d.wyzeCamera(p, net, ssid) })
		}
	})
	if d.chance(0.5) {
		b.str(d.k("timezone", "timezone_name", "tz"), d.pick("America/Los_Angeles", "America/New_York", "Europe/Berlin", "Asia/Shanghai", "-08:00"), none())
	}
	d.timestamp(d.k("last_login_time", "last_login", "login_ts"), none())
	if d.chance(0.5) {
		d.timestamp(d.k("last_logout_time", "logout_time"), none())
	}
	if d.chance(0.4) {
		d.timestamp(d.k("register_time", "created_at", "reg_ts"), none())
	}
	d.sprinkle(d.intn(3))
}

func (d *dg) sharedWith() {
	b := d.b
	n := d.intn(4)
	if n == 0 && d.chance(0.5) {
		return
	}
	objects := d.chance(0.4)
	b.arr(d.k("shared_with", "share_list", "shared_users", "family_emails"), func() {
		for range n {
			if !objects {
				b.str("", d.email(), contact())
				continue
			}
			b.obj("", func() {
				b.str(d.k("email", "user_email"), d.email(), contact())
				b.str(d.k("role", "permission"), d.pick("viewer", "member", "admin"), none())
				if d.chance(0.5) {
					d.timestamp(d.k("share_time", "shared_at"), none())
				}
			})
		}
	})
}

func (d *dg) wyzeTokens() {
	b := d.b
	b.str(d.k("access_token", "api_token", "token", "user_token", "tkn"), d.apiToken(), cred())
	if d.chance(0.6) {
		b.str(d.k("refresh_token", "refresh_tkn"), d.apiToken(), cred())
	}
	if d.chance(0.3) {
		b.int(d.k("token_count", "active_token_count"), int64(d.between(1, 9)), decoy())
	}
	if d.chance(0.3) {
		b.str(d.k("token_type"), d.pick("Bearer", "bearer"), decoy())
	}
}

func (d *dg) wyzeApp() {
	b := d.b
	if d.chance(0.8) {
		b.str(d.k("app_version", "app_ver", "appver"), d.appVersion(), device())
	}
	if d.chance(0.8) {
		b.str(d.k("phone_os", "os_version", "phone_system_type", "os"), d.phoneOS(), device())
	}
	if d.chance(0.4) {
		b.str(d.k("phone_model", "phone_type", "mobile_model"), d.pick(phoneModels...), device())
	}
	if d.chance(0.4) {
		b.str(d.k("phone_id", "device_uuid", "phone_uuid"), d.uuid(), device())
	}
}

func (d *dg) alexa() {
	b := d.b
	b.obj(d.k("alexa", "alexa_integration", "lwa", "amazon_link"), func() {
		b.str(d.k("access_token", "alexa_token", "lwa_access_token"), d.lwaAccess(), cred())
		if d.chance(0.8) {
			b.str(d.k("refresh_token", "lwa_refresh_token"), d.lwaRefresh(), cred())
		}
		if d.chance(0.6) {
			b.int(d.k("expires_in"), 3600, none())
		}
		if d.chance(0.4) {
			b.str(d.k("token_type"), "bearer", decoy())
		}
		if d.chance(0.5) {
			d.timestamp(d.k("linked_at", "link_time"), none())
		}
	})
}

func (d *dg) wyzeCamera(owner person, net lan, ssid string) {
	b := d.b
	model := d.pick(wyzeModels...)
	b.str(d.k("mac", "device_mac", "mac_address", "mac_addr"), d.mac(), macLabel())
	b.str(d.k("product_model", "model", "device_model"), model, device())
	if d.chance(0.4) {
		b.str(d.k("product_type", "device_type", "type"), d.pick("Camera", "Plug", "Light", "MeshLight", "Lock", "Sense", "Scale"), device())
	}
	nick := d.pick(nicknames...)
	if d.chance(0.2) {
		nick = owner.first + "'s " + d.pick("Room", "Cam", "Office", "Car")
	}
	b.str(d.k("nickname", "device_name", "nick_name", "alias"), nick, device())
	fw, ipShaped := d.fwVersion()
	b.str(d.k("firmware_ver", "fw_ver", "firmware_version", "fw", "firmware"), fw, fwLabel(ipShaped))
	if d.chance(0.3) {
		b.str(d.k("hardware_ver", "hw_ver", "hw_rev"), d.hwVersion(), device())
	}
	if d.chance(0.7) {
		d.timestamp(d.k("last_on_time", "last_seen", "last_online", "last_on_ts"), device())
	}
	if d.chance(0.5) {
		b.bool(d.k("is_online", "online", "conn_state"), d.chance(0.7), none())
	}
	if d.chance(0.3) {
		b.bool(d.k("firmware_update_available", "fw_upgrade_available"), d.chance(0.3), decoy())
	}
	wifi := func() {
		b.str(d.k("ssid", "wifi_ssid", "wifi_name", "router_name"), ssid, netw())
		if d.chance(0.8) {
			b.str(d.k("ip", "local_ip", "ip_addr", "lan_ip"), net.host(d), netw())
		}
		if d.chance(0.5) {
			if d.chance(0.5) {
				b.str(d.k("subnet", "subnet_mask", "netmask"), net.mask, netw())
			} else {
				b.str(d.k("subnet", "network"), net.cidr, netw())
			}
		}
		if d.chance(0.5) {
			b.str(d.k("gateway", "gateway_ip", "router_ip", "gw"), net.gateway, netw())
		}
		if d.chance(0.4) {
			b.int(d.k("rssi", "signal_strength"), int64(-d.between(30, 85)), none())
		}
	}
	if d.chance(0.5) {
		b.obj(d.k("wifi", "network_info", "wifi_info"), wifi)
	} else {
		wifi()
	}
	if d.chance(0.3) {
		d.timestamp(d.k("activation_time", "binding_time"), none())
	}
	if d.chance(0.25) {
		b.int(d.k("event_count", "alarm_count"), int64(d.intn(500)), none())
	}
}

// Body metrics of beta testers.

func buildBodyMetrics(d *dg) {
	if d.chance(0.4) {
		d.esEnvelope(d.pick("body_metrics_beta", "scale-records-2019.12", "wyze_scale"), func() { d.bodySource() })
		return
	}
	d.b.str(d.k("id", "record_id", "_id"), d.recordID(), none())
	d.bodySource()
}

func (d *dg) bodySource() {
	b := d.b
	p := d.person()
	bd := d.body()
	if d.chance(0.8) {
		b.str(d.k("email", "user_email", "owner_email"), d.emailOf(p), contact())
	} else {
		b.str(d.k("user_id", "uid"), d.recordID(), none())
	}
	if d.chance(0.3) {
		b.str(d.k("name", "user_name"), p.full(), contact())
	}
	d.timestamp(d.k("measure_ts", "measured_at", "timestamp", "date"), none())
	if d.chance(0.4) {
		b.obj(d.k("scale", "device"), func() {
			b.str(d.k("model", "product_model"), d.pick("JA.SC", "JA.SC2", "WYZE_JA_SCALE"), device())
			b.str(d.k("mac"), d.mac(), macLabel())
			if d.chance(0.5) {
				fw, ip := d.fwVersion()
				b.str(d.k("fw_ver", "firmware_ver"), fw, fwLabel(ip))
			}
		})
	}
	profile := func() {
		b.str(d.k("gender", "sex"), d.gender(bd.male), genderLabel())
		if d.chance(0.5) {
			b.int(d.k("age"), int64(d.between(19, 78)), genderLabel())
		}
		if d.chance(0.3) {
			b.float(d.k("goal_weight", "target_weight"), d.floatIn(55, 95), 1, health())
		}
		if d.chance(0.3) {
			b.str(d.k("unit_system", "units"), d.pick("metric", "imperial"), none())
		}
	}
	switch d.intn(4) {
	case 0: // key/value rows
		if d.chance(0.5) {
			b.obj(d.k("profile", "user_profile"), profile)
		} else {
			profile()
		}
		b.withHard(HardObfuscated, func() {
			nk, vk := d.pick("type", "metric", "name", "key"), d.pick("value", "val", "v")
			b.arr(d.k("measurements", "metrics", "data"), func() {
				for _, m := range d.metricSet() {
					b.obj("", func() { d.metricRow(nk, vk, m, bd) })
				}
			})
		})
	case 1: // nested
		b.obj(d.k("profile", "user_profile", "user_info"), profile)
		b.obj(d.k("metrics", "body_metrics", "result"), func() {
			for _, m := range d.metricSet() {
				d.metric(m, bd)
			}
		})
	default: // flat
		profile()
		for _, m := range d.metricSet() {
			d.metric(m, bd)
		}
	}
	if d.chance(0.3) {
		b.arr(d.k("history", "weight_history"), func() {
			for range d.between(1, 4) {
				b.obj("", func() {
					d.timestamp(d.k("ts", "date"), none())
					b.float(d.k("weight", "wt"), bd.weightKG+d.floatIn(-2, 2), 1, health())
					if d.chance(0.5) {
						b.float(d.k("body_fat", "bf"), d.floatIn(12, 35), 1, health())
					}
				})
			}
		})
	}
	if d.chance(0.3) {
		b.bool(d.k("is_beta_tester", "beta"), true, none())
	}
	d.sprinkle(d.intn(2))
}

var allMetrics = []string{
	"height", "weight", "bmi", "body_fat", "bone_mass", "bone_density", "muscle_mass",
	"protein", "heart_rate", "water", "visceral_fat", "bmr", "metabolic_age", "steps", "sleep",
}

func (d *dg) metricSet() []string {
	var out []string
	for i, m := range allMetrics {
		if i < 2 && d.chance(0.9) || d.chance(0.5) {
			out = append(out, m)
		}
	}
	if len(out) == 0 {
		out = append(out, "weight")
	}
	return out
}

var metricKeys = map[string][]string{
	"height":        {"height", "height_cm", "ht", "body_height"},
	"weight":        {"weight", "weight_kg", "wt", "body_weight"},
	"bmi":           {"bmi", "body_mass_index"},
	"body_fat":      {"body_fat", "body_fat_pct", "bfr", "fat_rate"},
	"bone_mass":     {"bone_mass", "bone_mass_kg", "bone"},
	"bone_density":  {"bone_density", "bmd"},
	"muscle_mass":   {"muscle_mass", "muscle", "smm"},
	"protein":       {"protein", "daily_protein_intake", "protein_rate"},
	"heart_rate":    {"heart_rate", "hr", "resting_heart_rate", "pulse"},
	"water":         {"body_water", "water_rate", "tbw"},
	"visceral_fat":  {"visceral_fat", "vfl"},
	"bmr":           {"bmr", "basal_metabolic_rate", "daily_calories"},
	"metabolic_age": {"metabolic_age", "body_age"},
	"steps":         {"steps", "daily_steps"},
	"sleep":         {"sleep_hours", "sleep_duration_h", "sleep"},
}

// metricValue returns a JSON literal (number or quoted string) for metric m.
func (d *dg) metricValue(m string, bd body) (lit string, str bool) {
	f := func(v float64, prec int) string { return strconv.FormatFloat(v, 'f', prec, 64) }
	switch m {
	case "height":
		switch d.intn(5) {
		case 0:
			return fmt.Sprintf("%.0f cm", bd.heightCM), true
		case 1:
			return feetInches(bd.heightCM), true
		case 2:
			return feetInchesShort(bd.heightCM), true
		default:
			return f(bd.heightCM, d.intn(2)), false
		}
	case "weight":
		switch d.intn(5) {
		case 0:
			return f(bd.weightKG, 1) + " kg", true
		case 1:
			return f(bd.weightKG*2.20462, 1) + " lb", true
		default:
			return f(bd.weightKG, d.between(1, 2)), false
		}
	case "bmi":
		return f(bd.bmi(), 1), d.chance(0.2)
	case "body_fat":
		v := f(d.floatIn(10, 38), 1)
		if d.chance(0.3) {
			return v + "%", true
		}
		return v, false
	case "bone_mass":
		return f(d.floatIn(2.2, 3.8), 1), d.chance(0.3)
	case "bone_density":
		return f(d.floatIn(0.8, 1.4), 3), false
	case "muscle_mass":
		return f(bd.weightKG*d.floatIn(0.35, 0.5), 1), false
	case "protein":
		if d.chance(0.5) {
			return strconv.Itoa(d.between(40, 140)) + " g", true
		}
		return f(d.floatIn(14, 22), 1), false
	case "heart_rate":
		return strconv.Itoa(d.between(48, 110)), false
	case "water":
		return f(d.floatIn(45, 65), 1), false
	case "visceral_fat":
		return strconv.Itoa(d.between(3, 18)), false
	case "bmr":
		return strconv.Itoa(d.between(1200, 2400)), false
	case "metabolic_age":
		return strconv.Itoa(d.between(20, 70)), false
	case "steps":
		return strconv.Itoa(d.between(800, 22000)), false
	default:
		return f(d.floatIn(4, 9.5), 1), false
	}
}

// metric writes one body metric under a varied key.
func (d *dg) metric(m string, bd body) {
	lit, isStr := d.metricValue(m, bd)
	key := d.k(metricKeys[m]...)
	if m == "weight" && !isStr && d.chance(0.2) {
		key = d.k("weight_lb", "weight_lbs", "wt_lb")
		lit = strconv.FormatFloat(bd.weightKG*2.20462, 'f', 1, 64)
		d.b.num(key, lit, health())
		return
	}
	if isStr {
		d.b.str(key, lit, health())
		return
	}
	if d.chance(0.12) {
		d.b.obj(key, func() {
			d.b.num(d.k("value", "val"), lit, health())
			d.b.str(d.k("unit"), metricUnit(m), none())
		})
		return
	}
	d.b.num(key, lit, health())
}

func metricUnit(m string) string {
	switch m {
	case "height":
		return "cm"
	case "weight", "bone_mass", "muscle_mass":
		return "kg"
	case "heart_rate":
		return "bpm"
	case "bmr":
		return "kcal"
	case "bone_density":
		return "g/cm2"
	case "steps":
		return "steps"
	case "sleep":
		return "h"
	}
	return "%"
}

// metricRow writes {"type":"bone_mass","value":"3.1"}: the name is not
// sensitive, the value is health.
func (d *dg) metricRow(nameKey, valueKey, m string, bd body) {
	b := d.b
	lit, isStr := d.metricValue(m, bd)
	b.str(nameKey, d.k(metricKeys[m]...), none())
	if isStr || d.chance(0.5) {
		b.str(valueKey, lit, health())
	} else {
		b.num(valueKey, lit, health())
	}
	if d.chance(0.4) {
		b.str("unit", metricUnit(m), none())
	}
}
