package redact_test

import (
	"encoding/json"
	"errors"
	"fmt"
	"regexp"
	"runtime"
	"strings"
	"sync"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/leakscope/leakscope/classify"
	"github.com/leakscope/leakscope/redact"
	"github.com/leakscope/leakscope/rules"
)

var testKey = []byte("a test key, not a secret: 0123456789")

func newRedactor(t testing.TB, p *redact.Policy, key []byte) *redact.Redactor {
	t.Helper()
	c, err := classify.New(nil, classify.Options{})
	require.NoError(t, err)
	r, err := redact.New(c, p, key)
	require.NoError(t, err)
	return r
}

// policy returns the default policy with the given category actions.
func policy(kv ...any) *redact.Policy {
	p := redact.DefaultPolicy()
	for i := 0; i < len(kv); i += 2 {
		p.Set(kv[i+1].(redact.Action), kv[i].(rules.Category))
	}
	return p
}

var pseudonym = regexp.MustCompile(`^h:[0-9a-f]{20}$`)

// TestAppendDocument checks what each action does to each kind of leaf.
// Every byte the policy does not touch must be kept: the wants are whole
// documents.
func TestAppendDocument(t *testing.T) {
	tests := []struct {
		name   string
		policy *redact.Policy
		in     string
		want   string
	}{
		{
			name: "mask keeps the domain of an e-mail and everything around it",
			in:   `{ "id" : 7,  "email":"ana@example.org" , "verified": true }`,
			want: `{ "id" : 7,  "email":"****@example.org" , "verified": true }`,
		},
		{
			name: "values in native digits are masked whole, and the words around them in text stay",
			in:   `{"user":{"phone":"۰۹۱۲۳۴۵۶۷۸۹"},"notes":"زنگ بزنید ۰۹۱۲۳۴۵۶۷۸۹ یا ali@example.org"}`,
			want: `{"user":{"phone":"****"},"notes":"زنگ بزنید **** یا ****@example.org"}`,
		},
		{
			name: "pretty-printed documents keep their layout",
			in:   "{\n  \"user\": {\n    \"email\": \"ana@example.org\",\n    \"plan\": \"pro\"\n  }\n}",
			want: "{\n  \"user\": {\n    \"email\": \"****@example.org\",\n    \"plan\": \"pro\"\n  }\n}",
		},
		{
			name: "addresses keep their class",
			in:   `{"wifi":{"gateway":"192.168.1.1","public_ip":"81.2.69.160","subnet":"10.20.0.0/16","ipv6":"2a01:4f8:c0c:1234::1"}}`,
			want: `{"wifi":{"gateway":"192.168.0.0","public_ip":"192.0.2.0","subnet":"10.0.0.0/16","ipv6":"2001:db8::"}}`,
		},
		{
			name: "a MAC address keeps its notation, not its vendor",
			in:   `{"router":{"bssid":"A4-DA-22-1C-9E-01"},"device":{"mac":"a4:da:22:1c:9e:01"}}`,
			want: `{"router":{"bssid":"00-00-00-00-00-00"},"device":{"mac":"00:00:00:00:00:00"}}`,
		},
		{
			name: "a measurement becomes its bucket, a flag null",
			in:   `{"height_cm":181,"weight_kg":72.4,"is_pregnant":true}`,
			want: `{"height_cm":100,"weight_kg":70,"is_pregnant":null}`,
		},
		{
			name: "secrets lose their length",
			in:   `{"password":"correct horse battery staple","api_key":"sk_live_4eC39HqLyjWDarjtT1zdp7dc"}`,
			want: `{"password":"****","api_key":"****"}`,
		},
		{
			name: "free text keeps its words",
			in:   `{"notes":"please reply to ana@example.org or call +1 415 555 0100 after lunch"}`,
			want: `{"notes":"please reply to ****@example.org or call **** after lunch"}`,
		},
		{
			name: "health in free text is masked whole",
			in:   `{"notes":"patient reports high blood pressure and takes metformin daily"}`,
			want: `{"notes":"****"}`,
		},
		{
			name: "JSON inside a string is redacted inside",
			in:   `{"payload":"{\"email\":\"bob@example.com\",\"theme\":\"dark\"}","n":1}`,
			want: `{"payload":"{\"email\":\"****@example.com\",\"theme\":\"dark\"}","n":1}`,
		},
		{
			name: "an escaped value is unescaped, masked and escaped again",
			in:   `{"email":"ana\u0040example.org","motto":"tab\there"}`,
			want: `{"email":"****@example.org","motto":"tab\there"}`,
		},
		{
			name:   "keep leaves a category alone",
			policy: policy(rules.NetworkLayout, redact.Keep),
			in:     `{"email":"ana@example.org","gateway":"192.168.1.1"}`,
			want:   `{"email":"****@example.org","gateway":"192.168.1.1"}`,
		},
		{
			name:   "drop cuts out members wherever they are",
			policy: policy(rules.Contact, redact.Drop),
			in:     `{"email":"ana@example.org","plan":"pro","phone":"+1 415 555 0100","tier":2,"first_name":"Ana"}`,
			want:   `{"plan":"pro","tier":2}`,
		},
		{
			name:   "drop of every member leaves an empty object",
			policy: policy(rules.Contact, redact.Drop),
			in:     `{"u":{"email":"ana@example.org", "phone":"+1 415 555 0100"},"n":1}`,
			want:   `{"u":{},"n":1}`,
		},
		{
			name:   "drop keeps the layout of the members left",
			policy: policy(rules.Contact, redact.Drop),
			in:     "{\n  \"plan\": \"pro\",\n  \"email\": \"ana@example.org\"\n}",
			want:   "{\n  \"plan\": \"pro\"\n}",
		},
		{
			name:   "drop in an array leaves null, so that indices stay",
			policy: policy(rules.Contact, redact.Drop),
			in:     `{"shared_with":["ana@example.org","bob@example.com"],"n":2}`,
			want:   `{"shared_with":[null,null],"n":2}`,
		},
		{
			name:   "drop in free text cuts the value out",
			policy: policy(rules.Contact, redact.Drop),
			in:     `{"notes":"please reply to ana@example.org after lunch"}`,
			want:   `{"notes":"please reply to  after lunch"}`,
		},
		{
			name:   "a type rule overrides the category",
			policy: &redact.Policy{Types: []redact.TypeRule{{Type: "ssid", Action: redact.Keep}}},
			in:     `{"wifi":{"ssid":"HomeNet-5G","gateway":"192.168.1.1"}}`,
			want:   `{"wifi":{"ssid":"HomeNet-5G","gateway":"192.168.0.0"}}`,
		},
		{
			name:   "a path rule overrides the type",
			policy: &redact.Policy{Types: []redact.TypeRule{{Type: "email", Action: redact.Drop}}, Paths: []redact.PathRule{{Pattern: "/owner/**", Action: redact.Keep}}},
			in:     `{"owner":{"email":"ana@example.org"},"guest":{"email":"bob@example.com"}}`,
			want:   `{"owner":{"email":"ana@example.org"},"guest":{}}`,
		},
		{
			name: "a removed value is removed where else it is written",
			in:   `{"customer":{"email":"ana.garcia@example.org"},"log":["sent","ana.garcia@example.org"]}`,
			want: `{"customer":{"email":"****@example.org"},"log":["sent","****@example.org"]}`,
		},
		{
			name: "nothing sensitive, nothing changed",
			in:   `{"id":"5f1d7a","count":3,"ok":true,"tags":["a","b"],"x":null}`,
			want: `{"id":"5f1d7a","count":3,"ok":true,"tags":["a","b"],"x":null}`,
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := newRedactor(t, tt.policy, testKey)
			got, _, err := r.AppendDocument([]byte("prefix:"), []byte(tt.in))
			require.NoError(t, err)
			assert.Equal(t, "prefix:"+tt.want, string(got))
			assert.True(t, json.Valid(got[len("prefix:"):]), "valid JSON")
		})
	}
}

