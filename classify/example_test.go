package classify_test

import (
	"context"
	"fmt"
	"os"
	"strings"

	"github.com/leakscope/leakscope/classify"
)

func ExampleClassifier_Stream() {
	c, err := classify.New(nil, classify.Options{})
	if err != nil {
		panic(err)
	}
	dump := `{"wifi":{"ssid":"HomeNet-5G","gateway":"192.168.1.1"}}
{"broken":
{"tkn":"Atza|IwEBIExampleAccessToken0123456789abcdef"}
`
	for res, err := range c.Stream(context.Background(), strings.NewReader(dump)) {
		if err != nil {
			panic(err)
		}
		if res.Err != nil {
			fmt.Printf("line %d: %v\n", res.Line, res.Err)
			continue
		}
		for _, f := range res.Findings {
			fmt.Printf("line %d: %s %s (%s)\n", res.Line, f.Path, f.Category, f.Type)
		}
	}
	// Output:
	// line 1: /wifi/ssid network-layout (ssid)
	// line 1: /wifi/gateway network-layout (ip-address)
	// line 2: invalid JSON at byte 10: unexpected end of input
	// line 3: /tkn credential (oauth-token)
}

func ExampleClassifier_WriteNDJSON() {
	c, err := classify.New(nil, classify.Options{})
	if err != nil {
		panic(err)
	}
	in := strings.NewReader(`{"_source":{"user_email":"ana@example.org","height_cm":181,"height_px":480}}` + "\n")
	if _, err := c.WriteNDJSON(context.Background(), in, os.Stdout, classify.NDJSONOptions{}); err != nil {
		panic(err)
	}
	// Output:
	// {"doc":0,"line":1,"findings":[{"path":"/_source/user_email","category":"contact","type":"email","rule":"contact.email","confidence":0.98},{"path":"/_source/height_cm","category":"health","type":"body-metric","rule":"health.body-size","confidence":0.92}]}
}
