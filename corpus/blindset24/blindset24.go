package blindset24

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
	{"medoffice-kisi-api", medofficeKisi},
	{"vetclinic-ezyvet-v1", vetEzyVet},
	{"linehaul-samsara-api", linehaulSamsara},
	{"district-aeries-v5", districtAeries},
	{"eldercare-hubitat-maker", homecareHubitat},
	{"family-1password-1pux", family1Password},
	{"autoclaim-guidewire-cc", autoclaimGuidewire},
	{"palliative-qdrant-ml", palliativeQdrant},
	{"sugarcamp-gremlin-pa", sugarcampGremlin},
	{"chemist-xata-ig", chemistXata},
	{"usf-weaviate-gn", usfWeaviate},
	{"trawler-edgedb-fo", trawlerEdgeDB},
	{"domcare-powerbi-dsr", domcarePowerBI},
	{"fallsstudy-rds-json", fallsRds},
	{"pharmacy-ncpdp-d0", pharmacyNCPDP},
	{"dental-sidekiq-dead", dentalSidekiq},
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
