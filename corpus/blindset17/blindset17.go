package blindset17

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
	{"occhealth-ansible-facts", occhealthAnsible},
	{"paedcgm-grafana-snapshot", paedcgmGrafana},
	{"carehome-zabbix-export", carehomeZabbix},
	{"wearable-gdpr-export", wearableExport},
	{"ostomy-shopify-webhook", ostomyShopify},
	{"counselling-msgraph-batch", counsellingGraph},
	{"campus-servicenow-incidents", campusServiceNow},
	{"spizerija-phpmyadmin-mt", spizerijaPhpMyAdmin},
	{"camino-hasura-events-gl", caminoHasura},
	{"isp-kintone-hy", ispKintone},
	{"gaelscoil-rxdb-ga", gaelscoilRxdb},
	{"smartflat-nodered-az", smartflatNodeRed},
	{"roadshow-arrow-json", roadshowArrow},
	{"cycle-app-nskeyedarchiver", cycleArchiver},
	{"telegp-sqlite-carved", telegpCarved},
	{"scale-ble-gatt-dump", scaleGatt},
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
