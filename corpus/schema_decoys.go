package corpus

import (
	"fmt"
	"strconv"
)

// Look-alikes: names or values that resemble sensitive data but are not
// (CATEGORIES.md: counts, flags, enum states, prices, SKUs, locales, schema
// versions, record ids, timestamps, and names that only look sensitive).

// decoyFields each write one look-alike leaf.
var decoyFields = []func(d *dg){
	func(d *dg) { d.b.int(d.k("token_count", "tokens_issued", "num_tokens"), int64(d.intn(5000)), decoy()) },
	func(d *dg) {
		d.b.int(d.k("password_min_length", "pwd_min_len", "min_password_length"), int64(d.between(6, 16)), decoy())
	},
	func(d *dg) {
		d.b.int(d.k("height_px", "img_height", "thumbnail_height"), int64(d.pick3(480, 720, 1080)), decoy())
	},
	func(d *dg) { d.b.int(d.k("width_px", "img_width"), int64(d.pick3(640, 1280, 1920)), decoy()) },
	func(d *dg) { d.b.bool(d.k("email_verified", "is_email_verified"), d.chance(0.7), decoy()) },
	func(d *dg) { d.b.bool(d.k("phone_verified", "is_phone_verified"), d.chance(0.5), decoy()) },
	func(d *dg) {
		d.b.bool(d.k("firmware_update_available", "fw_update_available"), d.chance(0.3), decoy())
	},
	func(d *dg) { d.b.int(d.k("model_year", "report_year"), int64(d.between(2017, 2020)), decoy()) },
	func(d *dg) { d.b.int(d.k("ip_count", "unique_ips", "ip_addresses_seen"), int64(d.intn(40)), decoy()) },
	func(d *dg) { d.b.int(d.k("session_count", "sessions"), int64(d.intn(900)), decoy()) },
	func(d *dg) { d.b.str(d.k("version", "api_version"), d.semver(), decoy()) },
	func(d *dg) {
		d.b.int(d.k("schema_version", "schema_ver", "doc_version"), int64(d.between(1, 12)), decoy())
	},
	func(d *dg) { d.b.str(d.k("token_type"), d.pick("Bearer", "bearer", "JWT"), decoy()) },
	func(d *dg) { d.b.bool(d.k("password_reset_required", "must_change_password"), d.chance(0.2), decoy()) },
	func(d *dg) { d.b.bool(d.k("ssid_hidden", "hide_ssid", "wifi_hidden"), d.chance(0.2), decoy()) },
	func(d *dg) { d.b.bool(d.k("mac_filter_enabled", "mac_filtering"), d.chance(0.3), decoy()) },
	func(d *dg) { d.b.str(d.k("build", "build_number", "server_build"), d.winBuild(), decoy()) },
	func(d *dg) { d.b.bool(d.k("has_password", "password_set"), d.chance(0.9), decoy()) },
	func(d *dg) { d.b.int(d.k("contact_count", "contacts_synced"), int64(d.intn(300)), decoy()) },
	func(d *dg) { d.b.int(d.k("device_count", "num_devices"), int64(d.between(1, 12)), decoy()) },
	func(d *dg) {
		d.b.str(d.k("locale", "lang"), d.pick("en-US", "en-GB", "de-DE", "fr-FR", "es-ES", "zh-CN"), none())
	},
	func(d *dg) {
		d.b.str(d.k("country", "country_code"), d.pick("US", "GB", "DE", "CA", "FR", "CN"), decoy())
	},
	func(d *dg) { d.timestamp(d.k("updated_at", "modified", "update_time"), none()) },
	func(d *dg) {
		d.b.str(d.k("status", "state"), d.pick("active", "disabled", "pending", "deleted"), none())
	},
	func(d *dg) { d.b.int(d.k("http_status", "status_code"), int64(d.pick3(200, 404, 503)), none()) },
	func(d *dg) { d.b.str(d.k("checksum", "file_sha256", "etag"), d.hex(d.pick3(32, 64, 40)), decoy()) },
	func(d *dg) { d.b.bool(d.k("is_gps_enabled", "location_enabled"), d.chance(0.5), none()) },
}

// sprinkle writes n look-alike leaves into the current object.
func (d *dg) sprinkle(n int) {
	for range n {
		decoyFields[d.intn(len(decoyFields))](d)
	}
}

func (d *dg) semver() string {
	return fmt.Sprintf("%d.%d.%d", d.between(1, 5), d.intn(10), d.intn(20))
}

// winBuild returns a build number shaped like an IP address (10.0.19041.1).
func (d *dg) winBuild() string {
	switch d.intn(3) {
	case 0:
		return fmt.Sprintf("10.0.%d.%d", d.pick3(17763, 18363, 19041), d.between(1, 900))
	case 1:
		return fmt.Sprintf("%d.%d.%d.%d", d.between(1, 9), d.intn(10), d.intn(100), d.between(100, 9999))
	default:
		return strconv.Itoa(d.between(1000, 99999))
	}
}

