package classify_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/leakscope/leakscope/classify"
)

// Paths are RFC 6901 pointers: keys unescaped, then ~ and / escaped.
func TestFindingPaths(t *testing.T) {
	c := newClassifier(t, classify.Options{})
	tests := []struct {
		doc, path string
	}{
		{`{"email":"ana@example.org"}`, "/email"},
		{`{"a/b":{"m~n":"ana@example.org"}}`, "/a~1b/m~0n"},
		{`{"e\u006dail":"ana@example.org"}`, "/email"},
		{`{"users":[{"x":1},{"email":"ana@example.org"}]}`, "/users/1/email"},
		{`[[{"email":"ana@example.org"}]]`, "/0/0/email"},
		{`"ana@example.org"`, ""},
		{`{"k\"q":"ana@example.org"}`, "/k\"q"},
		{`{"caf\u00e9":{"\ud83d\ude00":"ana@example.org"}}`, "/café/😀"},
	}
	for _, tt := range tests {
		got, err := c.AppendFindings(nil, []byte(tt.doc))
		require.NoError(t, err, tt.doc)
		require.NotEmpty(t, got, tt.doc)
		assert.Equal(t, tt.path, got[0].Path, tt.doc)
	}
}

// Syntax errors say where, by byte offset in the document.
func TestSyntaxErrors(t *testing.T) {
	c := newClassifier(t, classify.Options{})
	tests := []struct {
		doc, err string
	}{
		{`{"a":1`, "invalid JSON at byte 6: unexpected end of input"},
		{`{"a" 1}`, "invalid JSON at byte 5: want ':' after an object key"},
		{`{"a":1,}`, "invalid JSON at byte 7: want a string key"},
		{`[1 2]`, "invalid JSON at byte 3: want ',' or ']' after an array element"},
		{`{"a":01}`, "invalid JSON at byte 6: want ',' or '}' after an object member"},
		{`{"a":1.}`, "invalid JSON at byte 7: invalid number"},
		{`{"a":1e}`, "invalid JSON at byte 7: invalid number"},
		{`{"a":NaN}`, "invalid JSON at byte 5: invalid character where a value should start"},
		{`{"a":"\x"}`, "invalid JSON at byte 6: invalid escape in string"},
		{"{\"a\":\"\x01\"}", "invalid JSON at byte 6: control character in string"},
		{`{"a":1} x`, "invalid JSON at byte 8: unexpected data after the top-level value"},
		{``, "invalid JSON at byte 0: empty document"},
	}
	for _, tt := range tests {
		_, err := c.AppendFindings(nil, []byte(tt.doc))
		require.Error(t, err, tt.doc)
		assert.Equal(t, tt.err, err.Error(), tt.doc)
	}
}

func TestValidNumbers(t *testing.T) {
	c := newClassifier(t, classify.Options{})
	for _, n := range []string{"0", "-0", "1.5", "-12.75e+3", "1E9", "0.000001", "123456789012345678901234567890"} {
		_, err := c.AppendFindings(nil, []byte(`{"n":`+n+`}`))
		assert.NoError(t, err, n)
	}
}

// Rows under a header row, as spreadsheet exports write them, are judged
// by the header of their column.
func TestTableHeaders(t *testing.T) {
	c := newClassifier(t, classify.Options{})
	doc := `{"values":[["Name","Weight (kg)","Plan"],["Ana Souza",72.5,"gold"],["Li Wei",80,"basic"]]}`
	got, err := c.AppendFindings(nil, []byte(doc))
	require.NoError(t, err)
	var paths []string
	for _, f := range got {
		paths = append(paths, f.Path+" "+f.Category.String())
	}
	assert.Contains(t, paths, "/values/1/1 health")
	assert.Contains(t, paths, "/values/2/1 health")
	assert.NotContains(t, paths, "/values/0/1 health", "the header itself is no data")
	for _, p := range paths {
		assert.NotContains(t, p, "/2 ", "the plan column says nothing")
	}
}

