package blindset12

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
	{"msp-rmm-psjson", rmmPSJSON},
	{"smartlock-clickhouse-json", lockClickhouse},
	{"virtualcare-salesforce-soql", telehealthSOQL},
	{"hiit-studio-strapi", gymStrapi},
	{"meshwifi-zendesk-sideload", meshZendesk},
	{"glp1-clinic-svix-messages", glpSvix},
	{"mutual-diat-drf-cl", mutualDRF},
	{"betreuung24-odoo-jsonrpc-at", betreuungOdoo},
	{"smarthome-elektro-directus-ch", loxoneDirectus},
	{"pma-clinique-dataverse-qc", pmaDataverse},
	{"monitoramento-alarme-ords-br", monitoramentoORDS},
	{"residencia-sas-pocketbase-pt", residenciaPocketbase},
	{"fevertrack-pinot-rows", feverPinot},
	{"inhaler-app-minified-keys", inhalerMinified},
	{"visitor-kiosk-dictcol", visitorDictcol},
	{"travel-assist-jsonld-graph", assistJSONLD},
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
