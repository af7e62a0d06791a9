package blindset3

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
	{"autolink-telematics", telematics},
	{"lullanest-baby-monitor", babyMonitor},
	{"apotheek-erecept", erecept},
	{"beamcast-tv-fleet", streamFleet},
	{"donatori-sangue", donatori},
	{"wattwise-meter-dump", smartMeter},
	{"hearclear-companion", hearingAid},
	{"dosepump-uploads", insulinPump},
	{"keyvault-export", vaultExport},
	{"pawfeeder-firebase", petFeeder},
	{"crewchat-export", chatExport},
	{"edge-router-syslog", routerSyslog},
	{"soins-domicile", soinsDomicile},
	{"clinica-mx", clinicaMX},
	{"homematic-inventar", homematic},
	{"nutricoach-pt", nutricoach},
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
