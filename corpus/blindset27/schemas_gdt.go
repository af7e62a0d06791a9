package blindset27

import (
	"fmt"
	"strings"
)

// cardioGDT: a Westphalian cardiology practice's device link: the
// practice software and the ECG, ergometry, Holter-BP and spirometry
// workstations exchange GDT files through a share; a support tool
// captured the share and decoded every record into [field id, content]
// pairs in file order, so only the four-digit GDT field identifiers and
// the contents are left: the capture header (tool, version, file server
// host name, share path, time), the connection (SMB login and password,
// the ECG workstation's host name, IP and MAC, the ECG device's model,
// serial and software version), and for each file its name, time and
// record (record type and length, receiver and sender ids, charset and
// GDT version, patient number, surname, first name, birth date, title,
// postcode and town, street, sex, height, weight, device code, software
// maker, name and version, test ids, names, values and units, the date
// and time of the exam, findings, comments, result table lines, and the
// file reference with the workstation's path).
func cardioGDT(r *rng) any {
	t := r.when()
	net := r.lan()
	practice := r.pick("KARDIO", "PRAXIS", "CARDIO", "INNERE")
	srv := practice + "-SRV" + fmt.Sprint(r.in(1, 3))
	ecgPC := fmt.Sprintf("EKG-PC%02d", r.in(1, 9))
	ecgModel := r.pick("Schiller CARDIOVIT AT-102 G2", "custo cardio 300", "GE MAC 2000", "Mortara ELI 280")
	ecgSW := r.pick("SEMA-200", "custo diagnostic", "CardioSoft", "Schiller SEMA")
	swVer := fmt.Sprintf("%d.%d.%d", r.in(3, 6), r.in(0, 9), r.in(0, 20))
	user := r.german()

	hdr := arr{
		plain("gdtwatch"),
		decoy(r.semver()),
		netw(srv),
		netw(`\\` + srv + `\GDT`),
		plain(isoOff(t, "+02:00")),
	}
	conn := arr{
		cont(strings.ToLower(practice) + `\` + ascii(user.latFirst())[:1] + ascii(user.latLast())),
		cred(r.password()),
		netw(ecgPC),
		netw(net.host(r.in(20, 200))),
		macAddr(r.mac("-", true)),
		dev(ecgModel),
		dev(r.serial("", 9)),
		dev(swVer),
	}

	files := arr{}
	for i := 0; i < r.in(2, 4); i++ {
		pt := r.german()
		dob := r.birth(1936, 1998)
		addr := r.deAddress()
		sex := "1"
		if pt.female {
			sex = "2"
		}
		pnr := fmt.Sprint(r.in(1000, 99999))
		kind := r.pick("EKG", "EKG", "ERGO", "BDM", "LUFU")
		exam := after(t, -r.in(0, 5000))
		var rec arr
		add := func(id string, v leaf) { rec = append(rec, pair(id, v)) }
		typ := r.pick("6302", "6310", "6310")
		add("8000", plain(typ))
		add("8100", plain(fmt.Sprintf("%06d", r.in(300, 2400))))
		if typ == "6302" {
			add("8315", plain(kind+"_GDT"))
			add("8316", plain("PVS_"+practice))
		} else {
			add("8315", plain("PVS_"+practice))
			add("8316", plain(kind+"_GDT"))
		}
		add("9206", plain("3"))
		add("9218", decoy(r.pick("02.10", "03.00", "03.01")))
		if typ == "6310" {
			add("0102", dev(strings.Fields(ecgModel)[0]))
			add("0103", dev(ecgSW))
			add("0132", dev(swVer))
		}
		add("3000", plain(pnr))
		add("3101", cont(pt.last))
		add("3102", cont(pt.first))
		add("3103", cont(dob.Format("02012006")))
		if r.chance(0.2) {
			add("3104", plain("Dr."))
		}
		add("3106", cont(addr.postcode+" "+addr.town))
		add("3107", cont(addr.street))
		add("3110", sexOf(sex))
		add("3622", hlth(fmt.Sprint(r.in(150, 198))))
		add("3623", hlth(fmt.Sprint(r.in(48, 135))))
		add("8402", dev(kind+"01"))
		if typ == "6302" {
			files = append(files, obj{{"n", plain(fmt.Sprintf("%s%02d.GDT", kind, r.in(1, 9)))}, {"t", plain(isoOff(exam, "+02:00"))}, {"h", decoy(r.hex(40))}, {"r", rec}})
			continue
		}
		add("6200", plain(exam.Format("02012006")))
		add("6201", plain(exam.Format("150405")))
		test := func(id, name, val, unit string) {
			add("8410", plain(id))
			add("8411", hlth(name))
			add("8420", hlth(val))
			add("8421", plain(unit))
		}
		var befund []piece
		switch kind {
		case "EKG":
			hr := r.in(48, 118)
			test("HF", "Herzfrequenz", fmt.Sprint(hr), "/min")
			test("PQ", "PQ-Zeit", fmt.Sprint(r.in(120, 220)), "ms")
			test("QRS", "QRS-Dauer", fmt.Sprint(r.in(80, 140)), "ms")
			test("QTC", "QTc", fmt.Sprint(r.in(380, 490)), "ms")
			var b string
			switch {
			case hr < 60:
				b = fmt.Sprintf("Sinusbradykardie %d/min, inkompletter RSB.", hr)
			case hr > 100:
				b = r.pick(fmt.Sprintf("Vorhofflimmern mit absoluter Arrhythmie, HF %d/min.", hr), fmt.Sprintf("Sinustachykardie %d/min, Steiltyp.", hr))
			default:
				b = r.pick(fmt.Sprintf("Sinusrhythmus, HF %d/min, Linkstyp, keine ERBS.", hr), fmt.Sprintf("Sinusrhythmus %d/min, AV-Block I°, sonst unauffällig.", hr))
			}
			befund = []piece{p(b, healthC)}
		case "ERGO":
			test("WMAX", "max. Belastung", fmt.Sprint(r.pickInt(75, 100, 125, 150, 175)), "W")
			test("HFMAX", "max. Herzfrequenz", fmt.Sprint(r.in(110, 175)), "/min")
			test("RRMAX", "max. Blutdruck", fmt.Sprintf("%d/%d", r.in(160, 230), r.in(80, 110)), "mmHg")
			befund = []piece{p(r.pick("Abbruch wegen Erschöpfung, keine AP, keine ST-Senkungen.", "Abbruch bei 100 W wegen AP-Beschwerden, ST-Senkung V4-V6 0,2 mV.", "Ausbelastet, hypertensive Reaktion."), healthC)}
		case "BDM":
			ds, dd := r.in(118, 165), r.in(70, 100)
			test("RRTAG", "Mittelwert Tag", fmt.Sprintf("%d/%d", ds, dd), "mmHg")
			test("RRNACHT", "Mittelwert Nacht", fmt.Sprintf("%d/%d", ds-r.in(0, 20), dd-r.in(0, 12)), "mmHg")
			befund = []piece{p(r.pick("Arterielle Hypertonie, fehlende Nachtabsenkung (Non-Dipper).", "Normotone Werte, regelrechte Nachtabsenkung.", "Grenzwertig, Kontrolle unter Ramipril 5 mg."), healthC)}
		default:
			test("FEV1", "FEV1", fmt.Sprintf("%.2f", r.f2(0.9, 4.2)), "l")
			test("FVC", "FVC", fmt.Sprintf("%.2f", r.f2(1.5, 5.5)), "l")
			test("TIFF", "FEV1/FVC", fmt.Sprint(r.in(45, 85)), "%")
			befund = []piece{p(r.pick("Mittelgradige obstruktive Ventilationsstörung, V.a. COPD.", "Keine Obstruktion.", "Leichte Obstruktion, nach Salbutamol reversibel (Asthma)."), healthC)}
		}
		add("6220", prose(befund...))
		switch r.IntN(3) {
		case 0:
			add("6227", prose(p("Bitte Pat. "), p(pt.last, contactC), p(" unter "), p(r.deLocal(), contactC), p(" zurückrufen.")))
		case 1:
			add("6227", prose(p("Elektroden nachbestellt.")))
		default:
			add("6227", prose(p("Pat. nimmt "), p(r.pick("Bisoprolol 2,5 mg", "Eliquis 5 mg 1-0-1", "Ramipril 5 mg", "Marcumar nach INR"), healthC), p(".")))
		}
		if r.chance(0.5) {
			add("6228", hlth(fmt.Sprintf("%-12s%s", "Lagetyp", r.pick("Linkstyp", "Indifferenztyp", "Steiltyp"))))
		} else {
			add("6228", hlth(fmt.Sprintf("%-12s%s", "Befund", r.pick("auffällig", "grenzwertig", "unauffällig"))))
		}
		add("6302", plain(fmt.Sprint(r.in(100000, 999999))))
		add("6303", plain("PDF"))
		add("6304", plain(map[string]string{"EKG": "Ruhe-EKG", "ERGO": "Belastungs-EKG", "BDM": "Langzeit-RR", "LUFU": "Spirometrie"}[kind]))
		add("6305", netw(fmt.Sprintf(`\\%s\export\%s_%s_%s.pdf`, ecgPC, strings.ToLower(kind), pnr, exam.Format("20060102"))))
		files = append(files, obj{{"n", plain(fmt.Sprintf("PVS%s%02d.GDT", kind[:2], r.in(1, 9)))}, {"t", plain(isoOff(exam, "+02:00"))}, {"h", decoy(r.hex(40))}, {"r", rec}})
	}

	return obfuscated(obj{
		{"s", hdr},
		{"c", conn},
		{"f", files},
	})
}
