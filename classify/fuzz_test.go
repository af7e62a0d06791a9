package classify_test

import (
	"bytes"
	"context"
	"testing"

	"github.com/klauspost/compress/gzip"
	"github.com/stretchr/testify/require"

	"github.com/leakscope/leakscope/classify"
	"github.com/leakscope/leakscope/corpus"
)

func fuzzSeeds(f *testing.F) {
	for _, s := range []string{
		good1, good2, `[1,2,{"a":"b"}]`, `{"a":{"b":[{"c":"d@e.org"}]}}`, `{"v":"{\"password\":\"x1234567\"}"}`,
		`{"kv":[["ssid","HomeNet"],["weight","70"]]}`, `{"type":"bone_mass","value":"3.1"}`,
		`{"items":[{"c001":"SMTP_PASSWORD","c002":"x"},{"c001":"A_","c002":{"c003":"DB_HOST"}}]}`,
		`{"d":[{"6":{"value":"Lucian"},"7":{"value":"Fairweather"},"8":{}},{"1":{"value":"Ana","x":1},"2":"Li"}]}`,
		`{"m":"+447700900797","r":[["447700900797",447700900797,"+447700900797"]]}`,
		`{"a":"\u00e9\ud83d\ude00"}`, "{\"a\":\"\xff\xfe\"}", `{"a":1e400}`, `{"a":-0.0}`, `{`, `"`, `[[[[`, `{"a":tru}`,
		`{"$date":{"$numberLong":"1577354400000"}}`, `{"notes":"call me on +1 415 555 0100 or ana@example.org"}`,
		`{"$archiver":"NSKeyedArchiver","$objects":["$null",{"NS.keys":[{"CF$UID":2}],"NS.objects":[{"CF$UID":3}]},"heightCm",172,{"NS.objects":[{"CF$UID":99}]}]}`,
		`{"macros":[{"macro":"{$WIFI.PSK}","value":"x"},{"macro":"{$","value":"y"}]}`,
		`{"s":{"0000180a-0000-1000-8000-00805f9b34fb":{"0x2A25":{"value":"SN1"}}},"hosts":{"nas-01.lan":{"v":[{"tg":"1","mp":"x"}]}},"nam":{"fnt":"A"},"d":{"x":"~1.2.3"}}`,
		`{"obs":[{"concept":{"display":"Weight (kg)"},"value":89.7,"display":"Weight (kg): 89.7"}],"p":[{"fitValue":[{"value":{"fpVal":1}}],"dataTypeName":"com.google.weight"}]}`,
		`{"out":" {'a': 'b', 'weight': 1.5, 'c': '","x":"API_KEY = \"k\"","y":"49076L - Ana Souza","z":"4.19.18","g":{"city":"X","postalCode":null,"country":"Y"}}`,
		`{"t":{"cols":[{"id":"A","label":"Wt kg","type":"number"}],"rows":[{"c":[{"v":"Client"},{"v":"Phone"},{"v":"Key safe"}]},{"c":[null,null,null]},{"c":[{"v":"Kit"},null,{"v":"Serial"},{"v":"Holder"}]},{"c":[{"v":1},{"f":"x"}]},{"c":"x"},{}]},"ItemGroupData":[{"ItemData":[{"@ItemOID":"I_VS_WEIGHT","@Value":"57"}]}],"r":["L","x"],"f":{"first":"Ana","last":"Ruiz"},"s":"Kind regards,<br>Ana<br"}`,
		`{"c":[{"name":"Ana’s iPhone"},{"name":"iPad de "},{"name":"'s "}],"devices":[{"attributes":{"SERVER_SCOPE":[{"key":"lastActivityTime","value":1}]}}],"v":{"blood_pressure":{"name":"Blood pressure"}},"FIELDTEXT":"Diagnosis","@type":"HKClinicalTypeIdentifierX","n":{"0/40/15":"SN","f":"Иванова Анна Сергеевна"}}`,
		`{"fields":[{"title":"username","value":{"string":"ojessop"}},{"title":"pin","value":{"concealed":""}},{"title":"x","value":{}},{"value":{"a":{"b":1}}}],"/apps/api/466/devices/all":[{"label":"Porch","room":"x"}],"/p/?q=1/2":{"id":"1","value":"v"}}`,
		`{"ടാബ്‌ലെറ്റ്":{"അവസാനം_കണ്ടത്":"2024-05-09T03:07:05Z"},"‌":"‍","notes":"Wi-Fi Home key Bluebell_53061, 0803 000 0601; Key safe code is 3512. Ana. Bo went","h":{"certificate_no":"USF-CO-03579","pro":"Dr. Ana Vidal"},"attributes":[{"name":"fatRatio","currentValue":"1"},{"name":"Medical Restriction","stringValues":["x"]}]}`,
		`{"cap":["sniff","8.0.28",["172.28.25.25:60111",[1,"x"]],1711084219000,null,true],"r":[[645,"Lucius",["Epilepsy","Type 2 diabetes"]],["a",{"b":[]}],[1,[2,[3,"x"]]]],"t":"**REDACTED**","u":"[FILTERED","w":"<<>>","n":"Session - Delphine C. (ADHD)"}`,
		`{"entries":[{"value":{"མིང་":"ཚེ་རིང་ དོན་གྲུབ་","་":"་"}}],"t":"قان بېسىمى 144/95، 95/144 /120/80 (163/","a":"Sümer Mah. 89. Sk. No: 34 D: 14","r":{"test_ya_malaria":{"raw":"négatif","snippet":"<em>Merveille</em>"},"nimero_ya_esaleli":{"raw":"U7GS2ZCVL8"}},"s":[{"type":"pumpSettings","rate":0.6}],"i":"351460466926770"}`,
	} {
		f.Add([]byte(s))
	}
	for _, d := range corpus.Generate(5, 40) {
		f.Add(d.JSON)
	}
}

