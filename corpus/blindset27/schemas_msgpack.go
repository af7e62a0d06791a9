package blindset27

import "fmt"

// medsMsgpack: a .NET MAUI medication-reminder app keeps its offline
// cache in MessagePack-CSharp with integer keys, so every object is an
// array in key order; a support engineer decoded a user's cache file to
// JSON: the cache format and schema version, the user (id, names,
// e-mail, phone, birth date, height, weight, conditions, allergies, time
// zone, creation time), medications (id, name, strength, form code,
// dose times, instructions, prescriber, pills left, refill date, colour,
// prescription number), dose events with notes, paired devices (kind
// code, model, serial, firmware, BLE MAC, last sync), caregivers (name,
// e-mail, phone, relation code, alert flag), the sync block (API base,
// access and refresh tokens, push token, install id, user agent, last
// sync) and settings (locale, units, snooze, backup passphrase, biometric
// lock, an ETag).
func medsMsgpack(r *rng) any {
	t := r.when()
	u := r.american()
	dob := r.birth(1938, 1975)
	phone, osv := r.phoneModel()

	conds := arr{}
	for _, c := range r.pickSome(r.in(1, 3), "Atrial fibrillation", "Type 2 diabetes", "Hypertension", "Hypothyroidism", "Parkinson's disease", "Heart failure (HFrEF)", "COPD") {
		conds = append(conds, hlth(c))
	}
	allergies := arr{}
	for _, a := range r.pickSome(r.in(0, 2), "Penicillin", "Sulfa drugs", "Codeine", "Latex") {
		allergies = append(allergies, hlth(a))
	}
	user := arr{
		plain(r.uuid()),
		cont(u.first),
		cont(u.last),
		cont(r.email(u)),
		cont(r.usE164()),
		cont(day(dob)),
		hlth(r.in(150, 192)),
		hlth(r.f1(52, 118)),
		conds,
		allergies,
		plain("America/New_York"),
		plain(unix(after(t, -r.in(90000, 900000)))),
	}

	doc := r.american()
	meds := arr{}
	var medIDs []string
	for _, m := range r.pickSome(r.in(2, 4), "Apixaban|5 mg|Take with or without food", "Metformin|500 mg|Take with breakfast and dinner", "Levothyroxine|75 mcg|Empty stomach, 30 min before breakfast", "Carbidopa/Levodopa|25/100 mg|Avoid high-protein meals at dose time", "Lisinopril|10 mg|May cause dizziness", "Furosemide|40 mg|Take in the morning", "Atorvastatin|40 mg|At bedtime") {
		parts := splitBar(m)
		id := r.uuid()
		medIDs = append(medIDs, id)
		times := arr{arr{plain(8), plain(0)}}
		if r.chance(0.5) {
			times = append(times, arr{plain(20), plain(0)})
		}
		meds = append(meds, arr{
			plain(id),
			hlth(parts[0]),
			hlth(parts[1]),
			plain(r.in(0, 4)),
			times,
			hlth(parts[2]),
			cont("Dr. " + doc.last),
			plain(r.in(0, 90)),
			plain(day(after(t, r.in(1000, 40000)))),
			plain(r.pick("#F4A261", "#2A9D8F", "#E9C46A", "#FFFFFF")),
			plain(fmt.Sprintf("RX%07d", r.in(0, 9999999))),
		})
	}

	doses := arr{}
	for i := 0; i < r.in(2, 5); i++ {
		sched := after(t, -60*12*i)
		var note leaf = null()
		if r.chance(0.4) {
			note = prose(p(r.pick("felt dizzy after, sat down", "skipped, stomach upset", "took late, was at daughter's", "BP 98/60 this morning so held it"), healthC))
		}
		doses = append(doses, arr{
			plain(medIDs[r.IntN(len(medIDs))]),
			plain(unix(sched)),
			plain(unix(after(sched, r.in(0, 90)))),
			plain(r.in(0, 3)),
			note,
		})
	}

	devices := arr{}
	if r.chance(0.8) {
		devices = append(devices, arr{plain(1), dev(r.pick("Hero Health dispenser", "Pillsy Smart Bottle", "MedMinder Maya", "TabTime Vibe")), dev(r.serial("", 10)), fwOf(r.pick(fmt.Sprintf("%d.%d.%d", r.in(1, 4), r.in(0, 20), r.in(0, 40)), r.ipShapedVer())), macAddr(r.mac(":", true)), dev(unix(after(t, -r.in(1, 600))))})
	}
	devices = append(devices, arr{plain(0), dev(phone), dev(r.uuid()), dev(osv), null(), dev(unix(after(t, -r.in(1, 60))))})

	carers := arr{}
	for i := 0; i < r.in(1, 2); i++ {
		c := r.american()
		if i == 0 {
			c.last = u.last
		}
		carers = append(carers, arr{cont(c.full()), cont(r.email(c)), cont(r.usLocal()), plain(r.in(0, 5)), plain(r.chance(0.7))})
	}

	sync := arr{
		plain("https://api.medreminder.example/v2"),
		cred(r.jwt()),
		cred(r.b64url(48)),
		cred(r.apnsToken()),
		dev(r.uuid()),
		dev(fmt.Sprintf("MedReminder/%s (%s; %s)", r.semver(), phone, osv)),
		plain(unix(after(t, -r.in(1, 90)))),
	}
	settings := arr{
		plain("en-US"),
		plain(r.in(0, 1)),
		plain(r.pickInt(5, 10, 15)),
		cred(r.pick("correct-", "blue-", "maple-") + r.pick("horse-", "teapot-", "river-") + r.digits(4)),
		plain(r.chance(0.5)),
		decoy("\"" + r.hex(16) + "\""),
	}

	return obfuscated(arr{
		plain(3),
		decoy(fmt.Sprintf("%d.%d.%d", r.in(1, 4), r.in(0, 9), r.in(0, 9))),
		user,
		meds,
		doses,
		devices,
		carers,
		sync,
		settings,
	})
}
