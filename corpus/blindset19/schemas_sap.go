package blindset19

import (
	"fmt"
	"strings"
	"time"
)

// homehdSapRfc is a home-haemodialysis equipment distributor's SAP ECC
// data, pulled with pyrfc's RFC_READ_TABLE by a consultant and dumped as
// JSON: the connection (system id, client, internal application-server
// host, RFC user, masked password), then one entry per table read with
// QUERY_TABLE, DELIMITER, OPTIONS, FIELDS (FIELDNAME, OFFSET, LENGTH,
// TYPE, FIELDTEXT) and DATA rows whose only key is WA, the delimited
// work area: KNA1 patients as customers (number, names, street, city,
// postcode, region, country, phone, creation date), ADR6 e-mails, EQUI
// installed machines (equipment, material, serial, maker, model, install
// date), EQKT equipment texts, QMEL service notifications (short texts
// with alarms and symptoms), MARA materials (SKU, type, gross weight of
// the kit parcel), ZHD_THERAPY (diagnosis, dry weight, prescription,
// vascular access, nephrologist) and ZHD_MODEM (the monitoring modem's
// SSID, key, IP and IMEI). Each WA carries the union of what is in it.
func homehdSapRfc(r *rng) any {
	t := r.when()
	sid := r.pick("PRD", "P01", "EP1")
	host := fmt.Sprintf("sap%s-ci.%s.internal", strings.ToLower(sid), r.pick("renalhome", "dialycare", "hemohome"))
	type patient struct {
		kunnr string
		p     person
		a     address
		phone string
		mail  string
		equnr string
	}
	n := r.in(2, 4)
	pts := make([]patient, n)
	for i := range pts {
		pp := r.english()
		pts[i] = patient{
			kunnr: fmt.Sprintf("%010d", r.in(100000, 999999)),
			p:     pp, a: r.ukAddress(), phone: r.ukMobile(), mail: r.email(pp),
			equnr: fmt.Sprintf("%018d", r.in(10000000, 99999999)),
		}
	}
	sapDate := func(tt time.Time) string { return tt.Format("20060102") }
	type fld struct {
		name, typ, text string
		looksSensitive  bool
	}
	type table struct {
		name    string
		options string
		fields  []fld
		rows    []leaf
	}
	wa := func(parts ...piece) leaf {
		var ps []piece
		for i, q := range parts {
			if i > 0 {
				ps = append(ps, p("|"))
			}
			ps = append(ps, q)
		}
		l := joined(ps...)
		if len(l.label.Categories) == 0 && len(l.label.AnyOf) == 0 {
			l.label.Decoy = true
		}
		return l
	}
	var tables []table

	kna1 := table{name: "KNA1", options: "KTOKD = 'ZPAT'", fields: []fld{
		{"KUNNR", "C", "Customer Number", false}, {"NAME1", "C", "Name 1", true}, {"NAME2", "C", "Name 2", true}, {"STRAS", "C", "Street and House Number", true},
		{"ORT01", "C", "City", true}, {"PSTLZ", "C", "Postal Code", true}, {"REGIO", "C", "Region (State, Province, County)", false}, {"LAND1", "C", "Country Key", false},
		{"TELF1", "C", "First telephone number", true}, {"ERDAT", "D", "Date on which the Record Was Created", false}}}
	for _, pt := range pts {
		kna1.rows = append(kna1.rows, wa(p(pt.kunnr), p(pt.p.last, contactC), p(pt.p.first, contactC), p(pt.a.street, contactC),
			p(pt.a.town, contactC), p(pt.a.postcode, contactC), p(strings.ToUpper(pt.a.region[:3]), contactC), p("GB"), p(pt.phone, contactC), p(sapDate(after(t, -r.in(20000, 500000))))))
	}
	tables = append(tables, kna1)

	adr6 := table{name: "ADR6", fields: []fld{{"ADDRNUMBER", "C", "Address number", false}, {"PERSNUMBER", "C", "Person number", false}, {"SMTP_ADDR", "C", "E-Mail Address", true}, {"FLGDEFAULT", "C", "Standard Sender Address in this Communication Type", false}}}
	for _, pt := range pts {
		adr6.rows = append(adr6.rows, wa(p(fmt.Sprintf("%010d", r.in(1, 9999999))), p(""), p(pt.mail, contactC), p("X")))
	}
	tables = append(tables, adr6)

	machines := []struct{ maker, model, matnr, prefix string }{
		{"NxStage Medical", "NxStage System One", "NX1000-HOME", "NX"},
		{"Quanta Dialysis", "SC+ Haemodialysis System", "QD-SCPLUS", "SC"},
		{"Fresenius Medical Care", "5008S CorDiax", "FMC-5008S", "5008"},
		{"Baxter", "AK 98", "BAX-AK98", "AK"},
	}
	equi := table{name: "EQUI", options: "EQTYP = 'P'", fields: []fld{{"EQUNR", "C", "Equipment Number", false}, {"MATNR", "C", "Material Number", false}, {"SERNR", "C", "Serial Number", true}, {"HERST", "C", "Manufacturer of Asset", true}, {"TYPBZ", "C", "Manufacturer model number", true}, {"INBDT", "D", "Start-up Date of the Technical Object", false}}}
	eqkt := table{name: "EQKT", fields: []fld{{"EQUNR", "C", "Equipment Number", false}, {"SPRAS", "C", "Language Key", false}, {"EQKTX", "C", "Description of technical object", true}}}
	qmel := table{name: "QMEL", options: "QMART = 'M2'", fields: []fld{{"QMNUM", "C", "Notification No", false}, {"QMTXT", "C", "Short Text", true}, {"EQUNR", "C", "Equipment Number", false}, {"ERDAT", "D", "Created on", false}}}
	for _, pt := range pts {
		m := machines[r.IntN(len(machines))]
		serial := r.serial(m.prefix, 8)
		equi.rows = append(equi.rows, wa(p(pt.equnr), p(m.matnr), p(serial, devC), p(m.maker, devC), p(m.model, devC), p(sapDate(after(t, -r.in(20000, 400000))))))
		eqkt.rows = append(eqkt.rows, wa(p(pt.equnr), p("E"), p(m.model+" - "+pt.p.last+" home", devC)))
		short := p(r.pick("Arterial pressure alarm, pt dizzy and cramping", "Venous line clotting x3, pt hypotensive", "Pt reports chest pain during session, stopped"), healthC)
		if r.chance(0.3) {
			short = p(r.pick("Blood leak detector false alarm", "Water inlet pressure low", "Display cracked in transit"))
		}
		qmel.rows = append(qmel.rows, wa(p(fmt.Sprintf("%012d", r.in(10000000, 99999999))),
			short,
			p(pt.equnr), p(sapDate(after(t, -r.in(100, 9000))))))
	}
	tables = append(tables, equi, eqkt, qmel)

	mara := table{name: "MARA", options: "MTART = 'HAWA'", fields: []fld{{"MATNR", "C", "Material Number", false}, {"MTART", "C", "Material type", false}, {"MATKL", "C", "Material Group", false}, {"BRGEW", "P", "Gross Weight", true}, {"GEWEI", "C", "Weight Unit", false}}}
	for i := 0; i < r.in(1, 3); i++ {
		mara.rows = append(mara.rows, wa(p(r.pick("CART-PAK-01", "DIAL-KIT-60L", "NEEDLE-15G-50", "SALINE-1L-10")), p("HAWA"), p(r.pick("CONSUM", "DISPO")), p(fmt.Sprintf("%.3f", 2+r.Float64()*25)), p("KG")))
	}
	tables = append(tables, mara)

	ther := table{name: "ZHD_THERAPY", fields: []fld{{"KUNNR", "C", "Customer Number", false}, {"ZDIAG", "C", "Diagnosis", true}, {"ZDRYWT", "P", "Dry weight", true}, {"ZRX", "C", "Prescription", true}, {"ZACCESS", "C", "Vascular access", true}, {"ZNEPHRO", "C", "Nephrologist", true}}}
	for _, pt := range pts {
		neph := r.english()
		ther.rows = append(ther.rows, wa(p(pt.kunnr),
			p(r.pick("N18.6 End stage renal disease", "N18.5 CKD stage 5", "E11.2 T2DM with kidney complications"), healthC),
			p(fmt.Sprintf("%.1f", 50+r.Float64()*45), healthC),
			p(r.pick("5x/wk 2.5h Qb 400", "3x/wk 4h Qb 350", "6x/wk nocturnal 8h"), healthC),
			p(r.pick("AV fistula L forearm", "Tunnelled CVC R IJ", "AV graft R upper arm"), healthC),
			p("Dr "+neph.full(), contactC)))
	}
	tables = append(tables, ther)

	modem := table{name: "ZHD_MODEM", fields: []fld{{"EQUNR", "C", "Equipment Number", false}, {"ZSSID", "C", "WLAN SSID", true}, {"ZWPAKEY", "C", "WLAN key", true}, {"ZIPADDR", "C", "IP address", true}, {"ZIMEI", "C", "Modem IMEI", true}}}
	for _, pt := range pts {
		modem.rows = append(modem.rows, wa(p(pt.equnr), p(r.ssid(pt.p.last), netC), p(r.psk(), credC), p(r.lan().host(r.in(20, 240)), netC), p(r.imei(), devC)))
	}
	tables = append(tables, modem)

	// the consultant read KNA1, the therapy and modem tables every time,
	// and some of the others
	var keep []table
	for _, tb := range tables {
		switch tb.name {
		case "KNA1", "ZHD_THERAPY", "ZHD_MODEM":
			keep = append(keep, tb)
		default:
			if r.chance(0.5) {
				keep = append(keep, tb)
			}
		}
	}
	var reads arr
	for _, tb := range keep {
		var fields arr
		off := 0
		for _, f := range tb.fields {
			ln := map[string]int{"C": 40, "D": 8, "P": 13}[f.typ]
			fields = append(fields, obj{
				{"FIELDNAME", plain(f.name)},
				{"OFFSET", plain(fmt.Sprintf("%06d", off))},
				{"LENGTH", plain(fmt.Sprintf("%06d", ln))},
				{"FIELDTEXT", fieldText(f.text, f.looksSensitive)},
			})
			off += ln
		}
		var data arr
		for _, row := range tb.rows {
			data = append(data, obj{{"WA", row}})
		}
		var opts arr
		if tb.options != "" {
			opts = arr{obj{{"TEXT", plain(tb.options)}}}
		} else {
			opts = arr{}
		}
		reads = append(reads, obj{
			{"QUERY_TABLE", plain(tb.name)},
			{"DELIMITER", plain("|")},
			{"OPTIONS", opts},
			{"FIELDS", fields},
			{"DATA", data},
		})
	}
	consultant := r.english()
	return obfuscated(obj{
		{"connection", obj{
			{"sysid", plain(sid)},
			{"client", plain(r.pick("100", "200", "800"))},
			{"ashost", netw(host)},
			{"sysnr", plain(r.pick("00", "01"))},
			{"user", cont("RFC_" + strings.ToUpper(ascii(consultant.last)))},
			{"passwd", decoy("********")},
			{"lang", plain("EN")},
			{"pyrfc", decoy(r.pick("3.3.1", "3.1"))},
			{"nwrfcsdk", decoy(r.pick("7.50.13", "7.50.11"))},
		}},
		{"reads", reads},
		{"note", prose(p("Extract for the NHS trust data-sharing audit by "), p(consultant.full(), contactC), p(", "+day(t)+". Delete after review."))},
	})
}

// fieldText is a column description: a decoy when it names something
// sensitive ("First telephone number", "WLAN key"), plain otherwise.
func fieldText(s string, looksSensitive bool) leaf {
	if looksSensitive {
		return decoy(s)
	}
	return plain(s)
}