// A flattened key is a path written in one name; so is the Name of a
// TR-069 name/value row.
func TestFlattenedKeys(t *testing.T) {
	c := newClassifier(t, classify.Options{})
	tests := []struct{ doc, path, cat string }{
		{`{"InternetGatewayDevice.LANDevice.1.WLANConfiguration.1.SSID":"HomeNet-5G"}`, "/InternetGatewayDevice.LANDevice.1.WLANConfiguration.1.SSID", "network-layout"},
		{`{"user.email":"ana@example.org"}`, "/user.email", "contact"},
		{`{"ParameterValueStruct":[{"Name":"InternetGatewayDevice.LANDevice.1.WLANConfiguration.1.KeyPassphrase","Value":"Kitchen-2019!"}]}`, "/ParameterValueStruct/0/Value", "credential"},
	}
	for _, tt := range tests {
		got, err := c.AppendFindings(nil, []byte(tt.doc))
		require.NoError(t, err)
		assert.True(t, hasCategory(got, tt.path, tt.cat), "%s: want %s at %s, got %v", tt.doc, tt.cat, tt.path, got)
	}
	// Its other parts are context, not the field: a lease's time left is no host name.
	got, err := c.AppendFindings(nil, []byte(`{"InternetGatewayDevice.LANDevice.1.Hosts.Host.1.LeaseTimeRemaining":3600}`))
	require.NoError(t, err)
	assert.Empty(t, got)
}

// A finding's Start and End bound its leaf's token in the document, quotes
// included; inside JSON held by a string, they bound that string.
func TestFindingBounds(t *testing.T) {
	c := newClassifier(t, classify.Options{})
	tests := []struct {
		doc, token string
	}{
		{`{"email":"ana@example.org"}`, `"ana@example.org"`},
		{` { "a" : [ 1, {"email" :  "ana\u0040example.org" } ] }`, `"ana\u0040example.org"`},
		{`{"pin":1234,"email":"x"}`, `1234`},
		{`{"blob":"{\"email\":\"ana@example.org\"}"}`, `"{\"email\":\"ana@example.org\"}"`},
		{`"ana@example.org"`, `"ana@example.org"`},
	}
	for _, tt := range tests {
		got, err := c.AppendFindings(nil, []byte(tt.doc))
		require.NoError(t, err, tt.doc)
		require.NotEmpty(t, got, tt.doc)
		f := got[0]
		assert.Equal(t, tt.token, tt.doc[f.Start:f.End], tt.doc)
	}
}

// Keys that are data (ids, addresses, numbers) fold into one path node,
// so a dump keyed by ids does not judge a name per record; the findings
// keep their real paths.
func TestDataKeys(t *testing.T) {
	c := newClassifier(t, classify.Options{})
	doc := `{"users":{"-Nx1AbCdEf0123456789":{"email":"ana@example.org"},"ana@example.org":{"phone":"+1 415 555 0100"},"42":{"email":"bo@example.org"}}}`
	got, err := c.AppendFindings(nil, []byte(doc))
	require.NoError(t, err)
	var paths []string
	for _, f := range got {
		paths = append(paths, f.Path)
	}
	assert.Equal(t, []string{"/users/-Nx1AbCdEf0123456789/email", "/users/ana@example.org/phone", "/users/42/email"}, paths)
}

