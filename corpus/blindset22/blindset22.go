package blindset22

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
	{"vetclinic-openwrt-ubus", vetOpenWrt},
	{"t1dcamp-dexcom-v3", campDexcom},
	{"carehome-snipeit-assets", carehomeSnipeIT},
	{"ivf-zammad-tickets", ivfZammad},
	{"pharmacy-wazuh-alerts", pharmacyWazuh},
	{"dental-opendental-api", dentalOpenDental},
	{"gym-frigate-nvr", gymFrigate},
	{"isp-ninox-tg", ispNinox},
	{"eyecamp-appsheet-or", eyecampAppSheet},
	{"ecole-caspio-wo", ecoleCaspio},
	{"ncd-stackby-sm", ncdStackby},
	{"maternity-larkbase-ps", maternityLark},
	{"schooltrip-acroform-fields", tripAcroForm},
	{"glp1-ga-collect", glp1GA},
	{"telecare-atcmd-dump", telecareAT},
	{"smarthome-knx-groups", homeKNX},
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
