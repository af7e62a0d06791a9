package blindset11

import (
	"fmt"
	"sort"
	"strings"
)

// A mobile breast-screening van's PACS, a DICOMweb QIDO-RS response in the
// DICOM JSON model: datasets keyed by eight-digit hex tags with {"vr",
// "Value"} wrappers, person names as {"Alphabetic"}, sequences of nested
// datasets, and a vendor's private tags holding the van's uplink.

var (
	ukWomen  = []string{"Alison", "Bridget", "Carol", "Deborah", "Eleanor", "Fiona", "Gillian", "Hazel", "Imogen", "Janet", "Karen", "Linda", "Moira", "Nadia", "Olwen", "Pauline", "Rosalind", "Sandra", "Tessa", "Valerie", "Wendy", "Yvonne"}
	ukMen    = []string{"Alan", "Barry", "Colin", "Derek", "Edwin", "Frank", "Graham", "Howard", "Ian", "Julian", "Keith", "Leonard", "Martin", "Neil", "Oliver", "Philip", "Roger", "Stuart", "Trevor", "Victor", "Warren", "Yusuf"}
	ukFamily = []string{"Ashworth", "Blackwood", "Cartwright", "Dunmore", "Ellery", "Fairbairn", "Greenhalgh", "Hollins", "Ingleby", "Jessop", "Kettering", "Lumsden", "Marchbank", "Nettleton", "Oakes", "Pemberton", "Quayle", "Rushworth", "Stainton", "Thwaite", "Underhill", "Whitlock"}
	ukTowns  = []string{"Hollowmere", "Kettlebridge", "Ashcombe", "Brindleford", "Calderwick", "Dunsby Marsh", "Elmstead Cross", "Fernhope", "Greyholt", "Hartwell Vale", "Inchbrook", "Larkfield Green"}
	ukRoads  = []string{"Larch Close", "Mill Lane", "Orchard Way", "Station Road", "Kingfisher Drive", "Church View", "Holly Crescent", "Meadow Rise", "Bramble Walk", "Tanners Row", "Quarry Hill", "Willow Court", "Beech Grove", "Ferry Lane", "Mayfield Avenue", "Copper Beech Road", "Hawthorn Terrace", "Lime Street", "Pound Lane", "Oakfield Road"}
	mgModels = [][2]string{{"HOLOGIC, Inc.", "Selenia Dimensions"}, {"HOLOGIC, Inc.", "3Dimensions"}, {"GE Healthcare", "Senographe Pristina"}, {"GE Healthcare", "Senographe Essential"}, {"Siemens Healthineers", "MAMMOMAT Revelation"}, {"FUJIFILM Corporation", "AMULET Innovality"}, {"Planmed Oy", "Planmed Clarity 3D"}}
)

func (r *rng) ukPostcode() string {
	return fmt.Sprintf("%s%d %d%s", r.pick("KB", "HM", "AC", "BF", "CW", "DM", "EC", "FH", "GH", "HV"), r.in(1, 19), r.in(1, 9), r.from("ABDEFGHJLNPQRSTUWXYZ", 2))
}

func (r *rng) ukPhone() string {
	if r.chance(0.5) {
		return fmt.Sprintf("07700 900%03d", r.in(0, 999))
	}
	return fmt.Sprintf("01632 960%03d", r.in(0, 999))
}

func dcm(vr string, vals ...leaf) obj {
	a := make(arr, len(vals))
	for i, v := range vals {
		a[i] = v
	}
	return obj{{"vr", plain(vr)}, {"Value", a}}
}

func dcmPN(l leaf) obj {
	return obj{{"vr", plain("PN")}, {"Value", arr{obj{{"Alphabetic", l}}}}}
}

func dcmUID(r *rng) string {
	return fmt.Sprintf("1.2.826.0.1.%d.%d.%d.%d", r.in(3680000, 3689999), r.in(1, 30), r.in(1000, 99999), r.Int64N(1e12))
}

