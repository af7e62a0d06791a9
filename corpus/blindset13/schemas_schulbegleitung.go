package blindset13

import (
	"fmt"
	"strings"
)

// A German school-inclusion assistance provider (Schulbegleitung /
// Integrationshilfe nach § 35a SGB VIII / § 112 SGB IX) running its case
// files in NocoDB: a v2 list response ({"list":[...],"pageInfo":{...}})
// whose keys are column titles as the staff typed them, with spaces,
// umlauts, units in brackets and one tilde ("Körpergröße ~cm"); the child,
// parents, diagnosis, GdB and Merkzeichen, medication and emergency
// medication, the talker iPad with Apple-ID and school Wi-Fi, the linked
// assistant, nested daily logs, attachments with signed URLs.

var (
	deVornamen  = []string{"Mia", "Emilia", "Hannah", "Lina", "Leni", "Noah", "Finn", "Paul", "Elias", "Jonas", "Luca", "Mats"}
	deErwachsen = []string{"Sabine", "Katrin", "Anja", "Stefanie", "Jens", "Thorsten", "Markus", "Dirk", "Nicole", "Tobias"}
	deNachnamen = []string{"Krüger", "Schmitz", "Hoffmann", "Wagner", "Becker", "Schulze", "Neumann", "Zimmermann", "Hartmann", "Lehmann"}
	deStrassen  = []string{"Lindenstraße", "Am Mühlbach", "Goethestr.", "Kastanienallee", "Bahnhofstraße", "Im Wiesengrund"}
	deOrte      = [][2]string{{"Köln", "506"}, {"Bochum", "447"}, {"Leipzig", "041"}, {"Kassel", "341"}, {"Freiburg im Breisgau", "791"}, {"Bremen", "283"}}
	deDiagnosen = []icd{{"F84.0", "Frühkindlicher Autismus"}, {"F90.0", "Einfache Aktivitäts- und Aufmerksamkeitsstörung"}, {"G80.1", "Spastische diplegische Zerebralparese"}, {"Q90.9", "Down-Syndrom"}, {"G40.3", "Generalisierte idiopathische Epilepsie"}, {"E10.9", "Diabetes mellitus Typ 1"}, {"F84.5", "Asperger-Syndrom"}}
	deSchulen   = []string{"GGS Am Park", "Grundschule Lindenhof", "Gesamtschule Nord", "Förderschule Sonnenweg", "Realschule am Stadtgarten"}
)

func deTel(r *rng) string {
	if r.chance(0.5) {
		return fmt.Sprintf("030 23125 %03d", r.in(0, 999))
	}
	return fmt.Sprintf("+49 30 23125%03d", r.in(0, 999))
}

