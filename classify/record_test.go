package classify_test

import (
	"encoding/base64"
	"fmt"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/leakscope/leakscope/classify"
	"github.com/leakscope/leakscope/corpus"
)

// A record says what it is by a marker field or a type field, and its
// fields that say nothing by themselves are read as fields of the kind.
func TestRecords(t *testing.T) {
	c := newClassifier(t, classify.Options{})
	tests := []struct {
		name, doc string
		want      map[string]string // path -> category, "" for none
	}{
		{"lab result row", `{"results":[{"loinc":"2160-0","test":"Creatinine","value":1.0,"unit":"mg/dL","ref_range":"0.6-1.3","abn":"N","specimen_id":"SP95831195","resulted":"2021-07-29T11:24:00Z"}]}`,
			map[string]string{"/results/0/test": "health", "/results/0/value": "health", "/results/0/abn": "health",
				"/results/0/unit": "", "/results/0/ref_range": "", "/results/0/specimen_id": "", "/results/0/resulted": ""}},
		{"the same row without its marker", `{"results":[{"test":"Creatinine","unit":"mg/dL","passed":"yes"}]}`,
			map[string]string{"/results/0/test": "", "/results/0/passed": ""}},
		{"FHIR resource by its type", `{"entry":[{"resource":{"resourceType":"AllergyIntolerance","id":"a1","code":{"text":"Peanut"},"patient":{"reference":"Patient/p1"}}}]}`,
			map[string]string{"/entry/0/resource/code/text": "health", "/entry/0/resource/resourceType": "",
				"/entry/0/resource/id": "", "/entry/0/resource/patient/reference": ""}},
		{"a type that names no record", `{"entry":[{"resource":{"resourceType":"Organization","code":{"text":"Peanut"}}}]}`,
			map[string]string{"/entry/0/resource/code/text": ""}},
		{"device at the root", `{"Serial":"SN-88231-A","Name":"Back Gate","Firmware":"2.4.1","LastSeen":"2024-03-01T10:00:00Z","Events":[{"Label":"Dog walker"}]}`,
			map[string]string{"/Name": "device-inventory", "/LastSeen": "device-inventory", "/Events/0/Label": ""}},
		{"a person is no device", `{"name":"Ana García","firmware_version":"1.2.3"}`,
			map[string]string{"/name": "contact"}},
		{"typed values of a document store", `{"fields":{"email":{"stringValue":"ana@example.org"},"weight_kg":{"doubleValue":61.5}},"Item":{"phone":{"S":"+1 415 555 0100"}}}`,
			map[string]string{"/fields/email/stringValue": "contact", "/fields/weight_kg/doubleValue": "health", "/Item/phone/S": "contact"}},
		{"typed values nested in maps and arrays", `{"fields":{"address":{"mapValue":{"fields":{"street":{"stringValue":"Rua Augusta 207"}}}},"hr":{"integerValue":"72"}},"Item":{"wifi":{"M":{"ssid":{"S":"HomeNet"}}}}}`,
			map[string]string{"/fields/address/mapValue/fields/street/stringValue": "contact", "/fields/hr/integerValue": "health", "/Item/wifi/M/ssid/S": "network-layout"}},
		{"a height beside a width is a thing's size", `{"avatar":{"data":{"attributes":{"name":"a.png","width":400,"height":300}}},"member":{"height":182,"weight":80},"parcel":{"weight":"2 kg","W":30,"height":20}}`,
			map[string]string{"/avatar/data/attributes/height": "", "/member/height": "health", "/member/weight": "health", "/parcel/weight": "", "/parcel/height": ""}},
		{"a state beside a street is an address part", `{"customer":{"street":"1 Main St","city":"Springfield","state":"IL"},"order":{"state":"shipped"},"geo":{"city":"Springfield","state":"IL"}}`,
			map[string]string{"/customer/state": "contact", "/order/state": "", "/geo/state": ""}},
		{"a city and a postcode beside a street, in any object", `{"thermostat":{"location":{"streetAddress":"3877 Pinecrest Way","city":"Bend","postalCode":"97763"}},"geo":{"location":{"city":"Bend","postalCode":"97763"}}}`,
			map[string]string{"/thermostat/location/city": "contact", "/thermostat/location/postalCode": "contact", "/geo/location/city": "", "/geo/location/postalCode": ""}},
		{"a record written by position under one name is no list of what the name says", `{"cap":["smpp-sniff","8.0.28","eth0",["172.28.25.25:60111"],1711084219000],"zip":[97763,null]}`,
			map[string]string{"/cap/0": "", "/cap/2": "", "/cap/4": "", "/cap/3/0": "network-layout", "/zip/0": "contact"}},
		{"two values in a positional record are a list, not a label and its value", `{"rows":[[645,"Lucius","Everleigh","1964-07-19",3,["Epilepsy","Type 2 diabetes"],"Full escalation"]]}`,
			map[string]string{"/rows/0/5/0": "health", "/rows/0/5/1": "health"}},
		{"a street's first line numbered", `{"company":{"locations":[{"street_1":"12 Main St","street_2":"Suite 4","city":"Bend","zip":"97763"}]},"alarm":{"location":{"street1":"9128 Lakeshore Trail","city":"Burlington","zip":"05445"}}}`,
			map[string]string{"/company/locations/0/city": "contact", "/company/locations/0/zip": "contact", "/alarm/location/city": "contact", "/alarm/location/zip": "contact"}},
		{"a state beside a postcode is an address part", `{"patient":{"address":"1 Elm St","state":"OR","zip_code":"97701"},"record":{"zip":"97701","state":"deleted"}}`,
			map[string]string{"/patient/state": "contact", "/record/state": ""}},
		{"native digits are digits", `{"user":{"phone":"۰۹۱۲۳۴۵۶۷۸۹","mobile":"٠١٠٢٣٤٥٦٧٨٩","birth_date":"১৯৮৮-০৪-০২","ip":"१९२.१६८.१.१","notes":"زنگ بزنید ۰۹۱۲۳۴۵۶۷۸۹"}}`,
			map[string]string{"/user/phone": "contact", "/user/mobile": "contact", "/user/birth_date": "contact", "/user/ip": "network-layout"}},
		{"prescription rows", `{"rows":[{"DRUG_NAME":"metformin","STRENGTH":"500 mg","SIG":"1 tab PO BID","STORE_NO":"0042","QTY":60}]}`,
			map[string]string{"/rows/0/STRENGTH": "health", "/rows/0/SIG": "health", "/rows/0/STORE_NO": "", "/rows/0/QTY": ""}},
		{"a value beside a unit of the body", `{"alerts":[{"name":"low","value":"75","unit":"mg/dL"}],"obs":{"value":72,"unit":"bpm"},"battery":{"value":80,"unit":"%"},"ref":{"referenceRange":[{"low":{"value":70,"unit":"mg/dL"}}]}}`,
			map[string]string{"/alerts/0/value": "health", "/obs/value": "health", "/battery/value": "", "/ref/referenceRange/0/low/value": ""}},
		{"a row's key named Num", `{"allergies":[{"AllergyNum":3540,"PatNum":3015,"AllergyDefNum":39,"defDescription":"Penicillin"}],"vitals":{"pulse_num":72}}`,
			map[string]string{"/allergies/0/AllergyNum": "", "/allergies/0/PatNum": "", "/allergies/0/AllergyDefNum": "", "/allergies/0/defDescription": "health"}},
	}
	// A document may be one scalar: it is in no record.
	for _, doc := range []string{`"Creatinine"`, `42`, `true`, `[1,"x"]`} {
		_, err := c.AppendFindings(nil, []byte(doc))
		require.NoError(t, err, doc)
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { assertCategories(t, c, tt.doc, tt.want) })
	}
}

