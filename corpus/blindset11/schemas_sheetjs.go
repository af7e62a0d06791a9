package blindset11

import (
	"fmt"
	"time"
)

// A youth summer camp's registration workbook read with SheetJS: sheets as
// objects keyed by A1 cell addresses, each cell a {"t","v","w"} wrapper
// (dates as Excel serial numbers beside their formatted text). A campers
// sheet under terse headers, a medication sheet with no header row, and an
// office sheet of label / value pairs; the last two dumped beside the
// workbook with sheet_to_json(ws, {header: "A"}), rows keyed by column
// letter.

var (
	campFirst = []string{"Ella", "Mason", "Lily", "Owen", "Zoe", "Caleb", "Maya", "Eli", "Nora", "Luca", "Ivy", "Theo", "Ruby", "Miles", "Hazel", "Jonah", "Stella", "Felix", "Aria", "Declan"}
	campLast  = []string{"Brooks", "Delgado", "Ferris", "Hollister", "Kimura", "Lachance", "Mbeki", "Novotny", "Ortega", "Pellegrino", "Quist", "Rasmussen", "Sandoval", "Thorne", "Ulrich", "Varga", "Whitaker", "Xiong", "Yates", "Zamora"}
	campCabin = []string{"Birch", "Loon", "Cedar", "Heron", "Aspen", "Otter", "Spruce", "Falcon"}
)

// cellH is a header cell; cellS a text cell with its formatted text.
func cellH(s string) obj { return obj{{"t", plain("s")}, {"v", plain(s)}} }

func cellS(l leaf) obj { return obj{{"t", plain("s")}, {"v", l}, {"w", l}} }

// cellSC is a text cell with a threaded comment: author and text.
func cellSC(l leaf, author, text leaf) obj {
	return obj{{"t", plain("s")}, {"v", l}, {"c", arr{obj{{"a", author}, {"t", text}}}}}
}

func cellN(v, w leaf) obj { return obj{{"t", plain("n")}, {"v", v}, {"w", w}} }

func cellB(b bool, mk func(any) leaf) obj {
	w := "FALSE"
	if b {
		w = "TRUE"
	}
	return obj{{"t", plain("b")}, {"v", mk(b)}, {"w", mk(w)}}
}

func excelSerial(t time.Time) int {
	return int(t.Sub(time.Date(1899, 12, 30, 0, 0, 0, 0, time.UTC)).Hours() / 24)
}

