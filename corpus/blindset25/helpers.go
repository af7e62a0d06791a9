package blindset25

import (
	"bytes"
	"sort"

	"github.com/leakscope/leakscope/corpus"
)

// embed writes n as a JSON string: one leaf carrying the union of what is
// inside (a request body, a JSON column, an environment blob).
func embed(n any) leaf {
	var buf bytes.Buffer
	labels := map[string]corpus.Label{}
	encode(&buf, n, "", labels)
	keys := make([]string, 0, len(labels))
	for k := range labels {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	var ps []piece
	for _, k := range keys {
		l := labels[k]
		if l.Decoy && len(l.Categories) > 0 {
			// an IP-shaped firmware version keeps its category
			ps = append(ps, piece{cats: l.Categories})
			continue
		}
		ps = append(ps, piece{cats: l.Categories, anyOf: l.AnyOf})
	}
	out := joined(ps...)
	out.val = buf.String()
	return out
}

// orNull returns v, or a null decoy with probability pNull.
func (r *rng) orNull(pNull float64, v leaf) leaf {
	if r.chance(pNull) {
		return nullDecoy()
	}
	return v
}

// kvRow is a {key, value} row: the name leaf is plain, the value leaf is
// labelled by what the row means; both are obfuscated (POLICY_NOTES).
func kvRow(nameKey, valueKey, name string, v leaf) obj {
	return obj{{nameKey, plain(name).obf()}, {valueKey, v.obf()}}
}

// pair is a [name, value] pair row.
func pair(name string, v leaf) arr { return arr{plain(name).obf(), v.obf()} }

// pemKey draws a PEM private key block.
func (r *rng) pemKey(kind string) string {
	if kind != "" {
		kind += " "
	}
	return "-----BEGIN " + kind + "PRIVATE KEY-----\n" + r.b64(48) + "\n" + r.b64(48) + "\n" + r.b64(30) + "\n-----END " + kind + "PRIVATE KEY-----\n"
}

// totpSeed draws a base32 TOTP seed.
func (r *rng) totpSeed() string { return r.from("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567", 32) }
