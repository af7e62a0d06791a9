package blindset27

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
	for i, d := range Generate(1, 800) {
		got := decode(t, i, d)
		shapes(t, i, d, got)
		if len(got) != len(d.Labels) {
			t.Fatalf("doc %d (%s): %d leaves, %d labels", i, d.Schema, len(got), len(d.Labels))
		}
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
	if len(names) != 16 {
		t.Fatalf("%d schemas, want 16", len(names))
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
	cats := map[string]map[string]bool{}
	for _, d := range Generate(3, 800) {
		n := len(d.Labels)
		if minL[d.Schema] == 0 || n < minL[d.Schema] {
			minL[d.Schema] = n
		}
		if n > maxL[d.Schema] {
			maxL[d.Schema] = n
		}
		if cats[d.Schema] == nil {
			cats[d.Schema] = map[string]bool{}
		}
		for _, l := range d.Labels {
			if l.Decoy {
				decoys[d.Schema]++
			}
			for _, c := range l.Categories {
				cats[d.Schema][c] = true
			}
		}
	}
	for _, n := range names {
		if minL[n] < 25 || maxL[n] > 450 {
			t.Errorf("schema %s: %d..%d leaves per document, want about 25-450", n, minL[n], maxL[n])
		}
		if decoys[n] == 0 {
			t.Errorf("schema %s has no decoys", n)
		}
		// every schema exposes at least three of the five categories
		if len(cats[n]) < 3 {
			t.Errorf("schema %s covers only %v", n, cats[n])
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
	tl := count(Generate(1, 1200))
	// Credentials are rarer than the other categories in these dumps
	// (a few secrets among many ids and timestamps): at least 2% each.
	for _, c := range corpus.Categories {
		if tl.cat[c] < tl.total/50 {
			t.Errorf("category %s: %d of %d leaves", c, tl.cat[c], tl.total)
		}
	}
	for _, h := range []string{corpus.HardLanguage, corpus.HardObfuscated, corpus.HardFreeText, corpus.HardClinical} {
		if tl.hard[h] < tl.total/100 {
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
	if share < 0.40 || share > 0.70 {
		t.Errorf("non-sensitive share %.3f, want 0.40-0.70", share)
	}
	// The brief asks for about 3-8% decoys.
	if d := float64(tl.decoy) / float64(tl.total); d < 0.03 || d > 0.08 {
		t.Errorf("decoy share %.3f, want 0.03-0.08", d)
	}
}

// TestHardKinds checks that hard kinds follow the schema: the four opaque
// dumps are obfuscated throughout, the documents with Tongan, Shona,
// Marathi, Kalaallisut or Cebuano keys have language (or clinical on
// their health parts) on every leaf, the English documents use none
// except HiBob's opaque custom fields and the sleep physician's notes,
// and free text wins everywhere.
func TestHardKinds(t *testing.T) {
	obfs := map[string]bool{"cardio-gdt-records": true, "ward-pocsag-decodes": true, "meds-msgpack-cache": true, "carehome-ndef-tags": true}
	eng := map[string][]string{
		"dementiacare-hue-bridge": nil,
		"psychclinic-netbox-ipam": nil,
		"nightshift-oura-v2":      nil,
		"nightwatch-librelinkup":  nil,
		"hotels-hibob-people":     {corpus.HardObfuscated},
		"family-life360-circles":  nil,
		"insomnia-eightsleep-pod": {corpus.HardClinical},
	}
	lang := map[string][]string{
		"whaleswim-neon-to":             {corpus.HardClinical},
		"outreach-tigergraph-sn":        {corpus.HardClinical},
		"elderline-quickwit-mr":         {corpus.HardClinical},
		"settlement-victoriametrics-kl": {corpus.HardClinical},
		"bhs-turbopuffer-ceb":           {corpus.HardClinical},
	}
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
		extraEng, isEng := eng[d.Schema]
		extraLang, isLang := lang[d.Schema]
		for ptr, l := range d.Labels {
			kinds[d.Schema][l.Hard]++
			switch {
			case l.Hard == corpus.HardFreeText:
			case obfs[d.Schema]:
				if l.Hard != corpus.HardObfuscated {
					t.Fatalf("doc %d (%s) %s: hard %q, want obfuscated", i, d.Schema, ptr, l.Hard)
				}
			case isEng:
				if l.Hard != "" && !has(extraEng, l.Hard) {
					t.Fatalf("doc %d (%s) %s: hard %q, want none or %v", i, d.Schema, ptr, l.Hard, extraEng)
				}
			case isLang:
				if l.Hard != corpus.HardLanguage && !has(extraLang, l.Hard) {
					t.Fatalf("doc %d (%s) %s: hard %q, want language or %v", i, d.Schema, ptr, l.Hard, extraLang)
				}
			default:
				t.Fatalf("doc %d: schema %s not classified", i, d.Schema)
			}
		}
	}
	for _, s := range Schemas() {
		if kinds[s][corpus.HardFreeText]+kinds[s][corpus.HardClinical] == 0 {
			t.Errorf("schema %s has no free text", s)
		}
		if extra, ok := lang[s]; ok {
			if kinds[s][corpus.HardLanguage] == 0 {
				t.Errorf("schema %s has no language leaves", s)
			}
			for _, k := range extra {
				if kinds[s][k] == 0 {
					t.Errorf("schema %s has no %s leaves", s, k)
				}
			}
		}
		for _, k := range eng[s] {
			if kinds[s][k] == 0 {
				t.Errorf("schema %s has no %s leaves", s, k)
			}
		}
	}
	if len(obfs)+len(eng)+len(lang) != len(Schemas()) {
		t.Errorf("%d schemas classified, want %d", len(obfs)+len(eng)+len(lang), len(Schemas()))
	}
}

// TestFreeTextIsString checks that every free-text label sits on a string.
func TestFreeTextIsString(t *testing.T) {
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
	var slash bool
	for _, d := range Generate(1, 64) {
		for p := range d.Labels {
			slash = slash || strings.Contains(p, "~1")
			if strings.Contains(p, "~") && !strings.Contains(p, "~1") && !strings.Contains(p, "~0") {
				t.Fatalf("bad escape in %q", p)
			}
		}
	}
	if !slash {
		t.Fatal("no escaped / in pointers")
	}
}

var (
	emailRe = regexp.MustCompile(`[A-Za-z0-9._%+-]+@([A-Za-z0-9.-]+\.[A-Za-z]+)`)
	ipv4Re  = regexp.MustCompile(`\b\d{1,3}\.\d{1,3}\.\d{1,3}\.\d{1,3}\b`)
	urlOnly = regexp.MustCompile(`[a-z]+://\S+`)
	urlRe   = regexp.MustCompile(`[a-z]+://(?:[^@/\s]*@)?([A-Za-z0-9.-]+)`)
	phoneRe = regexp.MustCompile(`(?:\+|\b0)\d[\d ()\-]{7,}\d`)
	phoneOK = regexp.MustCompile(`^(?:07700900\d{3}|447700900\d{3}|02079460\d{3}|1\d{3}55501\d{2}|493023125\d{3}|03023125\d{3}|6767700\d{3}|263770000\d{3}|0770000\d{3}|919800000\d{3}|2995900\d{2}|639170000\d{3}|09170000\d{3})$`)
)

// TestSynthetic checks that e-mail domains, URL hosts, IP addresses and
// phone numbers in sensitive leaves are reserved, private or fictional.
func TestSynthetic(t *testing.T) {
	allowedIP := func(s string) bool {
		a, err := netip.ParseAddr(s)
		if err != nil {
			return true // not an address (a version number)
		}
		for _, p := range []string{"10.0.0.0/8", "172.16.0.0/12", "192.168.0.0/16", "192.0.2.0/24", "198.51.100.0/24", "203.0.113.0/24", "255.255.255.0/24", "1.1.1.1/32", "1.0.0.1/32", "9.9.9.9/32", "8.8.8.8/32", "8.8.4.4/32"} {
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
		// vendor hosts: a managed database's endpoint, CDN avatars
		for _, suf := range []string{"example.com", "example.org", "example.net", "example.co.uk", ".example", ".internal", ".lan", ".local", ".neon.tech", ".hibob.com", ".life360.com"} {
			if strings.HasSuffix(h, suf) {
				return true
			}
		}
		return false
	}
	phones := 0
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
					t.Fatalf("doc %d %s: URL host %q in %q", i, p, m[1], s)
				}
			}
			for _, ix := range ipv4Re.FindAllStringIndex(s, -1) {
				m := s[ix[0]:ix[1]]
				if !allowedIP(m) {
					t.Fatalf("doc %d %s: IP %q", i, p, m)
				}
			}
			if hasAny(l.Categories, corpus.Contact) {
				for _, m := range phoneRe.FindAllString(urlOnly.ReplaceAllString(s, " "), -1) {
					digits := strings.Map(func(c rune) rune {
						if c >= '0' && c <= '9' {
							return c
						}
						return -1
					}, m)
					phones++
					if !phoneOK.MatchString(digits) {
						t.Fatalf("doc %d (%s) %s: phone %q not in a fictional range", i, d.Schema, p, m)
					}
				}
			}
		}
	}
	if phones == 0 {
		t.Fatal("no phone numbers checked")
	}
}

// TestDecoysPresent checks the kinds of look-alike this set relies on.
func TestDecoysPresent(t *testing.T) {
	want := map[string]bool{
		"firmware shaped like an IP": false, "software version shaped like an IP": false, "broadcast MAC": false,
		"hash or checksum": false, "version": false, "flag": false, "null under a sensitive key": false,
		"oauth client id": false, "token_type": false, "country or nationality": false, "part number or SKU": false,
		"token count": false, "password min length": false, "room temperature": false,
	}
	hex := regexp.MustCompile(`^"?(?i)[0-9a-f]{16,64}"?$`)
	semver := regexp.MustCompile(`\d+\.\d+`)
	for i, d := range Generate(11, 640) {
		got := decode(t, i, d)
		for p, l := range d.Labels {
			if !l.Decoy {
				continue
			}
			s, _ := got[p].(string)
			lp := strings.ToLower(p)
			switch {
			case len(l.Categories) == 1 && ipv4Re.MatchString(s):
				want["firmware shaped like an IP"] = true
			case ipv4Re.MatchString(s):
				want["software version shaped like an IP"] = true
			case s == "ff:ff:ff:ff:ff:ff":
				want["broadcast MAC"] = true
			case strings.Contains(lp, "client_id") || strings.HasSuffix(lp, "/clientid"):
				want["oauth client id"] = true
			case hex.MatchString(s):
				want["hash or checksum"] = true
			case strings.EqualFold(s, "bearer") || s == "BearerToken":
				want["token_type"] = true
			case strings.HasSuffix(lp, "country") || strings.HasSuffix(lp, "/fonua") || strings.Contains(lp, "nationality"):
				want["country or nationality"] = true
			case strings.Contains(lp, "part_number") || strings.Contains(lp, "sku") || strings.Contains(lp, "partnumber"):
				want["part number or SKU"] = true
			case semver.MatchString(s):
				want["version"] = true
			}
			if _, ok := got[p].(bool); ok {
				want["flag"] = true
			}
			if got[p] == nil {
				want["null under a sensitive key"] = true
			}
			if strings.Contains(lp, "total_tokens") {
				want["token count"] = true
			}
			if strings.Contains(lp, "hurefu_hushoma") || strings.Contains(lp, "minimum_gitas") {
				want["password min length"] = true
			}
			if strings.Contains(lp, "temproom") || strings.Contains(lp, "inip_kissassusia") || strings.HasSuffix(lp, "/temperature") {
				want["room temperature"] = true
			}
		}
	}
	for k, ok := range want {
		if !ok {
			t.Errorf("no decoy of kind %q", k)
		}
	}
}

// TestStats logs the label counts (go test -v -run Stats).
func TestStats(t *testing.T) {
	tl := count(Generate(1, 640))
	t.Logf("leaves %d; non-sensitive %d (%.1f%%), of which decoys %d (%.1f%%); multi-category %d; free text without category %d",
		tl.total, tl.none, 100*float64(tl.none)/float64(tl.total), tl.decoy, 100*float64(tl.decoy)/float64(tl.total), tl.multi, tl.freeNone)
	var keys []string
	for k := range tl.cat {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		t.Logf("category %-18s %6d (%.1f%%)", k, tl.cat[k], 100*float64(tl.cat[k])/float64(tl.total))
	}
	keys = keys[:0]
	for k := range tl.anyOf {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		t.Logf("any-of %-32s %6d (%.1f%%)", k, tl.anyOf[k], 100*float64(tl.anyOf[k])/float64(tl.total))
	}
	keys = keys[:0]
	for k := range tl.hard {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		t.Logf("hard %-12s %6d (%.1f%%)", k, tl.hard[k], 100*float64(tl.hard[k])/float64(tl.total))
	}
	if testing.Verbose() {
		per := map[string]*tally{}
		for _, d := range Generate(1, 320) {
			c := count([]corpus.Doc{d})
			if per[d.Schema] == nil {
				per[d.Schema] = &tally{cat: map[string]int{}}
			}
			x := per[d.Schema]
			x.total += c.total
			x.none += c.none
			x.decoy += c.decoy
			for k, v := range c.cat {
				x.cat[k] += v
			}
		}
		for _, s := range Schemas() {
			x := per[s]
			t.Logf("%-28s leaves/doc %4d none %.2f decoy %.3f cats %v", s, x.total/20, float64(x.none)/float64(x.total), float64(x.decoy)/float64(x.total), x.cat)
		}
	}
}

var (
	macRe     = regexp.MustCompile(`(?i)\b[0-9a-f]{2}([:\- ])[0-9a-f]{2}(?:[:\- ][0-9a-f]{2}){4}\b`)
	emailOnly = regexp.MustCompile(`^[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}$`)
	secretPfx = []string{"$2a$06$", "$5$rounds=", "postgresql://", "Basic ", "Bearer ", "Token ", "tpuf_"}
	bareMAC   = regexp.MustCompile(`^[0-9A-F]{12}$`)
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
			if strings.Contains(s, "%!") || strings.Contains(s, "<nil>") || strings.Contains(s, "map[") || strings.Contains(s, "&{") || strings.ContainsRune(s, '\uFFFD') {
				t.Fatalf("doc %d (%s) %s: formatting slip in %q", i, d.Schema, p, s)
			}
			if (len(l.Categories) > 0 || len(l.AnyOf) > 0) && strings.TrimSpace(s) == "" {
				t.Fatalf("doc %d (%s) %s: empty sensitive string", i, d.Schema, p)
			}
		}
		if len(l.AnyOf) == 2 && l.AnyOf[0] == corpus.NetworkLayout {
			if !isStr || !(macRe.MatchString(s) || bareMAC.MatchString(s)) {
				t.Fatalf("doc %d (%s) %s: MAC label on %v", i, d.Schema, p, v)
			}
		}
		// an e-mail is contact
		if isStr && emailOnly.MatchString(s) && !l.Decoy {
			if len(l.Categories) != 1 || l.Categories[0] != corpus.Contact {
				t.Fatalf("doc %d (%s) %s: e-mail %q labelled %+v", i, d.Schema, p, s, l)
			}
		}
		if isStr && l.Hard != corpus.HardFreeText && macRe.MatchString(s) && len(l.AnyOf) == 0 &&
			!hasAny(l.Categories, corpus.NetworkLayout, corpus.DeviceInventory) && !l.Decoy {
			t.Fatalf("doc %d (%s) %s: MAC in %q without a MAC label", i, d.Schema, p, s)
		}
		if isStr {
			for _, pf := range secretPfx {
				if strings.HasPrefix(s, pf) && !hasAny(l.Categories, corpus.Credential) {
					t.Fatalf("doc %d (%s) %s: secret %q not credential", i, d.Schema, p, s)
				}
			}
			if strings.HasPrefix(s, "eyJ") && strings.Count(s, ".") == 2 && !hasAny(l.Categories, corpus.Credential) {
				t.Fatalf("doc %d (%s) %s: JWT not credential", i, d.Schema, p)
			}
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

// keysOf collects the object keys of a decoded document.
func keysOf(v any, out map[string]bool) {
	switch t := v.(type) {
	case map[string]any:
		for k, e := range t {
			out[k] = true
			keysOf(e, out)
		}
	case []any:
		for _, e := range t {
			keysOf(e, out)
		}
	}
}

// TestLanguageKeys checks that the five language documents really have
// keys in their language (and script), and the opaque ones opaque keys.
func TestLanguageKeys(t *testing.T) {
	inScript := func(lo, hi rune) func(string) bool {
		return func(k string) bool {
			for _, c := range k {
				if c >= lo && c <= hi {
					return true
				}
			}
			return false
		}
	}
	word := func(w string) func(string) bool { return func(k string) bool { return k == w } }
	want := map[string]func(string) bool{
		"whaleswim-neon-to":             word("hingoa_fakafāmili"),
		"outreach-tigergraph-sn":        word("zita_remhuri"),
		"elderline-quickwit-mr":         inScript(0x0900, 0x097F),
		"settlement-victoriametrics-kl": word("napparsimasoq"),
		"bhs-turbopuffer-ceb":           word("adlaw_natawhan"),
		"cardio-gdt-records":            word("f"),
		"ward-pocsag-decodes":           word("m"),
		"carehome-ndef-tags":            word("0x1027"),
	}
	tlv := regexp.MustCompile(`^0x[0-9A-F]{4}$`)
	found := map[string]bool{}
	for i, d := range Generate(12, 96) {
		var v any
		if err := json.Unmarshal(d.JSON, &v); err != nil {
			t.Fatal(err)
		}
		keys := map[string]bool{}
		keysOf(v, keys)
		if d.Schema == "meds-msgpack-cache" {
			// MessagePack-CSharp with integer keys: arrays all the way down
			if len(keys) > 0 {
				t.Errorf("doc %d (%s): keys %v", i, d.Schema, keys)
			}
			continue
		}
		f, ok := want[d.Schema]
		if !ok {
			continue
		}
		decode(t, i, d)
		for k := range keys {
			if f(k) {
				found[d.Schema] = true
			}
		}
		// the opaque dumps have no key longer than four characters, but
		// for WSC TLV types
		if strings.HasSuffix(d.Schema, "-records") || strings.HasSuffix(d.Schema, "-decodes") || strings.HasSuffix(d.Schema, "-tags") {
			for k := range keys {
				if len(k) > 4 && !tlv.MatchString(k) {
					t.Errorf("doc %d (%s): telling key %q", i, d.Schema, k)
				}
			}
		}
	}
	for s := range want {
		if !found[s] {
			t.Errorf("schema %s: no key of the expected kind", s)
		}
	}
}

// TestNeonFields checks that each Neon answer's fields name exactly the
// columns of its rows, in order.
func TestNeonFields(t *testing.T) {
	seen := 0
	for _, d := range Generate(7, 160) {
		if d.Schema != "whaleswim-neon-to" {
			continue
		}
		var v struct {
			Calls []struct {
				Response struct {
					RowCount int               `json:"rowCount"`
					Rows     []json.RawMessage `json:"rows"`
					Fields   []struct {
						Name string `json:"name"`
					} `json:"fields"`
				} `json:"response"`
			} `json:"calls"`
		}
		if err := json.Unmarshal(d.JSON, &v); err != nil {
			t.Fatal(err)
		}
		for _, c := range v.Calls {
			if c.Response.RowCount != len(c.Response.Rows) {
				t.Fatalf("rowCount %d, %d rows", c.Response.RowCount, len(c.Response.Rows))
			}
			for _, row := range c.Response.Rows {
				dec := json.NewDecoder(bytes.NewReader(row))
				dec.Token()
				var cols []string
				for dec.More() {
					k, _ := dec.Token()
					cols = append(cols, k.(string))
					var skip json.RawMessage
					dec.Decode(&skip)
				}
				if len(cols) != len(c.Response.Fields) {
					t.Fatalf("%d columns, %d fields", len(cols), len(c.Response.Fields))
				}
				for j, f := range c.Response.Fields {
					if cols[j] != f.Name {
						t.Fatalf("column %d is %q, field says %q", j, cols[j], f.Name)
					}
				}
				seen++
			}
		}
	}
	if seen == 0 {
		t.Fatal("no Neon rows seen")
	}
}

// TestFamilyCounts checks that n documents spread evenly over the
// families (n=1000 gives 62 or 63 of each).
func TestFamilyCounts(t *testing.T) {
	per := map[string]int{}
	for _, d := range Generate(1, 1000) {
		per[d.Schema]++
	}
	if len(per) != len(Schemas()) {
		t.Fatalf("%d families present, want %d", len(per), len(Schemas()))
	}
	for s, n := range per {
		if n < 1000/len(Schemas()) || n > 1000/len(Schemas())+1 {
			t.Errorf("family %s: %d documents", s, n)
		}
	}
}
