package blindset27

import (
	"fmt"
	"time"
)

var klIll = []string{"sukkornerneq", "aap naqitsinerata qaffasinnera", "uummatip nappaa", "puakkut nappaat (KOL)", "tarnikkut nappaat", "nappaateqanngilaq"}
var klMeds = []string{"Metformin 500 mg", "Amlodipin 5 mg", "Spiriva", "Furix 40 mg", "Hjertemagnyl 75 mg", "Sertralin 50 mg"}

// settlementVM: a Greenland settlement health station's telemedicine kit
// pushes vital signs to VictoriaMetrics with Kalaallisut metric and label
// names; a support engineer saved an /api/v1/export of one station and
// vmalert's alerts: series of pulse, blood pressure, SpO2, weight, blood
// sugar and body temperature with labels naming the patient (name, birth
// date, age, sex, phone, house and settlement, illness, medicine), the
// health worker, the device and its serial and the scrape instance; the
// room temperature; info series for the station (Wi-Fi name, IP,
// gateway, exporter version) and its devices (model, serial, firmware,
// MAC); an up series whose instance URL carries a password; alerts with
// labels and a description naming the patient and the doctor's phone.
func settlementVM(r *rng) any {
	t := r.when()
	net := r.lan()
	settlement, town := r.glSettlement()
	worker := r.kalaallit()
	doctor := r.kalaallit()
	kitIP := net.host(r.in(10, 60))
	ts := func(n int) arr {
		out := arr{}
		for i := 0; i < n; i++ {
			out = append(out, plain(unixMs(t.Add(time.Duration(i-n)*6*time.Hour))))
		}
		return out
	}
	vals := func(n int, lo, hi float64, lab func(any) leaf) arr {
		out := arr{}
		for i := 0; i < n; i++ {
			out = append(out, lab(r.f1(lo, hi)))
		}
		return out
	}

	type patient struct {
		p        person
		dob      time.Time
		house    string
		ill, med string
		phone    string
	}
	var pats []patient
	for i := 0; i < r.in(1, 2); i++ {
		pp := r.kalaallit()
		pats = append(pats, patient{pp, r.birth(1940, 1995), fmt.Sprintf("B-%d", r.in(100, 1400)), r.pick(klIll...), r.pick(klMeds...), r.pick(r.glIntl(), r.glLocal())})
	}
	labelsOf := func(pt patient, name, device, serial string) obj {
		sex := "angut"
		if pt.p.female {
			sex = "arnaq"
		}
		return obj{
			{"__name__", plain(name)},
			{"napparsimasoq", cont(pt.p.full())},
			{"inuunngorfia", cont(day(pt.dob))},
			{"ukiui", ageOf(fmt.Sprint(age(pt.dob, t)))},
			{"suiaassuseq", sexOf(sex)},
			{"oqarasuaataa", cont(pt.phone)},
			{"najugaa", cont(pt.house + ", " + settlement)},
			{"nappaat", hlth(pt.ill)},
			{"nakorsaatit", hlth(pt.med)},
			{"peqqissaasoq", cont(worker.full())},
			{"atortoq", dev(device)},
			{"atortup_normua", dev(serial)},
			{"nunaqarfik", plain(settlement)},
			{"job", plain("peqqik-kit")},
			{"instance", netw(kitIP + ":9100")},
		}
	}
	cuff := r.pick("Omron M7 Intelli IT", "A&D UA-651BLE", "Withings BPM Connect")
	cuffSN := r.serial("", 10)
	oxi := r.pick("Nonin 3230", "Masimo MightySat Rx", "Contec CMS50D+")
	oxiSN := r.serial("", 9)
	scale := r.pick("A&D UC-352BLE", "Seca 803", "Omron BF511")
	scaleSN := r.serial("", 8)
	meter := r.pick("Contour Next One", "Accu-Chek Guide", "FreeStyle Optium Neo")
	meterSN := r.serial("", 10)

	var lines arr
	for _, pt := range pats {
		n := r.in(2, 4)
		lines = append(lines,
			clinical(obj{{"metric", labelsOf(pt, "uummatip_tillernera", oxi, oxiSN)}, {"values", vals(n, 52, 112, func(v any) leaf { return hlth(v) })}, {"timestamps", ts(n)}}),
			clinical(obj{{"metric", labelsOf(pt, "aap_naqitsinera_qulleq", cuff, cuffSN)}, {"values", vals(n, 105, 185, func(v any) leaf { return hlth(v) })}, {"timestamps", ts(n)}}),
			clinical(obj{{"metric", labelsOf(pt, "aap_naqitsinera_ataaniittoq", cuff, cuffSN)}, {"values", vals(n, 60, 108, func(v any) leaf { return hlth(v) })}, {"timestamps", ts(n)}}),
			clinical(obj{{"metric", labelsOf(pt, "aap_iltia_procent", oxi, oxiSN)}, {"values", vals(n, 84, 99, func(v any) leaf { return hlth(v) })}, {"timestamps", ts(n)}}),
		)
		switch r.IntN(3) {
		case 0:
			lines = append(lines, clinical(obj{{"metric", labelsOf(pt, "oqimaassuseq_kg", scale, scaleSN)}, {"values", vals(n, 48, 120, func(v any) leaf { return hlth(v) })}, {"timestamps", ts(n)}}))
		case 1:
			lines = append(lines, clinical(obj{{"metric", labelsOf(pt, "aap_sukkua_mmol", meter, meterSN)}, {"values", vals(n, 3.8, 19, func(v any) leaf { return hlth(v) })}, {"timestamps", ts(n)}}))
		default:
			lines = append(lines, clinical(obj{{"metric", labelsOf(pt, "timip_kissassusia", "Braun ThermoScan 7", r.serial("", 8))}, {"values", vals(n, 36, 39.5, func(v any) leaf { return hlth(v) })}, {"timestamps", ts(n)}}))
		}
	}
	nroom := r.in(2, 4)
	lines = append(lines, obj{{"metric", obj{{"__name__", plain("inip_kissassusia")}, {"ini", plain(r.pick("misissuiffik", "utaqqiffik"))}, {"nunaqarfik", plain(settlement)}, {"instance", netw(kitIP + ":9100")}}}, {"values", vals(nroom, 17, 24, func(v any) leaf { return decoy(v) })}, {"timestamps", ts(nroom)}})

	ssid := r.pick("Peqqik-"+settlement, "Tusass-"+r.HEX(4), "Peqqissaavik_WiFi")
	lines = append(lines, obj{{"metric", obj{
		{"__name__", plain("peqqissaavik_info")},
		{"nunaqarfik", plain(settlement)},
		{"illoqarfik", plain(town)},
		{"wifi_aqqa", netw(ssid)},
		{"ip", netw(kitIP)},
		{"aqqutaa", netw(net.gw())},
		{"dns", netw(r.dns(net))},
		{"exporter_version", decoy(r.semver())},
	}}, {"values", arr{plain(1)}}, {"timestamps", ts(1)}})
	for _, d := range []struct{ model, sn string }{{cuff, cuffSN}, {oxi, oxiSN}} {
		lines = append(lines, obj{{"metric", obj{
			{"__name__", plain("atortoq_info")},
			{"atortoq", dev(d.model)},
			{"atortup_normua", dev(d.sn)},
			{"firmware", fwOf(r.pick(r.semver(), r.ipShapedVer()))},
			{"mac", macAddr(r.mac(":", true))},
			{"kingullermik_takuneqarpoq", dev(iso(after(t, -r.in(1, 2000))))},
		}}, {"values", arr{plain(1)}}, {"timestamps", ts(1)}})
	}
	lines = append(lines, obj{{"metric", obj{
		{"__name__", plain("up")},
		{"job", plain("peqqik-gateway")},
		{"instance", tag(fmt.Sprintf("http://admin:%s@%s/metrics", r.alnum(10), net.gw()), credC, netC)},
	}}, {"values", arr{plain(1)}}, {"timestamps", ts(1)}})

	pt := pats[0]
	var desc, value leaf
	var alertName, expr string
	switch r.IntN(3) {
	case 0:
		v := r.in(82, 89)
		alertName, expr, value = "IltiAppasippoq", "aap_iltia_procent < 90", hlth(fmt.Sprint(v))
		desc = prose(p(pt.p.full(), contactC), p(fmt.Sprintf(": aap iltia %d%% appasippoq.", v), healthC), p(" Nakorsaq "), p(doctor.full(), contactC), p(" sianerfigiuk "), p(r.glIntl(), contactC), p("."))
	case 1:
		s, d := r.in(165, 200), r.in(100, 120)
		alertName, expr, value = "NaqitsineqQaffasippoq", "aap_naqitsinera_qulleq > 160", hlth(fmt.Sprint(s))
		desc = prose(p(pt.p.full(), contactC), p(fmt.Sprintf(": aap naqitsinera %d/%d qaffasippoq.", s, d), healthC))
	default:
		alertName, expr, value = "AtortoqAtanngilaq", "up == 0", plain("0")
		desc = prose(p("Atortoq "), p(cuffSN, devC), p(" atanngilaq, "), p(kitIP, netC), p(" misissoruk."))
	}
	alerts := obj{{"status", plain("success")}, {"data", obj{{"alerts", arr{obj{
		{"id", plain(fmt.Sprint(r.in(1e9, 9e9)))},
		{"name", plain(alertName)},
		{"group_id", plain(fmt.Sprint(r.in(1e9, 9e9)))},
		{"expression", plain(expr)},
		{"state", plain("firing")},
		{"value", value},
		{"labels", obj{{"alertname", plain(alertName)}, {"napparsimasoq", cont(pt.p.full())}, {"nunaqarfik", plain(settlement)}, {"peqqissaasoq", cont(worker.full())}}},
		{"annotations", obj{{"nassuiaat", desc}}},
		{"activeAt", plain(iso(after(t, -r.in(5, 300))))},
		{"source", netw("http://vmalert.peqqik.internal:8880/vmalert/alert?group_id=1")},
	}}}}}}

	return language(obj{
		{"request", netw("http://vm.peqqik.internal:8428/api/v1/export?match[]={nunaqarfik=\"" + settlement + "\"}")},
		{"authorization", cred("Bearer " + r.b64url(32))},
		{"vm_version", decoy(fmt.Sprintf("victoria-metrics-%s-tags-v1.%d.%d-0-g%s", day(after(t, -r.in(9000, 90000))), r.in(100, 118), r.in(0, 3), r.hex(9)))},
		{"export", lines},
		{"vmalert/api/v1/alerts", alerts},
	})
}