// FuzzAppendFindings: any input is classified or refused with an error,
// never a panic, and an error never quotes the input.
func FuzzAppendFindings(f *testing.F) {
	fuzzSeeds(f)
	c, err := classify.New(nil, classify.Options{MaxDepth: 64})
	require.NoError(f, err)
	f.Fuzz(func(t *testing.T, doc []byte) {
		fs, err := c.AppendFindings(nil, doc)
		if err != nil {
			msg := err.Error()
			if len(doc) >= 8 && bytes.Contains([]byte(msg), doc) {
				t.Fatalf("error quotes the input: %q", msg)
			}
			return
		}
		for _, f := range fs {
			// "" is the root: a document that is a bare string.
			if f.Path != "" && f.Path[0] != '/' {
				t.Fatalf("bad path %q", f.Path)
			}
		}
	})
}

// FuzzStreamEqualsAlone: a document classified alone gets the findings it
// gets inside a stream, between two others, plain or gzip.
func FuzzStreamEqualsAlone(f *testing.F) {
	fuzzSeeds(f)
	c, err := classify.New(nil, classify.Options{MaxDepth: 64})
	require.NoError(f, err)
	f.Fuzz(func(t *testing.T, doc []byte) {
		if bytes.ContainsAny(doc, "\n\r") || len(bytes.TrimSpace(doc)) == 0 {
			return // one line, one document
		}
		alone, aloneErr := c.AppendFindings(nil, doc)
		in := []byte(good1 + "\n" + string(doc) + "\n" + good2 + "\n")
		var gz bytes.Buffer
		zw := gzip.NewWriter(&gz)
		zw.Write(in)
		zw.Close()
		for _, input := range [][]byte{in, gz.Bytes()} {
			var got []classify.Result
			for res, err := range c.Stream(context.Background(), bytes.NewReader(input)) {
				require.NoError(t, err)
				got = append(got, res)
			}
			if len(got) < 3 {
				// A line that holds several values is framed as several
				// documents only when it starts the stream; here it is one.
				t.Fatalf("got %d results for 3 lines", len(got))
			}
			mid := got[1]
			if (aloneErr != nil) != (mid.Err != nil) {
				t.Fatalf("alone error %v, in stream %v", aloneErr, mid.Err)
			}
			if aloneErr == nil && len(alone) != len(mid.Findings) {
				t.Fatalf("alone %v, in stream %v", alone, mid.Findings)
			}
			if len(got[2].Findings) == 0 {
				t.Fatalf("the next document lost its findings")
			}
		}
	})
}
