package blindset19

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
	{"portal-gitlab-ci-job", portalGitlab},
	{"family-eero-network", familyEero},
	{"pathlab-senaite-api", pathlabSenaite},
	{"afib-applehealth-xml", afibAppleHealth},
	{"robovac-chatwoot-convo", robovacChatwoot},
	{"fallradar-thingsboard", fallradarThingsBoard},
	{"menopause-vault-dump", menopauseVault},
	{"smartband-protoc-raw", smartbandProtoc},
	{"fibre-cpe-trino-rows", fibreCpeTrino},
	{"homehd-sap-rfc-table", homehdSapRfc},
	{"matter-server-diag", matterServerDiag},
	{"kano-chemist-d1-ha", kanoChemistD1},
	{"tea-estate-appsscript-si", teaEstateAppsScript},
	{"jim-meteor-ddp-ne", jimMeteorDDP},
	{"anc-rapidpro-runs-rw", ancRapidProRuns},
	{"emkhana-1c-odata-kk", emkhana1COData},
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
