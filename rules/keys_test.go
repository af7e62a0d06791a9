package rules

import (
	"maps"
	"math/rand/v2"
	"slices"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"
)

func TestMayWrapCoversWrappers(t *testing.T) {
	for _, m := range []map[string]bool{mongoWrappers, storeWrappers} {
		for n := range maps.Keys(m) {
			require.True(t, mayWrap(n), n)
		}
	}
	for n := range maps.Keys(ldapOIDs) {
		require.True(t, mayWrap(n), n)
	}
	require.True(t, mayWrap("fields"))
	require.True(t, mayWrap("values"))
}

func TestFieldNamesRewrites(t *testing.T) {
	for _, tc := range []struct{ in, want []string }{
		// Avro's union branches are their parent's value, under a parent only.
		{[]string{"player", "weight_kg", "float"}, []string{"player", "weight_kg"}},
		{[]string{"user", "name", "string"}, []string{"user", "name"}},
		{[]string{"float"}, []string{"float"}},
		{[]string{"coords", "long", "x"}, []string{"coords", "long", "x"}},
		// GraphQL connections: a node under edges is the record.
		{[]string{"friends", "edges", "node", "email"}, []string{"friends", "edges", "email"}},
		{[]string{"cluster", "node", "ip"}, []string{"cluster", "node", "ip"}},
		// A property's past values are the property's.
		{[]string{"properties", "firstname", "versions", "value"}, []string{"properties", "firstname", "value"}},
		{[]string{"app", "versions", "latest"}, []string{"app", "versions", "latest"}},
		// LDAP attribute types by their OIDs.
		{[]string{"entries", "2.5.4.42"}, []string{"entries", "given name"}},
		{[]string{"entry", "0.9.2342.19200300.100.1.3"}, []string{"entry", "mail"}},
		{[]string{"entry", "1.3.6.1.4.1.99999.1"}, []string{"entry", "1.3.6.1.4.1.99999.1"}},
		// SNMP objects by their OIDs, with their instance or without.
		{[]string{"oids", "1.3.6.1.2.1.1.5.0", "value"}, []string{"oids", "hostname", "value"}},
		{[]string{"walk", "1.3.6.1.2.1.4.20.1.1.10.28.20.1"}, []string{"walk", "ip address"}},
		{[]string{"walk", "1.3.6.1.2.1.47.1.1.1.1.11.1001"}, []string{"walk", "serial number"}},
		{[]string{"walk", "1.3.6.1.2.1.1.3.0"}, []string{"walk", "1.3.6.1.2.1.1.3.0"}},
		// An EU Digital COVID Certificate's two-letter fields, by their parents.
		{[]string{"c", "-260", "nam", "gnt"}, []string{"c", "-260", "nam", "given name"}},
		{[]string{"hcert", "v", "mp"}, []string{"hcert", "v", "vaccine name"}},
		{[]string{"v", "xy"}, []string{"v", "xy"}},
		{[]string{"nam", "city"}, []string{"nam", "city"}},
		// Bluetooth's GATT services and characteristics by their assigned numbers.
		{[]string{"services", "0000180a-0000-1000-8000-00805f9b34fb", "00002A25-0000-1000-8000-00805F9B34FB", "value"}, []string{"services", "device information", "serial number", "value"}},
		{[]string{"chars", "0x2A8E"}, []string{"chars", "height"}},
		{[]string{"chars", "0x1234"}, []string{"chars", "0x1234"}},
		{[]string{"items", "3f2a9c0d-8b7e-4f61-a5c2-d9e0b1f3a7c4"}, []string{"items", "3f2a9c0d-8b7e-4f61-a5c2-d9e0b1f3a7c4"}},
		// An XML element's version attribute is its format's.
		{[]string{"system", "firmware", "@version"}, []string{"system", "firmware", "schema version"}},
		// LwM2M objects and resources by their numbers.
		{[]string{"datamodel", "/3/0", "2"}, []string{"datamodel", "device", "serial number"}},
		{[]string{"datamodel", "/4/0", "4/0"}, []string{"datamodel", "connectivity", "ip address"}},
		{[]string{"datamodel", "/3300/0", "5700"}, []string{"datamodel", "/3300/0", "5700"}},
		// An API's envelope between a collection and its records.
		{[]string{"rest/wlanconf", "data", "name"}, []string{"rest/wlanconf", "name"}},
		{[]string{"d", "results", "Title"}, []string{"d", "Title"}},
		{[]string{"data", "email"}, []string{"data", "email"}},
		{[]string{"sensor", "data"}, []string{"sensor", "data"}},
		// A content store's values per locale are the field's.
		{[]string{"fields", "surname", "lv-LV"}, []string{"fields", "surname"}},
		{[]string{"fields", "title", "zh-Hans"}, []string{"fields", "title"}},
		{[]string{"entry", "bio", "es-419"}, []string{"entry", "bio"}},
		{[]string{"fields", "wifi", "lv-LV", "parole"}, []string{"fields", "wifi", "parole"}},
		{[]string{"locales", "en-US"}, []string{"locales"}},
		{[]string{"user", "ip-addr"}, []string{"user", "ip-addr"}},
		{[]string{"en-US"}, []string{"en-US"}},
	} {
		require.Equal(t, tc.want, rewriteNames(nil, tc.in), "%q", tc.in)
	}
}

