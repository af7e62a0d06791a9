package blindset10

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
	{"khlinik-line-rtdb", khlinikLine},
	{"studio-pilates-monday", studioMonday},
	{"sukkari-ramadan-mongo", sukkariMongo},
	{"stomatolohiia-tg-bot", stomatTelegram},
	{"afya-jamii-odk", afyaODK},
	{"ofw-peme-laravel", ofwLaravel},
	{"yanglao-canal-binlog", yanglaoCanal},
	{"vivah-supabase-realtime", vivahSupabase},
	{"cloudtrail-genomics-lab", cloudtrail},
	{"dme-oxygen-jira", dmeJira},
	{"dental-loki-streams", dentalLoki},
	{"drugscreen-fhir-bundle", drugscreenFHIR},
	{"smartring-bigquery-rows", ringBigQuery},
	{"rx-shop-magento-eav", magentoEAV},
	{"solar-fleet-parquet-cols", solarCols},
	{"pill-dispenser-dynamo", pillDynamo},
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