func campSheet(r *rng) any {
	n := 1 + r.IntN(5)/3
	cols := "ABCDEFGHIJKL"
	heads := []string{"Camper", "DOB", "Cabin", "Parent/Guardian", "Cell", "Email", "Allergies", "Meds?", "Ht/Wt", "Notes", "Tee", "Bal due"}
	campers := obj{{"!ref", plain(fmt.Sprintf("A1:L%d", n+1))}}
	for i, h := range heads {
		campers = append(campers, field{fmt.Sprintf("%c1", cols[i]), cellH(h)})
	}
	var meds arr
	var names []string
	for k := 0; k < n; k++ {
		row := k + 2
		first, last := r.pick(campFirst...), r.pick(campLast...)
		names = append(names, first+" "+last)
		dob := r.when(2009, 2016)
		parent := r.pick(ukWomen...)
		if r.chance(0.4) {
			parent = r.pick(ukMen...)
		}
		takesMeds := r.chance(0.5)
		note := prose(p(r.pick("First year at camp.", "Wants to be with cousin in same cabin.", "Late pickup Friday.")))
		switch r.IntN(3) {
		case 0:
			note = prose(p(r.pick("Has ", "Dx ", "Mom says ")), p(r.pick("ADHD", "type 1 diabetes, pump", "mild asthma", "epilepsy, seizure plan on file", "anxiety, homesick last year"), healthC), p(r.pick("", ". EpiPen in nurse cabin", ". Check BG before swim")))
		case 1:
			note = prose(p("Grandma picks up, her cell "), p(r.us555(), contactC))
		}
		ctext := prose(p(r.pick("checked with parent", "form missing signature", "see Sheet2")))
		if r.chance(0.6) {
			ctext = prose(p(r.pick("anaphylaxis 2022, ", "reaction = hives + ", "carries ")), p(r.pick("2 EpiPens", "Benadryl 25 mg", "inhaler in backpack"), healthC), p(r.pick(" - tell kitchen", "", " (mom confirmed)")))
		}
		cells := obj{
			{fmt.Sprintf("A%d", row), cellS(cont(last + ", " + first))},
			{fmt.Sprintf("B%d", row), obj{{"t", plain("n")}, {"v", cont(excelSerial(dob))}, {"w", cont(dob.Format("1/2/06"))}, {"z", plain("m/d/yy")}}},
			{fmt.Sprintf("C%d", row), cellS(plain(r.pick(campCabin...)))},
			{fmt.Sprintf("D%d", row), cellS(cont(parent + " " + last))},
			{fmt.Sprintf("E%d", row), cellS(cont(r.us555()))},
			{fmt.Sprintf("F%d", row), cellS(cont(r.mail(ascii(parent) + "." + ascii(last))))},
			{fmt.Sprintf("G%d", row), cellSC(hlth(r.allergy()), cont("Nurse "+r.pick(ukWomen...)), ctext)},
			{fmt.Sprintf("H%d", row), cellB(takesMeds, hlth)},
			{fmt.Sprintf("I%d", row), cellS(hlth(fmt.Sprintf("%d'%d\" / %d lb", r.in(4, 5), r.in(0, 11), r.in(60, 170))))},
			{fmt.Sprintf("J%d", row), cellS(note)},
			{fmt.Sprintf("K%d", row), cellS(decoy(r.pick("YS", "YM", "YL", "AS", "AM", "AL")))},
			{fmt.Sprintf("L%d", row), cellN(decoy(r.in(0, 9)*50), decoy(fmt.Sprintf("$%d.00", r.in(0, 9)*50)))},
		}
		campers = append(campers, cells...)
		meds = append(meds, obj{
			{"A", cont(first + " " + last)},
			{"B", hlth(r.pick("Methylphenidate 18 mg", "Insulin lispro per scale", "Albuterol 2 puffs PRN", "Levetiracetam 500 mg", "Sertraline 25 mg", "Cetirizine 10 mg", "EpiPen Jr 0.15 mg"))},
			{"C", hlth(r.pick("8:00 AM", "with breakfast", "bedtime", "before meals", "as needed"))},
			{"D", cont("Nurse " + r.pick(ukWomen...))},
			{"E", decoy(fmt.Sprint(r.in(1, 30)))},
		})
	}
	lan := r.lanPrefix()
	var office arr
	kv := []struct {
		k string
		v leaf
	}{
		{"WiFi", netw(r.pick("CampLoon", "Camp-Staff", "LakesideCamp", "Pinecrest-Office") + "-" + r.upper(2))},
		{"pw", cred(r.pick("Smores", "Canoe", "Firefly", "Lakeside", "Marshmallow") + r.digits(4) + "!")},
		{"router", netw(lan + ".1")},
		{"printer", multi(fmt.Sprintf("%s @ %s.%d", r.pick("HP LaserJet M404dn", "Brother HL-L2350DW", "Canon imageCLASS MF445dw", "Epson WF-3820"), lan, r.in(20, 90)), devC, netC)},
		{"CampMinder login", cont(r.mail(r.pick("director", "office", "registrar")))},
		{"pass", cred(r.alnum(10))},
	}
	for _, e := range kv {
		office = append(office, obj{{"A", plain(e.k)}, {"B", e.v}})
	}
	modified := r.when(2024, 2024)
	return obfuscated(obj{
		{"SheetNames", arr{plain("Campers"), plain("Sheet2"), plain("office")}},
		{"Sheets", obj{{"Campers", campers}}},
		{"rows", obj{{"Sheet2", meds}, {"office", office}}},
		{"Props", obj{
			{"Author", cont(r.pick(ukWomen...) + " " + r.pick(ukFamily...))},
			{"LastAuthor", cont(r.pick(ukMen...) + " " + r.pick(ukFamily...))},
			{"CreatedDate", plain(modified.AddDate(0, -r.in(1, 6), 0).Format(time.RFC3339))},
			{"ModifiedDate", plain(modified.Format(time.RFC3339))},
			{"Application", plain("Microsoft Excel")},
			{"AppVersion", decoy("16.0300")},
		}},
	})
}
