package rules_test

import (
	"fmt"

	"github.com/leakscope/leakscope/rules"
)

func ExampleCompile() {
	f, err := rules.Parse("acme.yaml", []byte(`
rules:
  - id: acme.badge
    category: contact
    type: badge-id
    keys: [badge, badge id]
    value: '^EMP-\d{6}$'
    confidence: 0.95
`))
	if err != nil {
		panic(err)
	}
	set, err := rules.Compile(rules.CompileOptions{}, f)
	if err != nil {
		panic(err)
	}
	r := set.Rule("acme.badge")
	v := []byte("EMP-004211")
	ok, _ := r.MatchValue(v, rules.ShapeOf(v), set.Dictionaries())
	fmt.Println(r.Cat, r.Type, ok)
	// Output: contact badge-id true
}

func ExampleParse_errors() {
	_, err := rules.Parse("bad.yaml", []byte(`
rules:
  - id: acme.badge
    category: secrets
    type: badge-id
    kyes: [badge]
    confidence: 0.95
`))
	fmt.Println(err)
	// Output:
	// bad.yaml:3: rule acme.badge: unknown category "secrets" (want one of credential, contact, network-layout, device-inventory, health)
	// bad.yaml:6: rule acme.badge: unknown field "kyes"
}

func ExampleSplitKey() {
	fmt.Println(rules.SplitKey(nil, "fwVer"), rules.SplitKey(nil, "WiFi-Name"), rules.SplitKey(nil, "SSIDName"))
	// Output: [fw ver] [wi fi name] [ssid name]
}
