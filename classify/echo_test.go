package classify_test

import (
	"testing"

	"github.com/leakscope/leakscope/classify"
)

// A secret its key named is known again where the same value stands under
// a key that says nothing, and so are a phone's digits; short values,
// numbers and values met before the secret are not.
func TestSecretEcho(t *testing.T) {
	c := newClassifier(t, classify.Options{})
	tests := []struct {
		name, doc string
		want      map[string]string
	}{
		{"a session sent with every call", `{"calls":[{"result":{"session_token":"4f1c9a27b8e05d3c6a91f0e2b7d48c15"}},{"params":["4f1c9a27b8e05d3c6a91f0e2b7d48c15","system","board"]},{"params":["4f1c9a27b8e05d3c6a91f0e2b7d48c15","uci","get"]}]}`,
			map[string]string{"/calls/1/params/0": "credential", "/calls/2/params/0": "credential", "/calls/1/params/1": ""}},
		{"a generated password's result", `{"password":"Qm7vXr2LpT9sWk4ZbN8cYd3H","outputs":{"result":"Qm7vXr2LpT9sWk4ZbN8cYd3H","other":"Qm7vXr2LpT9sWk4ZbN8cYd3X"}}`,
			map[string]string{"/outputs/result": "credential", "/outputs/other": ""}},
		{"too short to be sure", `{"password":"sunflowerfield","echo":"sunflowerfield"}`,
			map[string]string{"/echo": ""}},
		{"a phone's digits in a call row", `{"subscriber":{"msisdn":"+447700900797"},"rows":[[1710534704000,"447700900797","social"],[1710534704001,447700900797,"447700900798"]]}`,
			map[string]string{"/rows/0/1": "contact", "/rows/1/1": "contact", "/rows/1/2": "", "/rows/0/0": ""}},
		{"no extension or short code", `{"phone":"+1 415-555-0100 ext. 12","other":"14155550100","short":{"phone":"112"},"n":"112"}`,
			map[string]string{"/other": "", "/n": ""}},
		{"met before the secret", `{"params":["4f1c9a27b8e05d3c6a91f0e2b7d48c15"],"session_token":"4f1c9a27b8e05d3c6a91f0e2b7d48c15"}`,
			map[string]string{"/params/0": "", "/session_token": "credential"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { assertCategories(t, c, tt.doc, tt.want) })
	}
	// A secret of one document is no secret of the next.
	_, err := c.AppendFindings(nil, []byte(tests[0].doc))
	if err != nil {
		t.Fatal(err)
	}
	assertCategories(t, c, `{"params":["4f1c9a27b8e05d3c6a91f0e2b7d48c15"]}`, map[string]string{"/params/0": ""})
}
