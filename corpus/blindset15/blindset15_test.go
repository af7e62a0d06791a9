package blindset15

import (
	"bytes"
	"encoding/json"
	"fmt"
	"net/netip"
	"reflect"
	"regexp"
	"sort"
	"strings"
	"testing"

	"github.com/leakscope/leakscope/corpus"
)

func TestDeterministic(t *testing.T) {
	a, b := Generate(7, 160), Generate(7, 160)
	if !reflect.DeepEqual(a, b) {
		t.Fatal("same seed gave different documents")
	}
	c := Generate(8, 160)
	same := 0
	for i := range a {
		if bytes.Equal(a[i].JSON, c[i].JSON) {
			same++
		}
	}
	if same > 0 {
		t.Fatalf("%d documents identical across seeds", same)
	}
	// Document i depends on seed and i only, not on n.
	d := Generate(7, 37)
	for i := range d {
		if !reflect.DeepEqual(a[i], d[i]) {
			t.Fatalf("doc %d depends on n", i)
		}
	}
	// Schema i mod len(schemas).
	names := Schemas()
	for i, doc := range a {
		if doc.Schema != names[i%len(names)] {
			t.Fatalf("doc %d is %s, want %s", i, doc.Schema, names[i%len(names)])
		}
	}
}

func leaves(v any, ptr string, out map[string]any) {
	switch t := v.(type) {
	case map[string]any:
		for k, e := range t {
			leaves(e, ptr+"/"+strings.ReplaceAll(strings.ReplaceAll(k, "~", "~0"), "/", "~1"), out)
		}
	case []any:
		for i, e := range t {
			leaves(e, fmt.Sprintf("%s/%d", ptr, i), out)
		}
	default:
		out[ptr] = v
	}
}

func decode(t *testing.T, i int, d corpus.Doc) map[string]any {
	t.Helper()
	if bytes.ContainsAny(d.JSON, "\n\r") {
		t.Fatalf("doc %d (%s) is not on one line", i, d.Schema)
	}
	if len(d.JSON) == 0 || d.JSON[len(d.JSON)-1] == '\n' {
		t.Fatalf("doc %d (%s): empty or trailing newline", i, d.Schema)
	}
	if !json.Valid(d.JSON) {
		t.Fatalf("doc %d (%s): invalid JSON", i, d.Schema)
	}
	dec := json.NewDecoder(bytes.NewReader(d.JSON))
	dec.UseNumber()
	var v any
	if err := dec.Decode(&v); err != nil {
		t.Fatalf("doc %d (%s): %v", i, d.Schema, err)
	}
	if dec.More() {
		t.Fatalf("doc %d (%s): trailing data", i, d.Schema)
	}
	got := map[string]any{}
	leaves(v, "", got)
	return got
}

func TestEveryLeafLabelled(t *testing.T) {
	valid := map[string]bool{}
	for _, c := range corpus.Categories {
		valid[c] = true
	}
	hard := map[string]bool{"": true, corpus.HardLanguage: true, corpus.HardObfuscated: true, corpus.HardFreeText: true, corpus.HardClinical: true}
	for i, d := range Generate(1, 1600) {
		got := decode(t, i, d)
		shapes(t, i, d, got)
		for p := range got {
			if _, ok := d.Labels[p]; !ok {
				t.Fatalf("doc %d (%s): leaf %q has no label", i, d.Schema, p)
			}
		}
		for p, l := range d.Labels {
			v, ok := got[p]
			if !ok {
				t.Fatalf("doc %d (%s): label %q is not a leaf", i, d.Schema, p)
			}
			if len(l.AnyOf) == 1 {
				t.Fatalf("doc %d %s: AnyOf of length one", i, p)
			}
			seen := map[string]bool{}
			for _, c := range l.Categories {
				if !valid[c] || seen[c] {
					t.Fatalf("doc %d %s: bad or repeated category %q", i, p, c)
				}
				seen[c] = true
			}
			for _, c := range l.AnyOf {
				if !valid[c] {
					t.Fatalf("doc %d %s: bad AnyOf category %q", i, p, c)
				}
				if seen[c] {
					t.Fatalf("doc %d %s: AnyOf %q repeats a required category", i, p, c)
				}
			}
			if !hard[l.Hard] {
				t.Fatalf("doc %d %s: bad hard kind %q", i, p, l.Hard)
			}
			// A decoy has no category, except a device's firmware version
			// shaped like an IP address (device-inventory, POLICY_NOTES).
			if l.Decoy && (len(l.AnyOf) > 0 || len(l.Categories) > 1 || (len(l.Categories) == 1 && l.Categories[0] != corpus.DeviceInventory)) {
				t.Fatalf("doc %d %s: decoy with categories %v", i, p, l.Categories)
			}
			if v == nil && (len(l.Categories) > 0 || len(l.AnyOf) > 0) {
				t.Fatalf("doc %d %s: null leaf with categories", i, p)
			}
		}
	}
}

