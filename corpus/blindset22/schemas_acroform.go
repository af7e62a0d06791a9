package blindset22

import (
	"fmt"
	"strings"
)

// tripAcroForm is a secondary school's scanned-and-filled residential trip
// consent forms, their XFA/AcroForm fields dumped with pypdf's
// PdfReader.get_fields() into JSON: fields keyed by their fully qualified
// names (topmostSubform[0].Page1[0].TextField1[0]), each a dictionary of
// PDF keys ("/FT", "/T", "/V", "/_States_"). Only the order of the fields
// tells what they are.
func tripAcroForm(r *rng) any {
	t0 := r.when()
	teacher := r.english()
	fld := func(page int, name string, ft string, v leaf) (string, obj) {
		full := fmt.Sprintf("topmostSubform[0].Page%d[0].%s", page, name)
		o := obj{{"/FT", plain(ft)}, {"/T", plain(name)}, {"/V", v}}
		if ft == "/Btn" {
			o = append(o, field{"/_States_", arr{plain("/Off"), plain("/1")}})
		}
		return full, o
	}
	var files arr
	for i := 0; i < r.in(1, 2); i++ {
		kid := r.english()
		par := r.english()
		par.last = kid.last
		gp := r.english()
		a := r.ukAddress()
		born := r.birth(2010, 2012)
		conds := []struct{ cond, med string }{
			{"Asthma - uses blue inhaler when running", "Salbutamol 100mcg 2 puffs as needed"},
			{"Type 1 diabetes", "NovoRapid with meals, Lantus 12 units at 9pm"},
			{"Epilepsy (absence seizures)", "Ethosuximide 250mg twice a day"},
			{"ADHD", "Methylphenidate XL 18mg in the morning"},
			{"Eczema", "Hydrocortisone cream 1%"},
		}
		c := conds[r.IntN(len(conds))]
		fields := obj{}
		add := func(page int, name, ft string, v leaf) {
			k, o := fld(page, name, ft, v)
			fields = append(fields, field{k, o})
		}
		add(1, "TextField1[0]", "/Tx", cont(kid.full()))
		add(1, "TextField1[1]", "/Tx", cont(born.Format("02/01/2006")))
		add(1, "TextField1[2]", "/Tx", plain(fmt.Sprintf("8%s", r.pick("KM", "JT", "RW", "AB"))))
		add(1, "TextField1[3]", "/Tx", decoy(fmt.Sprintf("Y8RES-%04d", r.in(1, 9999))))
		add(1, "TextField2[0]", "/Tx", cont(par.full()))
		add(1, "TextField2[1]", "/Tx", cont(r.ukMobile()))
		add(1, "TextField2[2]", "/Tx", cont(r.email(par)))
		add(1, "TextField2[3]", "/Tx", cont(a.street+", "+a.town+", "+a.postcode))
		add(1, "TextField3[0]", "/Tx", cont("Dr "+gp.last+", "+r.pick("Abbey Road Surgery", "Riverside Medical Practice", "The Old Forge Health Centre")))
		add(2, "TextField4[0]", "/Tx", hlth(c.cond))
		add(2, "TextField4[1]", "/Tx", hlth(c.med))
		add(2, "TextField4[2]", "/Tx", hlth(r.pick("Peanuts (anaphylaxis)", "Penicillin", "None known", "Wasp stings", "Plasters")))
		add(2, "CheckBox1[0]", "/Btn", plain(r.pick("/1", "/Off")))
		add(2, "CheckBox1[1]", "/Btn", plain(r.pick("/1", "/Off")))
		add(2, "TextField5[0]", "/Tx", plain(r.pick("Vegetarian", "Halal", "No pork", "None")))
		add(2, "TextField6[0]", "/Tx", prose(p(r.pick("", "Gets homesick. ")), p(r.pick("Sometimes wets the bed at night, please be discreet.", "Had a panic attack on the last trip.", "Takes melatonin to sleep.", "Recently broke his wrist, cast off in May."), healthC), p(" Aunt "), p(r.english().first+" "+r.ukMobile(), contactC), p(" is the backup contact.")))
		if r.chance(0.7) {
			add(2, "TextField9[0]", "/Tx", dev(r.pick("iPhone 12", "iPhone SE (2nd gen)", "Samsung Galaxy A14", "Google Pixel 6a", "Moto G54")))
			add(2, "TextField9[1]", "/Tx", cont(r.ukMobile()))
		} else {
			add(2, "TextField9[0]", "/Tx", plain("N/A"))
			add(2, "TextField9[1]", "/Tx", plain(""))
		}
		if c.cond == "Type 1 diabetes" || r.chance(0.3) {
			add(2, "TextField9[2]", "/Tx", dev(r.pick("Omnipod 5 PDM", "Dexcom G7 receiver", "Libre 2 reader")+" s/n "+r.serial("", 9)))
		}
		add(2, "NumericField1[0]", "/Tx", plain(fmt.Sprint(r.pickInt(25, 50, 100, 200))))
		add(3, "TextField7[0]", "/Tx", plain(fmt.Sprintf("£%d.00", r.in(180, 320))))
		add(3, "DateField1[0]", "/Tx", plain(day(after(t0, -r.in(60*24, 60*24*40)))))
		add(3, "TextField8[0]", "/Tx", cont(par.first[:1]+". "+par.last))
		add(3, "Code128BarCode1[0]", "/Tx", decoy(r.b64(18)))
		files = append(files, obj{
			{"file", plain(fmt.Sprintf("scan_%04d.pdf", r.in(1, 9999)))},
			{"sha256", decoy(r.hex(64))},
			{"pages", plain(3)},
			{"producer", plain(r.pick("Adobe LiveCycle Designer ES 9.0", "Designer 6.5"))},
			{"fields", fields},
		})
	}
	return obfuscated(obj{
		{"batch", plain(r.pick("Y8 Residential", "Y7 Outdoor Ed", "Geography field trip"))},
		{"tool", plain("pypdf")},
		{"tool_version", decoy(r.pick("4.2.0", "4.3.1", "3.17.4"))},
		{"run_by", cont(strings.ToLower(teacher.first[:1]+teacher.last) + "@" + r.pick("school.example.org", "academy.example.net"))},
		{"run_at", plain(iso(t0))},
		{"results", files},
	})
}
