package testset

import (
	"math/rand/v2"

	"github.com/leakscope/leakscope/corpus"
)

type schema struct {
	name string
	gen  func(*rand.Rand) node
}

var schemas = []schema{
	{"nannycam-firebase", genNannycam},
	{"ebike-app", genEbike},
	{"smartlock-accesslog", genSmartlock},
	{"mesh-wifi-backup", genMesh},
	{"vpn-accounts", genVPN},
	{"fertility-tracker", genFertility},
	{"cgm-nightscout", genCGM},
	{"gym-members", genGym},
	{"fhir-lab-bundle", genFHIR},
	{"dating-profiles", genDating},
	{"telemed-br", genTelemed},
	{"telco-subscriber", genTelco},
	{"k8s-secret-dump", genK8s},
	{"spreadsheet-export", genSpreadsheet},
	{"support-chat-it", genChatIT},
	{"support-chat-nl", genChatNL},
	{"eshop-pl", genShopPL},
	{"eshop-se", genShopSE},
}

// Schemas lists the names of the generators, in a fixed order.
func Schemas() []string {
	out := make([]string, len(schemas))
	for i, s := range schemas {
		out[i] = s.name
	}
	return out
}

// Generate returns n documents for seed. The same seed and n always give
// the same documents, and document i does not depend on n. Schemas are
// dealt in shuffled rounds, so every run of len(Schemas()) consecutive
// rounds-aligned documents holds each schema once.
func Generate(seed int64, n int) []corpus.Doc {
	docs := make([]corpus.Doc, 0, n)
	var order []int
	for i := 0; i < n; i++ {
		k := i % len(schemas)
		if k == 0 {
			round := uint64(i / len(schemas))
			order = rand.New(rand.NewPCG(uint64(seed), 0x5eed0000_00000000|round)).Perm(len(schemas))
		}
		s := schemas[order[k]]
		r := rand.New(rand.NewPCG(uint64(seed)^0x9e3779b97f4a7c15, uint64(i)))
		docs = append(docs, render(s.gen(r), s.name))
	}
	return docs
}