func mammoDicom(r *rng) any {
	first, last := r.pick(ukWomen...), r.pick(ukFamily...)
	mk := mgModels[r.IntN(len(mgModels))]
	study := dcmUID(r)
	serial := fmt.Sprintf("%s%07d", r.pick("SDM", "H3D", "PRS", "MRV", "AMI", "PLC"), r.in(0, 9999999))
	sw := dev(fmt.Sprintf("%d.%d", r.in(1, 9), r.in(0, 12)))
	if r.chance(0.5) {
		sw = fwIP(r.ipVer())
	}
	birads := r.in(1, 4)
	hist := prose(p(r.pick("No relevant history.", "First screening round.", "Transferred from static unit.")))
	switch r.IntN(3) {
	case 0:
		hist = prose(p("Family history: "), p(r.pick("mother breast ca at 52", "sister BRCA1 carrier", "maternal aunt ovarian ca"), healthC), p(". Prior biopsy "), p(r.pick("L breast 2019 benign", "R breast 2021 fibroadenoma"), healthC), p("."))
	case 1:
		hist = prose(p("Pt reports "), p(r.pick("lump R upper outer quadrant", "nipple discharge L", "breast pain bilateral, cyclical"), healthC), p("; "), p(r.pick("on tamoxifen", "on letrozole", "no medication"), healthC), p("."))
	}
	comment := prose(p(r.pick("Images repeated due to motion.", "Van parked at leisure centre car park.", "Client arrived late.")))
	if r.chance(0.5) {
		comment = prose(p("Pt anxious, call daughter "), p(r.pick(ukWomen...)+" on "+r.ukPhone(), contactC), p(" with results."))
	}
	study2 := prose(p(r.pick("Van 2 at ", "Mobile unit at ", "Screening at ")), p(r.pick("Hollowmere Tesco car park.", "Calder leisure centre.", "Greyholt GP surgery.")))
	switch r.IntN(3) {
	case 0:
		study2 = prose(p("Upload failed over LTE, resent from "), p(fmt.Sprintf("%s.%d", r.pick("10.20.4", "192.168.8"), r.in(2, 30)), netC), p(" after router reboot."))
	case 1:
		study2 = prose(p("Radiographer "), p(r.pick(ukWomen...)+" "+r.pick(ukFamily...), contactC), p(": "), p(r.pick("client has breast implants, Eklund views", "client reports lump L breast", "pacemaker, avoided compression over device"), healthC), p("."))
	}
	lan := r.lanPrefix()
	var instances arr
	for k := 0; k < 1; k++ {
		ds := obj{
			{"00080016", dcm("UI", decoy("1.2.840.10008.5.1.4.1.1.1.2"))},
			{"00080018", dcm("UI", decoy(dcmUID(r)))},
			{"00080020", dcm("DA", plain(strings.ReplaceAll(r.day(2024, 2024), "-", "")))},
			{"00080050", dcm("SH", decoy(fmt.Sprintf("07%09d", r.in(0, 999999999))))},
			{"00080060", dcm("CS", plain("MG"))},
			{"00080070", dcm("LO", dev(mk[0]))},
			{"00080080", dcm("LO", plain(r.pick("North Vale Breast Screening Service", "Calder Breast Unit", "Mobile Unit 3")))},
			{"00080090", dcmPN(cont(r.pick(ukFamily...) + "^" + r.pick(ukMen...) + "^^Dr"))},
			{"00081010", dcm("SH", dev(fmt.Sprintf("MAMMOVAN%d", r.in(1, 9))))},
			{"00081030", dcm("LO", hlth(r.pick("MAMMO SCREENING BILATERAL", "MAMMO DIAGNOSTIC LEFT", "TOMOSYNTHESIS SCREENING", "MAMMO SYMPTOMATIC RIGHT")))},
			{"00081070", dcmPN(cont(r.pick(ukFamily...) + "^" + r.pick(ukWomen...)))},
			{"00081090", dcm("LO", dev(mk[1]))},
			{"00081190", dcm("UR", netw(fmt.Sprintf("https://pacs.%s.internal/dicom-web/studies/%s", r.pick("breastscreen", "nvbss", "radiology"), study)))},
			{"00100010", dcmPN(cont(strings.ToUpper(last) + "^" + first))},
			{"00100020", dcm("LO", decoy(fmt.Sprintf("%03d %03d %04d", r.in(400, 999), r.in(0, 999), r.in(0, 9999))))},
			{"00100030", dcm("DA", cont(strings.ReplaceAll(r.day(1950, 1976), "-", "")))},
			{"00100040", dcm("CS", sexOf("F"))},
			{"00101010", dcm("AS", ageOf(fmt.Sprintf("%03dY", r.in(48, 74))))},
		}
		if k == 0 {
			ds = append(ds, obj{
				{"00324000", obj{{"vr", plain("LT")}, {"Value", arr{study2}}}},
				{"00101020", dcm("DS", hlth(fmt.Sprintf("%.2f", r.f2(1.5, 1.8))))},
				{"00101030", dcm("DS", hlth(fmt.Sprint(r.in(48, 110))))},
				{"00101040", dcm("LO", cont(fmt.Sprintf("%d %s, %s, %s", r.in(1, 140), r.pick(ukRoads...), r.pick(ukTowns...), r.ukPostcode())))},
				{"00102154", dcm("SH", cont(r.ukPhone()))},
				{"00102000", dcm("LO", hlth(r.pick("Breast implants", "Pacemaker left chest", "None", "Latex allergy", "Previous lumpectomy R")))},
				{"00102110", dcm("LO", hlth(r.allergy()))},
				{"001021A0", dcm("CS", hlth(r.pick("YES", "NO", "UNKNOWN")))},
				{"001021B0", obj{{"vr", plain("LT")}, {"Value", arr{hist}}}},
				{"001021C0", dcm("US", hlth(r.pick("1", "4")))},
				{"00104000", obj{{"vr", plain("LT")}, {"Value", arr{comment}}}},
				{"00281300", dcm("CS", hlth(r.pick("NO", "NO", "YES")))},
				{"00321032", dcmPN(cont(r.pick(ukFamily...) + "^" + r.pick(ukWomen...) + "^^Dr"))},
				{"00400254", dcm("LO", hlth(r.pick("Screening mammogram", "Diagnostic mammogram", "Recall assessment")))},
				{"0040A730", obj{{"vr", plain("SQ")}, {"Value", arr{obj{
					{"0040A043", obj{{"vr", plain("SQ")}, {"Value", arr{obj{
						{"00080104", dcm("LO", plain("BI-RADS Assessment"))},
					}}}}},
					{"0040A160", dcm("UT", hlth(fmt.Sprintf("BI-RADS %d - %s", birads, []string{"", "negative", "benign", "probably benign", "suspicious"}[birads])))},
				}}}}},
				{"00291010", dcm("LO", netw(fmt.Sprintf("%s.%d", lan, r.in(2, 30))))},
				{"00291011", dcm("LO", netw(lan+".1"))},
				{"00291012", dcm("LO", dev(r.pick("Teltonika RUTX50", "Cradlepoint IBR900", "Sierra Wireless XR60", "Peplink MAX BR1 Pro 5G")))},
				{"00291013", dcm("LO", macAddr(r.mac(":", false)))},
			}...)
		}
		ds = append(ds, obj{
			{"00181000", dcm("LO", dev(serial))},
			{"00181020", dcm("LO", sw)},
			{"0020000D", dcm("UI", decoy(study))},
			{"0020000E", dcm("UI", decoy(dcmUID(r)))},
			{"00200010", dcm("SH", decoy(r.digits(5)))},
			{"00280010", dcm("US", decoy(r.pick("4096", "3328", "2294")))},
			{"00280011", dcm("US", decoy(r.pick("3328", "2560", "1914")))},
			{"00280030", dcm("DS", decoy("0.065"), decoy("0.065"))},
			{"00280100", dcm("US", decoy(16))},
			{"00181110", dcm("DS", decoy(fmt.Sprint(r.in(640, 700))))},
			{"00181150", dcm("IS", decoy(fmt.Sprint(r.in(400, 2200))))},
			{"001811A2", dcm("DS", decoy(fmt.Sprintf("%.1f", r.f1(60, 140))))},
		}...)
		sort.Slice(ds, func(i, j int) bool { return ds[i].key < ds[j].key })
		instances = append(instances, ds)
	}
	return obfuscated(instances)
}
