package blindset25

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
	{"homesec-simplisafe-diag", homesecSimpliSafe},
	{"hospitalhome-jamf-pro", hospitalhomeJamf},
	{"homecare-gusto-payroll", homecareGusto},
	{"dental-dentally-api", dentalDentally},
	{"sportsclinic-whoop-v1", sportsclinicWhoop},
	{"wisp-uisp-crm-nms", wispUISP},
	{"teletherapy-zoom-api", teletherapyZoom},
	{"dialysis-astra-kn", dialysisAstra},
	{"maternity-chroma-ti", maternityChroma},
	{"homecare-vespa-st", homecareVespa},
	{"festival-azsearch-br", festivalAzSearch},
	{"cottongin-milvus-tk", cottonginMilvus},
	{"supportedliving-wamp-frames", supportedlivingWAMP},
	{"sexualhealth-smpp-pdus", sexualhealthSMPP},
	{"cardiacrehab-fit-decoded", cardiacrehabFIT},
	{"carehome-jspb-rpc", carehomeJSPB},
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
