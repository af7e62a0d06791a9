package classify

import (
	"encoding/json"
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestSeparator(t *testing.T) {
	for v, want := range map[string]byte{
		"Anna;Muster;anna@example.org;+43 660 1234567":     ';',
		"2024-03-01 10:22:13,+4930123456,1001,ANSWERED,65": ',',
		"R|1|^^^GLU|5.4|mmol/L":                            '|',
		"a\tb\tc\td":                                       '\t',
		"a;b":                                              0, // too few
		"eggs, milk, flour, sugar and butter":              0, // a list in a sentence
		"Mozilla/5.0 (Windows NT 10.0; Win64; x64)":        0,
		"Hello,\nI paid, twice, for one plan, please fix.": 0, // lines of prose
		"We came, we saw, they left; nobody cared at all about it, nor did they know what to do with it": 0,
	} {
		assert.Equal(t, string(rune(want)), string(rune(separator([]byte(v)))), "%q", v)
	}
}

func TestSplitCells(t *testing.T) {
	for v, want := range map[string][]string{
		"a;b;;d":                         {"a", "b", "", "d"},
		`"Muster, Anna",x,"say ""hi""",`: {"Muster, Anna", "x", `say ""hi""`, ""},
		`"open,x,y`:                      {`"open`, "x", "y"},
	} {
		sep := byte(',')
		if v[1] == ';' {
			sep = ';'
		}
		cells := splitCells([]byte(v), sep, nil)
		var got []string
		for i := 0; i < len(cells); i += 2 {
			got = append(got, v[cells[i]:cells[i+1]])
		}
		assert.Equal(t, want, got, "%q", v)
	}
}

func TestNumbered(t *testing.T) {
	for key, want := range map[string]int{"c0": 0, "col_07": 7, "f12": 12, "3": 3, "attr_3": 3, "C11": 11} {
		_, n, ok := numbered(key)
		assert.True(t, ok, key)
		assert.Equal(t, want, n, key)
	}
	for _, key := range []string{"email", "c1234", "address2x", "reading_1a", "sha-1", ""} {
		_, _, ok := numbered(key)
		assert.False(t, ok, key)
	}
}

// A line of any bytes, cut at any separator, makes valid JSON whose cells
// are the line's.
func FuzzAppendRow(f *testing.F) {
	f.Add([]byte(`"a,b",c;"d""e"`+"\t\x00\\"), byte(','), true)
	f.Add([]byte("x;y;z"), byte(';'), false)
	f.Fuzz(func(t *testing.T, v []byte, sep byte, named bool) {
		cells := splitCells(v, sep, nil)
		var h *csvHeader
		if named {
			h = &csvHeader{}
			for i := range len(cells) / 2 {
				h.names = append(h.names, 'k', byte('a'+i%26))
				h.ends = append(h.ends, int32(len(h.names)))
			}
		}
		b := appendRow(nil, h, v, cells)
		if !json.Valid(b) {
			t.Fatalf("not JSON: %q from %q", b, v)
		}
		for i := 0; i < len(cells); i += 2 {
			if cells[i] < 0 || cells[i] > cells[i+1] || int(cells[i+1]) > len(v) {
				t.Fatalf("cell %d out of bounds: %v in %d bytes", i/2, cells[i:i+2], len(v))
			}
		}
	})
}