// fieldNamesAgree checks that fieldNames, through kc or not, says what
// rewriteNames says, and leaves names alone.
func fieldNamesAgree(t *testing.T, kc *KeyCache, names []string) {
	t.Helper()
	want := rewriteNames(nil, names)
	held := slices.Clone(names)
	for _, c := range []*KeyCache{nil, kc} {
		got, scratch := fieldNames(c, names)
		if !slices.Equal(got, want) {
			t.Fatalf("fieldNames(%q) = %q, want %q", names, got, want)
		}
		if scratch != (c != nil && !plainNames(names)) {
			t.Fatalf("fieldNames(%q): scratch %v", names, scratch)
		}
		if !slices.Equal(names, held) {
			t.Fatalf("fieldNames changed its names: %q, were %q", names, held)
		}
	}
}

func TestFieldNamesAgrees(t *testing.T) {
	special := []string{"", "M", "L", "x", "$", "$os_version", "fields", "values", "mapValue", "arrayValue", "Value",
		"stringValue", "maxValue", "user.email", "ecg.fw", "Firmware / app", "addr/city", "a.1.b.2.SSID", "1.2", ".", "/",
		"InternetGatewayDevice.LANDevice.1.WLANConfiguration.1.SSID", "lastSeen", "email", "ünïcode.naïve",
		"2.5.4.42", "0.9.2342.19200300.100.1.1", "2.5.4", "node", "edges", "versions", "history", "value", "float", "long", "string"}
	special = slices.AppendSeq(special, maps.Keys(mongoWrappers))
	special = slices.AppendSeq(special, maps.Keys(storeWrappers))
	var words []string
	files, err := DefaultFiles()
	require.NoError(t, err)
	for _, f := range files {
		for _, r := range f.Rules {
			words = append(words, r.Keys...)
		}
	}
	slices.Sort(special) // the maps' order would make the draws below vary
	r := rand.New(rand.NewPCG(3, 4))
	var kc KeyCache
	plain := 0
	for range 200_000 {
		names := make([]string, r.IntN(6))
		for i := range names {
			if r.IntN(4) == 0 {
				names[i] = special[r.IntN(len(special))]
			} else {
				names[i] = words[r.IntN(len(words))]
			}
		}
		if plainNames(names) {
			plain++
		}
		fieldNamesAgree(t, &kc, names)
	}
	t.Logf("%d of 200,000 paths plain", plain)
}

func FuzzFieldNames(f *testing.F) {
	for _, p := range []string{"user\x00email", "doc\x00$date", "a\x00mapValue\x00fields\x00b", "x\x00user.email", "M\x00L\x00v", "x\x00/apps/api/466/devices/all?q=1\x00label", "ടാബ്\u200cലെറ്റ്\x00അവസാനം_കണ്ടത്", "شماره\u200cتلفن", "/a/1/"} {
		f.Add(p)
	}
	var kc KeyCache
	f.Fuzz(func(t *testing.T, path string) {
		fieldNamesAgree(t, &kc, strings.Split(path, "\x00"))
	})
}

