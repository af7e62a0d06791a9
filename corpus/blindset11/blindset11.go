package blindset11

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
	{"ziarat-karvan-ravendb", ziaratRaven},
	{"rucha-camp-arango", ruchaArango},
	{"poshak-karkhana-aztable", poshakTable},
	{"surogacia-algolia", surogaciaAlgolia},
	{"hestaferdir-bubble", hestaBubble},
	{"egbe-sickle-appwrite", egbeAppwrite},
	{"balionai-baserow", balionaiBaserow},
	{"surf-eskola-lowdb", surfLowdb},
	{"mammo-van-dicomweb", mammoDicom},
	{"hfcare-lwm2m-registry", hfcareLwm2m},
	{"vape-app-protobuf", vapeProto},
	{"summercamp-sheetjs-cells", campSheet},
	{"cardiac-rehab-openehr-flat", rehabOpenEHR},
	{"pbm-portal-har", pbmHAR},
	{"phlebotomy-cloudevents", phlebEvents},
	{"carehome-hass-storage", carehomeHass},
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
