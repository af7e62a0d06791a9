package corpus

import (
	"fmt"
	"strconv"
)

func buildDeviceInventory(d *dg) {
	b := d.b
	body := func() {
		b.str(d.k("account_id", "user_id", "owner_id"), d.recordID(), none())
		if d.chance(0.5) {
			b.str(d.k("owner_email", "email", "account_email"), d.email(), contact())
		}
		b.arr(d.k("devices", "device_list", "inventory", "assets"), func() {
			for range d.between(1, 5) {
				b.obj("", func() { d.inventoryDevice() })
			}
		})
		if d.chance(0.4) {
			b.obj(d.k("phone", "client", "mobile_device"), func() {
				b.str(d.k("model", "device_model", "phone_model"), d.pick(phoneModels...), device())
				b.str(d.k("os_version", "os", "platform_version"), d.phoneOS(), device())
				b.str(d.k("app_version", "app_ver", "client_version"), d.appVersion(), device())
				if d.chance(0.6) {
					b.str(d.k("user_agent", "ua"), d.userAgent(), device())
				}
				if d.chance(0.5) {
					b.str(d.k("imei", "device_imei"), d.imei(), device())
				}
				if d.chance(0.4) {
					b.str(d.k("push_token", "fcm_token", "apns_token"), d.rs(b64url, 152), cred())
				}
			})
		}
		d.timestamp(d.k("synced_at", "exported_at", "updated_at"), none())
		d.sprinkle(d.intn(3))
	}
	if d.chance(0.35) {
		d.esEnvelope(d.pick("device_info", "wyze-devices-2019.12", "device_activation_metrics"), body)
	} else {
		body()
	}
}

func (d *dg) inventoryDevice() {
	b := d.b
	kind := d.pick("camera", "plug", "bulb", "lock", "sensor", "scale", "doorbell", "hub", "phone")
	d.shuffled(
		func() {
			switch d.intn(3) {
			case 0:
				b.str(d.k("device_id", "did", "dev_id"), d.uuid(), device())
			case 1:
				b.str(d.k("device_id", "device_uuid", "deviceId"), mixedCaseHex(d.hex(32)), device())
			default:
				b.str(d.k("device_mac", "mac"), d.mac(), macLabel())
			}
		},
		func() {
			b.str(d.k("type", "device_type", "category", "product_type"), kind, device())
		},
		func() {
			if kind == "phone" {
				b.str(d.k("model", "hw_model"), d.pick(phoneModels...), device())
			} else {
				b.str(d.k("model", "product_model", "sku_model"), d.pick(wyzeModels...), device())
			}
		},
		func() {
			if d.chance(0.7) {
				b.str(d.k("serial", "serial_number", "sn", "serial_no"), d.serial(), device())
			}
		},
		func() {
			if kind == "phone" || d.chance(0.1) {
				b.str(d.k("imei"), d.imei(), device())
			}
		},
		func() {
			if d.chance(0.5) {
				b.str(d.k("hw_rev", "hardware_revision", "hw_ver"), d.pick("A1", "B2", "rev3", d.hwVersion()), device())
			}
		},
		func() {
			fw, ip := d.fwVersion()
			if kind == "phone" {
				b.str(d.k("os_version", "os"), d.phoneOS(), device())
				return
			}
			b.str(d.k("fw_version", "firmware", "fwVer", "fw"), fw, fwLabel(ip))
		},
		func() {
			if d.chance(0.6) {
				d.timestamp(d.k("last_seen", "last_on", "last_online", "last_heartbeat"), device())
			}
		},
		func() {
			if d.chance(0.4) {
				b.str(d.k("nickname", "name", "label"), d.pick(nicknames...), device())
			}
		},
	)
	if d.chance(0.4) {
		d.timestamp(d.k("activated_at", "registered_at", "created_at"), none())
	}
	if d.chance(0.5) {
		b.int(d.k("battery", "battery_pct"), int64(d.intn(101)), none())
	}
	if d.chance(0.4) {
		b.bool(d.k("online", "is_online"), d.chance(0.6), none())
	}
	if d.chance(0.3) {
		b.str(d.k("warranty", "warranty_status"), d.pick("active", "expired"), none())
	}
	if d.chance(0.2) {
		b.str(d.k("sku"), d.pick("WYZEC2-W", "WLPP1-4PK"), decoy())
	}
}

