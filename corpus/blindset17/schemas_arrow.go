package blindset17

import "fmt"

// roadshowArrow: a workplace health-check roadshow (nurses with tablets
// touring depots and offices) uploaded each day's screening as an Arrow
// record batch in Arrow's JSON integration format, with the column names
// lost to a bug (f0, f1, ... in a shuffled order): schema fields with
// types and nullability, then one batch with count and per column the
// VALIDITY bitmap, the OFFSET array of string columns and the DATA. Only
// the values tell: names, e-mails, phones, blood pressure, pulse,
// cholesterol, BMI, HbA1c, smoking status, ICD-10 referrals, notes, the
// tablet's serial, IP, MAC and user agent, the nurse's login and API
// token, record ids, timestamps, consent flags, app versions, checksums.
func roadshowArrow(r *rng) any {
	t0 := r.when()
	n := 2
	l := r.lan()
	tabletSerial := r.serial("R52T", 7)
	tabletIP := l.host(r.in(20, 200))
	tabletMAC := r.mac(":", false)
	ua := "Mozilla/5.0 (Linux; Android 13; SM-X200) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36"
	nurse := r.english()
	nurseMail := r.email(nurse.first, nurse.last)
	token := r.jwt("https://roadshow-api.internal")
	appVer := r.semver()
	batch := r.uuid()
	schemaVer := r.semver()

	var rows []person
	for i := 0; i < n; i++ {
		rows = append(rows, r.english())
	}

	// a column yields, per row, a value (nil is null) and its leaf label maker
	type column struct {
		kind string // utf8, int, bool, ts
		val  func(i int) (any, func(any) leaf)
	}
	utf := func(mk func(any) leaf, gen func(i int) string) column {
		return column{"utf8", func(i int) (any, func(any) leaf) { return gen(i), mk }}
	}
	nullable := func(pNull float64, c column) column {
		inner := c.val
		c.val = func(i int) (any, func(any) leaf) {
			if r.chance(pNull) {
				return nil, plain
			}
			return inner(i)
		}
		return c
	}
	cols := []column{
		utf(decoy, func(int) string { return r.uuid() }),
		utf(cont, func(i int) string { return rows[i].full() }),
		utf(cont, func(i int) string { return r.email(rows[i].first, rows[i].last) }),
		utf(cont, func(int) string { return r.enPhone() }),
		utf(hlth, func(int) string { s, d := r.bp(); return fmt.Sprintf("%d/%d mmHg", s, d) }),
		utf(hlth, func(int) string { return fmt.Sprintf("%d bpm", r.in(52, 108)) }),
		utf(hlth, func(int) string { return fmt.Sprintf("%.1f mmol/L", r.f1(3.4, 7.8)) }),
		utf(hlth, func(int) string { return fmt.Sprintf("%.1f kg/m²", r.f1(18.5, 38)) }),
		nullable(0.4, utf(hlth, func(int) string { return fmt.Sprintf("HbA1c %d mmol/mol", r.in(31, 70)) })),
		utf(hlth, func(int) string { return r.pick("non-smoker", "ex-smoker", "smoker, 10/day", "vapes daily") }),
		nullable(0.5, utf(hlth, func(int) string {
			return r.pick("I10 Essential (primary) hypertension", "E78.0 Pure hypercholesterolaemia", "R73.0 Abnormal glucose tolerance test", "E66.9 Obesity, unspecified")
		})),
		utf(sexOf, func(i int) string { return map[bool]string{true: "female", false: "male"}[rows[i].female] }),
		{"ts", func(int) (any, func(any) leaf) { return fmt.Sprint(unixMs(after(t0, r.in(0, 480)))), plain }},
		utf(dev, func(int) string { return tabletSerial }),
		utf(netw, func(int) string { return tabletIP }),
		utf(macAddr2, func(int) string { return tabletMAC }),
		utf(dev, func(int) string { return ua }),
		utf(cont, func(int) string { return nurseMail }),
		utf(cred, func(int) string { return token }),
		{"bool", func(int) (any, func(any) leaf) { return r.chance(0.9), plain }},
		utf(decoy, func(int) string { return appVer }),
		utf(decoy, func(int) string { return batch }),
		utf(decoy, func(int) string { return "schema " + schemaVer }),
		utf(decoy, func(int) string { return r.hex(64) }),
		{"int", func(int) (any, func(any) leaf) { return r.in(1, 6), plain }},
	}
	// the note column: free text, separate because it is a prose leaf
	noteCol := func(i int) leaf {
		switch r.IntN(4) {
		case 0:
			return prose(p("Advised GP review within 2 weeks, "), p(r.pick("BP high on two readings", "family history of early MI", "glucose 11.2 non-fasting"), healthC), p("."))
		case 1:
			return prose(p("Prefers contact by text on "), p(r.ukMobile(), contactC), p(", not work e-mail."))
		case 2:
			return prose(p("Took leaflet on sleep and shift work."))
		}
		return plain("")
	}

	// the export keeps a random subset of the columns, in a random order
	order := r.Perm(len(cols) + 1)[:r.in(10, 13)]
	var fields, columns arr
	for pos, k := range order {
		name := fmt.Sprintf("f%d", pos)
		var typ obj
		var validity, offset, data arr
		off := 0
		offset = append(offset, plain(0))
		kind := "utf8"
		if k < len(cols) {
			kind = cols[k].kind
		}
		for i := 0; i < n; i++ {
			var v any
			var lf leaf
			if k == len(cols) {
				lf = noteCol(i)
				v = lf.val
			} else {
				var mk func(any) leaf
				v, mk = cols[k].val(i)
				if v == nil {
					lf = plain("")
				} else {
					lf = mk(v)
				}
			}
			if v == nil || v == "" {
				validity = append(validity, plain(0))
			} else {
				validity = append(validity, plain(1))
			}
			if kind == "utf8" {
				off += len(lf.val.(string))
				offset = append(offset, plain(off))
			}
			data = append(data, lf)
		}
		switch kind {
		case "utf8":
			typ = obj{{"name", plain("utf8")}}
		case "int":
			typ = obj{{"name", plain("int")}, {"isSigned", plain(true)}, {"bitWidth", plain(32)}}
		case "bool":
			typ = obj{{"name", plain("bool")}}
		case "ts":
			typ = obj{{"name", plain("timestamp")}, {"unit", plain("MILLISECOND")}, {"timezone", plain("UTC")}}
		}
		fields = append(fields, obj{{"name", plain(name)}, {"type", typ}, {"nullable", plain(true)}, {"children", arr{}}})
		col := obj{{"name", plain(name)}, {"count", plain(n)}, {"VALIDITY", validity}}
		if kind == "utf8" {
			col = append(col, field{"OFFSET", offset})
		}
		col = append(col, field{"DATA", data})
		columns = append(columns, col)
	}
	return obfuscated(obj{
		{"schema", obj{{"fields", fields}, {"metadata", arr{obj{{"key", plain("writer")}, {"value", decoy(fmt.Sprintf("arrow-js %d.%d.%d", r.in(12, 16), r.in(0, 2), r.in(0, 3)))}}}}}},
		{"batches", arr{obj{{"count", plain(n)}, {"columns", columns}}}},
	})
}

// macAddr2 adapts macAddr to the label-maker signature.
func macAddr2(v any) leaf { return macAddr(v.(string)) }
