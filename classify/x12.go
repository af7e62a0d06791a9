package classify

import "github.com/leakscope/leakscope/internal/jsonstr"

// ASC X12 (837 claims, 834 enrolments, 270/271 eligibility) parsed into
// rows of elements, one array a segment: [["NM1", "IL", "1", "DOE",
// "JANE", "", "", "", "MI", "9KCG..."], ["N3", "7608 FOXGLOVE ST"], ["DMG",
// "D8", "19350425", "F"], ["HI", "ABK:I5032"]]. The keys are positions;
// the segment's id and qualifiers say what each holds, as the standard
// writes it. A person's name, address, birth date, phone and e-mail are
// read as their names say; an organisation's name is not a person's.

// x12Label finds the name of the element of a segment the leaf at the top
// of w's stack is, and returns the node of that name under the rows, or
// nil when the row is no segment or the element means nothing to judge.
func (st *state) x12Label(w *walker) *node {
	n := len(w.stack)
	row, rows := &w.stack[n-1], &w.stack[n-2]
	pos := row.index
	if pos < 1 {
		return nil
	}
	d := w.data
	// Most rows of arrays are no segments: their first element says so
	// before the rest is read.
	if i := jsonstr.SkipSpace(d, row.start+1); i+5 > len(d) || d[i] != '"' || d[i+1] < 'A' || d[i+1] > 'Z' || (d[i+3] != '"' && d[i+4] != '"') {
		return nil
	}
	var el [10][]byte // the segment's first elements
	k := 0
	eachElement(d, row.start, func(i int) bool {
		if d[i] == '"' {
			if end, esc, err := scanString(d, i); err == nil && !esc {
				el[k] = d[i+1 : end-1]
			}
		}
		k++
		return k < len(el)
	})
	if !x12Segment(el[0]) {
		return nil
	}
	var name []byte
	switch string(el[0]) {
	case "ISA":
		// The interchange's authorization and security information, a
		// log-in to the trading partner, unless its qualifier says none.
		if (pos == 2 || pos == 4) && string(el[pos-1]) != "00" {
			name = x12Password
		}
	case "NM1":
		if string(el[2]) != "1" { // 2: an organisation
			return nil
		}
		switch pos {
		case 3:
			name = x12LastName
		case 4:
			name = x12FirstName
		case 5:
			name = x12MiddleName
		}
	case "N3":
		name = x12Address
	case "N4":
		switch pos {
		case 1:
			name = x12City
		case 2:
			name = x12State
		case 3:
			name = x12Postcode
		}
	case "DMG":
		switch pos {
		case 2:
			name = x12Birth
		case 3:
			name = x12Gender
		}
	case "PER":
		switch {
		case pos == 2:
			name = x12Contact
		case pos >= 4 && pos%2 == 0 && pos-1 < len(el):
			switch string(el[pos-1]) {
			case "TE", "CP", "HP", "WP", "BN", "EX", "FX":
				name = x12Phone
			case "EM":
				name = x12Email
			}
		}
	case "HI":
		name = x12Diagnosis
	case "SV1", "SV2", "SV3", "SV5":
		if pos == 1 {
			name = x12Procedure
		}
	case "REF":
		if pos == 2 && string(el[1]) == "SY" {
			name = x12SSN
		}
	}
	if name == nil {
		return nil
	}
	if ln := st.child(rows.node, name); len(st.verdict(ln).Hits) > 0 {
		return ln
	}
	return nil
}

// The names the elements are judged by.
var (
	x12LastName, x12FirstName, x12MiddleName = []byte("last name"), []byte("first name"), []byte("middle name")
	x12Address, x12City, x12Postcode         = []byte("address line"), []byte("city"), []byte("postal code")
	x12Birth, x12Gender, x12Contact          = []byte("date of birth"), []byte("gender"), []byte("contact name")
	x12Phone, x12Email, x12SSN               = []byte("phone"), []byte("email"), []byte("ssn")
	x12Diagnosis, x12Procedure               = []byte("diagnosis code"), []byte("procedure code")
	x12State, x12Password                    = []byte("province"), []byte("password")
)

// x12Segment reports an X12 segment's id: two or three capitals or
// digits, a capital first (NM1, N3, DMG, HI, SV1).
func x12Segment(id []byte) bool {
	if len(id) < 2 || len(id) > 3 || id[0] < 'A' || id[0] > 'Z' {
		return false
	}
	for _, c := range id[1:] {
		if (c < 'A' || c > 'Z') && (c < '0' || c > '9') {
			return false
		}
	}
	return true
}