func TestSynonymSpelledInPieces(t *testing.T) {
	s, err := Default()
	require.NoError(t, err)
	// A synonym of several words is written glued; a key may spell it with
	// separators, or the vocabulary may cut it in pieces.
	for key, want := range map[string][]string{
		"postanskibroj":   {"postcode"},
		"postanski_broj":  {"postcode"},
		"serijski_broj":   {"serial", "number"},
		"nume_de_familie": {"last", "name"},
		"email_address":   {"email", "address"},
	} {
		require.Equal(t, want, s.words(key), key)
	}
}

func TestSynonymStartsGluedWord(t *testing.T) {
	s, err := Default()
	require.NoError(t, err)
	// A glued word no vocabulary splits may start with a synonym; an
	// ordinary ending is no word of its own.
	require.Equal(t, []string{"wheelchair", "kuljetus"}, s.words("pyoratuolikuljetus"))
	require.Equal(t, []string{"medication"}, s.words("medication"))
}

func TestCompoundHeadAndScripts(t *testing.T) {
	s, err := Default()
	require.NoError(t, err)
	for key, want := range map[string][]string{
		// The head of a Germanic compound the vocabulary cannot split.
		"Aktualisierungstoken": {"aktualisierungs", "token"},
		"Initialkennwort":      {"initial", "password"},
		"tokens":               {"tokens"},
		// A change of script ends a word.
		"APIキー":   {"api", "key"},
		"DNSサーバー": {"dns", "server"},
		"IPアドレス":  {"ip", "address"},
		// A word of a key dictionary is not cut into other words.
		"depression": {"depression"},
	} {
		require.Equal(t, want, s.words(key), key)
	}
}

func TestArabicArticle(t *testing.T) {
	s, err := Default()
	require.NoError(t, err)
	// Arabic in Latin letters glues the article to its noun; a word that
	// only starts with the letters keeps them.
	require.Equal(t, []string{"address"}, s.words("alunwan"))
	require.Equal(t, []string{"device"}, s.words("aljihaz"))
	require.Equal(t, []string{"version"}, s.words("al_isdar"))
	require.Equal(t, []string{"alert", "level"}, s.words("alert_level"))
	require.Equal(t, []string{"allergies"}, s.words("allergies"))
	// Arabizi writes letters as digits; its words are synonyms, and their
	// pieces no words of the vocabulary ("im" would split "import").
	require.Equal(t, []string{"street"}, s.words("alshari3"))
	require.Equal(t, []string{"import"}, s.words("import"))
	// A synonym starts the glued words it prefixes: a short one must not
	// be the start of common words (Irish "contae", county, folds to
	// "conta": containers, contagious).
	for _, w := range []string{"containers", "containerPort", "familiares", "familiarity"} {
		require.NotContains(t, s.words(w), "county", w)
		require.NotContains(t, s.words(w), "last", w)
	}
	// A synonym of several words whose first is shorter than three bytes.
	require.Equal(t, []string{"last", "name"}, s.words("ap_paterno"))
	require.Equal(t, []string{"mobile"}, s.words("nr_cel"))
	// An OData annotation is its property's display form.
	require.Equal(t, []string{"gendercode"}, rewriteNames(nil, []string{"gendercode@OData.Community.Display.V1.FormattedValue"}))
	// Brazilian column prefixes: the kind follows the words it qualifies.
	require.Equal(t, []string{"patient", "name"}, s.words("nm_paciente"))
	require.Equal(t, []string{"sensor", "type"}, s.words("tp_sensor"))
	require.Equal(t, []string{"uf"}, s.words("sg_uf"))
	require.Equal(t, []string{"qt", "tentativas", "password"}, s.words("qt_tentativas_senha"))
	// Scripts: Persian, Bengali, Georgian and Amharic keys read as their
	// English twins.
	require.Equal(t, []string{"date", "of", "birth"}, s.words("تاریخ تولد"))
	require.Equal(t, []string{"blood", "pressure"}, s.words("রক্তচাপ"))
}

