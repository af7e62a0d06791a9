package blindset9

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
	{"kela-kyyti-cdc", kelaKyyti},
	{"ploio-epivates-couch", ploio},
	{"geomjin-jsonapi", geomjin},
	{"gyogyfurdo-redis", gyogyfurdo},
	{"catalog-scolar-parse", catalogScolar},
	{"saedbank-donor-airtable", saedbank},
	{"nogomet-akademija-avro", nogomet},
	{"colla-castellera-postgrest", colla},
	{"wedding-sheets-values", wedding},
	{"ldap-oid-dump", ldapOID},
	{"telco-simswap-tsv", simswap},
	{"cpap-cloud-codes", cpap},
	{"dating-app-graphql", dating},
	{"funeral-home-cosmos", funeral},
	{"dispensary-pos-splunk", dispensary},
	{"ats-hubspot-props", ats},
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
