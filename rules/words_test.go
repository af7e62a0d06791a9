package rules

import (
	"slices"
	"strings"
	"testing"
	"unicode"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestSplitKey(t *testing.T) {
	tests := []struct {
		key  string
		want []string
	}{
		{"fwVer", []string{"fw", "ver"}},
		{"wifi_ssid", []string{"wifi", "ssid"}},
		{"WiFi-Name", []string{"wi", "fi", "name"}},
		{"SSIDName", []string{"ssid", "name"}},
		{"ip4Addr", []string{"ip", "4", "addr"}},
		{"contraseña", []string{"contrasena"}},
		{"Straße/Hausnr.", []string{"strasse", "hausnr"}},
		{"col_07", []string{"col", "07"}},
		{"user.email", []string{"user", "email"}},
		{"", nil},
		{"__", nil},
		{"LASTNAME", []string{"lastname"}},
		{"Τηλέφωνο_Επαφής", []string{"τηλεφωνο", "επαφησ"}},
		{"numărȚelefon", []string{"numar", "telefon"}},
		{"doğumTarihi", []string{"dogum", "tarihi"}},
		{"số_điện_thoại", []string{"so", "dien", "thoai"}},
		// Vowel signs are part of their word; optional vowels, tatweel,
		// decomposed accents are not; Arabic and Persian letters fold alike.
		{"নাম_ঠিকানা", []string{"নাম", "ঠিকানা"}},
		{"मोबाइल नंबर", []string{"मोबाइल", "नंबर"}},
		{"الْهَاتِف", []string{"الهاتف"}},
		{"شماره\u200cتلفن", []string{"شماره", "تلفن"}},
		{"ടാബ്\u200cലെറ്റ്", []string{"ടാബ്ലെറ്റ്"}}, // after a virama, a joiner shapes the word
		{"كلمة_المرور", []string{"کلمه", "المرور"}},
		{"كلمـة_السر", []string{"کلمه", "السر"}},
		{"رقم\u00a0الهوية", []string{"رقم", "الهویه"}},
		{"contrase\u0303na", []string{"contrasena"}},
		{"\u0301abc", []string{"abc"}},
		// XML's escapes in names, as SharePoint writes its columns.
		{"Datum_x0020_ro_x0111_enja", []string{"datum", "rodenja"}},
		{"E_x002d_po_x0161_ta", []string{"e", "posta"}},
		{"Ulica_x0020_i_x0020_broj", []string{"ulica", "i", "broj"}},
		{"max_x_count", []string{"max", "x", "count"}},
		{"a_x00zz_b", []string{"a", "x", "00", "zz", "b"}},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, SplitKey(nil, tt.key), "SplitKey(%q)", tt.key)
	}
}

func TestMatchTerm(t *testing.T) {
	v := vocabulary{"firmware": {}, "version": {}, "wifi": {}, "password": {}, "last": {}, "name": {}, "fw": {}}
	tests := []struct {
		term string
		key  string
		want bool
	}{
		{"accesstoken", "accessToken", true},
		{"accesstoken", "access_token", true},
		{"accesstoken", "accesstoken", true},
		{"email", "emails", true},
		{"address", "addresses", true},
		{"devicetype", "devices_type", true},
		{"firmware", "firmwareversion", true},
		{"wifipassword", "wifipassword", true},
		{"lastname", "LASTNAME", true},
		{"ip", "zip", false},
		{"ip", "shipping_ip", true},
		{"pass", "passport", false},
		{"tel", "hotel", false},
		{"token", "token_count", true},
		{"firmware", "firmwareversie", true},
		{"medica", "medication", false},
		{"medica", "medications", false},
	}
	for _, tt := range tests {
		ws := v.words(nil, tt.key)
		assert.Equal(t, tt.want, matchTerm(tt.term, ws, 0), "matchTerm(%q, %q) over %q", tt.term, tt.key, ws)
	}
}

func TestMatchTermEndsInOwnKey(t *testing.T) {
	// wifi.name: the term crosses from the parent into the key itself.
	ws := []string{"wifi", "name"}
	assert.True(t, matchTerm("wifiname", ws, 1))
	// password.updated_at: "password" is only in the parent.
	ws = []string{"password", "updated", "at"}
	assert.False(t, matchTerm("password", ws, 1))
}

