package blindset8

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
	{"hoteru-pms-kagi", hotelPMS},
	{"horska-sluzba-registr", horskaSluzba},
	{"vaartuig-telemetrie", vaartuig},
	{"parrocchia-anagrafe", parrocchia},
	{"kalender-subur-rtdb", kalenderSubur},
	{"club-plongee-fiches", plongee},
	{"tatuering-samtycke-dynamo", tatuering},
	{"eczane-sadakat", eczane},
	{"router-nvram-kv", routerNVRAM},
	{"pbx-cdr-csv", pbxCDR},
	{"lis-astm-export", lisASTM},
	{"gym-eav-rows", gymEAV},
	{"esports-team-ops", esports},
	{"mdm-fleet-export", mdm},
	{"k8s-secrets-dump", k8s},
	{"crowdfunding-backers", crowdfunding},
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
