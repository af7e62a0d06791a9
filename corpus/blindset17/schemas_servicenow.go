package blindset17

import (
	"fmt"
	"strings"
)

// campusServiceNow: a university IT service desk's incidents read from
// the ServiceNow Table API with sysparm_display_value=all, so that every
// field is a {display_value, value[, link]} triple: number, caller and
// assignee references, short description, description, work notes and
// comments as journal text (a temporary password, a lab instrument's IP,
// an eduroam MAC, a student's accessibility needs, phone numbers), the
// configuration item with the laptop's model, the asset's serial and MAC,
// the student's accessibility field, the callback number, VPN user name,
// password-reset count and MFA flag, and sys fields.
func campusServiceNow(r *rng) any {
	t0 := r.when()
	inst := r.pick("uniofnorthbridge", "westvale-uni", "kingsmere-ac") + ".service-now.example"
	l := r.lan()
	sysID := func() string { return r.hex(32) }
	ref := func(table string, dv leaf) obj {
		id := sysID()
		return obj{
			{"display_value", dv},
			{"value", decoy(id)},
			{"link", plain(fmt.Sprintf("https://%s/api/now/table/%s/%s", inst, table, id))},
		}
	}
	f := func(dv leaf, v leaf) obj { return obj{{"display_value", dv}, {"value", v}} }
	same := func(mk func(any) leaf, s string) obj { return f(mk(s), mk(s)) }
	agent := r.english()

	var results arr
	kinds := r.Perm(4)[:r.in(2, 3)]
	for _, k := range kinds {
		caller := r.english()
		user := r.userName(caller.first, caller.last)
		num := fmt.Sprintf("INC%07d", r.in(10000, 999999))
		opened := after(t0, -r.in(60, 20000))
		stamp := func(min int) string { return sqlTime(after(opened, min)) }
		model := r.pick("Dell Latitude 5440", "HP ProBook 450 G10", "Lenovo ThinkPad E14 Gen 5", "MacBook Air (M2, 2022)")
		serial := r.from(upperNum, 10)
		mac := r.mac(":", false)
		var short, desc, notes, comments leaf
		access := f(plain(""), plain(""))
		category := "Inquiry / Help"
		switch k {
		case 0: // password reset
			temp := r.password()
			category = "Account"
			short = prose(p("Locked out of student account, reset requested"))
			desc = prose(p("Caller "), p(caller.full(), contactC), p(" locked out after MFA phone change. Callback on "), p(r.enPhone(), contactC), p("."))
			notes = prose(p(stamp(12)+" - "), p(agent.full(), contactC), p(" (Work notes)\nIdentity checked against student card. Temporary password set to "), p(temp, credC), p(", must change at next logon."))
			comments = prose(p(stamp(30)+" - "), p(caller.full(), contactC), p(" (Additional comments)\nThanks, I'm back in."))
		case 1: // eduroam
			category = "Network"
			ssid := r.pick("eduroam", "UNI-Guest", "UNI-Halls")
			short = prose(p("Can't connect to "), p(ssid, netC), p(" in halls"))
			desc = prose(p("Laptop shows connected to "), p(ssid, netC), p(" but no internet. Wi-Fi MAC "), pmac(mac), p(", got IP "), p(l.host(r.in(20, 250)), netC), p("."))
			notes = prose(p(stamp(40)+" - "), p(agent.full(), contactC), p(" (Work notes)\nRADIUS shows reject for "), p(user+"@"+strings.Split(inst, ".")[0]+".example", contactC), p(", expired certificate profile. Sent reinstall guide."))
			comments = prose(p(stamp(90) + " - System (Additional comments)\nIncident resolved automatically after 5 days without update."))
		case 2: // lab instrument
			category = "Hardware"
			ip := l.host(r.in(20, 250))
			instModel := r.pick("Agilent 1260 Infinity II", "Thermo Fisher NanoDrop One", "Bio-Rad CFX96", "Zeiss Axio Observer 7")
			short = prose(p("Lab PC can't reach "), p(instModel, devC))
			desc = prose(p("Instrument controller at "), p(ip, netC), p(" stopped responding after Windows update. Service login "), p("labadmin", contactC), p(" / "), p(r.password(), credC), p(" per the sticker."))
			notes = prose(p(stamp(55)+" - "), p(agent.full(), contactC), p(" (Work notes)\nFirewall profile reset to Domain. Removed the password from the sticker and rotated it."))
			comments = prose(p(stamp(70) + " - System (Additional comments)\nA technician visited."))
		default: // accessibility
			category = "Software"
			need := r.pick("Screen reader (JAWS) – visual impairment", "Dictation software – dyslexia and dyspraxia", "Extra time and rest breaks – type 1 diabetes", "Captioning – profound hearing loss")
			access = same(hlth, need)
			short = prose(p("Assistive software not launching in exam lab"))
			desc = prose(p("Student's "), p(r.pick("JAWS", "Dragon", "Read&Write"), healthC), p(" licence missing on the exam image. Disability adviser "), p(r.english().full(), contactC), p(" asked for a fix before Friday."))
			notes = prose(p(stamp(25)+" - "), p(agent.full(), contactC), p(" (Work notes)\nPackaged and pushed to the exam collection."))
			comments = prose(p(stamp(60) + " - System (Additional comments)\nWorking now, thank you."))
		}
		row := obj{
			{"number", same(plain, num)},
			{"sys_id", same(decoy, sysID())},
			{"caller_id", ref("sys_user", cont(caller.full()))},
			{"opened_by", ref("sys_user", cont(caller.full()))},
			{"assigned_to", ref("sys_user", cont(agent.full()))},
			{"assignment_group", ref("sys_user_group", plain("Service Desk L1"))},
			{"category", same(plain, category)},
			{"contact_type", f(plain("Self-service"), plain("self-service"))},
			{"state", f(plain(r.pick("In Progress", "Resolved", "On Hold")), plain(fmt.Sprint(r.in(2, 6))))},
			{"priority", f(plain("4 - Low"), plain("4"))},
			{"short_description", f(short, short)},
			{"description", f(desc, desc)},
			{"work_notes", f(notes, plain(""))},
			{"comments", f(comments, plain(""))},
			{"cmdb_ci", ref("cmdb_ci_computer", dev(model))},
			{"u_serial_number", same(dev, serial)},
			{"u_mac_address", f(macAddr(mac), macAddr(mac))},
			{"u_accessibility_needs", access},
			{"u_callback_number", same(cont, r.enPhone())},
			{"u_vpn_username", same(cont, user)},
			{"u_student_id", same(plain, fmt.Sprintf("S%08d", r.in(10000000, 29999999)))},
			{"u_password_reset_count", same(decoy, fmt.Sprint(r.in(0, 6)))},
			{"u_mfa_enrolled", f(decoy("true"), decoy("true"))},
			{"location", ref("cmn_location", plain(r.pick("Library, 2nd floor", "Halls – Block C", "Chemistry Building B12", "Exam Hall 3")))},
			{"opened_at", f(plain(stamp(0)), plain(stamp(0)))},
			{"sys_updated_by", same(cont, r.userName(agent.first, agent.last))},
			{"sys_mod_count", same(plain, fmt.Sprint(r.in(1, 30)))},
			{"sys_tags", f(plain(""), plain(""))},
		}
		results = append(results, row)
	}
	return obj{{"result", results}}
}
