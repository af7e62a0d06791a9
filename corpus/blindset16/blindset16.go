package blindset16

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
	{"trailrace-meshtastic-ops", trailraceMesh},
	{"imaging-postman-collection", imagingPostman},
	{"hospice-docker-inspect", hospiceDocker},
	{"epilepsy-home-mqtt-retained", epilepsyMqtt},
	{"orchestra-scim-provisioning", orchestraScim},
	{"chiro-reception-regexport", chiroRegistry},
	{"holidaypark-opnsense-config", holidayparkOpnsense},
	{"dziesmu-svetki-contentful-lv", songFestContentful},
	{"tandem-padalstvo-fauna-sl", tandemFauna},
	{"telk-dexie-bg", telkDexie},
	{"rygbi-smartsheet-cy", rygbiSmartsheet},
	{"trekking-frappe-sq", trekkingFrappe},
	{"coachline-dcc-scans", coachlineDcc},
	{"homevent-thrift-json", homeventThrift},
	{"slt-jcal-jcard", sltJcal},
	{"gp-surgery-snmpwalk", gpSnmpwalk},
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