// mixedCaseHex uppercases some hex ids, as some exports do.
func mixedCaseHex(h string) string {
	if h[0] < '8' {
		return h
	}
	out := []byte(h)
	for i, c := range out {
		if c >= 'a' && c <= 'f' {
			out[i] = c - 'a' + 'A'
		}
	}
	return string(out)
}

// Mongoexport documents, with extended JSON wrappers.

func (d *dg) oid() string { return d.hex(24) }

func (d *dg) mongoDate(key string, l Label) {
	b := d.b
	b.obj(key, func() {
		t := d.when()
		switch d.intn(3) {
		case 0:
			b.obj("$date", func() { b.str("$numberLong", strconv.FormatInt(t.UnixMilli(), 10), l) })
		case 1:
			b.str("$date", t.Format("2006-01-02T15:04:05.000Z"), l)
		default:
			b.int("$date", t.UnixMilli(), l)
		}
	})
}

func buildMongo(d *dg) {
	b := d.b
	p := d.person()
	b.obj("_id", func() { b.str("$oid", d.oid(), none()) })
	b.str(d.k("email", "emailAddress"), d.emailOf(p), contact())
	if d.chance(0.6) {
		b.obj(d.k("profile", "name"), func() {
			b.str(d.k("first_name", "given_name"), p.first, contact())
			b.str(d.k("last_name", "family_name"), p.last, contact())
		})
	}
	if d.chance(0.5) {
		b.obj(d.k("phone", "mobile"), func() {
			b.str("$numberLong", fmt.Sprintf("1%d555%04d", d.pick3(206, 415, 425), d.between(100, 199)), contact())
		})
	}
	if d.chance(0.4) {
		b.str(d.k("password", "hashed_password", "services_password_bcrypt"), "$2b$10$"+d.rs(bcryptAlp, 53), cred())
	}
	if d.chance(0.4) {
		bd := d.body()
		b.obj(d.k("body", "biometrics", "health"), func() {
			b.obj(d.k("weight", "wt"), func() {
				b.str("$numberDecimal", strconv.FormatFloat(bd.weightKG, 'f', 2, 64), health())
			})
			b.obj(d.k("height", "ht"), func() { b.str("$numberInt", strconv.Itoa(int(bd.heightCM)), health()) })
			if d.chance(0.5) {
				b.str(d.k("gender"), d.gender(bd.male), genderLabel())
			}
		})
	}
	b.arr(d.k("devices", "cams"), func() {
		for range d.between(0, 3) {
			b.obj("", func() {
				b.obj("_id", func() { b.str("$oid", d.oid(), none()) })
				b.str(d.k("mac"), d.mac(), macLabel())
				b.str(d.k("model", "productModel"), d.pick(wyzeModels...), device())
				fw, ip := d.fwVersion()
				b.str(d.k("fw_ver", "firmwareVer", "fw"), fw, fwLabel(ip))
				d.mongoDate(d.k("last_on", "lastSeen", "last_on_time"), device())
				if d.chance(0.5) {
					b.str(d.k("ssid"), d.ssid(), netw())
				}
				if d.chance(0.4) {
					b.obj(d.k("event_count"), func() { b.str("$numberInt", strconv.Itoa(d.intn(900)), none()) })
				}
			})
		}
	})
	if d.chance(0.5) {
		b.obj(d.k("owner_ref", "userRef", "account"), func() { b.str("$oid", d.oid(), none()) })
	}
	b.obj(d.k("login_count", "loginCount"), func() {
		b.str(d.pick("$numberLong", "$numberInt"), strconv.Itoa(d.intn(5000)), decoy())
	})
	if d.chance(0.5) {
		b.obj(d.k("session_token", "resume_token", "auth_token"), func() {
			b.str(d.k("hashed_token", "token"), d.rs(b64std, 43)+"=", cred())
			d.mongoDate(d.k("when"), none())
		})
	}
	d.mongoDate(d.k("created_at", "createdAt"), none())
	d.mongoDate(d.k("updated_at", "updatedAt"), none())
	if d.chance(0.4) {
		b.obj(d.k("schema_version", "__v"), func() { b.str("$numberInt", strconv.Itoa(d.between(0, 9)), decoy()) })
	}
	d.sprinkle(d.intn(2))
}