// TestHeadFirstPairs checks that the last two words of a field name are
// also read in the other order, a connector between them or not, as the
// languages that put the head first write them, and only where they mean
// nothing as they stand.
func TestHeadFirstPairs(t *testing.T) {
	s, err := Default()
	require.NoError(t, err)
	rulesOf := func(key string) []string {
		var ids []string
		for _, h := range s.JudgeKey([]string{key}).Hits {
			if !h.Negative {
				ids = append(ids, h.Rule.ID)
			}
		}
		return ids
	}
	for key, want := range map[string]string{
		"kod_za_pristup":     "credential.access-code", // sr: code for access
		"код_за_достъп":      "credential.access-code", // bg
		"tip_uredjaja":       "device.kind-by-dictionary",
		"atebide_lehenetsia": "network.ip-field", // eu: gateway default
	} {
		require.Contains(t, rulesOf(key), want, key)
	}
	// A pair in its own order with a connector between reads as the
	// pair: Sesotho's "qetello e bonoe" is last seen.
	require.Contains(t, hitIDs(s.JudgeKey([]string{"sesebelisoa", "qetello_e_bonoe"})), "device.last-seen")
	// English names keep their order: a user's id is no id of a user
	// (id_usuario), a serial number's id no identity number.
	for key, not := range map[string]string{
		"user_id":        "contact.login-id",
		"SerialNumberID": "contact.national-id",
		"agentUserId":    "device.user-agent",
	} {
		require.NotContains(t, rulesOf(key), not, key)
	}
	// A generic field (a search engine's raw, snippet) reads its parent's
	// last two words in the other order, as the parent's own name would
	// read: Lingala's "nimero ya esaleli" is a device's number.
	require.Contains(t, hitIDs(s.JudgeKey([]string{"results", "nimero_ya_esaleli", "raw"})), "device.id")
	require.Contains(t, hitIDs(s.JudgeKey([]string{"results", "nimero_ya_esaleli"})), "device.id")
}

// A dictionary that a rule of another category also takes for context
// gives its words to both: a credential rule placed before the device
// rules, with the device nouns for context, takes no word from them.
func TestDictContextShared(t *testing.T) {
	files, err := DefaultFiles()
	require.NoError(t, err)
	extra, err := Parse("first.yaml", []byte(`rules:
  - id: credential.zz-device-pin
    category: credential
    type: pin
    keys: [unlock code]
    context_dict: device_nouns
    on: [string]
    value: '^\d{4,8}$'
    confidence: 0.9
`))
	require.NoError(t, err)
	// Rules are kept in the order of their ids: credential.* comes before
	// device.*.
	at := slices.IndexFunc(files, func(f *File) bool { return len(f.Rules) > 0 })
	files = slices.Insert(files, at, extra)
	s, err := Compile(CompileOptions{}, files...)
	require.NoError(t, err)
	def, err := Default()
	require.NoError(t, err)
	for _, path := range [][]string{{"dimmers", "brand"}, {"dimmer", "last seen"}} {
		want := hitIDs(def.JudgeKey(path))
		require.NotEmpty(t, want, "%v", path)
		require.Equal(t, want, hitIDs(s.JudgeKey(path)), "%v", path)
	}
}

func hitIDs(v *KeyVerdict) []string {
	var ids []string
	for _, h := range v.Hits {
		if len(v.Off) <= h.Rule.Index/64 || v.Off[h.Rule.Index/64]&(1<<(h.Rule.Index%64)) == 0 {
			ids = append(ids, h.Rule.ID)
		}
	}
	return ids
}

// A context two levels up is the field's where the level between is no
// collection of its own: a host's name under hosts[] and a name in a
// host's data, not an item's name under hosts[].items[] nor a ticket's
// under assets.Ticket. A section's
// context reaches every level.
func TestContextThroughCollections(t *testing.T) {
	s, err := Default()
	require.NoError(t, err)
	const host = "network.host-name-in-network"
	require.Contains(t, hitIDs(s.JudgeKey([]string{"hosts", "name"})), host)
	require.Contains(t, hitIDs(s.JudgeKey([]string{"hosts", "data", "name"})), host)
	require.NotContains(t, hitIDs(s.JudgeKey([]string{"hosts", "items", "name"})), host)
	require.NotContains(t, hitIDs(s.JudgeKey([]string{"hosts", "templates", "name"})), host)
	// Nor is a level that holds a record of its own kind: a ticket's
	// title among a helpdesk's assets, a device's user's name.
	require.Contains(t, hitIDs(s.JudgeKey([]string{"assets", "camera", "last_seen"})), "device.last-seen")
	require.NotContains(t, hitIDs(s.JudgeKey([]string{"assets", "ticket", "last_contact_customer_at"})), "device.last-seen")
	require.NotContains(t, hitIDs(s.JudgeKey([]string{"assets", "TicketArticle", "type"})), "device.product-name")
	require.Contains(t, hitIDs(s.JudgeKey([]string{"vitals", "readings", "value"})), "health.section")
}

