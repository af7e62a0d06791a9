package classify

import (
	"bytes"

	"github.com/leakscope/leakscope/internal/jsonstr"
)

// Lab result rows. An analyser's or a laboratory system's export writes a
// result as a row of cells, ["GLU", "113", "mg/dL", "H", "20250630"] or
// "R|1|^^^GLU|113|mg/dL||H||F", with no field names to tell what it is.
// A row that names a test the lab_tests dictionary knows and holds a unit
// of laboratory measure is a lab result: its test, its value (the number
// before the unit) and its abnormal flag are judged as one.

// Values of frame.lab.
const (
	labUnknown uint8 = iota
	labNo
	labYes
)

// maxLabCells bounds the cells of a row read for a lab result.
const maxLabCells = 16

// labLabel returns the node a cell of a lab result row is judged as, for
// the leaf at the top of w's stack, an element of an array; or nil.
func (st *state) labLabel(w *walker) *node {
	f := &w.stack[len(w.stack)-1]
	if f.lab == labUnknown {
		f.lab, f.labCells = st.labRow(w.data, f.start)
	}
	if f.lab != labYes || f.index >= maxLabCells || f.labCells&(1<<f.index) == 0 {
		return nil
	}
	return st.child(f.node, labResult)
}

// labResult is the field name a cell of a lab result row is judged as.
var labResult = []byte("lab result")

// labRow reads the array at d[start] and reports whether it is a lab
// result row, and which of its cells say something of the body.
func (st *state) labRow(d []byte, start int) (uint8, uint16) {
	const (
		other = iota
		code
		unit
		number
		flag
	)
	var kinds [maxLabCells]uint8
	var words [maxLabCells][]byte // cells that may name a test
	n, codes, units := 0, 0, 0
	for i := jsonstr.SkipSpace(d, start+1); i < len(d) && d[i] != ']'; n++ {
		if n == maxLabCells {
			return labNo, 0
		}
		end, ok := skipValue(d, i)
		if !ok {
			return labNo, 0
		}
		cell := d[i:end]
		if d[i] == '"' {
			cell = cell[1 : len(cell)-1]
		}
		cell = bytes.TrimSpace(cell)
		switch {
		case d[i] == '{' || d[i] == '[' || len(cell) == 0 || len(cell) > 40:
		case labNumber(cell):
			kinds[n] = number
		case labUnit(cell):
			kinds[n] = unit
			units++
		case labFlag(cell):
			kinds[n] = flag
		default:
			words[n] = cell
		}
		i = jsonstr.SkipSpace(d, end)
		if i < len(d) && d[i] == ',' {
			i = jsonstr.SkipSpace(d, i+1)
		}
	}
	if units == 0 || n < 3 {
		return labNo, 0
	}
	// The dictionary last: most arrays hold no unit.
	dicts := st.c.set.Dictionaries()
	for i, w := range words[:n] {
		if w != nil && dicts.Has("lab_tests", bytes.Trim(w, "^")) {
			kinds[i] = code
			codes++
		}
	}
	if codes == 0 {
		return labNo, 0
	}
	var cells uint16
	for i := 0; i < n; i++ {
		switch kinds[i] {
		case code, flag:
			cells |= 1 << i
		case number:
			// The value stands before its unit.
			if i+1 < n && kinds[i+1] == unit {
				cells |= 1 << i
			}
		}
	}
	return labYes, cells
}

// labNumber reports a result's value: a number, perhaps with a comparator
// or a decimal comma ("<0.5", "6,1").
func labNumber(b []byte) bool {
	if b[0] == '<' || b[0] == '>' {
		b = b[1:]
	}
	digits := 0
	for i, c := range b {
		switch {
		case c >= '0' && c <= '9':
			digits++
		case (c == '.' || c == ',') && i > 0:
		case c == '-' && i == 0:
		default:
			return false
		}
	}
	return digits > 0
}

// labUnits are the units of laboratory measure, lower case, with µ as u.
var labUnits = map[string]bool{}

func init() {
	for _, u := range []string{
		"mg/dl", "mg/l", "g/dl", "g/l", "mmol/l", "umol/l", "nmol/l", "pmol/l", "mol/l", "meq/l", "mval/l",
		"u/l", "iu/l", "ui/l", "mu/l", "miu/l", "uiu/ml", "miu/ml", "iu/ml", "u/ml", "ku/l",
		"ng/ml", "ng/l", "pg/ml", "ug/l", "ug/dl", "ug/ml", "mcg/l", "mcg/dl",
		"10*3/ul", "10*6/ul", "10^3/ul", "10^6/ul", "10*9/l", "10^9/l", "10*12/l", "10^12/l", "x10e3/ul", "x10e6/ul",
		"x10^9/l", "x10^12/l", "fl", "pg", "mm/h", "mm/hr", "ml/min", "ml/min/1.73m2", "ml/min/1,73m2",
		"mosm/kg", "mmhg", "kpa", "sec", "s", "%",
	} {
		labUnits[u] = true
	}
}

// labUnit reports a unit of laboratory measure.
func labUnit(b []byte) bool {
	if len(b) > 16 {
		return false
	}
	var buf [32]byte
	k := 0
	for i := 0; i < len(b); i++ {
		c := b[i]
		switch {
		case c == 0xc2 && i+1 < len(b) && b[i+1] == 0xb5, c == 0xce && i+1 < len(b) && b[i+1] == 0xbc: // µ, μ
			c = 'u'
			i++
		case c >= 'A' && c <= 'Z':
			c += 'a' - 'A'
		case c == ' ':
			continue
		}
		buf[k] = c
		k++
	}
	return labUnits[string(buf[:k])]
}

// labFlag reports an abnormal flag of a result: H, L, N, A, HH, LL, AA or
// the words.
func labFlag(b []byte) bool {
	switch string(b) {
	case "H", "L", "HH", "LL", "A", "AA", "N", "<", ">", "High", "Low", "Normal", "Abnormal", "HIGH", "LOW", "NORMAL", "ABNORMAL", "high", "low", "normal", "abnormal":
		return true
	}
	return false
}

// unitKeys are the names of a measure's unit, folded (foldKey).
var unitKeys = map[string]bool{"unit": true, "units": true, "uom": true, "unitofmeasure": true, "unitcode": true}

// unitKey reports the name of a measure's unit, whatever its case and
// separators (unit, UOM, unit_of_measure, unitCode).
func unitKey(k []byte) bool { return foldedIn(k, unitKeys) }

// bodyUnit reports a JSON string that is a unit only the body's measures
// take: a laboratory unit but the percent and the second, which measure
// anything, or a vital sign's.
func bodyUnit(raw []byte) bool {
	if len(raw) < 4 || raw[0] != '"' || raw[len(raw)-1] != '"' {
		return false
	}
	var buf [24]byte
	u, ok := foldKey(&buf, raw[1:len(raw)-1])
	if !ok {
		return false
	}
	switch string(u) { // folded: no dots, dashes or spaces
	case "%", "s", "sec", "fl", "pg":
		return false
	case "bpm", "/min", "beats/min", "breaths/min", "mm[hg]", "mg/dl/min", "mmol/l/min", "kg/m2", "kg/m²":
		return true
	}
	return labUnit(raw[1 : len(raw)-1])
}
