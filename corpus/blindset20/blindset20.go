package blindset20

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
	{"audiology-jenkins-build", audiologyJenkins},
	{"allergyclinic-suricata-eve", allergySuricata},
	{"community-nursing-osquery", nursingOsquery},
	{"refill-twilio-messages", refillTwilio},
	{"mobility-wpcli-dump", mobilityWPCLI},
	{"assisted-alertmanager-hook", assistedAlertmanager},
	{"dietitian-calcom-hooks", dietitianCalcom},
	{"dhiigkar-kobo-so", dhiigkarKobo},
	{"maternity-seatable-my", maternitySeaTable},
	{"eyecamp-budibase-km", eyecampBudibase},
	{"hampiwasi-mdbjson-qu", hampiwasiMdbJSON},
	{"homenursing-flow-ur", homenursingFlow},
	{"dme-x12-segments", dmeX12},
	{"visitrota-tabula-cells", visitrotaTabula},
	{"clinic-ipfix-elements", clinicIPFIX},
	{"pharmacy-fixedwidth-slices", pharmacyFixedWidth},
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
