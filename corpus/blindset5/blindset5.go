package blindset5

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
	{"hausarzt-pvs", hausarztPVS},
	{"ladepunkt-backend", ladepunkt},
	{"mutuelle-decomptes", mutuelle},
	{"creche-transmissions", creche},
	{"fibra-ordem-servico", fibraOS},
	{"portaria-condominio", portaria},
	{"viajes-conductor", viajes},
	{"optica-graduacion", optica},
	{"pos-terminal-cols", posTerminal},
	{"hubdiag-kv", hubDiag},
	{"wellness-kiosk-eav", kioskEAV},
	{"travelvax-fhir", travelVax},
	{"petcover-claims", petCover},
	{"crashlog-events", crashLog},
	{"ot-asset-register", otAssets},
	{"callcentre-transcripts", callCentre},
	{"homekit-labtest", labKit},
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
