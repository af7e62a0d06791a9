package blindset14

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
	{"vetclinic-kafka-rest", vetKafka},
	{"coworking-access-gelf", coworkGelf},
	{"hamradio-logbook-sync", hamLog},
	{"homecare-evv-aggregator", homecareEVV},
	{"macrotracker-sentry-event", macroSentry},
	{"soberliving-mssql-forjson", soberForJSON},
	{"rxdrone-datadog-logs", rxDroneDatadog},
	{"thuisbatterij-django-fixture-nl", thuisbatterijNL},
	{"silownia-meilisearch-pl", silowniaPL},
	{"agriturismo-hal-it", agriturismoIT},
	{"igreja-membros-redash-br", igrejaRedash},
	{"reparacion-celulares-typesense-co", reparacionCO},
	{"ivdrip-sheet-arrays", ivdripArrays},
	{"poolspa-eav-triples", poolEAV},
	{"blooddrive-gravityforms", bloodGravity},
	{"powerchair-kv-cells", powerchairKV},
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