// A store's composite key and an AWS role session embed an address among
// their parts; a git remote and a schema's column types embed nothing.
func TestEmbeddedAddressesAndTypeNames(t *testing.T) {
	c := newClassifier(t, classify.Options{})
	doc := `{"gsi1pk":{"S":"EMAIL#ana.souza@example.org"},"pk":{"S":"ACCT#a58e12955e9a"},` +
		`"principalId":"AROATTUD43BF7ODWQJ633:li.wei@example.com","remote":"git@github.com:org/repo.git",` +
		`"mysqlType":{"birth_date":"date","wifi_password":"varchar(64)","height":"decimal(5,1)","diagnosis":"text"},` +
		`"requestParameters":{"masterUserPassword":"HIDDEN_DUE_TO_SECURITY_REASONS"},` +
		// A no-code store's field types beside the values: a device's
		// record, but the types are the form's.
		`"record":{"router_model":{"type":"SINGLE_LINE_TEXT","value":"Archer C6"},"serial_number":{"type":"single_line_text","value":"2231A8Q44"},"sms_alerts":{"type":"RADIO_BUTTON","value":"on"}}}`
	got, err := c.AppendFindings(nil, []byte(doc))
	require.NoError(t, err)
	var paths []string
	for _, f := range got {
		paths = append(paths, f.Path+" "+f.Category.String())
	}
	assert.Equal(t, []string{"/gsi1pk/S contact", "/principalId contact",
		"/record/router_model/value device-inventory", "/record/serial_number/value device-inventory"}, paths)
}

// A row labelled by a macro or a template variable is judged by the name
// inside it: Zabbix's user macros, a deploy tool's ${VARS}.
func TestMacroRows(t *testing.T) {
	c := newClassifier(t, classify.Options{})
	doc := `{"macros":[{"macro":"{$SNMP_COMMUNITY}","value":"blue-meadow-86"},{"macro":"{$ICMP_LOSS_WARN}","value":"20"},` +
		`{"macro":"{$WIFI.SSID.STAFF}","value":"Maple-Staff"}],"vars":[{"name":"${DB_PASSWORD}","value":"Xq7!pL2#rT9v"}]}`
	got, err := c.AppendFindings(nil, []byte(doc))
	require.NoError(t, err)
	var paths []string
	for _, f := range got {
		paths = append(paths, f.Path+" "+f.Category.String())
	}
	assert.Equal(t, []string{"/macros/0/value credential", "/macros/2/value network-layout", "/vars/0/value credential"}, paths)
}

// A package manifest's version ranges are no one's data, whatever the
// package's name says; a key that starts like one is still a key.
func TestVersionRanges(t *testing.T) {
	c := newClassifier(t, classify.Options{})
	doc := `{"dependencies":{"node-red-contrib-telegrambot":"~15.1.0","passport":"^0.7.0","mysql-user":">=2.18"},` +
		`"devices":[{"name":"Plug","local_key":"~7f#Kq2!xZ9v$Lm4"}]}`
	got, err := c.AppendFindings(nil, []byte(doc))
	require.NoError(t, err)
	var paths []string
	for _, f := range got {
		paths = append(paths, f.Path+" "+f.Category.String())
	}
	assert.Equal(t, []string{"/devices/0/name device-inventory", "/devices/0/local_key credential"}, paths)
}

// Labels that stand away from their values: in an object of their own
// (OpenMRS's concept), a few objects up (Google Fit's dataTypeName), or
// printed in a string with their values (a dict in a notebook's output);
// a display that puts a record's code first. The label itself is no data.
func TestLabelsAwayFromValues(t *testing.T) {
	c := newClassifier(t, classify.Options{})
	doc := `{"obs":[{"uuid":"f4d21b70","display":"Weight (kg): 89.7","concept":{"uuid":"5089AAAA","display":"Weight (kg)"},"value":89.7,"status":"FINAL"},` +
		`{"concept":{"display":"Room number"},"value":12}],` +
		`"Data Points":[{"fitValue":[{"value":{"fpVal":72}}],"dataTypeName":"com.google.heart_rate.bpm","startTimeNanos":1710743039000000000}],` +
		`"out":" {'date': '2024-08-12', 'weight': 137.5, 'bone_mass': 3.7}",` +
		`"patient_name":"P-0012 - Ana Garcia","ticket":"INC-0042 - printer jam"}`
	got, err := c.AppendFindings(nil, []byte(doc))
	require.NoError(t, err)
	var paths []string
	for _, f := range got {
		paths = append(paths, f.Path+" "+f.Category.String())
	}
	assert.Equal(t, []string{"/obs/0/display health", "/obs/0/value health",
		"/Data Points/0/fitValue/0/value/fpVal health", "/out health", "/patient_name contact"}, paths)
}