// The label half of a key/value row names a field; it exposes nothing. A
// value that only a dictionary knows is data, not a label.
func TestRowLabels(t *testing.T) {
	c := newClassifier(t, classify.Options{})
	tests := []struct {
		name, doc string
		want      map[string]string // path -> category, "" for none
	}{
		{"name/value rows", `{"settings":[{"name":"carb_ratio","value":"1:10"},{"name":"insulin","value":"Fiasp"}]}`,
			map[string]string{"/settings/0/name": "", "/settings/1/name": "", "/settings/0/value": "health", "/settings/1/value": "health"}},
		{"pairs", `{"vitals_summary":[["heart_rate",72],["spo2",98],["skin_temp_c",36.9]],"wifi":[["ssid","HomeNet"]]}`,
			map[string]string{"/vitals_summary/0/0": "", "/vitals_summary/1/0": "", "/vitals_summary/2/0": "", "/vitals_summary/0/1": "health", "/wifi/0/0": "", "/wifi/0/1": "network-layout"}},
		{"a setting named by the member before it", `{"items":[{"c001":"SMTP_PASSWORD","c002":"gentle-maple-01"},{"c001":"DISPATCH_HOST","c002":"dispatch03.fleet.internal"},{"c001":"IN_LAB","c002":"Hb 10.6 low"},{"c001":"Beatrix","c002":"gentle-maple-01"}]}`,
			map[string]string{"/items/0/c001": "", "/items/0/c002": "credential", "/items/1/c002": "network-layout", "/items/2/c002": "", "/items/3/c002": ""}},
		{"a typed contact row", `{"contacts":[{"type":"email","value":"ana@example.org"}]}`,
			map[string]string{"/contacts/0/type": "", "/contacts/0/value": "contact"}},
		{"header beside the rows", `{"columns":["ts","heart_rate","speed"],"index":[0,1],"data":[[1700000000,72,8.1],[1700000060,75,8.4]]}`,
			map[string]string{"/data/0/1": "health", "/data/1/1": "health", "/data/0/0": "", "/data/0/2": "", "/columns/1": ""}},
		{"header after the rows, as objects", `{"data":[["ana@example.org","10.0.0.7"]],"meta":[{"name":"email","type":"String"},{"name":"last_ip","type":"String"}]}`,
			map[string]string{"/data/0/0": "contact", "/data/0/1": "network-layout"}},
		{"no header: numbers are numbers", `{"index":[1,2],"data":[[72,8.1],[75,8.4]]}`,
			map[string]string{"/data/0/0": "", "/data/0/1": "", "/data/1/0": ""}},
		{"rows of name and value are no header", `{"settings":[{"name":"carb_ratio","value":"1:10"},{"name":"heart_rate","value":"40"}],"events":[["B",6.8],["A","LOW"]]}`,
			map[string]string{"/events/0/1": "", "/events/1/1": ""}},
		{"a header must name every column", `{"fields":["ts","heart_rate"],"values":[[1700000000,72,8.1]]}`,
			map[string]string{"/values/0/1": ""}},
		{"a header of one name is none", `{"cols":["heart_rate"],"rows":[[72,8.1]]}`,
			map[string]string{"/rows/0/0": ""}},
		{"a value wrapped by its type, labelled by its row's title", `{"fields":[{"title":"username","value":{"string":"ojessop"}},{"title":"wireless network password","value":{"concealed":"Honeycomb5685"}},{"title":"occupation","value":{"string":"Electrician"}},{"title":"Invoice","value":{"string":"Paid"}}]}`,
			map[string]string{"/fields/0/value/string": "contact", "/fields/1/value/concealed": "credential", "/fields/2/value/string": "", "/fields/3/value/string": "", "/fields/0/title": ""}},
		{"a title is no row's label elsewhere", `{"analyses":[{"title":"Creatinine","value":"88"}]}`,
			map[string]string{"/analyses/0/title": "health"}},
		{"a doctor's name in a health record is the doctor's", `{"sections":[{"fields":[{"title":"healthcare professional","value":{"string":"Dr. Mavis Cullinane"}},{"title":"reason for visit","value":{"string":"Peanut allergy testing"}}]}]}`,
			map[string]string{"/sections/0/fields/0/value/string": "contact", "/sections/0/fields/1/value/string": "health"}},
		{"an identifier labels its row", `{"attributes":[{"name":"switch","currentValue":"on"},{"name":"fatRatio","currentValue":"17.2"},{"name":"Ana Vidal","currentValue":"x"}]}`,
			map[string]string{"/attributes/0/name": "", "/attributes/1/name": "", "/attributes/1/currentValue": "health", "/attributes/2/name": "contact"}},
		{"the id beside a value is the row's", `{"properties":{"model":[{"id":"6cb-x6f-pt-3vj","value":"Redmi Note 12"}],"wifi name":[{"id":"c87-pbw-lz-60b","value":"HomeNet"}]},"device":{"model":{"id":"SM-G991B"}}}`,
			map[string]string{"/properties/model/0/id": "", "/properties/model/0/value": "device-inventory", "/properties/wifi name/0/id": "", "/properties/wifi name/0/value": "network-layout", "/device/model/id": "device-inventory"}},
		{"a section's words label a row", `{"drivers":[{"name":"Osric Underhill","attributes":[{"name":"Medical Restriction","stringValues":["Hearing aid"]}]}],"results":[{"name":"Lipase","value":"41"}]}`,
			map[string]string{"/drivers/0/name": "contact", "/drivers/0/attributes/0/name": "", "/drivers/0/attributes/0/stringValues/0": "health", "/results/0/value": "health"}},
		{"a record's code in a health section is no health", `{"health":{"certificate_no":"USF-CO-03579","file":"MRN004512","act":"HBJD001","note":"asthma"}}`,
			map[string]string{"/health/certificate_no": "", "/health/file": "", "/health/act": "health", "/health/note": "health"}},
		{"a name without a value is data", `{"conditions":[{"name":"asthma","since":2010}],"meds":[{"name":"Metformin","dose":"500 mg"}]}`,
			map[string]string{"/conditions/0/name": "health", "/meds/0/name": "health"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { assertCategories(t, c, tt.doc, tt.want) })
	}
}

// A leaf left unexplained before its object's marker waits for the object
// to close (or, with Options.ColumnEvidence, the object is read ahead):
// both must come to the same findings in the same order, on whole
// documents and on documents cut short, where the leaves still waiting are
// judged by reading ahead.
func TestRecordsWaitOrReadAhead(t *testing.T) {
	wait := newClassifier(t, classify.Options{})
	ahead := newClassifier(t, classify.Options{ColumnEvidence: true})
	docs := [][]byte{
		[]byte(`{"Name":"Back Gate","LastSeen":"2024-03-01T10:00:00Z","sub":{"Label":"Front","x":{"Label":"y"}},"Serial":"SN-88231-A","Firmware":"2.4.1"}`),
		[]byte(`[{"test":"Creatinine","abn":"H","value":1.1,"loinc":"2160-0"},{"test":"Glucose","abn":"N"},{"code":{"text":"Peanut"},"resourceType":"AllergyIntolerance"}]`),
	}
	// More leaves than may wait: the object is read ahead from then on.
	var many []byte
	many = append(many, '{')
	for i := range 5000 {
		many = fmt.Appendf(many, `"Name":"Gate %d","sub":{"Label":"L"},`, i)
	}
	many = append(many, `"Serial":"SN-88231-A","Firmware":"2.4.1"}`...)
	docs = append(docs, many)
	g := corpus.NewGenerator(7)
	for range 300 {
		docs = append(docs, g.Next().JSON)
	}
	for i, doc := range docs {
		for _, cut := range []int{len(doc), len(doc) * 3 / 4, len(doc) / 2} {
			d := doc[:cut]
			want, werr := ahead.AppendFindings(nil, d)
			got, gerr := wait.AppendFindings(nil, d)
			require.Equal(t, werr == nil, gerr == nil, "doc %d cut at %d", i, cut)
			require.Equal(t, want, got, "doc %d cut at %d: read ahead, waited", i, cut)
		}
	}
}

// Delimited text kept in JSON: a header string names numbered columns and
// the cells of lines; a line without a header is judged cell by cell. A
// row that names a lab test and a unit is a lab result.
func TestDelimitedText(t *testing.T) {
	c := newClassifier(t, classify.Options{})
	tests := []struct {
		name, doc string
		want      map[string]string // path -> category, "" for none
	}{
		{"numbered columns from 0", `{"hdr":"Name;Wohnort;Geburtsdatum;Blutgruppe;Artikel","import":[{"c0":"Ana Ruiz","c1":"Madrid","c2":"1980-02-03","c3":"A+","c4":"Ski 160"}]}`,
			map[string]string{"/import/0/c0": "contact", "/import/0/c2": "contact", "/import/0/c3": "health", "/import/0/c4": "", "/hdr": ""}},
		{"numbered columns from 1, header as names", `{"cols":["email","last_ip","plan","seats"],"rows":[{"f1":"ana@example.org","f2":"10.0.0.7","f3":"pro","f4":"4"}]}`,
			map[string]string{"/rows/0/f1": "contact", "/rows/0/f2": "network-layout", "/rows/0/f3": "", "/rows/0/f4": ""}},
		{"rows of arrays under a header string", `{"header":"name|email|ssid|plan","rows":[["Ana Ruiz","ana@example.org","HomeNet-5G","pro"]]}`,
			map[string]string{"/rows/0/0": "contact", "/rows/0/2": "network-layout", "/rows/0/3": ""}},
		{"a line under its header", `{"header":"name;height_cm;weight_kg;plan","line":"Ana Ruiz;168;61;pro"}`,
			map[string]string{"/line": "health", "/header": ""}},
		{"a line without a header", `{"raw":"2024-03-01 10:22:13,+4930123456,1001,ANSWERED,65"}`,
			map[string]string{"/raw": "contact"}},
		{"a CSV file in a string", `{"export":"name,email,blood_type,plan\nAna Ruiz,ana@example.org,A+,pro\nLuis Gil,luis@example.org,0-,basic\n"}`,
			map[string]string{"/export": "health"}},
		{"a MUMPS global's pieces", `{"globals":{"^AUPNPROB":{"1":{"0":"J44.9^20074^3240408^^82257^^^^^^^A"}},"^GMR":{"120.5":{"1":{"0":"3240528.2321^16970^1^3240528.2321^^5783^^64^128/82"}}},"^X":{"1":{"0":"ROUTINE^3^1^ACTIVE"}}}}`,
			map[string]string{"/globals/^AUPNPROB/1/0": "health", "/globals/^GMR/120.5/1/0": "health", "/globals/^X/1/0": ""}},
		{"a name in capitals, surname first, in a global's pieces", `{"globals":{"^DPT":{"1":{"0":"HALLORAN,BENEDIKT^M^2640418^^^^W^^^^"}}},"code":"ROUTINE,DAILY"}`,
			map[string]string{"/globals/^DPT/1/0": "contact", "/code": ""}},
		{"a line of product codes", `{"raw":"SKU-1182;4;19.99;EUR;blue"}`,
			map[string]string{"/raw": ""}},
		{"lab result rows", `{"m":[{"r":[["GLU","113","mg/dL","H","20250630053748"],["PLT",473,"10*3/uL","N","x"]]}]}`,
			map[string]string{"/m/0/r/0/0": "health", "/m/0/r/0/1": "health", "/m/0/r/0/3": "health", "/m/0/r/0/2": "", "/m/0/r/0/4": "", "/m/0/r/1/1": "health"}},
		{"a lab result line", `{"raw":["R|1|^^^GLU|113|mg/dL||H||F||||20250630053748","L|1|N"]}`,
			map[string]string{"/raw/0": "health", "/raw/1": ""}},
		{"a test's name without a unit is no lab result", `{"rows":[["ALT","113","keys","H"],["PT","12","kg","x"]]}`,
			map[string]string{"/rows/0/0": "", "/rows/0/1": "", "/rows/1/0": ""}},
		{"keys with numbers are no columns without a header", `{"rows":[{"c1":"pro","c2":"4"}],"note":"plan;seats;region;tier"}`,
			map[string]string{"/rows/0/c1": "", "/rows/0/c2": ""}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { assertCategories(t, c, tt.doc, tt.want) })
	}
}

func TestEncodedData(t *testing.T) {
	c := newClassifier(t, classify.Options{})
	b64 := func(s string) string { return base64.StdEncoding.EncodeToString([]byte(s)) }
	tests := []struct {
		name, doc string
		want      map[string]string // path -> category, "" for none
	}{
		{"a Kubernetes Secret", `{"kind":"Secret","data":{"SMTP_HOST":"` + b64("smtp-relay.payments.svc.cluster.local") +
			`","DATABASE_URL":"` + b64("postgres://svc:Sonnenblume99@pg-rw.payments.svc.cluster.local:5432/pay") +
			`","ADMIN_EMAIL":"` + b64("mei.kowalski@example.com") + `","LOG_LEVEL":"` + b64("debug") + `"}}`,
			map[string]string{"/data/SMTP_HOST": "network-layout", "/data/DATABASE_URL": "credential", "/data/ADMIN_EMAIL": "contact", "/data/LOG_LEVEL": ""}},
		{"binary under data is left alone", `{"data":{"thumb":"` + base64.StdEncoding.EncodeToString([]byte{0x89, 'P', 'N', 'G', 0x0d, 0x0a, 0x1a, 0x0a, 0, 0}) + `"}}`,
			map[string]string{"/data/thumb": ""}},
		{"base64 elsewhere is not decoded", `{"blob":"` + b64("mei.kowalski@example.com") + `"}`,
			map[string]string{"/blob": ""}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { assertCategories(t, c, tt.doc, tt.want) })
	}
}

func TestStoreShapes(t *testing.T) {
	c := newClassifier(t, classify.Options{})
	tests := []struct {
		name, doc string
		want      map[string]string // path -> category, "" for none
	}{
		{"Avro unions", `{"value":{"weight_kg":{"float":76.8},"first_name":{"string":"Ivan"},"club":{"string":"NK Zagreb"}}}`,
			map[string]string{"/value/weight_kg/float": "health", "/value/first_name/string": "contact", "/value/club/string": ""}},
		{"a GraphQL connection", `{"data":{"queue":{"edges":[{"cursor":"YXJyYXk6MA==","node":{"id":"VXNlcjo2Mjk0NjQz","lastActiveAt":"2025-03-30T11:26:00Z","email":"d.ray@example.com"}}]}}}`,
			map[string]string{"/data/queue/edges/0/node/email": "contact", "/data/queue/edges/0/node/id": "", "/data/queue/edges/0/node/lastActiveAt": ""}},
		{"a CRM property's versions", `{"properties":{"lastname":{"value":"Moreau","versions":[{"value":"Moreau","timestamp":1700000000000},{"value":"Moreau-Díaz","timestamp":1600000000000}]},"lifecyclestage":{"value":"lead","versions":[{"value":"lead"}]}}}`,
			map[string]string{"/properties/lastname/versions/0/value": "contact", "/properties/lastname/versions/1/value": "contact", "/properties/lifecyclestage/versions/0/value": "", "/properties/lifecyclestage/value": ""}},
		{"LDAP attributes by OID", `{"entries":[{"objectClass":["inetOrgPerson"],"2.5.4.42":["Anna"],"2.5.4.4":["Nagy"],"0.9.2342.19200300.100.1.1":["anagy"],"2.5.4.9":["Fo utca 12"],"1.3.6.1.4.1.7165.2.1.25":["8846F7EAEE8FB117AD06BDD830B7586C"]}]}`,
			map[string]string{"/entries/0/2.5.4.42/0": "contact", "/entries/0/2.5.4.4/0": "contact", "/entries/0/0.9.2342.19200300.100.1.1/0": "contact",
				"/entries/0/2.5.4.9/0": "contact", "/entries/0/1.3.6.1.4.1.7165.2.1.25/0": "credential", "/entries/0/objectClass/0": ""}},
		{"a Redis dump's keys label their values", `{"keys":[{"key":"guest:54256:medications","ttl":-1,"type":"list","value":["metformin 500 mg","ramipril 5 mg"]},` +
			`{"key":"user:54256:password","type":"string","value":"Agosto2025!x"},{"key":"sess:a0b2d9610f58","type":"string","value":"ok"},{"key":"stats:daily","type":"list","value":["1018","977"]}]}`,
			map[string]string{"/keys/0/value/0": "health", "/keys/0/value/1": "health", "/keys/1/value": "credential", "/keys/3/value/0": "", "/keys/0/key": "", "/keys/1/key": ""}},
		{"a Jira issue's names map titles its custom fields", `{"key":"FS-1042","fields":{"customfield_10041":"94","customfield_10053":"EF1234567","customfield_10090":"3","summary":"Concentrator alarm"},` +
			`"names":{"customfield_10041":"SpO2 at visit","customfield_10053":"Serial number","customfield_10090":"Story points","summary":"Summary"}}`,
			map[string]string{"/fields/customfield_10041": "health", "/fields/customfield_10053": "device-inventory", "/fields/customfield_10090": "", "/names/customfield_10041": ""}},
		{"BigQuery rows under their schema", `{"schema":{"fields":[{"name":"user_email","type":"STRING"},{"name":"ring_serial","type":"STRING"},{"name":"steps","type":"INTEGER"},{"name":"plan","type":"STRING"}]},` +
			`"rows":[{"f":[{"v":"ana@example.org"},{"v":"RNG4X7Q2P9"},{"v":"8412"},{"v":"pro"}]}]}`,
			map[string]string{"/rows/0/f/0/v": "contact", "/rows/0/f/1/v": "device-inventory", "/rows/0/f/2/v": "health", "/rows/0/f/3/v": ""}},
		{"a Visualization API table under its columns' labels", `{"table":{"cols":[{"id":"A","label":"Client","type":"string"},{"id":"B","label":"Weight kg","type":"number"},{"id":"C","label":"Sessions","type":"number"}],"rows":[{"c":[{"v":"Ana Ruiz"},{"v":73.4,"f":"73.4"},{"v":11}]}]}}`,
			map[string]string{"/table/rows/0/c/0/v": "contact", "/table/rows/0/c/1/v": "health", "/table/rows/0/c/2/v": ""}},
		{"a column's title labels its value", `{"items":[{"column_values":[{"id":"text5","value":"\"M51.1\"","column":{"title":"Medical condition"}},{"id":"status","value":"Active","column":{"title":"Status"}}]}]}`,
			map[string]string{"/items/0/column_values/0/value": "health", "/items/0/column_values/1/value": ""}},
		{"a sheet's header row is no data", `{"values":[["Guest","Email","Dietary / allergies","RSVP code"],["Rasmus Kristensen","rk@example.org","Pregnant","84CW86"]]}`,
			map[string]string{"/values/0/0": "", "/values/0/2": "", "/values/1/0": "contact", "/values/1/2": "health", "/values/1/3": "credential"}},
		{"a sheet exported with its title above its header", `{"columns":["Unnamed: 0","Unnamed: 1","Unnamed: 2","Unnamed: 3"],"data":[["CREW LIST - Stage 2",null,null,null],["Name","Mobile","Radio S/N","Vehicle pass"],` +
			`["Rhea Quist","+44 7700 900448","325TAB9092","VP 1043"]]}`,
			map[string]string{"/data/0/0": "", "/data/1/2": "", "/data/2/0": "contact", "/data/2/1": "contact", "/data/2/2": "device-inventory", "/data/2/3": ""}},
		{"a web table's cells say what their text says", `{"draw":3,"data":[["<a href=\"/residents/5041\">Pruitt, Heather</a>","<span class=\"badge\">Online</span>","RR 15/min","<button data-id=\"5041\">Edit</button>"]]}`,
			map[string]string{"/data/0/0": "contact", "/data/0/1": "", "/data/0/2": "health", "/data/0/3": ""}},
		{"a search engine's highlight and multi-field", `{"hits":{"hits":[{"highlight":{"patient.email":["<em>mzelinski</em>@<em>example.net</em>"]},"fields":{"patient.name.last.keyword":["Zelinski"]}}]}}`,
			map[string]string{"/hits/hits/0/highlight/patient.email/0": "contact", "/hits/hits/0/fields/patient.name.last.keyword/0": "contact"}},
		{"a signature's lines broken by <br>, a lease's client id, a log's user, a vault item's reprompt", `{"agents":[{"signature":"Kind regards,<br>Rosalind<br>Stairwise"}],"leases":[{"client-id":"1:ee:99:57:27:4d:ac","comment":"x"}],"data":[{"user":"t.ravensworth"}],"items":[{"reprompt":1,"name":"Router"}]}`,
			map[string]string{"/agents/0/signature": "contact", "/leases/0/client-id": "device-inventory", "/data/0/user": "contact", "/items/0/reprompt": ""}},
		{"a Grist record's list and Māori names", `{"records":[{"fields":{"Ingoa":"Nikau","Taumaha":65.8,"Rongoa":["L","Metformin 1g BD"]}}]}`,
			map[string]string{"/records/0/fields/Rongoa/0": "", "/records/0/fields/Rongoa/1": "health", "/records/0/fields/Taumaha": "health"}},
		{"a table's records and their fields name nothing", `{"Devices":{"records":[{"id":"recnQ7u3CoyrtxRmr","fields":{"Name":"Kitchen tablet"}}]}}`,
			map[string]string{"/Devices/records/0/fields/Name": "device-inventory", "/Devices/records/0/id": ""}},
		{"a name field's parts", `{"field_1_raw":{"first":"Tobias","last":"Thistlewood"},"range":{"first":"2020-01-01","last":"Monday"}}`,
			map[string]string{"/field_1_raw/first": "contact", "/field_1_raw/last": "contact", "/range/last": ""}},
		{"a name's halves under names that say nothing", `{"@graph":[{"x:p01":"Rory","x:p02":"Navarro","x:p03":"Paris","x:p04":"France"}],"rows":[["Rory","Navarro",3]]}`,
			map[string]string{"/@graph/0/x:p01": "contact", "/@graph/0/x:p02": "contact", "/@graph/0/x:p03": "", "/@graph/0/x:p04": "", "/rows/0/0": "contact", "/rows/0/1": "contact"}},
		{"a name's halves each wrapped by a field's id", `{"data":[{"3":{"value":8723},"6":{"value":"Lucian"},"7":{"value":"Fairweather"},"8":{"value":"Paris"},"9":{"value":"Lucian","note":"x"},"10":{"value":"Hargreaves"}}]}`,
			map[string]string{"/data/0/6/value": "contact", "/data/0/7/value": "contact", "/data/0/8/value": "", "/data/0/10/value": ""}},
		{"a JWT-shaped cursor is a listing's place", `{"next_cursor":"eyJhbGciOiJIUzI1NiJ9.eyJvZmZzZXQiOjIwMCwic29ydCI6ImlkIn0.c2lnbmF0dXJlLXNpZ25hdHVyZQ","token":"eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0.c2lnbmF0dXJlLXNpZ25hdHVyZQ"}`,
			map[string]string{"/next_cursor": "", "/token": "credential"}},
		{"a store's row key beside a device's MAC is no device id", `{"devices":[{"ID":"491011316762370488","MAC":"94:DD:9D:B4:15:9E","Model":"U6 Lite"},{"id":"yKGwW3NQKUvAoPwxwT6gX","serial":"C6947159715159"},{"id":"bf95d64be7a1e8d300633f","mac":"97:4e:ea:75:d3:6b"},{"id":"648648339"}]}`,
			map[string]string{"/devices/0/ID": "", "/devices/0/MAC": "device-inventory", "/devices/1/id": "", "/devices/1/serial": "device-inventory", "/devices/2/id": "device-inventory", "/devices/3/id": "device-inventory"}},
		{"a sheet's cells name their column by its id", `{"columns":[{"id":5561359439508291,"index":0,"title":"Blood group","type":"PICKLIST"},{"id":1034038394471696,"index":1,"title":"Position","type":"PICKLIST"},{"id":7064207494612477,"title":"Mobile phone"}],` +
			`"rows":[{"id":3709872774197964,"cells":[{"columnId":5561359439508291,"value":"A+","displayValue":"A+"},{"columnId":1034038394471696,"value":"Fly-half"},{"columnId":7064207494612477,"value":"07700 900933"}]}],` +
			`"cards":[{"idCustomField":"6a1f","value":{"text":"Penicillin"}}],"customFields":[{"id":"6a1f","name":"Allergies","type":"text"}]}`,
			map[string]string{"/rows/0/cells/0/value": "health", "/rows/0/cells/0/displayValue": "health", "/rows/0/cells/1/value": "", "/rows/0/cells/2/value": "contact",
				"/cards/0/value/text": "health", "/rows/0/cells/0/columnId": "", "/columns/0/title": ""}},
		{"a container's environment: each variable's value judged alone", `{"Config":{"Env":["SMTP_URL=smtp://alerts:9RqTPkpXClEx@mail.example.internal:587","PATH=/usr/local/sbin:/usr/local/bin","LOG_LEVEL=info","AWS_ACCESS_KEY_ID=AKIAG7X5AH4NLMMKK7EA","MARIADB_VERSION=1:11.4.4+maria~ubu2404"]}}`,
			map[string]string{"/Config/Env/0": "credential", "/Config/Env/1": "", "/Config/Env/2": "", "/Config/Env/3": "credential", "/Config/Env/4": ""}},
		{"jCard and jCal properties: each value judged by its property's name", `{"card":["vcard",[["version",{},"text","4.0"],["fn",{},"text","Elin Lloyd"],["tel",{"type":"cell"},"uri","tel:+44-29-2018-0680"],["bday",{},"date","2016-11-25"],["email",{},"text","elin.lloyd@example.org"],["adr",{},"text",["","","108 Church Street","Llanelli","","SA15 4BT","UK"]]]],` +
			`"cal":["vcalendar",[],[["vevent",[["uid",{},"text","C8C40003-26B2-48D9-BDC5-B13EEF1F7D91@clinic.example"],["dtstart",{},"date-time","2024-05-21T20:09:59Z"]],[]]]]}`,
			map[string]string{"/card/1/1/3": "contact", "/card/1/2/3": "contact", "/card/1/3/3": "contact", "/card/1/4/3": "contact", "/card/1/0/3": "", "/card/1/5/3/2": "contact", "/card/1/5/3/5": "contact", "/card/1/5/3/6": "",
				"/cal/2/0/1/0/3": "", "/cal/2/0/1/1/3": ""}},
		{"an LwM2M client's data model names its resources by number", `{"datamodel":{"/3/0":{"0":"Tunstall","1":"myMobile Hub 4G","2":"WCK60689324","3":"1.7.46","9":59},"/4/0":{"4/0":"10.50.159.151"}},"users":{"1042":{"n":"x"}}}`,
			map[string]string{"/datamodel/~13~10/1": "device-inventory", "/datamodel/~13~10/2": "device-inventory", "/datamodel/~13~10/3": "device-inventory", "/datamodel/~13~10/9": "", "/datamodel/~14~10/4~10": "network-layout"}},
		{"a template's variables and hidden values stand for nothing", `{"auth":{"token":"{{access_token}}","password":"${DB_PASSWORD}","network_key":"HIDDEN","secret":"rk_9f2Q7mLx3TzB8vWc4N"}}`,
			map[string]string{"/auth/token": "", "/auth/password": "", "/auth/network_key": "", "/auth/secret": "credential"}},
		{"a URL's query says what its parameters hold", `{"request":{"url":{"raw":"{{baseUrl}}/patients?surname=Lindqvist&dob=1947-08-14"}},"link":"/login?email=ana%40example.org&lang=en","next":"https://x.example/Submissions?%24top=1&%24skiptoken=NzOYPnwiJPxuQYsv9ScUtKg_E6zg5","page":"/items?page=2&sort=asc"}`,
			map[string]string{"/request/url/raw": "contact", "/link": "contact", "/next": "", "/page": ""}},
		{"a workflow's nodes are its steps, no devices", `{"nodes":[{"id":"7d1ac4fa-7bb0-4e96-9d61-c5ffb4c26c8f","name":"Webhook","type":"n8n-nodes-base.webhook","typeVersion":2,"position":[240,300]}],` +
			`"devices":[{"id":"D7F2A9","name":"Hall camera","model":"Wyze Cam v3","firmware":"4.36.9.139"}]}`,
			map[string]string{"/nodes/0/id": "", "/nodes/0/name": "", "/nodes/0/type": "", "/devices/0/model": "device-inventory", "/devices/0/firmware": "device-inventory"}},
		{"a result whose schema names its columns", `{"resultTable":{"dataSchema":{"columnNames":["email","heart_rate","plan","city"],"columnDataTypes":["STRING","INT","STRING","STRING"]},"rows":[["ana@example.org",72,"pro","Lisbon"]]}}`,
			map[string]string{"/resultTable/rows/0/0": "contact", "/resultTable/rows/0/1": "health", "/resultTable/rows/0/2": ""}},
		{"an animal's record is no person's", `{"patients":[{"name":"Bella","species":"Canine","weight_kg":28.4,"allergies":"chicken","owner":{"name":"Ana Li","phone":"+1 415 555 0100"},"vet":{"vet_name":"Dr. Omar Haddad"}}],"client":{"name":"Ana Li","race":"Asian","weight_kg":61}}`,
			map[string]string{"/patients/0/name": "", "/patients/0/weight_kg": "", "/patients/0/allergies": "", "/patients/0/owner/name": "contact", "/patients/0/owner/phone": "contact",
				"/patients/0/vet/vet_name": "contact", "/client/name": "contact", "/client/weight_kg": "health"}},
		{"an animal's measure in a person's record", `{"rider":{"name":"Sandy Bertemes","weight":61.5,"horse_age":18,"Alter vum Päerd":18,"dog weight":31,"DATADOG_API_KEY":"fe23c75c684d3f088319272223341b6d"}}`,
			map[string]string{"/rider/weight": "health", "/rider/horse_age": "", "/rider/Alter vum Päerd": "", "/rider/dog weight": "", "/rider/DATADOG_API_KEY": "credential"}},
		{"a store's uid is its record's", `{"address":{"uid":"0x2a","street":"12 Elm Road"},"instrument":{"uid":"3467052d3a1f07e95c233e3061b00ef5"}}`,
			map[string]string{"/address/uid": "", "/address/street": "contact", "/instrument/uid": ""}},
		{"a statistic of a measure", `{"exercise":{"heart-rate":{"average":148,"maximum":182},"maximum-heart-rate":197,"weight":{"median":70.2}},"password":{"max":64}}`,
			map[string]string{"/exercise/heart-rate/average": "health", "/exercise/heart-rate/maximum": "health", "/exercise/maximum-heart-rate": "health", "/exercise/weight/median": "health", "/password/max": ""}},
		{"a CloudTrail record's session flags and cipher suite", `{"userIdentity":{"sessionContext":{"attributes":{"mfaAuthenticated":"false"}}},"tlsDetails":{"cipherSuite":"ECDHE-RSA-AES128-GCM-SHA256"},"sourceIPAddress":"203.0.113.45"}`,
			map[string]string{"/userIdentity/sessionContext/attributes/mfaAuthenticated": "", "/tlsDetails/cipherSuite": "", "/sourceIPAddress": "network-layout"}},
		{"Parse pointers are no passwords", `{"Student":[{"_p_parent":"_User$Xk3J9aQ2Lm","_p_class":"Class$a8Kd02LmQz"}]}`,
			map[string]string{"/Student/0/_p_parent": "", "/Student/0/_p_class": ""}},
		{"a veto validator takes the key's word back", `[{"model":"installaties.batterij","pk":3,"fields":{"name":"Cedar Grove Nursing Services"}},{"model":"roborock.vacuum.s5"},{"model":"WYZEC2"}]`,
			map[string]string{"/0/model": "", "/0/fields/name": "", "/1/model": "device-inventory", "/2/model": "device-inventory"}},
		{"GELF's additional fields are fields", `{"message":{"_ssid":"WorkHub-Secure","_parcel_weight_lb":"21.8","_id":"6f1c2a"}}`,
			map[string]string{"/message/_ssid": "network-layout", "/message/_parcel_weight_lb": "", "/message/_id": ""}},
		{"SharePoint's escaped column names are names", `{"d":{"results":[{"__metadata":{"type":"SP.Data.VozaciListItem"},"WiFi_x0020_SSID":"Depo-Sever","Krvna_x0020_grupa":"A+","Datum_x0020_ro_x0111_enja":"1978-05-06T00:00:00Z"}]}}`,
			map[string]string{"/d/results/0/WiFi_x0020_SSID": "network-layout", "/d/results/0/Krvna_x0020_grupa": "health", "/d/results/0/__metadata/type": ""}},
		{"a value that carries its label", `{"ops":[{"op":"add","path":"/v/3","value":"ssid:MW-Clinic"},{"op":"add","path":"/v/4","value":"ip 10.78.211.9"},{"op":"replace","path":"/d/1","value":"SN LTDKQODPHK"},` +
			`{"op":"add","path":"/n/2","value":"Login problem"},{"op":"add","path":"/n/3","value":"NAS ssh"},{"op":"add","path":"/n/4","value":"Zahn Basis"}]}`,
			map[string]string{"/ops/0/value": "network-layout", "/ops/1/value": "network-layout", "/ops/2/value": "device-inventory", "/ops/0/op": "",
				"/ops/3/value": "", "/ops/4/value": "", "/ops/5/value": ""}},
		{"Solr's dynamic fields name their type last", `{"response":{"docs":[{"prihlasovacie_meno_s":"jkovac77","meno_s":"Jana Kováčová","heslo_s":"Vcely2024!","pocet_ulov_i":3}]}}`,
			map[string]string{"/response/docs/0/prihlasovacie_meno_s": "contact", "/response/docs/0/meno_s": "contact", "/response/docs/0/heslo_s": "credential", "/response/docs/0/pocet_ulov_i": ""}},
		{"a device's local key, its data points' types", `{"devices":[{"name":"Kettle plug","key":"mVzO=^q!ylMgr3OO","mapping":{"1":{"code":"switch_1","type":"Boolean"}}}],"settings":[{"key":"led_enabled"}]}`,
			map[string]string{"/devices/0/key": "credential", "/devices/0/mapping/1/type": "", "/settings/0/key": ""}},
		{"a city beside its country and no street is a visit's geo", `{"visits":[{"country":"United Kingdom","region":"England","city":"Harrogate"}],"patient":{"street":"4 Mill Lane","city":"Harrogate","country":"GB"}}`,
			map[string]string{"/visits/0/city": "", "/patient/city": "contact", "/patient/street": "contact"}},
		{"JSON in a field says what it holds", `{"credentials":[{"type":"password","secretData":"{\"value\":\"q0bA8mXk2T4bJm+vN1cZ6w7R3hYtUe9s0LpWf5Gd2Ko=\",\"salt\":\"mE2v4Q9sX1aP7rT0\"}",` +
			`"credentialData":"{\"hashIterations\":27500,\"algorithm\":\"pbkdf2-sha256\",\"additionalParameters\":{}}"}]}`,
			map[string]string{"/credentials/0/secretData": "credential", "/credentials/0/credentialData": ""}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { assertCategories(t, c, tt.doc, tt.want) })
	}
}

// assertCategories classifies doc and checks every path of want: a finding
// of that category there, or, for "", no finding there at all.
func assertCategories(t *testing.T, c *classify.Classifier, doc string, want map[string]string) {
	t.Helper()
	got, err := c.AppendFindings(nil, []byte(doc))
	require.NoError(t, err)
	for path, cat := range want {
		if cat == "" {
			for _, f := range got {
				assert.NotEqual(t, path, f.Path, "%s: want nothing, got %s by %s", path, f.Category, f.Rule)
			}
			continue
		}
		assert.True(t, hasCategory(got, path, cat), "%s: want %s, got %v", path, cat, got)
	}
}

// TestLabelsAndOwners holds the classifier to what session 18 taught it:
// a device named after its owner is the device's, a record's fields are a
// container, an object's name spelling its key is a label, a caption that
// is a field's name is none, and a HealthKit type is no health.
func TestLabelsAndOwners(t *testing.T) {
	c := newClassifier(t, classify.Options{})
	tests := []struct {
		name, doc string
		want      map[string]string // path -> category, "" for none
	}{
		{"a device named after its owner", `{"clients":[{"name":"Desmond’s iPhone","ip":"192.168.1.20"}],"Record":[{"@sourceName":"Ana's Apple Watch","@sourceVersion":"10.5","@value":"72"}]}`,
			map[string]string{"/clients/0/name": "device-inventory", "/Record/0/@sourceName": "device-inventory", "/Record/0/@sourceVersion": "device-inventory"}},
		{"not the owner's contact", `{"clients":[{"name":"Desmond’s iPhone"}]}`, map[string]string{}},
		{"a record's fields", `{"frames":[{"data":{"fields":{"name":"Ana García","email":"ana@example.org"}}}]}`,
			map[string]string{"/frames/0/data/fields/name": "contact"}},
		{"an object's name spelling its key", `{"values":{"blood_pressure":{"name":"Blood pressure","value":"128/84"}}}`,
			map[string]string{"/values/blood_pressure/name": "", "/values/blood_pressure/value": "health"}},
		{"a column's description", `{"FIELDS":[{"FIELDNAME":"DIAGN","FIELDTEXT":"Diagnosis"},{"FIELDNAME":"SERNR","FIELDTEXT":"Serial Number"}]}`,
			map[string]string{"/FIELDS/0/FIELDTEXT": "", "/FIELDS/1/FIELDTEXT": ""}},
		{"a HealthKit type", `{"HealthData":{"ClinicalRecord":[{"@type":"HKClinicalTypeIdentifierConditionRecord"}]}}`,
			map[string]string{"/HealthData/ClinicalRecord/0/@type": ""}},
		{"a surname first", `{"value":[{"Description":"Иванова Анна Сергеевна"}],"f2":"Nagy Eszter"}`,
			map[string]string{"/value/0/Description": "contact", "/f2": "contact"}},
		{"a device's attributes", `{"devices":[{"attributes":{"SERVER_SCOPE":[{"key":"lastActivityTime","value":1711984508000}]}}]}`,
			map[string]string{"/devices/0/attributes/SERVER_SCOPE/0/value": "device-inventory", "/devices/0/attributes/SERVER_SCOPE/0/key": ""}},
		{"a user's code beside the user's name", `{"Creator":{"type":"CREATOR","value":{"code":"apetrosyan","name":"Anahit Petrosyan"}},"zone":{"code":"frontdoor","name":"Front door"}}`,
			map[string]string{"/Creator/value/code": "contact", "/zone/code": ""}},
		{"a table of cell objects under its header row", `[{"data":[[{"top":1,"text":"Client"},{"text":"Phone"},{"text":"Key safe"},{"text":"Needs / medication"}],[{"top":2,"text":"Ana"},{"text":"0117 496 0045"},{"text":"3989"},{"text":"Post stroke"}]]}]`,
			map[string]string{"/0/data/0/3/text": "", "/0/data/1/2/text": "credential", "/0/data/1/3/text": "health"}},
		{"a grid of rows holding cells, with a second list below a blank row", `{"table":{"rows":[{"c":[{"v":"Client"},{"v":"Phone"},{"v":"Key safe"},{"v":"Wt kg"}]},{"c":[{"v":"Ana Ruiz"},{"v":"0117 496 0045"},{"v":"3989"},{"v":73.4,"f":"73.4"}]},{"c":[null,null,null,null]},{"c":[{"v":"Kit"},{"v":"Serial"},{"v":"Version"},{"v":"Holder"}]},{"c":[{"v":"iPad Air"},{"v":"GG7V5XGYQ105"},{"v":"iPadOS 17.5.1"},null]}]}}`,
			map[string]string{"/table/rows/0/c/3/v": "", "/table/rows/1/c/2/v": "credential", "/table/rows/1/c/3/v": "health", "/table/rows/3/c/1/v": "", "/table/rows/4/c/1/v": "device-inventory", "/table/rows/4/c/2/v": "device-inventory"}},
		{"a record's named values are no grid", `{"hives":[{"subkeys":[{"values":[{"name":"IPAddress","value":"10.1.2.3"},{"name":"Gateway","value":"10.1.2.1"},{"name":"Hostname","value":"recep-pc"}]}]}]}`,
			map[string]string{"/hives/0/subkeys/0/values/0/value": "network-layout", "/hives/0/subkeys/0/values/1/value": "network-layout"}},
		{"a router's interfaces and certificates are its parts, not devices", `{"interface":[{"name":"ether1","type":"ether","mac-address":"4C:5E:0C:11:22:33"}],"certificate":[{"name":"wg-remote-ca","fingerprint":"e6eeddf79905bf2fd351f097bd73fc13239425ddd3dfd513875bc27db4bf1bc3","serial-number":"5A1B"}],"devices":[{"name":"Hall camera","mac":"4C:5E:0C:11:22:35"}]}`,
			map[string]string{"/interface/0/name": "", "/interface/0/type": "", "/certificate/0/name": "", "/certificate/0/fingerprint": "", "/devices/0/name": "device-inventory"}},
		{"a trial's items, named by their OIDs", `{"ClinicalData":{"SubjectData":[{"FormData":[{"ItemGroupData":[{"ItemData":[{"@ItemOID":"I_VS_WEIGHT","@Value":"57"},{"@ItemOID":"I_VS_SYSBP","@Value":"146"},{"@ItemOID":"I_EX_COUNT","@Value":"28"}]}]}]}]}}`,
			map[string]string{"/ClinicalData/SubjectData/0/FormData/0/ItemGroupData/0/ItemData/0/@Value": "health", "/ClinicalData/SubjectData/0/FormData/0/ItemGroupData/0/ItemData/1/@Value": "health",
				"/ClinicalData/SubjectData/0/FormData/0/ItemGroupData/0/ItemData/2/@Value": "", "/ClinicalData/SubjectData/0/FormData/0/ItemGroupData/0/ItemData/0/@ItemOID": ""}},
		{"an X12 claim's segments", `{"t":[["ISA","00"],["NM1","85","2","LIBERTY HOME OXYGEN","","","","","XX","1715734877"],["NM1","IL","1","STRATHMORE","WINIFRED"],["N4","FLAGSTAFF","AZ","860780442"],["DMG","D8","19350425","F"],["PER","IC","DOROTHEA TAKAHASHI","TE","4155550132"],["HI","ABK:I5032"]]}`,
			map[string]string{"/t/2/3": "contact", "/t/2/4": "contact", "/t/3/1": "contact", "/t/4/2": "contact", "/t/5/4": "contact", "/t/6/1": "health", "/t/1/9": ""}},
		{"a device's record uuid", `{"devices":[{"id":{"entityType":"DEVICE","id":"9fb1a50c-44de-4820-b4ae-6c32f15840ff"},"customerId":{"id":"bd3623cb-c099-4b86-83ed-affcc66146a0"}}]}`,
			map[string]string{"/devices/0/id/id": "", "/devices/0/customerId/id": ""}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assertCategories(t, c, tt.doc, tt.want)
		})
	}
	got, err := c.AppendFindings(nil, []byte(`{"clients":[{"name":"Desmond’s iPhone"}]}`))
	require.NoError(t, err)
	assert.False(t, hasCategory(got, "/clients/0/name", "contact"), "a device's owner in its name is no contact: %v", got)
}