// TestHash checks the pseudonyms: their form, the same for the same value
// anywhere, different for other values and under another key.
func TestHash(t *testing.T) {
	p := policy(rules.Contact, redact.Hash, rules.NetworkLayout, redact.Hash)
	a := newRedactor(t, p, testKey)
	a2 := newRedactor(t, p, testKey)
	b := newRedactor(t, p, []byte("another key, quite different 9876"))
	doc1 := `{"email":"ana@example.org","gateway":"192.168.1.1"}`
	doc2 := `{"owner":{"contact_email":"  ana@example.org "},"peers":[{"email":"bob@example.com"}]}`
	get := func(r *redact.Redactor, doc string) map[string]any {
		out, _, err := r.AppendDocument(nil, []byte(doc))
		require.NoError(t, err)
		var m map[string]any
		require.NoError(t, json.Unmarshal(out, &m))
		return m
	}
	m1, m2 := get(a, doc1), get(a, doc2)
	ana := m1["email"].(string)
	assert.Regexp(t, pseudonym, ana)
	assert.Regexp(t, pseudonym, m1["gateway"])
	assert.Equal(t, ana, m2["owner"].(map[string]any)["contact_email"], "same value, other document and field, white space aside")
	bob := m2["peers"].([]any)[0].(map[string]any)["email"]
	assert.NotEqual(t, ana, bob, "another value")
	assert.Equal(t, ana, get(a2, doc1)["email"], "another redactor, same key")
	assert.NotEqual(t, ana, get(b, doc1)["email"], "another key")

	// A number is hashed to a string; a flag is masked, since two values
	// have no pseudonym worth the name.
	out, _, err := newRedactor(t, policy(rules.Health, redact.Hash), testKey).AppendDocument(nil, []byte(`{"height_cm":181,"is_pregnant":false}`))
	require.NoError(t, err)
	assert.Regexp(t, `^\{"height_cm":"h:[0-9a-f]{20}","is_pregnant":null\}$`, string(out))
}

