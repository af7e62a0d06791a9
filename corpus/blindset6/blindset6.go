package blindset6

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
	{"teleasistencia-expediente", teleasistencia},
	{"terapia-online-sesiones", terapiaOnline},
	{"rettungsdienst-protokoll", rettungsdienst},
	{"waermepumpe-fachpartner", waermepumpe},
	{"licences-club-judo", clubJudo},
	{"conciergerie-logements", conciergerie},
	{"triagem-urgencia", triagem},
	{"rastreador-frota", rastreador},
	{"smartwatch-bambini", smartwatch},
	{"crm-integrator-customfields", crmIntegrator},
	{"dna-kit-attrs", dnaKit},
	{"wellness-screening-rows", wellnessScreening},
	{"radius-acct-rows", radiusAcct},
	{"garage-opener-cloud", garageOpener},
	{"dashcam-mongo", dashcam},
	{"mower-helpdesk-tickets", mowerTickets},
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