func TestSchemasAndSize(t *testing.T) {
	names := Schemas()
	if len(names) < 16 || len(names) > 18 {
		t.Fatalf("%d schemas, want 16-18", len(names))
	}
	uniq := map[string]bool{}
	for _, n := range names {
		if uniq[n] {
			t.Fatalf("schema %s twice", n)
		}
		uniq[n] = true
	}
	minL, maxL := map[string]int{}, map[string]int{}
	decoys := map[string]int{}
	for _, d := range Generate(3, 1600) {
		n := len(d.Labels)
		if minL[d.Schema] == 0 || n < minL[d.Schema] {
			minL[d.Schema] = n
		}
		if n > maxL[d.Schema] {
			maxL[d.Schema] = n
		}
		for _, l := range d.Labels {
			if l.Decoy {
				decoys[d.Schema]++
			}
		}
	}
	for _, n := range names {
		if minL[n] < 20 || maxL[n] > 240 {
			t.Errorf("schema %s: %d..%d leaves per document, want about 20-240", n, minL[n], maxL[n])
		}
		if decoys[n] == 0 {
			t.Errorf("schema %s has no decoys", n)
		}
	}
}

// tally counts leaves over docs.
type tally struct {
	total, decoy, none int
	cat, hard, anyOf   map[string]int
	freeNone           int
	multi              int
}

func count(docs []corpus.Doc) tally {
	tl := tally{cat: map[string]int{}, hard: map[string]int{}, anyOf: map[string]int{}}
	for _, d := range docs {
		for _, l := range d.Labels {
			tl.total++
			for _, c := range l.Categories {
				tl.cat[c]++
			}
			if len(l.AnyOf) > 0 {
				tl.anyOf[strings.Join(l.AnyOf, "|")]++
			}
			if l.Hard != "" {
				tl.hard[l.Hard]++
			}
			if l.Decoy {
				tl.decoy++
			}
			if len(l.Categories) == 0 && len(l.AnyOf) == 0 {
				tl.none++
				if l.Hard == corpus.HardFreeText {
					tl.freeNone++
				}
			}
			if len(l.Categories) > 1 {
				tl.multi++
			}
		}
	}
	return tl
}

func TestCoverage(t *testing.T) {
	tl := count(Generate(1, 2000))
	for _, c := range corpus.Categories {
		if tl.cat[c] < tl.total/40 {
			t.Errorf("category %s: %d of %d leaves", c, tl.cat[c], tl.total)
		}
	}
	for _, h := range []string{corpus.HardLanguage, corpus.HardObfuscated, corpus.HardFreeText, corpus.HardClinical} {
		if tl.hard[h] < tl.total/40 {
			t.Errorf("hard kind %s: %d of %d leaves", h, tl.hard[h], tl.total)
		}
	}
	if tl.anyOf[corpus.NetworkLayout+"|"+corpus.DeviceInventory] == 0 {
		t.Error("no MAC-style AnyOf labels")
	}
	if tl.anyOf[corpus.Health+"|"+corpus.Contact] == 0 {
		t.Error("no gender AnyOf labels")
	}
	if tl.decoy == 0 || tl.freeNone == 0 || tl.multi == 0 {
		t.Errorf("decoys %d, free text without category %d, multi-category leaves %d", tl.decoy, tl.freeNone, tl.multi)
	}
	share := float64(tl.none) / float64(tl.total)
	if share < 0.50 || share > 0.70 {
		t.Errorf("non-sensitive share %.3f, want about 0.55-0.66", share)
	}
	if d := float64(tl.decoy) / float64(tl.total); d < 0.12 || d > 0.32 {
		t.Errorf("decoy share %.3f, want 0.12-0.32", d)
	}
}

