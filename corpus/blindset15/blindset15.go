package blindset15

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
	{"physio-keycloak-realm", physioKeycloak},
	{"hostel-unifi-export", hostelUnifi},
	{"fertility-matomo-visits", fertilityMatomo},
	{"telepharmacy-tfstate", telepharmacyTfstate},
	{"teledermatology-n8n-execution", dermN8n},
	{"rower-segment-batch", rowerSegment},
	{"installer-tuya-bundle", installerTuya},
	{"saun-surrealdb-et", saunaSurrealET},
	{"vcelari-solr-sk", beekeeperSolrSK},
	{"pantang-neo4j-my", pantangNeo4jMY},
	{"vozaci-sharepoint-sr", vozaciSharePointSR},
	{"koshuis-zoho-af", koshuisZohoAF},
	{"midwife-jsonpatch-ops", midwifePatchOps},
	{"bedside-redis-xread", bedsideXread},
	{"schoolscreen-column-major", screeningColumns},
	{"massage-typed-rows", massageTypedRows},
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
