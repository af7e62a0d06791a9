package blindset10

import (
	"fmt"
)

// smartring-bigquery-rows: a smart-ring maker's analytics warehouse, as
// the BigQuery REST API returns it: either tabledata.list (rows of
// {"f": [{"v": ...}]} with no column names at all) or getQueryResults
// (the same rows plus a schema of terse column names). Every value is a
// string; a REPEATED RECORD of nights nests {"v": {"f": ...}}.

type bqCol struct {
	name, typ string
	v         leaf
}

func ringRow(r *rng) []bqCol {
	female := r.coin(0.5)
	first, last := r.pick(usFirst...), r.pick(usLast...)
	b := r.birth(1960, 2004)
	sx := "M"
	if female {
		sx = "F"
	}
	fw := dev(fmt.Sprintf("2.%d.%d", r.in(0, 12), r.in(0, 40)))
	if r.coin(0.35) {
		fw = fwIP(fmt.Sprintf("3.0.%d.%d", r.in(0, 9), r.in(1, 99)))
	}
	var note leaf
	switch r.IntN(5) {
	case 0:
		note = prose(p(r.pick("took melatonin 3mg", "drank 4 beers", "sick - flu, fever 38.6", "started sertraline 50mg", "period day 2, cramps"), healthC))
	case 1:
		note = prose(p(r.pick("travel", "late meeting", "new mattress")))
	case 2:
		note = prose(p("ring lost signal, paired again with "), p(r.pick("iPhone 15 Pro", "Pixel 8", "Galaxy S23"), devC))
	default:
		note = null()
	}
	cols := []bqCol{
		{"uid", "STRING", decoy("u_" + r.hex(16))},
		{"em", "STRING", cont(emailOf(r, first, last))},
		{"nm", "STRING", cont(first + " " + last)},
		{"dob", "DATE", cont(b.iso())},
		{"sx", "STRING", sexOf(sx)},
		{"ht", "FLOAT", hlth(fmt.Sprintf("%.1f", float64(r.in(152, 196))))},
		{"wt", "FLOAT", hlth(fmt.Sprintf("%.1f", r.fl(48, 120, 1)))},
		{"mdl", "STRING", dev(r.pick("Oura Ring Gen3 Horizon", "Galaxy Ring", "Ultrahuman Ring AIR", "RingConn Gen 2", "Circular Ring"))},
		{"rsn", "STRING", dev(r.upnum(2) + r.digits(10))},
		{"fw", "STRING", fw},
		{"osv", "STRING", dev(r.pick(r.ios(), r.android()))},
		{"ip", "STRING", netw(r.pick(r.docIP(), r.privIP()))},
		{"rhr", "INTEGER", hlth(fmt.Sprint(r.in(44, 82)))},
		{"hrv", "FLOAT", hlth(fmt.Sprintf("%.1f", r.fl(14, 110, 1)))},
		{"tdev", "FLOAT", hlth(fmt.Sprintf("%.2f", r.fl(-0.8, 1.6, 2)))},
		{"spo2", "FLOAT", hlth(fmt.Sprintf("%.1f", r.fl(91, 99.5, 1)))},
		{"stp", "INTEGER", hlth(fmt.Sprint(r.in(800, 21000)))},
		{"rdy", "INTEGER", hlth(fmt.Sprint(r.in(38, 97)))},
		{"pln", "STRING", plain(r.pick("member", "trial", "lapsed"))},
		{"mrr", "FLOAT", decoy(r.pick("5.99", "0.0", "69.99"))},
		{"tag", "STRING", note},
		{"pt", "STRING", cred(r.pick(r.fcm(), r.apns()))},
		{"sdk", "STRING", decoy(fmt.Sprintf("4.%d.%d", r.in(0, 14), r.in(0, 9)))},
		{"ck", "STRING", decoy(r.hex(32))},
		{"ing", "TIMESTAMP", plain(fmt.Sprintf("%.9fE9", float64(r.when())/1e9))},
	}
	return cols
}

func nightsCell(r *rng) arr {
	var out arr
	for k := r.in(1, 2); k > 0; k-- {
		out = append(out, obj{{"v", obj{{"f", arr{
			obj{{"v", plain(dateAt(r.when()))}},
			obj{{"v", hlth(fmt.Sprint(r.in(14000, 34000)))}},
			obj{{"v", hlth(fmt.Sprint(r.in(1800, 7800)))}},
		}}}}})
	}
	return out
}

func ringBigQuery(r *rng) any {
	withSchema := r.coin(0.25)
	nrows := r.in(1, 2)
	if withSchema {
		nrows = 1
	}
	var rows arr
	var first []bqCol
	for k := 0; k < nrows; k++ {
		cols := ringRow(r)
		if k == 0 {
			first = cols
		}
		f := arr{}
		for i, c := range cols {
			f = append(f, obj{{"v", c.v}})
			if i == 16 { // the nights record sits after the step count
				f = append(f, obj{{"v", nightsCell(r)}})
			}
		}
		rows = append(rows, obj{{"f", f}})
	}
	total := fmt.Sprint(r.in(1000, 900000))
	if !withSchema {
		return obfuscated(obj{
			{"kind", plain("bigquery#tableDataList")},
			{"etag", decoy(r.b64(22) + "==")},
			{"totalRows", decoy(total)},
			{"pageToken", decoy(r.upnum(40))},
			{"rows", rows},
		})
	}
	fields := arr{}
	for i, c := range first {
		fields = append(fields, obj{{"name", plain(c.name)}, {"type", plain(c.typ)}})
		if i == 16 {
			fields = append(fields, obj{{"name", plain("ngt")}, {"type", plain("RECORD")}, {"mode", plain("REPEATED")}, {"fields", arr{
				obj{{"name", plain("d")}, {"type", plain("DATE")}},
				obj{{"name", plain("tot")}, {"type", plain("INTEGER")}},
				obj{{"name", plain("dp")}, {"type", plain("INTEGER")}},
			}}})
		}
	}
	return obfuscated(obj{
		{"kind", plain("bigquery#getQueryResultsResponse")},
		{"etag", decoy(r.b64(22) + "==")},
		{"schema", obj{{"fields", fields}}},
		{"jobReference", obj{{"projectId", plain("ringlytics-prod")}, {"jobId", decoy("job_" + r.b64u(27))}, {"location", plain("US")}}},
		{"totalRows", decoy(total)},
		{"rows", rows},
		{"totalBytesProcessed", decoy(fmt.Sprint(r.in(10000, 90000000)))},
		{"jobComplete", plain(true)},
		{"cacheHit", plain(false)},
	})
}
