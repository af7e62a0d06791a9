package blindset22

import (
	"fmt"
	"strings"
	"time"
)

// carehomeSnipeIT is a care-home group's asset register read through the
// Snipe-IT REST API (/api/v1/hardware): residents' and staff devices with
// custom fields, assigned users and notes.
func carehomeSnipeIT(r *rng) any {
	t0 := r.when()
	home := r.pick("Larkspur House", "Meadowbank Lodge", "The Willows", "Fernlea Court")
	lanNet := r.lan()
	admin := r.english()
	dt := func(t time.Time) obj {
		return obj{{"datetime", plain(t.Format("2006-01-02 15:04:05"))}, {"formatted", plain(t.Format("Mon Jan 02, 2006 3:04PM"))}}
	}
	type kind struct {
		cat, maker, model, number, prefix string
		mac, imei, resident               bool
	}
	kinds := []kind{
		{"Pendant alarm", "Tunstall", "Lifeline Vi+", "LVI+-UK", "TL", false, false, true},
		{"Bed-exit sensor", "Alertacall", "Bed Occupancy Sensor", "BOS-2", "BS", true, false, true},
		{"Hearing aid", "Phonak", "Audéo Lumity L90", "AL90-R", "PH", true, false, true},
		{"Tablet", "Apple", "iPad (10th generation)", "MPQ03B/A", "DMP", true, false, false},
		{"Mobile phone", "Samsung", "Galaxy A25 5G", "SM-A256B", "R5C", true, true, false},
		{"Medication trolley", "Omnicell", "MedTrolley Connect", "OMC-300", "OM", true, false, false},
		{"Falls mat", "Careflex", "Falls Alert Mat", "CFX-M1", "CF", false, false, true},
	}
	needs := []string{"Vascular dementia, wanders at night", "Falls risk - 3 falls in 6 months", "Parkinson's, tremor - large buttons", "Bilateral hearing loss, wears aids", "Type 2 diabetes, insulin at 08:00 and 18:00", "Post-stroke left-side weakness", "COPD, on 2L oxygen at night"}
	var rows arr
	n := r.in(1, 3)
	for i := 0; i < n; i++ {
		k := kinds[r.IntN(len(kinds))]
		id := r.in(100, 2400)
		serial := r.serial(k.prefix, r.in(8, 11))
		tag := fmt.Sprintf("%s-%05d", r.pick("CH", "LH", "MB", "WL"), r.in(1, 99999))
		bought := after(t0, -r.in(60*24*30, 60*24*900))
		var nick string
		var assigned any = null()
		var needsF any = nullDecoy()
		if k.resident {
			res := r.english()
			room := r.in(1, 48)
			nick = fmt.Sprintf("Room %d %s", room, strings.ToLower(k.cat))
			assigned = obj{
				{"id", plain(r.in(10, 900))},
				{"username", cont(r.userName(res))},
				{"name", cont(res.full())},
				{"first_name", cont(res.first)},
				{"last_name", cont(res.last)},
				{"email", cont("")},
				{"employee_number", plain(fmt.Sprintf("RES-%04d", r.in(1, 9999)))},
				{"type", plain("user")},
			}
			assigned = fixEmptyEmail(assigned.(obj))
			needsF = obj{{"field", plain("_snipeit_resident_needs_4")}, {"value", hlth(needs[r.IntN(len(needs))])}, {"field_format", plain("ANY")}, {"element", plain("textarea")}}
		} else {
			st := r.english()
			nick = r.pick("Night station ", "Nurses' office ", "Handover ") + k.cat
			assigned = obj{
				{"id", plain(r.in(10, 900))},
				{"username", cont(r.userName(st))},
				{"name", cont(st.full())},
				{"first_name", cont(st.first)},
				{"last_name", cont(st.last)},
				{"email", cont(r.email(st))},
				{"employee_number", plain(fmt.Sprintf("E%05d", r.in(1, 99999)))},
				{"type", plain("user")},
			}
		}
		cf := obj{}
		if k.mac {
			cf = append(cf, field{"MAC Address", obj{{"field", plain("_snipeit_mac_address_1")}, {"value", macAddr(r.mac(":", true))}, {"field_format", plain("MAC")}, {"element", plain("text")}}})
			cf = append(cf, field{"IP Address", obj{{"field", plain("_snipeit_ip_address_2")}, {"value", netw(lanNet.host(r.in(20, 240)))}, {"field_format", plain("IP")}, {"element", plain("text")}}})
		}
		if k.imei {
			cf = append(cf, field{"IMEI", obj{{"field", plain("_snipeit_imei_3")}, {"value", dev(r.imei())}, {"field_format", plain("NUMERIC")}, {"element", plain("text")}}})
			cf = append(cf, field{"Unlock PIN", obj{{"field", plain("_snipeit_unlock_pin_6")}, {"value", cred(r.digits(6))}, {"field_format", plain("NUMERIC")}, {"element", plain("text")}}})
		}
		cf = append(cf, field{"Resident Needs", needsF})
		cf = append(cf, field{"Battery Replaced", obj{{"field", plain("_snipeit_battery_replaced_5")}, {"value", plain(day(after(t0, -r.in(1000, 200000))))}, {"field_format", plain("DATE")}, {"element", plain("text")}}})

		var notes leaf
		switch r.IntN(3) {
		case 0:
			why := []piece{p("the resident fell twice and pressed it repeatedly", healthC), p("firmware update "+r.semver(), devC), p("it was dropped in the bath")}[r.IntN(3)]
			notes = prose(p("Reset by "), p(admin.first, contactC), p(" after "), why, p(". "+r.pick("OK now.", "Monitor.", "Spare in cupboard.")))
		case 1:
			notes = prose(p("Joined to "), p(r.ssid(r.pick("Larkspur", "Meadowbank", "Willows")), netC), p(" (key "), p(r.psk(), credC), p(") by the installer"))
		default:
			notes = prose(p("Checked at quarterly audit, no issues"))
		}
		rows = append(rows, obj{
			{"id", plain(id)},
			{"name", dev(nick)},
			{"asset_tag", dev(tag)},
			{"serial", dev(serial)},
			{"model", obj{{"id", plain(r.in(1, 80))}, {"name", dev(k.model)}}},
			{"byod", decoy(false)},
			{"model_number", dev(k.number)},
			{"eol", plain(r.pick("36 months", "60 months", "None"))},
			{"status_label", obj{{"id", plain(r.in(1, 5))}, {"name", plain(r.pick("Deployed", "Ready to Deploy", "Pending"))}, {"status_type", plain("deployable")}, {"status_meta", plain("deployed")}}},
			{"category", obj{{"id", plain(r.in(1, 20))}, {"name", dev(k.cat)}}},
			{"manufacturer", obj{{"id", plain(r.in(1, 30))}, {"name", dev(k.maker)}}},
			{"notes", notes},
			{"order_number", decoy(fmt.Sprintf("PO-%s-%04d", r.pick("2023", "2024"), r.in(1, 9999)))},
			{"company", obj{{"id", plain(1)}, {"name", plain(home)}}},
			{"location", obj{{"id", plain(r.in(1, 9))}, {"name", plain(home + " - " + r.pick("Ground floor", "First floor", "Garden wing"))}}},
			{"image", plain(nil)},
			{"qr", plain(fmt.Sprintf("https://assets.%s/uploads/barcodes/qr-%s-%d.png", r.pick("carehomes.example", "willowcare.example.org"), strings.ToLower(tag), id))},
			{"assigned_to", assigned},
			{"warranty_months", decoy(fmt.Sprintf("%d months", r.pickInt(12, 24, 36)))},
			{"created_at", dt(bought)},
			{"last_audit_date", dt(after(t0, -r.in(1000, 90000)))},
			{"purchase_date", obj{{"date", plain(day(bought))}, {"formatted", plain(bought.Format("Mon Jan 02, 2006"))}}},
			{"purchase_cost", plain(fmt.Sprintf("%d.%02d", r.in(30, 900), r.in(0, 99)))},
			{"checkin_counter", decoy(r.in(0, 6))},
			{"checkout_counter", decoy(r.in(1, 7))},
			{"user_can_checkout", decoy(false)},
			{"custom_fields", cf},
			{"available_actions", obj{{"checkout", decoy(true)}, {"checkin", decoy(true)}, {"clone", decoy(true)}, {"update", decoy(true)}, {"delete", decoy(false)}}},
		})
	}
	return obj{
		{"request", obj{
			{"method", plain("GET")},
			{"url", plain("https://assets." + r.pick("carehomes.example", "willowcare.example.org") + "/api/v1/hardware?limit=50&offset=0&sort=created_at&order=desc")},
			{"Authorization", cred("Bearer " + r.jwt("https://assets.carehomes.example"))},
			{"Accept", plain("application/json")},
			{"requested_by", cont(r.email(admin))},
		}},
		{"total", plain(r.in(n, 400))},
		{"rows", rows},
	}
}

// fixEmptyEmail turns an assigned_to e-mail of "" (residents have none)
// into a plain leaf: an empty string is not sensitive.
func fixEmptyEmail(o obj) obj {
	for i, f := range o {
		if f.key == "email" {
			o[i] = field{"email", plain("")}
		}
	}
	return o
}
