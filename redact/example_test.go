package redact_test

import (
	"context"
	"fmt"
	"os"
	"strings"

	"github.com/leakscope/leakscope/classify"
	"github.com/leakscope/leakscope/redact"
	"github.com/leakscope/leakscope/rules"
)

func ExampleRedactor_AppendDocument() {
	c, err := classify.New(nil, classify.Options{})
	if err != nil {
		panic(err)
	}
	p := redact.DefaultPolicy() // mask every category
	p.Set(redact.Drop, rules.Credential)
	p.Set(redact.Keep, rules.DeviceInventory)
	r, err := redact.New(c, p, nil)
	if err != nil {
		panic(err)
	}
	doc := `{"email": "ana@example.org", "password": "hunter22!", "wifi": {"ssid": "HomeNet-5G", "gateway": "192.168.1.1"}, "camera": {"model": "WYZEC2"}, "height_cm": 181}`
	out, st, err := r.AppendDocument(nil, []byte(doc))
	if err != nil {
		panic(err)
	}
	fmt.Println(string(out))
	fmt.Printf("%d masked, %d dropped, %d kept\n", st.Masked, st.Dropped, st.Kept)
	// Output:
	// {"email": "****@example.org", "wifi": {"ssid": "****", "gateway": "192.168.0.0"}, "camera": {"model": "WYZEC2"}, "height_cm": 100}
	// 4 masked, 1 dropped, 1 kept
}

func ExampleRedactor_WriteNDJSON() {
	c, err := classify.New(nil, classify.Options{})
	if err != nil {
		panic(err)
	}
	p := redact.DefaultPolicy()
	p.Set(redact.Hash, rules.Contact) // pseudonyms: equal values stay equal
	// A fixed key for the example; a real one comes from a file or the
	// environment, never from the code.
	r, err := redact.New(c, p, []byte("example key, not for real use!!"))
	if err != nil {
		panic(err)
	}
	in := strings.NewReader(`{"user":"ana@example.org","msg":"write to ana@example.org or call +1 415 555 0100 soon"}
{"user":"ana@example.org","msg":
{"user":"bob@example.com","gateway":"10.0.0.1"}
`)
	st, err := r.WriteNDJSON(context.Background(), in, os.Stdout, redact.StreamOptions{
		OnQuarantine: func(b redact.Bad) { fmt.Printf("line %d quarantined: %v\n", b.Line, b.Err) },
	})
	if err != nil {
		panic(err)
	}
	fmt.Printf("%d documents: %d written, %d quarantined\n", st.Documents, st.Written, st.Quarantined)
	// Output:
	// {"user":"h:bd0349844b27c2ebff22","msg":"write to h:bd0349844b27c2ebff22 or call h:e5ecf2c739d5c9d29d01 soon"}
	// {"user":"h:b56bbe867a7ead072ea5","gateway":"10.0.0.0"}
	// line 2 quarantined: invalid JSON at byte 32: unexpected end of input
	// 3 documents: 2 written, 1 quarantined
}