func schulbegleitungNoco(r *rng) any {
	kv, nn := r.pick(deVornamen...), r.pick(deNachnamen...)
	ev := r.pick(deErwachsen...)
	ort := deOrte[r.IntN(len(deOrte))]
	dx := deDiagnosen[r.IntN(len(deDiagnosen))]
	by := r.in(2011, 2018)
	sb := r.pick(deErwachsen...) + " " + r.pick(deNachnamen...)
	ssid := r.pick("Schulnetz-", "LOGINEO-", "SchulWLAN_") + r.upper(3)
	schoolPfx := fmt.Sprintf("10.%d.%d", r.in(100, 200), r.in(0, 254))
	eltMail := r.mail(ascii(ev) + "." + ascii(nn))
	notfall := r.pick("Buccolam 5 mg buccal bei Krampfanfall > 3 min", "Notfall-Pen Glukagon 1 mg", "keine", "Salbutamol-Spray bei Atemnot")

	var logs arr
	for k := 0; k < r.in(1, 3); k++ {
		e := r.pickProse(
			func() leaf {
				return prose(p("Um 10:"+fmt.Sprintf("%02d", r.in(0, 59))+" "), p(r.pick("Krampfanfall, ca. 2 min, Buccolam gegeben", "Unterzucker 58 mg/dl, Traubenzucker gegeben", "Overload in der Pause, Rückzug in den Ruheraum"), healthC), p(". Mutter informiert unter "), p(deTel(r), contactC), p("."))
			},
			func() leaf {
				return prose(p("Talker-iPad hing im WLAN "), p(ssid, netC), p(" fest (IP "), p(fmt.Sprintf("%s.%d", schoolPfx, r.in(2, 250)), netC), p("), neu verbunden. Passwort steht im Ordner."))
			},
			func() leaf {
				return prose(p(kv, contactC), p(" hat heute gut mitgearbeitet, Mathe in Kleingruppe. Keine Vorkommnisse."))
			},
			func() leaf { return prose(p("Ausflug Zoo, Einsatz verlängert bis 15:30.")) },
		)
		logs = append(logs, obj{
			{"Id", decoy(r.in(1000, 99999))},
			{"Datum", plain(r.day(2024, 2024))},
			{"Stunden", decoy(r.f1(2, 8))},
			{"Eintrag", e},
		})
	}

	notf := arr{}
	for k := 0; k < r.in(1, 2); k++ {
		nv := r.pick(deErwachsen...)
		notf = append(notf, obj{
			{"Id", decoy(r.in(1, 5000))},
			{"Name", cont(nv + " " + r.pick(nn, r.pick(deNachnamen...)))},
			{"Beziehung", plain(r.pick("Mutter", "Vater", "Oma", "Onkel", "Nachbarin"))},
			{"Telefon", cont(deTel(r))},
			{"Abholberechtigt", plain(r.chance(0.7))},
		})
	}
	hilf := arr{}
	for k := 0; k < r.in(1, 2); k++ {
		hilf = append(hilf, obj{
			{"Bezeichnung", multi(r.pick("Hörgerät Phonak Sky Lumity", "Rollstuhl Sopur Youngster 3", "Insulinpumpe Omnipod 5", "FreeStyle Libre 3 Sensor", "Roger Touchscreen Mic", "Kommunikationshilfe GoTalk 9+"), devC, healthC)},
			{"Seriennummer", dev(r.upper(2) + r.digits(8))},
			{"Hilfsmittelnr.", decoy(fmt.Sprintf("%02d.%02d.%02d.%04d", r.in(1, 33), r.in(10, 99), r.in(1, 9), r.in(0, 9999)))},
			{"Zuletzt geprüft", plain(r.day(2023, 2024))},
		})
	}
	anh := arr{}
	if r.chance(0.6) {
		anh = append(anh, obj{
			{"url", plain("download/noco/p_integration/Kinder/Anhänge/" + r.alnum(8) + ".pdf")},
			{"title", cont("Arztbrief_" + nn + "_" + kv + ".pdf")},
			{"mimetype", plain("application/pdf")},
			{"size", decoy(r.in(40000, 900000))},
			{"signedUrl", cred(fmt.Sprintf("https://noco.traeger.example.org/dltemp/%s/%d/Arztbrief.pdf?sig=%s", r.b64(22), r.epochMs(2024, 2024), r.hexs(40)))},
		})
	}

	row := obj{
		{"Id", decoy(r.in(1, 800))},
		{"Aktenzeichen", decoy(fmt.Sprintf("51-35a-%d-%04d", r.in(2021, 2024), r.in(1, 2000)))},
		{"Vorname Kind", cont(kv)},
		{"Nachname", cont(nn)},
		{"Geburtsdatum", cont(fmt.Sprintf("%02d.%02d.%d", r.in(1, 28), r.in(1, 12), by))},
		{"Geschlecht", sexOf(r.pick("w", "m", "d"))},
		{"Schule", plain(r.pick(deSchulen...))},
		{"Klasse", plain(fmt.Sprintf("%d%s", r.in(1, 9), r.pick("a", "b", "c")))},
		{"Anschrift", cont(fmt.Sprintf("%s %d, %s%02d %s", r.pick(deStrassen...), r.in(1, 140), ort[1], r.in(0, 99), ort[0]))},
		{"Sorgeberechtigte", cont(ev + " " + nn)},
		{"Tel. Eltern", cont(deTel(r))},
		{"E-Mail Eltern", cont(eltMail)},
		{"Diagnose", hlth(dx.text).clin()},
		{"ICD-10", hlth(dx.code).clin()},
		{"GdB", hlth(r.pickInt(30, 50, 70, 80, 100)).clin()},
		{"Merkzeichen", hlth(r.pick("H", "B, H", "G", "aG, B")).clin()},
		{"Pflegegrad", hlth(r.in(0, 4)).clin()},
		{"Medikation", hlth(r.pick("Methylphenidat 10 mg morgens", "Levetiracetam 250 mg 1-0-1", "Insulin nach Schema (Pumpe)", "keine", "Risperidon 0,5 mg abends")).clin()},
		{"Notfallmedikation", hlth(notfall).clin()},
		{"Körpergröße ~cm", hlth(r.in(110, 165)).clin()},
		{"Gewicht (kg)", hlth(r.f1(18, 60)).clin()},
		{"Kostenträger", plain(r.pick("Jugendamt ", "Sozialamt ", "LVR ") + ort[0])},
		{"Bewilligte Std./Woche", decoy(r.pickInt(15, 20, 25, 30))},
		{"Talker-Gerät", dev(r.pick("iPad 9. Gen (Talker)", "iPad Air 5 + Metacom", "Tobii Dynavox TD I-110", "Samsung Galaxy Tab A8 (GoTalk)"))},
		{"Seriennr.", dev(r.upper(4) + r.digits(2) + r.upper(4) + r.digits(2))},
		{"iPadOS", dev(r.pick("17.4.1", "16.7.5", "17.5"))},
		{"Apple-ID", cont(strings.ToLower(ascii(kv)) + ".talker@" + r.pick("example.net", "example.org"))},
		{"Apple-ID Passwort", cred(kv + r.digits(4) + r.pick("!", "?", "#"))},
		{"Geräte-PIN", cred(r.digits(6))},
		{"WLAN Schule", netw(ssid)},
		{"WLAN-Schlüssel", cred(r.alnum(12))},
		{"IP (Schulnetz)", netw(fmt.Sprintf("%s.%d", schoolPfx, r.in(2, 250)))},
		{"Zuletzt online", dev(r.iso(2024, 2024))},
		{"Speicher (GB)", decoy(r.pickInt(64, 128, 256))},
		{"Hülle Gewicht (g)", decoy(r.in(180, 420))},
		{"Schulbegleitung", arr{obj{
			{"Id", decoy(r.in(1, 300))},
			{"Name", cont(sb)},
			{"Handy", cont(deTel(r))},
			{"Qualifikation", plain(r.pick("Heilerziehungspfleger/in", "Erzieher/in", "ohne Fachausbildung", "FSJ"))},
			{"Masernschutz nachgewiesen", hlth(true)},
			{"Führungszeugnis bis", plain(r.day(2025, 2027))},
		}}},
		{"Notfallkontakte", notf},
		{"Hilfsmittel", hilf},
		{"Protokolle", logs},
		{"Protokolle Anzahl", decoy(len(logs))},
		{"Anhänge", anh},
		{"CreatedAt", plain(r.iso(2022, 2024))},
		{"UpdatedAt", plain(r.iso(2024, 2024))},
	}
	return language(obj{
		{"list", arr{row}},
		{"pageInfo", obj{{"totalRows", plain(1)}, {"page", plain(1)}, {"pageSize", plain(25)}, {"isFirstPage", plain(true)}, {"isLastPage", plain(true)}}},
	})
}