// TestHardKinds checks that hard kinds follow the schema: the opaque dumps
// are obfuscated throughout, documents with Estonian, Slovak, Malay,
// Serbian or Afrikaans keys have language (or clinical on their medical
// blocks) on every leaf, the English documents use none except their
// clinical blocks and key/value rows, and free text wins everywhere.
func TestHardKinds(t *testing.T) {
	obfs := map[string]bool{"midwife-jsonpatch-ops": true, "bedside-redis-xread": true, "schoolscreen-column-major": true, "massage-typed-rows": true}
	eng := map[string][]string{
		"physio-keycloak-realm": {corpus.HardClinical}, "hostel-unifi-export": nil,
		"fertility-matomo-visits": {corpus.HardClinical}, "telepharmacy-tfstate": nil,
		"teledermatology-n8n-execution": {corpus.HardClinical, corpus.HardObfuscated},
		"rower-segment-batch":           nil, "installer-tuya-bundle": {corpus.HardObfuscated},
	}
	clin := map[string]bool{"saun-surrealdb-et": true, "vcelari-solr-sk": true, "pantang-neo4j-my": true, "vozaci-sharepoint-sr": true, "koshuis-zoho-af": true}
	has := func(xs []string, x string) bool {
		for _, y := range xs {
			if y == x {
				return true
			}
		}
		return false
	}
	kinds := map[string]map[string]int{}
	for i, d := range Generate(2, 320) {
		if kinds[d.Schema] == nil {
			kinds[d.Schema] = map[string]int{}
		}
		for ptr, l := range d.Labels {
			kinds[d.Schema][l.Hard]++
			extra, isEng := eng[d.Schema]
			switch {
			case l.Hard == corpus.HardFreeText:
			case obfs[d.Schema]:
				if l.Hard != corpus.HardObfuscated {
					t.Fatalf("doc %d (%s) %s: hard %q, want obfuscated", i, d.Schema, ptr, l.Hard)
				}
			case isEng:
				if l.Hard != "" && !has(extra, l.Hard) {
					t.Fatalf("doc %d (%s) %s: hard %q, want none or %v", i, d.Schema, ptr, l.Hard, extra)
				}
			case clin[d.Schema]:
				if l.Hard != corpus.HardLanguage && l.Hard != corpus.HardClinical {
					t.Fatalf("doc %d (%s) %s: hard %q, want language or clinical", i, d.Schema, ptr, l.Hard)
				}
			default:
				t.Fatalf("doc %d: schema %s not classified", i, d.Schema)
			}
		}
	}
	for _, s := range Schemas() {
		if kinds[s][corpus.HardFreeText] == 0 {
			t.Errorf("schema %s has no free text", s)
		}
		extra, isEng := eng[s]
		if !obfs[s] && !isEng && kinds[s][corpus.HardLanguage] == 0 {
			t.Errorf("schema %s has no language leaves", s)
		}
		for _, k := range extra {
			if kinds[s][k] == 0 {
				t.Errorf("schema %s has no %s leaves", s, k)
			}
		}
		if clin[s] && kinds[s][corpus.HardClinical] == 0 {
			t.Errorf("schema %s has no clinical leaves", s)
		}
	}
	if len(obfs) != 4 || len(eng) != 7 || len(clin) != 5 || len(obfs)+len(eng)+len(clin) != len(Schemas()) {
		t.Errorf("%d schemas, want 4 opaque + 7 English + 5 other-language", len(Schemas()))
	}
}

// TestSharePointNames checks the internal-name encoding of the Serbian list.
func TestSharePointNames(t *testing.T) {
	for in, want := range map[string]string{
		"E-pošta":       "E_x002d_po_x0161_ta",
		"Datum rođenja": "Datum_x0020_ro_x0111_enja",
		"Grad":          "Grad",
	} {
		if got := spName(in); got != want {
			t.Errorf("spName(%q) = %q, want %q", in, got, want)
		}
	}
}

