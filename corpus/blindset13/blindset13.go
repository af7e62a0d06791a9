package blindset13

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
	{"escooter-gcp-logging", scooterLogs},
	{"sis-nurse-powerschool", sisStudent},
	{"petcam-auth0-export", petcamUser},
	{"sleepstudy-redcap-flat", redcapRows},
	{"prm-desk-pnr", pnrRecord},
	{"aligner-es-search", alignerES},
	{"doula-notion-query", doulaNotion},
	{"wisp-rural-mongo-mx", wispMongo},
	{"cannabis-asoc-pgjson-ar", cannabisRow},
	{"schulbegleitung-nocodb-de", schulbegleitungNoco},
	{"portage-repas-sanity-fr", portageSanity},
	{"tvsat-4g-couchbase-ao", tvsatCouchbase},
	{"podiatry-filemaker-dataapi", filemakerPod},
	{"offsite-gforms-responses", gformsResponses},
	{"carehome-sensors-datatables", dtCareRows},
	{"festival-crew-pandas-split", pandasCrew},
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