func buildDecoys(d *dg) {
	b := d.b
	b.str(d.k("report_id", "id", "_id", "record_id"), d.recordID(), decoy())
	if d.chance(0.5) {
		b.str(d.k("index", "index_name", "_index"), d.pick("wyze-metrics-2019.12", "device_activation_metrics", "logs-app-000042"), none())
	}
	d.timestamp(d.k("generated_at", "created_at", "created"), none())
	d.shuffled(
		func() {
			if !d.chance(0.6) {
				return
			}
			b.obj(d.k("app_config", "config", "settings"), func() {
				b.int(d.k("schema_version"), int64(d.between(1, 9)), decoy())
				b.str(d.k("version", "app_version_required", "min_version"), d.semver(), decoy())
				if d.chance(0.6) {
					b.str(d.k("build", "build_number", "server_build"), d.winBuild(), decoy())
				}
				b.str(d.k("locale", "default_locale"), d.pick("en-US", "en-GB", "de-DE", "pt-BR"), none())
				b.obj(d.k("feature_flags", "features"), func() {
					for _, f := range []string{"new_onboarding", "event_recording", "person_detection", "dark_mode"} {
						if d.chance(0.6) {
							b.bool(d.k(f), d.chance(0.5), none())
						}
					}
				})
				b.obj(d.k("password_policy", "pwd_policy", "auth"), func() {
					b.int(d.k("password_min_length", "min_length", "pwd_min_len"), int64(d.between(6, 12)), decoy())
					if d.chance(0.5) {
						b.bool(d.k("password_reset_required", "force_reset"), d.chance(0.5), decoy())
					}
					if d.chance(0.5) {
						b.int(d.k("password_max_age_days"), int64(d.pick3(30, 90, 365)), decoy())
					}
					if d.chance(0.5) {
						b.str(d.k("token_type"), "Bearer", decoy())
					}
					if d.chance(0.4) {
						b.int(d.k("token_ttl", "access_token_ttl_seconds"), int64(d.pick3(3600, 86400, 900)), decoy())
					}
				})
				if d.chance(0.4) {
					b.arr(d.k("gender_options", "sex_choices"), func() {
						for _, g := range []string{"male", "female", "other"} {
							b.str("", g, decoy())
						}
					})
				}
				if d.chance(0.3) {
					b.str(d.k("public_key", "signing_cert"), d.pem(false), decoy())
				}
			})
		},
		func() {
			if !d.chance(0.6) {
				return
			}
			b.obj(d.k("thumbnail", "image", "snapshot_meta"), func() {
				b.int(d.k("height_px", "height"), int64(d.pick3(360, 720, 1080)), decoy())
				b.int(d.k("width_px", "width"), int64(d.pick3(640, 1280, 1920)), decoy())
				b.str(d.k("format", "mime"), d.pick("image/jpeg", "image/png"), none())
				if d.chance(0.5) {
					b.str(d.k("sha256", "checksum"), d.hex(64), decoy())
				}
			})
		},
		func() {
			if !d.chance(0.6) {
				return
			}
			b.obj(d.k("parcel", "shipment", "order"), func() {
				b.str(d.k("order_id", "order_no"), strconv.Itoa(d.between(1000000, 9999999)), none())
				b.str(d.k("sku", "item_sku"), d.pick("WYZEC2-W", "WYZECP1-2PK", "WLPP1-4PK", "WVOD1-B"), decoy())
				b.float(d.k("price", "unit_price"), float64(d.between(1999, 4999))/100, 2, none())
				b.str(d.k("currency"), d.pick("USD", "EUR", "GBP"), none())
				b.float(d.k("shipping_weight_kg", "parcel_weight", "weight_kg"), d.floatIn(0.2, 3), 2, decoy())
				b.int(d.k("model_year"), int64(d.between(2017, 2020)), decoy())
				b.str(d.k("status", "shipping_status"), d.pick("shipped", "delivered", "returned"), none())
				b.str(d.k("country", "ship_country", "country_code"), d.pick("US", "CA", "GB", "DE"), decoy())
				d.timestamp(d.k("updated_at", "update_time"), none())
			})
		},
		func() {
			if !d.chance(0.7) {
				return
			}
			b.obj(d.k("account_stats", "stats", "usage"), func() {
				b.bool(d.k("email_verified"), d.chance(0.8), decoy())
				b.bool(d.k("phone_verified"), d.chance(0.5), decoy())
				b.int(d.k("session_count", "sessions"), int64(d.intn(800)), decoy())
				b.int(d.k("ip_count", "distinct_ips"), int64(d.intn(30)), decoy())
				b.int(d.k("token_count"), int64(d.intn(20)), decoy())
				if d.chance(0.5) {
					b.bool(d.k("ssid_hidden"), false, decoy())
				}
				if d.chance(0.5) {
					b.bool(d.k("mac_filter_enabled"), d.chance(0.5), decoy())
				}
				if d.chance(0.5) {
					b.bool(d.k("firmware_update_available"), false, decoy())
				}
				if d.chance(0.4) {
					b.float(d.k("failed_connection_rate"), d.floatIn(0, 0.2), 3, none())
				}
				if d.chance(0.4) {
					b.int(d.k("device_activations", "activations"), int64(d.intn(3000)), none())
				}
			})
		},
	)
	b.int(d.k("http_status", "status_code"), int64(d.pick3(200, 200, 429)), none())
	b.str(d.k("status"), d.pick("ok", "partial", "failed"), none())
	d.sprinkle(d.between(1, 4))
}