// TestFreeTextHard checks that every free-text label came from prose and
// that no free-text leaf is an empty sensitive value.
func TestFreeTextHard(t *testing.T) {
	for i, d := range Generate(4, 320) {
		got := decode(t, i, d)
		for p, l := range d.Labels {
			if l.Hard != corpus.HardFreeText {
				continue
			}
			if _, ok := got[p].(string); !ok {
				t.Fatalf("doc %d (%s) %s: free text that is not a string", i, d.Schema, p)
			}
		}
	}
}

func TestPointerEscapes(t *testing.T) {
	var tilde, slash bool
	for _, d := range Generate(1, 64) {
		for p := range d.Labels {
			tilde = tilde || strings.Contains(p, "~0")
			slash = slash || strings.Contains(p, "~1")
		}
	}
	if !tilde || !slash {
		t.Fatalf("escaped pointers: ~0 %v, ~1 %v", tilde, slash)
	}
}

var (
	emailRe = regexp.MustCompile(`[A-Za-z0-9._%+-]+@([A-Za-z0-9.-]+\.[A-Za-z]+)`)
	ipv4Re  = regexp.MustCompile(`\b\d{1,3}\.\d{1,3}\.\d{1,3}\.\d{1,3}\b`)
	urlRe   = regexp.MustCompile(`https?://([A-Za-z0-9.-]+)`)
)

// TestSynthetic checks that e-mail domains, URLs and IP addresses in
// sensitive leaves are reserved or private.
func TestSynthetic(t *testing.T) {
	allowedIP := func(s string) bool {
		a, err := netip.ParseAddr(s)
		if err != nil {
			return true // not an address (a version number)
		}
		for _, p := range []string{"10.0.0.0/8", "172.16.0.0/12", "192.168.0.0/16", "192.0.2.0/24", "198.51.100.0/24", "203.0.113.0/24", "255.255.255.0/24",
			"0.0.0.0/32", "1.1.1.1/32", "9.9.9.9/32", "8.8.8.8/32", "8.8.4.4/32"} {
			if netip.MustParsePrefix(p).Contains(a) {
				return true
			}
		}
		return false
	}
	exampleHost := func(h string) bool {
		h = strings.ToLower(h)
		if _, err := netip.ParseAddr(h); err == nil {
			return allowedIP(h)
		}
		for _, suf := range []string{"example.com", "example.org", "example.net", ".internal", ".lan", ".svc.cluster.local", ".example", "www.w3.org",
			// invented RDS endpoints in database URLs (user:password@host)
			".rds.amazonaws.com"} {
			if strings.HasSuffix(h, suf) {
				return true
			}
		}
		return false
	}
	for i, d := range Generate(5, 800) {
		got := decode(t, i, d)
		for p, v := range got {
			s, ok := v.(string)
			l := d.Labels[p]
			if !ok || l.Decoy || (len(l.Categories) == 0 && len(l.AnyOf) == 0) || (len(l.Categories) == 1 && l.Categories[0] == corpus.DeviceInventory) {
				continue // versions may look like IPv4 addresses; public vendor URLs are not sensitive
			}
			for _, m := range emailRe.FindAllStringSubmatch(s, -1) {
				if !exampleHost(m[1]) {
					t.Fatalf("doc %d %s: e-mail domain %q", i, p, m[1])
				}
			}
			for _, m := range urlRe.FindAllStringSubmatch(s, -1) {
				if !exampleHost(m[1]) {
					t.Fatalf("doc %d %s: URL host %q", i, p, m[1])
				}
			}
			for _, ix := range ipv4Re.FindAllStringIndex(s, -1) {
				m := s[ix[0]:ix[1]]
				if ix[0] > 0 && (s[ix[0]-1] == '/' || s[ix[0]-1] == 'v') {
					continue // a version in a user agent: Chrome/120.0.0.0
				}
				if !allowedIP(m) {
					t.Fatalf("doc %d %s: IP %q", i, p, m)
				}
			}
		}
	}
}

