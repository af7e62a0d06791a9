package classify

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
)

// WriteJSON writes the report as `leakscope scan --format json` does: its
// stable JSON form laid out for reading and diffing, a line per top-level
// member, the categories indented, one line per field.
func (r *Report) WriteJSON(w io.Writer) error {
	b, err := json.Marshal(r)
	if err != nil {
		return err
	}
	dec := json.NewDecoder(bytes.NewReader(b))
	dec.UseNumber()
	var out bytes.Buffer
	out.WriteString("{")
	if _, err := dec.Token(); err != nil { // {
		return err
	}
	for i := 0; dec.More(); i++ {
		key, err := dec.Token()
		if err != nil {
			return err
		}
		var raw json.RawMessage
		if err := dec.Decode(&raw); err != nil {
			return err
		}
		if i > 0 {
			out.WriteByte(',')
		}
		kb, _ := json.Marshal(key)
		fmt.Fprintf(&out, "\n  %s: ", kb)
		switch key {
		case "paths":
			var elems []json.RawMessage
			if err := json.Unmarshal(raw, &elems); err != nil {
				return err
			}
			out.WriteString("[")
			for j, e := range elems {
				if j > 0 {
					out.WriteByte(',')
				}
				out.WriteString("\n    ")
				out.Write(e)
			}
			out.WriteString("\n  ]")
		case "categories":
			if err := json.Indent(&out, raw, "  ", "  "); err != nil {
				return err
			}
		default:
			out.Write(raw)
		}
	}
	out.WriteString("\n}\n")
	_, err = w.Write(out.Bytes())
	return err
}
