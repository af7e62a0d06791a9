package blindset7

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
	{"cantine-pai-allergies", cantine},
	{"autoescuela-alumnos", autoescuela},
	{"dialisis-sesiones", dialisis},
	{"hausverwaltung-mieterakte", hausverwaltung},
	{"ead-matriculas-provas", ead},
	{"medicina-sportiva-visite", medicinaSportiva},
	{"woningcorporatie-reparaties", woningcorporatie},
	{"catering-dietetyczny", catering},
	{"sdtm-trial-export", sdtmTrial},
	{"ble-asset-grid", bleAssets},
	{"smartbed-diag-attrs", smartbed},
	{"skiverleih-csv-import", skiverleih},
	{"rpm-fhir-bundle", rpmFHIR},
	{"powerstation-intercom", powerstationIntercom},
	{"printfarm-cloud", printfarm},
	{"schoolbus-parent-app", schoolbus},
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
