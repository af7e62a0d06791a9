package blindset23

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
	{"urgentcare-meraki-dashboard", urgentcareMeraki},
	{"fallpendant-particle-cloud", pendantParticle},
	{"sportsortho-drchrono-v4", orthoDrChrono},
	{"homesleep-helpscout-convos", sleepHelpScout},
	{"busfleet-bamboohr-api", busBambooHR},
	{"firecrew-polar-accesslink", firePolar},
	{"hvac-ecobee-thermostats", hvacEcobee},
	{"rehab-orientdb-be", rehabOrientDB},
	{"homelab-dgraph-gu", labDgraph},
	{"ajansante-watermelon-ht", chwWatermelon},
	{"fizyo-replicache-ku", physioReplicache},
	{"hippo-ragic-lb", hippoRagic},
	{"homeaccess-quickbase-fids", homeQuickbase},
	{"seniortech-wufoo-entries", seniorWufoo},
	{"paratransit-sqlcl-apex", paratransitApex},
	{"mvno-druid-arrays", mvnoDruid},
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
