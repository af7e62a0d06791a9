package holdout

import "github.com/leakscope/leakscope/corpus"

type schema struct {
	name string
	make func(g *gen) *node
}

var schemas = []schema{
	{"smarthome-mongoexport", smartHome},
	{"scale-app-sync", scaleApp},
	{"isp-cpe-backup", cpeBackup},
	{"saas-accounts", saasAccount},
	{"shop-orders", shopOrder},
	{"helpdesk-export", helpdesk},
	{"ehr-encounters", ehrEncounter},
	{"es-telemetry", esTelemetry},
	{"crm-es", crmES},
	{"hr-versicherung-de", hrDE},
	{"patients-fr", patientsFR},
	{"clientes-ptbr", clientesBR},
	{"warehouse-obfuscated", warehouse},
	{"eav-attributes", eavRows},
	{"mdm-fleet", mdmFleet},
	{"deploy-env-dump", deployEnv},
}

// Schemas returns the names of the generators, in a fixed order.
func Schemas() []string {
	out := make([]string, len(schemas))
	for i, s := range schemas {
		out[i] = s.name
	}
	return out
}

// Generate returns n documents made from seed. The same seed and n always
// give the same documents. Schemas come in shuffled rounds, so any
// len(Schemas()) consecutive documents from the start of a round hold each
// schema once.
func Generate(seed int64, n int) []corpus.Doc {
	g := newGen(seed)
	out := make([]corpus.Doc, 0, max(n, 0))
	var round []int
	for range n {
		if len(round) == 0 {
			round = g.r.Perm(len(schemas))
		}
		s := schemas[round[0]]
		round = round[1:]
		out = append(out, doc(s.name, s.make(g)))
	}
	return out
}