// A generic field takes its parent's vetoes with its parent's keys: the
// value of mfa_enrolled is a flag, no MFA secret; a container's veto is
// the container's own (a wlan_config's name is its SSID). ServiceNow's
// display_value is as generic as its value.
func TestGenericFieldTakesParentVetoes(t *testing.T) {
	s, err := Default()
	require.NoError(t, err)
	require.Contains(t, hitIDs(s.JudgeKey([]string{"mfa", "value"})), "credential.totp-seed")
	require.NotContains(t, hitIDs(s.JudgeKey([]string{"mfa_enrolled", "value"})), "credential.totp-seed")
	require.Contains(t, hitIDs(s.JudgeKey([]string{"wlan_config", "name"})), "network.ssid")
	require.Contains(t, hitIDs(s.JudgeKey([]string{"result", "u_serial_number", "display_value"})), "device.serial")
}

// Letters no Unicode decomposition folds are folded by hand (Azerbaijani's
// schwa, Maltese's ħ), and a Turkic plural or possessive reads as its
// synonym's.
func TestFoldsAndTurkicPlurals(t *testing.T) {
	s, err := Default()
	require.NoError(t, err)
	require.Equal(t, []string{"son", "gorulme"}, SplitKey(nil, "son_görülmə"))
	require.Equal(t, []string{"gholi"}, SplitKey(nil, "għoli"))
	require.Contains(t, hitIDs(s.JudgeKey([]string{"cihazlar", "son_görülmə"})), "device.last-seen")
	require.Contains(t, hitIDs(s.JudgeKey([]string{"parolalar"})), "credential.password")
	require.Contains(t, hitIDs(s.JudgeKey([]string{"şifreleri"})), "credential.password")
	require.Empty(t, hitIDs(s.JudgeKey([]string{"qurilmalar_soni"})))
	// Possessives: Uzbek's shifokor izohi (the doctor's note); a rule's
	// own word (imei, koodi) is not taken apart.
	require.Equal(t, []string{"doctor", "note"}, s.words("shifokor_izohi"))
	require.Equal(t, []string{"imei"}, s.words("imei"))
}

// A request's route used as a key names what follows its last id, without
// its query; a route of numbers alone (Matter's 0/40/1) stays as it is.
func TestRouteTail(t *testing.T) {
	tests := []struct{ key, want string }{
		{"/apps/api/466/devices/all", "/devices/all"},
		{"/patients/12/observations", "/observations"},
		{"/fleet/vehicles/stats?types=gps,engineStates", "/fleet/vehicles/stats"},
		{"/users/6f1c2a9e-1b2c-4d3e-8f90-0a1b2c3d4e5f/tokens", "/tokens"},
		{"/apps/api/482/devices/49", "/devices/49"},
		{"0/40/1", "0/40/1"},
		{"wifi_ssid", "wifi_ssid"},
		{"/v1/objects", "/v1/objects"},
	}
	for _, tt := range tests {
		require.Equal(t, tt.want, routeTail(tt.key), tt.key)
	}
}

// A field that names a credential holds its label, not the secret:
// pinName "Master PIN", secretName, a token's label.
func TestCredentialNameIsNoSecret(t *testing.T) {
	s, err := Default()
	require.NoError(t, err)
	for _, key := range [][]string{{"events", "pinName"}, {"volumes", "secretName"}, {"tokens", "token_label"}, {"keys", "api_key_description"}} {
		for _, h := range s.JudgeKey(key).Hits {
			require.NotEqual(t, Credential, h.Rule.Cat, "%v: %s", key, h.Rule.ID)
		}
	}
	require.Contains(t, hitIDs(s.JudgeKey([]string{"user", "pin"})), "credential.password")
}
