package blindset18

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
	{"homehealth-okta-syslog", homehealthOkta},
	{"bariatric-colab-notebook", bariatricColab},
	{"physio-googlefit-takeout", physioGoogleFit},
	{"family-tailscale-status", familyTailscale},
	{"cfr-matrix-export", cfrMatrix},
	{"dental-nmap-xmltodict", dentalNmap},
	{"malawi-openmrs-encounter", malawiOpenMRS},
	{"uyshifokor-nedb-uz", uyshifokorNeDB},
	{"plivanje-rethinkdb-mk", plivanjeRethink},
	{"siddha-pouchdb-ta", siddhaPouch},
	{"solarhome-convex-zu", solarhomeConvex},
	{"ger-air-payload-mn", gerAirPayload},
	{"anc-dhis2-tracker", ancDhis2},
	{"gp-msp-kusto-columns", gpKusto},
	{"infusion-sparkplug-aliases", infusionSparkplug},
	{"respite-coda-columns", respiteCoda},
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
