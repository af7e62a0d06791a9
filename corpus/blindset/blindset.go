package blindset

import (
	"math/rand/v2"

	"github.com/leakscope/leakscope/corpus"
)

type schema struct {
	name string
	gen  func(*gen) node
}

var schemas = []schema{
	{"bottlebuddy-parent", genBottleBuddy},
	{"studio-dentale-it", genStudioDentale},
	{"autohaus-crm-de", genAutohaus},
	{"deskhive-door-access", genDeskHive},
	{"drone-fleet-es", genDron},
	{"leerling-gezondheid-nl", genLeerling},
	{"sunvault-inverter", genSunVault},
	{"klub-biegowy-pl", genKlubBiegowy},
	{"donor-ledger", genDonorLedger},
	{"clinique-veterinaire-fr", genVeterinaire},
	{"dripguard-leak", genDripGuard},
	{"mailflare-export", genMailFlare},
	{"surus-skoru-tr", genSurusSkoru},
	{"printpoint-jobs", genPrintPoint},
}

// Schemas lists the generator names, in a fixed order.
func Schemas() []string {
	out := make([]string, len(schemas))
	for i, s := range schemas {
		out[i] = s.name
	}
	return out
}

// Generate returns n documents. Document i depends only on seed and i: its
// generator is a PCG seeded with (seed, i).
func Generate(seed int64, n int) []corpus.Doc {
	docs := make([]corpus.Doc, 0, n)
	for i := range n {
		r := rand.New(rand.NewPCG(uint64(seed), uint64(i)))
		g := &gen{r: r}
		sc := schemas[g.n(len(schemas))]
		docs = append(docs, render(sc.name, sc.gen(g)))
	}
	return docs
}
