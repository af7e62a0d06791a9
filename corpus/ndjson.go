package corpus

import (
	"bufio"
	"encoding/json"
	"io"
)

// WriteNDJSON writes the documents to w, one JSON line per doc.
func WriteNDJSON(w io.Writer, docs []Doc) error {
	bw := bufio.NewWriter(w)
	for _, d := range docs {
		bw.Write(d.JSON)
		bw.WriteByte('\n')
	}
	return bw.Flush()
}

// labelLine is one line of WriteLabels.
type labelLine struct {
	Doc    int              `json:"doc"`
	Schema string           `json:"schema"`
	Labels map[string]Label `json:"labels"`
}

// WriteLabels writes the labels of the documents to w as NDJSON, one line
// per doc: {"doc":i,"schema":..,"labels":{path:label}}, doc counting from
// 0 and paths in sorted order.
func WriteLabels(w io.Writer, docs []Doc) error {
	bw := bufio.NewWriter(w)
	enc := json.NewEncoder(bw)
	enc.SetEscapeHTML(false)
	for i, d := range docs {
		if err := enc.Encode(labelLine{Doc: i, Schema: d.Schema, Labels: d.Labels}); err != nil {
			return err
		}
	}
	return bw.Flush()
}
