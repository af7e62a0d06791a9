package redact_test

import (
	"bytes"
	"encoding/json"
	"strconv"
	"testing"

	"github.com/leakscope/leakscope/classify"
	"github.com/leakscope/leakscope/redact"
	"github.com/leakscope/leakscope/rules"
)

var fuzzSeeds = []string{
	`{ "id" : 7,  "email":"ana@example.org" , "verified": true }`,
	"{\n  \"plan\": \"pro\",\n  \"email\": \"ana@example.org\"\n}",
	`{"wifi":{"gateway":"192.168.1.1","subnet":"10.20.0.0/16","ipv6":"2a01:4f8::1","bssid":"A4-DA-22-1C-9E-01"}}`,
	`{"height_cm":181,"weight_kg":72.4,"is_pregnant":true,"pin":4821}`,
	`{"notes":"please reply to ana@example.org or call +1 415 555 0100, my password is hunter22"}`,
	`{"payload":"{\"email\":\"bob@example.com\",\"x\":[\"{\\\"ssid\\\":\\\"HomeNet\\\"}\"]}"}`,
	`{"email":"ana\u0040example.org","k\"ey":"ana@example.org","list":["ana@example.org",1,null]}`,
	`["ana@example.org",{"phone":"+1 415 555 0100"},[["name","email"],["Ana García","ana@example.org"]]]`,
	`"ana@example.org"`,
	`{"customer":{"first_name":"Ingrid","email":"ingrid@example.org"},"msg":"Thanks, Ingrid"}`,
	`{"a":{"password":"x"},"password":"y","b":[{"password":"z"}]}`,
	`{"email":"ana@example.org"`,
	"{\"bad\":\"\xff\xfe\",\"email\":\"ana@example.org\"}",
}

// FuzzAppendDocument feeds any bytes to every action: never a panic; a
// document read whole gives valid JSON out when it was valid JSON in, with
// the same leaves unless members were dropped; a document not read whole
// appends nothing.
func FuzzAppendDocument(f *testing.F) {
	for _, s := range fuzzSeeds {
		for a := range 4 {
			f.Add([]byte(s), uint8(a))
		}
	}
	c, err := classify.New(nil, classify.Options{MaxDepth: 64})
	if err != nil {
		f.Fatal(err)
	}
	var rs [4]*redact.Redactor
	for a := range rs {
		p := redact.DefaultPolicy()
		p.Set(redact.Action(a), rules.Credential, rules.Contact, rules.NetworkLayout, rules.DeviceInventory, rules.Health)
		if rs[a], err = redact.New(c, p, testKey); err != nil {
			f.Fatal(err)
		}
	}
	f.Fuzz(func(t *testing.T, doc []byte, action uint8) {
		r := rs[action%4]
		out, _, err := r.AppendDocument([]byte("x"), doc)
		if err != nil {
			if !bytes.Equal(out, []byte("x")) {
				t.Fatalf("an error appended %q", out)
			}
			return
		}
		out = out[1:]
		if !json.Valid(doc) {
			return
		}
		if !json.Valid(out) {
			t.Fatalf("valid JSON in, invalid out:\n in: %s\nout: %s", doc, out)
		}
		if redact.Action(action%4) == redact.Drop {
			return
		}
		in, got := leafPaths(doc), leafPaths(out)
		if len(in) != len(got) {
			t.Fatalf("leaves changed:\n in: %s\nout: %s", doc, out)
		}
		for p := range in {
			if !got[p] {
				t.Fatalf("leaf %s lost:\n in: %s\nout: %s", p, doc, out)
			}
		}
	})
}

// leafPaths returns the paths of the leaves of a valid JSON document, or
// nil when encoding/json reads it otherwise (duplicate keys).
func leafPaths(doc []byte) map[string]bool {
	var v any
	if json.Unmarshal(doc, &v) != nil {
		return nil
	}
	out := map[string]bool{}
	var walk func(p string, v any)
	walk = func(p string, v any) {
		switch x := v.(type) {
		case map[string]any:
			for k, c := range x {
				walk(p+"/"+k, c)
			}
		case []any:
			for i, c := range x {
				walk(p+"/"+strconv.Itoa(i), c)
			}
		default:
			out[p] = true
		}
	}
	walk("", v)
	return out
}

// FuzzRedactValue puts any string under fields the classifier judges
// (free text, e-mails, addresses, JSON in a string), escaped as JSON
// would have it, so that the fuzzer works on values rather than on JSON
// syntax: the output must be valid JSON with the same leaves.
func FuzzRedactValue(f *testing.F) {
	for _, s := range []string{"ana@example.org", "call +1 415 555 0100 or ana@example.org today", "192.168.1.1", "a4:da:22:1c:9e:01",
		`{"email":"ana@example.org"}`, "Thanks,\nIngrid", "tab\there \"quoted\" \\ back", "\xff\xfe bad", "my password is hunter22"} {
		f.Add(s, uint8(0), uint8(0))
	}
	keys := []string{"notes", "email", "gateway", "payload", "name", "password", "x"}
	c, err := classify.New(nil, classify.Options{})
	if err != nil {
		f.Fatal(err)
	}
	var rs [4]*redact.Redactor
	for a := range rs {
		p := redact.DefaultPolicy()
		p.Set(redact.Action(a), rules.Credential, rules.Contact, rules.NetworkLayout, rules.DeviceInventory, rules.Health)
		if rs[a], err = redact.New(c, p, testKey); err != nil {
			f.Fatal(err)
		}
	}
	f.Fuzz(func(t *testing.T, v string, key, action uint8) {
		val, _ := json.Marshal(v)
		doc := []byte(`{"` + keys[int(key)%len(keys)] + `":` + string(val) + `,"list":[` + string(val) + `,1],"n":1}`)
		a := redact.Action(action % 4)
		out, _, err := rs[a].AppendDocument(nil, doc)
		if err != nil {
			t.Fatalf("%s: %v", doc, err)
		}
		if !json.Valid(out) {
			t.Fatalf("invalid JSON out:\n in: %s\nout: %s", doc, out)
		}
		if a == redact.Drop {
			return
		}
		in, got := leafPaths(doc), leafPaths(out)
		if len(in) != len(got) {
			t.Fatalf("leaves changed:\n in: %s\nout: %s", doc, out)
		}
	})
}
