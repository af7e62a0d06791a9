package blindset27

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
	{"dementiacare-hue-bridge", dementiaHue},
	{"psychclinic-netbox-ipam", psychNetbox},
	{"nightshift-oura-v2", nightshiftOura},
	{"nightwatch-librelinkup", nightwatchLibre},
	{"hotels-hibob-people", hotelsHibob},
	{"family-life360-circles", familyLife360},
	{"insomnia-eightsleep-pod", insomniaEightSleep},
	{"whaleswim-neon-to", whaleswimNeon},
	{"outreach-tigergraph-sn", outreachTigerGraph},
	{"elderline-quickwit-mr", elderlineQuickwit},
	{"settlement-victoriametrics-kl", settlementVM},
	{"bhs-turbopuffer-ceb", bhsTurbopuffer},
	{"cardio-gdt-records", cardioGDT},
	{"ward-pocsag-decodes", wardPOCSAG},
	{"meds-msgpack-cache", medsMsgpack},
	{"carehome-ndef-tags", carehomeNDEF},
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
