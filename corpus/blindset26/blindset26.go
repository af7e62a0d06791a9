package blindset26

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
	{"rentalhost-nuki-web", rentalhostNuki},
	{"physio-ninjaone-rmm", physioNinjaOne},
	{"t1d-tidepool-api", t1dTidepool},
	{"hostel-omada-controller", hostelOmada},
	{"homecare-deputy-api", homecareDeputy},
	{"nutrition-healthie-graphql", nutritionHealthie},
	{"fertility-clue-export", fertilityClue},
	{"pretrip-crate-tt", pretripCrate},
	{"eldervisit-pinecone-ug", eldervisitPinecone},
	{"vhw-denokv-dz", vhwDenoKV},
	{"labo-appsearch-ln", laboAppSearch},
	{"footcare-aerospike-fj", footcareAerospike},
	{"coldchain-modbus-regs", coldchainModbus},
	{"edregister-eid-apdu", edregisterEID},
	{"poolsafe-mqttsn-frames", poolsafeMQTTSN},
	{"bpmonitor-11073-apdus", bpmonitor11073},
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
