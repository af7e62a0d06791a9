package blindset9

import (
	"encoding/base64"
	"fmt"
)

// ploio-epivates-couch: a Greek ferry operator's booking as a CouchDB
// document (keys in Greek script, _id, _rev, _attachments stubs): route
// and ship, passengers (names, sex, birth date, nationality, fare, cabin,
// special assistance: wheelchair, oxygen, pregnancy weeks, a note), the
// booker's contact and address, the car on board, payment, the on-board
// Wi-Fi voucher with the device's MAC and IP, the app, the agent and the
// agent's note in Greek.

func ploio(g *rng) any {
	lead := g.personOf("el")
	agent := g.personOf("el")
	routes := [][2]string{{"Πειραιάς", "Ηράκλειο"}, {"Πειραιάς", "Σαντορίνη"}, {"Ραφήνα", "Άνδρος"}, {"Πάτρα", "Ανκόνα"}, {"Ηγουμενίτσα", "Κέρκυρα"}, {"Πειραιάς", "Χίος"}}
	r := one(g, routes...)
	ships := []string{"Blue Star Delos", "Festos Palace", "Champion Jet 2", "Superfast XI", "Nissos Chios"}
	cities := []struct{ city, tk, street string }{
		{"Αθήνα", "115 2", "Λεωφόρος Αλεξάνδρας"}, {"Θεσσαλονίκη", "546 2", "Εγνατία"}, {"Πάτρα", "262 2", "Μαιζώνος"},
		{"Λάρισα", "412 2", "Κύπρου"}, {"Ηράκλειο", "712 0", "Δικαιοσύνης"},
	}
	cty := one(g, cities...)

	var pax arr
	n := g.in(1, 4)
	for i := 0; i < n; i++ {
		pp := lead
		if i > 0 {
			pp = g.personOf("el")
			pp.last = lead.last
		}
		care := obj{
			{"αμαξίδιο", hlth(g.chance(15))},
			{"οξυγόνο", hlth(g.chance(8))},
		}
		if pp.female && g.chance(40) {
			care = append(care, field{"εγκυμοσύνη_εβδομάδες", hlth(g.in(8, 34))})
		} else {
			care = append(care, field{"εγκυμοσύνη_εβδομάδες", nullDecoy()})
		}
		if g.chance(50) {
			care = append(care, field{"σημείωση", prose(
				p("Ο/Η επιβάτης έχει "),
				p(one(g, "σκλήρυνση κατά πλάκας", "χρόνια αποφρακτική πνευμονοπάθεια", "επιληψία", "διαβήτη τύπου 1", "αλλεργία στα φιστίκια"), healthCat),
				p(" και χρειάζεται βοήθεια στην επιβίβαση."))})
		}
		pax = append(pax, obj{
			{"α/α", decoy(i + 1)},
			{"όνομα", cont(pp.first)},
			{"επώνυμο", cont(pp.last)},
			{"φύλο", sexOf(fm(pp, one(g, "Θ", "Γυναίκα"), one(g, "Α", "Άνδρας")))},
			{"ημερομηνία_γέννησης", cont(g.dob())},
			{"υπηκοότητα", decoy(one(g, "GR", "GR", "CY", "DE"))},
			{"κατηγορία", plain(one(g, "ενήλικας", "παιδί", "φοιτητής", "πολύτεκνος"))},
			{"ναύλος_eur", decoy(money(g.f(19, 240)))},
			{"θέση", plain(one(g, "Αεροπορική θέση", "Καμπίνα 4κλινη εσωτερική", "Καμπίνα 2κλινη εξωτερική", "Κατάστρωμα"))},
			{"ειδική_φροντίδα", clinical(care)},
		})
	}

	mac := g.mac()
	phoneModel, phoneOS := g.phone()
	code := g.s(uc+num, 6)
	rev := fmt.Sprintf("%d-%s", g.in(1, 9), g.md5())
	digest := "md5-" + base64.StdEncoding.EncodeToString([]byte(g.s(alnum, 16)))

	var note []piece
	switch g.n(5) {
	case 0:
		note = []piece{p("Ο πελάτης ζήτησε αλλαγή ημερομηνίας, τηλ. "), p(g.phoneGR(), contactCat), p(".")}
	case 1:
		note = []piece{p("Η κ. "), p(lead.last, contactCat), p(" ταξιδεύει με "), p("οξυγόνο 2 l/min", healthCat), p(", ενημερώθηκε ο καπετάνιος.")}
	case 2:
		note = []piece{p("Νέος κωδικός Wi-Fi δόθηκε: "), p(g.s(uc+num, 8), credCat), p(".")}
	case 3:
		note = []piece{p("Επιστροφή χρημάτων εγκρίθηκε, αριθμός αιτήματος 2024/" + fmt.Sprint(g.in(1000, 9999)) + ".")}
	default:
		note = []piece{p("Στείλτε απόδειξη στο "), p(g.email(lead), contactCat), p(".")}
	}

	return language(obj{
		{"_id", decoy("κράτηση:" + code)},
		{"_rev", decoy(rev)},
		{"τύπος", plain("κράτηση")},
		{"κωδικός_κράτησης", decoy(code)},
		{"δρομολόγιο", obj{
			{"από", plain(r[0])},
			{"προς", plain(r[1])},
			{"αναχώρηση", plain(g.iso())},
			{"πλοίο", plain(one(g, ships...))},
		}},
		{"επιβάτες", pax},
		{"επικοινωνία", obj{
			{"email", cont(g.email(lead))},
			{"κινητό", cont(g.phoneGR())},
			{"διεύθυνση", obj{
				{"οδός", cont(cty.street)},
				{"αριθμός", cont(fmt.Sprint(g.in(1, 180)))},
				{"τ.κ./πόλη", cont(cty.tk + g.s(num, 1) + " " + cty.city)},
			}},
			{"newsletter", decoy(g.chance(40))},
		}},
		{"όχημα", func() any {
			if g.chance(45) {
				return obj{
					{"μάρκα_μοντέλο", dev(one(g, "Toyota Yaris Hybrid", "Fiat Panda 4x4", "Peugeot 2008", "Hyundai i20", "Dacia Duster"))},
					{"μήκος_μ", decoy(round1(g.f(3.6, 4.9)))},
					{"ύψος_μ", decoy(round1(g.f(1.4, 1.9)))},
					{"ναύλος_eur", decoy(money(g.f(60, 190)))},
				}
			}
			return nullDecoy()
		}()},
		{"πληρωμή", obj{
			{"σύνολο_eur", decoy(money(g.f(40, 900)))},
			{"αριθμός_συναλλαγής", decoy("694" + g.s(num, 7))},
			{"τρόπος", plain(one(g, "κάρτα", "IRIS", "μετρητά"))},
		}},
		{"wifi_πλοίου", obj{
			{"voucher", cred(g.s(uc+num, 4) + "-" + g.s(uc+num, 4))},
			{"mac_συσκευής", macAddr(mac)},
			{"ip", netw(g.lanIP("10." + fmt.Sprint(g.in(40, 60)) + "." + fmt.Sprint(g.in(0, 7))))},
			{"mb_χρήση", decoy(g.in(0, 2048))},
		}},
		{"εφαρμογή", obj{
			{"συσκευή", dev(phoneModel)},
			{"λειτουργικό", dev(phoneOS)},
			{"έκδοση", dev(g.ver(3))},
			{"push_token", cred(g.fcm())},
		}},
		{"πράκτορας", obj{
			{"όνομα", cont(agent.full())},
			{"χρήστης", cont(agent.afirst[:1] + agent.alast)},
			{"γραφείο", plain(one(g, "Πειραιάς Πύλη Ε2", "Ηράκλειο Λιμάνι", "Online"))},
		}},
		{"σημειώσεις_πράκτορα", prose(note...)},
		{"_attachments", obj{
			{"κάρτα_επιβίβασης.pdf", obj{
				{"content_type", plain("application/pdf")},
				{"revpos", plain(g.in(1, 4))},
				{"digest", decoy(digest)},
				{"length", decoy(g.in(40_000, 180_000))},
				{"stub", plain(true)},
			}},
		}},
		{"δημιουργήθηκε", plain(g.iso())},
	})
}
