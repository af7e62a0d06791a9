package classify_test

import (
	"context"
	"fmt"
	"strings"

	"github.com/leakscope/leakscope/classify"
	"github.com/leakscope/leakscope/rules"
)

func ExampleClassifier_Report() {
	c, err := classify.New(nil, classify.Options{})
	if err != nil {
		panic(err)
	}
	dump := `{"_source":{"email":"ana@example.org","cameras":[{"nickname":"Betty's Room","ssid":"HomeNet-5G"}]}}
{"_source":{"email":"bo@example.org","cameras":[{"nickname":"Garage"},{"nickname":"Porch"}]}}
{"_source":{"email":"ana@example.org"}}
`
	rep, err := c.Report(context.Background(), strings.NewReader(dump), classify.ReportOptions{})
	if err != nil {
		panic(err)
	}
	for _, cs := range rep.Categories() {
		if cs.Values > 0 {
			fmt.Printf("%s: %d documents, %d values, %d distinct\n", cs.Category, cs.Documents, cs.Values, cs.Distinct)
		}
	}
	for _, ps := range rep.Paths() {
		fmt.Printf("%s: %d values, e.g. %s\n", ps.Path, ps.Values, ps.Sample)
	}
	// Output:
	// contact: 3 documents, 3 values, 2 distinct
	// network-layout: 1 documents, 1 values, 1 distinct
	// device-inventory: 2 documents, 3 values, 3 distinct
	// /_source/cameras/*/nickname: 3 values, e.g. G*****
	// /_source/cameras/*/ssid: 1 values, e.g. H******-**
	// /_source/email: 3 values, e.g. **@e******.org
}

// Reports of parts of a dump, made apart (by workers, by machines),
// merge into the report of the whole.
func ExampleReport_Merge() {
	c, err := classify.New(nil, classify.Options{})
	if err != nil {
		panic(err)
	}
	parts := []string{
		`{"email":"ana@example.org"}` + "\n" + `{"email":"bo@example.org"}` + "\n",
		`{"email":"ana@example.org"}` + "\n",
	}
	total := classify.NewReport(classify.ReportOptions{})
	for _, p := range parts {
		rep, err := c.Report(context.Background(), strings.NewReader(p), classify.ReportOptions{})
		if err != nil {
			panic(err)
		}
		if err := total.Merge(rep); err != nil {
			panic(err)
		}
	}
	contact := total.Categories()[rules.Contact]
	fmt.Printf("%d documents, %d e-mails, %d distinct\n", total.Documents, contact.Values, contact.Distinct)
	// Output:
	// 3 documents, 3 e-mails, 2 distinct
}

func ExampleMask() {
	fmt.Println(classify.Mask("ana@example.org", rules.Contact))
	fmt.Println(classify.Mask("192.168.1.23", rules.NetworkLayout))
	fmt.Println(classify.Mask("AKIAIOSFODNN7EXAMPLE", rules.Credential))
	// Output:
	// a**@e******.org
	// 192.168.*.*
	// AKIA****************
}