func TestSegment(t *testing.T) {
	v := vocabulary{"firmware": {}, "version": {}, "fw": {}, "ver": {}, "mac": {}, "address": {}}
	assert.Equal(t, []string{"firmware", "version"}, v.segment("firmwareversion"))
	assert.Equal(t, []string{"mac", "address"}, v.segment("macaddress"))
	assert.Nil(t, v.segment("firmwarexversion"))
	assert.Nil(t, v.segment("mac"))
	// One short piece splits (fwver); two make a word nobody glued.
	v = vocabulary{"fw": {}, "ver": {}, "en": {}, "vi": {}, "ad": {}, "os": {}}
	assert.Equal(t, []string{"fw", "ver"}, v.segment("fwver"))
	assert.Nil(t, v.segment("enviados"))
}

// A hostile dump may use megabytes of data as a key: judging it stays
// cheap.
func TestJudgeKeyLongKey(t *testing.T) {
	s, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	long := strings.Repeat("passwordx", 200_000)
	v := s.JudgeKey([]string{"a", long})
	assert.NotNil(t, v.Off)
}

// RecordMarkCached says what JudgeKey says of a record's marker and type
// fields, through a KeyCache or not.
func TestRecordMarkCached(t *testing.T) {
	s, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	var kc KeyCache
	paths := [][]string{
		{}, {"$oid"}, {"loinc"}, {"results", "loinc"}, {"rows", "LOINC_CODE"}, {"a", "Firmware"},
		{"device", "fw_version", "$date"}, {"x", "SerialNumber"}, {"resourceType"}, {"entry", "resource", "resourceType"},
		{"meta", "record.type"}, {"a.b.c.serial_number"}, {"cfg/1/mac_address"}, {"user.firmware"},
		{"name"}, {"user", "email"}, {"kind"}, {"Tipo de registro"}, {"ref_range"}, {"drug-name"}, {"$numberLong"},
		{"InternetGatewayDevice.LANDevice.1.Hosts.Host.3.MACAddress"}, {"serial", "no"}, {"A-10861"},
	}
	assert.Equal(t, "lab results", s.JudgeKey([]string{"loinc"}).Record)
	assert.True(t, s.JudgeKey([]string{"resourceType"}).TypeKey)
	for _, p := range paths {
		v := s.JudgeKey(p)
		for _, c := range []*KeyCache{nil, &kc} {
			r, tk := s.RecordMarkCached(c, p)
			assert.Equal(t, v.Record, r, "%q", p)
			assert.Equal(t, v.TypeKey, tk, "%q", p)
		}
	}
}

// splitKeyRef is SplitKey as first written, over a rune slice with a
// strings.Replacer: what the stack-buffer version must still say.
func splitKeyRef(key string) []string {
	var dst []string
	var word strings.Builder
	digraphs := strings.NewReplacer("ae", "a", "oe", "o", "ue", "u")
	flush := func() {
		if word.Len() > 0 {
			dst = append(dst, digraphs.Replace(word.String()))
			word.Reset()
		}
	}
	const (
		none = iota
		lower
		upper
		digit
		wide
	)
	prev := none
	rs := []rune(key)
	for i, r := range rs {
		var cls int
		switch {
		case unicode.IsDigit(r):
			cls = digit
		case unicode.IsUpper(r):
			cls = upper
		case r >= 0x2E80 && unicode.IsLetter(r):
			cls = wide
		case unicode.IsLetter(r):
			cls = lower
		case unicode.Is(unicode.M, r):
			if prev != none && prev != digit {
				word.Write(appendMark(nil, r))
			}
			continue
		case (r == 0x200C || r == 0x200D) && i > 0 && rs[i-1] >= 0x0900 && rs[i-1] <= 0x0DFF && unicode.Is(unicode.M, rs[i-1]):
			continue
		default:
			flush()
			prev = none
			continue
		}
		switch {
		case prev == none:
		case cls == digit && prev != digit, cls != digit && prev == digit:
			flush()
		case (cls == wide) != (prev == wide):
			flush()
		case cls == upper && prev == lower:
			flush()
		case cls == upper && prev == upper && i+1 < len(rs) && unicode.IsLower(rs[i+1]):
			flush()
		}
		word.Write(appendFoldRune(nil, r)) // the unicode package's answer, not runeInfos'
		prev = cls
	}
	flush()
	return dst
}