// TestStats logs the label counts (go test -v -run Stats).
func TestStats(t *testing.T) {
	tl := count(Generate(1, 1600))
	t.Logf("leaves %d; non-sensitive %d (%.1f%%), of which decoys %d (%.1f%%); multi-category %d; free text without category %d",
		tl.total, tl.none, 100*float64(tl.none)/float64(tl.total), tl.decoy, 100*float64(tl.decoy)/float64(tl.total), tl.multi, tl.freeNone)
	var keys []string
	for k := range tl.cat {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		t.Logf("category %-18s %6d", k, tl.cat[k])
	}
	keys = keys[:0]
	for k := range tl.anyOf {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		t.Logf("any-of %-32s %6d", k, tl.anyOf[k])
	}
	keys = keys[:0]
	for k := range tl.hard {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		t.Logf("hard %-12s %6d (%.1f%%)", k, tl.hard[k], 100*float64(tl.hard[k])/float64(tl.total))
	}
}

var (
	macRe     = regexp.MustCompile(`(?i)\b[0-9a-f]{2}([:-])[0-9a-f]{2}(?:[:-][0-9a-f]{2}){4}\b`)
	emailOnly = regexp.MustCompile(`^[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)+$`)
)

// shapes checks value shapes: no formatting slips, MACs where a MAC is
// labelled, e-mails that parse, non-empty sensitive strings, and the
// categories a value obviously needs.
func shapes(t *testing.T, i int, d corpus.Doc, got map[string]any) {
	t.Helper()
	for p, v := range got {
		l := d.Labels[p]
		s, isStr := v.(string)
		if isStr {
			if strings.Contains(s, "%!") || strings.Contains(s, "<nil>") || strings.Contains(s, "map[") || strings.Contains(s, "&{") {
				t.Fatalf("doc %d (%s) %s: formatting slip in %q", i, d.Schema, p, s)
			}
			if (len(l.Categories) > 0 || len(l.AnyOf) > 0) && strings.TrimSpace(s) == "" {
				t.Fatalf("doc %d (%s) %s: empty sensitive string", i, d.Schema, p)
			}
		}
		if len(l.AnyOf) == 2 && l.AnyOf[0] == corpus.NetworkLayout {
			if !isStr || !macRe.MatchString(s) {
				t.Fatalf("doc %d (%s) %s: MAC label on %v", i, d.Schema, p, v)
			}
		}
		if isStr && emailOnly.MatchString(s) {
			if len(l.Categories) != 1 || l.Categories[0] != corpus.Contact {
				t.Fatalf("doc %d (%s) %s: e-mail %q labelled %+v", i, d.Schema, p, s, l)
			}
		}
		if isStr && l.Hard != corpus.HardFreeText && macRe.MatchString(s) && len(l.AnyOf) == 0 &&
			!hasAny(l.Categories, corpus.NetworkLayout, corpus.DeviceInventory) && !l.Decoy {
			t.Fatalf("doc %d (%s) %s: MAC in %q without a MAC label", i, d.Schema, p, s)
		}
		if isStr && (strings.HasPrefix(s, "$2y$") || strings.HasPrefix(s, "$argon2id$") || strings.Contains(s, ":APA91b") || strings.HasPrefix(s, "sk_live_") || strings.HasPrefix(s, "whsec_")) {
			if !hasAny(l.Categories, corpus.Credential) {
				t.Fatalf("doc %d (%s) %s: secret %q not credential", i, d.Schema, p, s)
			}
		}
		if isStr && strings.HasPrefix(s, "pk_live_") && !l.Decoy {
			t.Fatalf("doc %d (%s) %s: publishable key not a decoy", i, d.Schema, p)
		}
	}
}

func hasAny(cs []string, want ...string) bool {
	for _, c := range cs {
		for _, w := range want {
			if c == w {
				return true
			}
		}
	}
	return false
}

// TestSixteenHoldAll checks that any 16 consecutive documents hold every
// schema once.
func TestSixteenHoldAll(t *testing.T) {
	docs := Generate(9, 40)
	for start := 0; start+16 <= len(docs); start += 7 {
		seen := map[string]int{}
		for _, d := range docs[start : start+16] {
			seen[d.Schema]++
		}
		for _, s := range Schemas() {
			if seen[s] != 1 {
				t.Fatalf("docs %d..%d hold schema %s %d times", start, start+15, s, seen[s])
			}
		}
	}
}
