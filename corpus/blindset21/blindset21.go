package blindset21

import (
	"bytes"

	"github.com/leakscope/leakscope/corpus"
)

type schema struct {
	name string
	make func(*rng) any
}

// schemas, in rotation order: document i uses schemas[i%len(schemas)].
var schemas = []schema{
	{"hospice-routeros-rest", hospiceRouterOS},
	{"gpfed-bitwarden-public", gpfedBitwarden},
	{"carehome-haystack-hayson", carehomeHaystack},
	{"trial-openclinica-odmjson", trialOpenClinica},
	{"biomed-maintainx-workorders", biomedMaintainX},
	{"telerad-fortianalyzer-logs", teleradFortiAnalyzer},
	{"stairlift-freshdesk-tickets", stairliftFreshdesk},
	{"prosthetics-aitable-lo", prostheticsAITable},
	{"thalassemia-sheetdb-te", thalassemiaSheetDB},
	{"sanatorium-csvjson-ky", sanatoriumCSVJSON},
	{"fianakaviana-teable-mg", fianakavianaTeable},
	{"whanau-grist-mi", whanauGrist},
	{"vista-yottadb-globals", vistaGlobals},
	{"clinicsheet-gviz-table", clinicsheetGviz},
	{"concussion-knack-records", concussionKnack},
	{"nursechat-ejabberd-mnesia", nursechatEjabberd},
}

// Generate returns n documents. Document i depends only on seed and i.
func Generate(seed int64, n int) []corpus.Doc {
	docs := make([]corpus.Doc, 0, n)
	for i := 0; i < n; i++ {
		s := schemas[i%len(schemas)]
		var buf bytes.Buffer
		labels := map[string]corpus.Label{}
		encode(&buf, s.make(newRng(seed, i)), "", labels)
		docs = append(docs, corpus.Doc{JSON: buf.Bytes(), Schema: s.name, Labels: labels})
	}
	return docs
}

// Schemas lists the names of the generators, in rotation order.
func Schemas() []string {
	out := make([]string, len(schemas))
	for i, s := range schemas {
		out[i] = s.name
	}
	return out
}