// SplitKey agrees with splitKeyRef on every term of the default rules,
// every dictionary entry, and a few hard cases.
func TestSplitKeyAgrees(t *testing.T) {
	keys := []string{"Groesse", "GRÖSSE", "aee", "uue", "ÆON", "Œuvre", "İstanbul", "KELVIN", "\xff\xfeAb", "SSIDName",
		"aBC\u0301Def", "x\u00adY", "ÀÉÎõü", "ǅungla", "ΣΊΣΥΦΟΣ", "日本語キー", "a1B2c3", strings.Repeat("Ab", 60)}
	files, err := DefaultFiles()
	require.NoError(t, err)
	for _, f := range files {
		for _, r := range f.Rules {
			keys = append(keys, r.Keys...)
			keys = append(keys, r.Context...)
			keys = append(keys, r.NotKeys...)
		}
		for _, s := range f.Synonyms {
			keys = append(keys, s.Word, s.Means)
		}
	}
	d, err := DefaultDictionaries()
	require.NoError(t, err)
	for _, n := range d.Names() {
		keys = append(keys, d.Words(n)...)
	}
	for _, k := range keys {
		want := splitKeyRef(k)
		if got := SplitKey(nil, k); !slices.Equal(want, got) {
			t.Errorf("SplitKey(%q) = %q, want %q", k, got, want)
		}
		if got := splitTerm(nil, k); !slices.Equal(want, got) {
			t.Errorf("splitTerm(%q) = %q, want %q", k, got, want)
		}
	}
	t.Logf("%d keys", len(keys))
}

func FuzzSplitKey(f *testing.F) {
	for _, k := range []string{"fwVer", "SSIDName", "Groesse", "Straße/Hausnr.", "ÆON", "ടാബ്\u200cലെറ്റ്", "\u200cx", "ප්\u200dර"} {
		f.Add(k)
	}
	f.Fuzz(func(t *testing.T, k string) {
		want := splitKeyRef(k)
		if got := SplitKey(nil, k); !slices.Equal(want, got) {
			t.Errorf("SplitKey(%q) = %q, want %q", k, got, want)
		}
		if got := splitTerm(nil, k); !slices.Equal(want, got) {
			t.Errorf("splitTerm(%q) = %q, want %q", k, got, want)
		}
	})
}

// A plain English word stays whole (rules/dict/plain_words.txt): no
// pieces of it mean what it does not (assess is no "as sess", a session).
func TestPlainWordsStayWhole(t *testing.T) {
	s, err := Default()
	require.NoError(t, err)
	for _, w := range []string{"respondent", "assess", "airstrip", "artwork", "portfolio", "headphones", "kilometers", "hashtags", "administrada"} {
		assert.Equal(t, []string{w}, s.words(w))
		assert.Empty(t, s.JudgeKey([]string{w}).Hits, w)
	}
	assert.Contains(t, hitIDs(s.JudgeKey([]string{"respondentEmail"})), "contact.email")
	assert.NotContains(t, hitIDs(s.JudgeKey([]string{"respondentEmail"})), "health.medical")
	// A compound whose pieces mean it is still cut.
	assert.Contains(t, hitIDs(s.JudgeKey([]string{"passwords"})), "credential.password")
}

// splitTerm splits a term as SplitKey does, with or without its fast path.
func TestSplitTermAgrees(t *testing.T) {
	for _, term := range []string{"access token", "wifi-ssid", "ip4addr", "groesse", "fw_ver2x", "a1b2", "mot de passe", "Größe", "WiFi-Name", "_x0020_name", "  spaced  out ", "value", "9", ""} {
		assert.Equal(t, SplitKey(nil, term), splitTerm(nil, term), term)
	}
}