// TestPseudonymsAcrossWorkers hashes the same documents from several
// goroutines at once: every one must get the same answer.
func TestPseudonymsAcrossWorkers(t *testing.T) {
	r := newRedactor(t, policy(rules.Contact, redact.Hash), testKey)
	doc := []byte(`{"email":"ana@example.org","notes":"write to bob@example.com or carla@example.net today"}`)
	want, _, err := r.AppendDocument(nil, doc)
	require.NoError(t, err)
	var wg sync.WaitGroup
	errs := make(chan error, 8)
	for range 8 {
		wg.Go(func() {
			var out []byte
			for range 200 {
				var err error
				out, _, err = r.AppendDocument(out[:0], doc)
				if err != nil || string(out) != string(want) {
					errs <- fmt.Errorf("got %s, %v", out, err)
					return
				}
			}
		})
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Fatal(err)
	}
}

func TestKeyRequired(t *testing.T) {
	c, err := classify.New(nil, classify.Options{})
	require.NoError(t, err)
	p := policy(rules.Contact, redact.Hash)
	_, err = redact.New(c, p, nil)
	assert.ErrorIs(t, err, redact.ErrNoKey)
	_, err = redact.New(c, p, []byte("short"))
	assert.ErrorIs(t, err, redact.ErrShortKey)
	_, err = redact.New(c, nil, nil)
	assert.NoError(t, err, "masking needs no key")
}

// TestBadDocument checks that nothing of a document that cannot be read
// is written, and that the error says where, never what.
func TestBadDocument(t *testing.T) {
	r := newRedactor(t, nil, nil)
	for _, in := range []string{
		`{"email":"ana@example.org"`,
		`{"email":"ana@example.org"} trailing`,
		`{"email":"ana@example.org", nope}`,
		``,
		strings.Repeat("[", 2000) + strings.Repeat("]", 2000),
	} {
		out, st, err := r.AppendDocument([]byte("kept"), []byte(in))
		require.Error(t, err, in)
		assert.Equal(t, "kept", string(out), "nothing appended")
		assert.Zero(t, st)
		assert.NotContains(t, err.Error(), "ana@", "no value in the error")
		var se *classify.SyntaxError
		var le *classify.LimitError
		assert.True(t, errors.As(err, &se) || errors.As(err, &le), "%T", err)
	}
}

func TestStats(t *testing.T) {
	p := policy(rules.Contact, redact.Hash, rules.NetworkLayout, redact.Drop, rules.DeviceInventory, redact.Keep)
	r := newRedactor(t, p, testKey)
	_, st, err := r.AppendDocument(nil, []byte(`{"email":"ana@example.org","gateway":"192.168.1.1","model":"WYZEC2","height_cm":181}`))
	require.NoError(t, err)
	assert.Equal(t, redact.Stats{Findings: 4, Kept: 1, Masked: 1, Hashed: 1, Dropped: 1}, st)
}

// TestIdempotent redacts the redacted: a second pass must change nothing.
func TestIdempotent(t *testing.T) {
	r := newRedactor(t, nil, nil)
	in := `{"email":"ana@example.org","gateway":"192.168.1.1","mac":"a4:da:22:1c:9e:01","notes":"call ana@example.org or +1 415 555 0100 after lunch","height_cm":181,"password":"hunter22!"}`
	once, _, err := r.AppendDocument(nil, []byte(in))
	require.NoError(t, err)
	twice, _, err := r.AppendDocument(nil, once)
	require.NoError(t, err)
	assert.Equal(t, string(once), string(twice))
}

// TestNoDocumentAllocation checks that redacting a document costs no
// allocation of the redactor's own once warm, beyond the classifier's
// (one for the paths of the findings). Free text is left out: Go's
// regexp allocates the bounds of each match a finder finds.
func TestNoDocumentAllocation(t *testing.T) {
	if testing.Short() || runtime.GOARCH == "wasm" {
		t.Skip("allocation counts")
	}
	r := newRedactor(t, policy(rules.Contact, redact.Hash), testKey)
	doc := []byte(`{"email":"ana@example.org","gateway":"192.168.1.1","peer":"ana@example.org","height_cm":181,"mac":"a4:da:22:1c:9e:01"}`)
	keep := newRedactor(t, policy(rules.Contact, redact.Keep, rules.NetworkLayout, redact.Keep, rules.Health, redact.Keep), nil)
	var out []byte
	classifyOnly := testing.AllocsPerRun(100, func() { out, _, _ = keep.AppendDocument(out[:0], doc) })
	all := testing.AllocsPerRun(100, func() { out, _, _ = r.AppendDocument(out[:0], doc) })
	assert.LessOrEqual(t, all, classifyOnly, "redacting allocates nothing beyond classifying")
}
