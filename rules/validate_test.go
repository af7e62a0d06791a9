package rules

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestValidators(t *testing.T) {
	d, err := DefaultDictionaries()
	require.NoError(t, err)
	tests := []struct {
		name   string
		fn     func([]byte) bool
		true_  []string
		false_ []string
	}{
		{"handle", handle,
			[]string{"felix_on_tour", "daan605", "lucia.fdz", "jonason_tour"},
			[]string{"Felix", "admin", "u-1234", "usr_8f3a9b2c", "ab12"}},
		{"password shape", passwordShape,
			[]string{"Winter2025?", "c8d&hAE4yg1d", "Tortuga#027?"},
			[]string{"A1b2C3d4", "Q2xpZW50SWQ9MTIzNA==", "$2b$10$abcdefGH1!", "https://ex.org/?a=1&B=2", "Pass 1!x", "_User$Xk3J9aQ2Lm", "Elev$a8Kd02LmQz",
				"ACCT#a58e12955e9a", "USER#42#ORDER#9x"}},
		{"composite key", compositeKey,
			[]string{"ACCT#a58e1295", "TOKEN#eb9ffe1a", "GSI1_PK#x"},
			[]string{"Ab#cd1234", "#AB12", "A#b", "Winter2025#"}},
		{"host or URL", hostOrURL,
			[]string{"https://results.example.com/fhir/r4", "lims-prod.c618.us-east-1.rds.amazonaws.com", "ftp://files.example.org"},
			[]string{"742 Evergreen Terrace", "Calle Mayor 5", "Flat 3.2", "12.5", "apt.4b"}},
		{"address or endpoint", ipEndpoint,
			[]string{"192.168.1.20", "10.0.0.1:8080", "fe80::1", "[2001:db8::5]:443", "2001:0db8:0000:0000:0000:ff00:0042:8329"},
			[]string{"0.0.0.0", "::", "255.255.255.255", "0.0.0.0:67", "52:50:c0:e8:85:36:13:c5", "4.9.5"}},
		{"kebab code", kebabCode,
			[]string{"user-friendly-name", "model-name-x"},
			[]string{"smart-plug", "Cam-Pan-v3", "wi-fi-6e", "-a-b", "a--b-c"}},
		{"person name", func(v []byte) bool { return personName(v, d) },
			[]string{"Ana García", "García, Ana", "山田太郎", "Anna", "ဦးကျော်ဇော်", "ဒေါ်ခိုင်ခိုင်ဇော်"},
			[]string{"Living Room", "정상", "高血压", "ana@example.org"}},
		{"last name word", func(v []byte) bool { return lastNameWord(v, d) },
			[]string{"su esposo Pablo", "Mme Martin", "Anna"},
			[]string{"the son of the owner", "Mr Router", "x"}},
		{"dictionary term", func(v []byte) bool { return d.hasTerm("conditions", v) },
			[]string{"Paciente con hipotiroidismo en tratamiento", "known asthma, uses an inhaler", "doença celíaca desde 2019", "Lives alone. hip replacement in March"},
			[]string{"the camera is offline again", "le goût du café", "la goutte d'eau"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			for _, v := range tt.true_ {
				assert.True(t, tt.fn([]byte(v)), "%q", v)
			}
			for _, v := range tt.false_ {
				assert.False(t, tt.fn([]byte(v)), "%q", v)
			}
		})
	}
}

// A find of WholeText hands the text to the validators without running an
// expression, and reports the whole text.
func TestWholeTextFind(t *testing.T) {
	f, err := Parse("w.yaml", []byte("rules:\n  - id: w.cond\n    category: health\n    type: t\n    find: '(?s)^.+$'\n    validate: ['dict-term:conditions']\n    confidence: 0.7\n"))
	require.NoError(t, err)
	s, err := Compile(CompileOptions{}, f)
	require.NoError(t, err)
	c := s.Rule("w.cond")
	require.True(t, c.wholeText)
	text := []byte("Riferisce asma bronchiale da anni")
	var got [2]int
	err = c.FindIn(text, text, ShapeOf(text), s.Dictionaries(), func(a, b int) bool { got = [2]int{a, b}; return false })
	require.NoError(t, err)
	assert.Equal(t, [2]int{0, len(text)}, got)
	found, err := c.Found([]byte("nothing medical here at all"), new(TextIndex), ShapeOf([]byte("x y z")), s.Dictionaries())
	require.NoError(t, err)
	assert.False(t, found)
}

func TestFileURL(t *testing.T) {
	for v, want := range map[string]bool{
		"https://db.example.internal/media/user_files/Zo_sutikimas.pdf": true,
		"https://db.example.internal/media/thumbnails/tiny/Zo.PNG?x=1":  true,
		"http://192.168.1.1/admin":                                      false,
		"https://router.lan:8443/cgi-bin/luci":                          false,
		"https://nas.local/share/x.photos/":                             false,
		"https://db.example.internal/api/rows/table/880/?page=2&size=1": false,
		"rtsp://10.0.0.20:554/live.sdp":                                 false,
	} {
		if got := fileURL([]byte(v)); got != want {
			t.Errorf("fileURL(%q) = %v, want %v", v, got, want)
		}
	}
}

func TestDottedName(t *testing.T) {
	for v, want := range map[string]bool{
		"installaties.batterij": true, "auth.user": true, "ui.load": true, "app_1.model_2": true,
		"WYZEC2": false, "iPhone 14.2": false, "v2.1": false, "x.": false, ".x": false, "a..b": false, "plain": false, "esp32.c3": true, "roborock.vacuum.s5": false,
		"2.4.1": false, "SP.Data.KamioniListItem": true, "n8n-nodes-base.httpRequest": true, "com.example.SyncWorker": true,
		"Galaxy.S21": false, "iPhone12,1": false, "MacBookPro.": false,
	} {
		if got := dottedName([]byte(v)); got != want {
			t.Errorf("dottedName(%q) = %v, want %v", v, got, want)
		}
	}
}

func TestWithoutTitle(t *testing.T) {
	for v, want := range map[string]string{
		"Dr. Elena Ruiz": "Elena Ruiz", "RN Darnell Yarbrough": "Darnell Yarbrough", "Nurse Tessa": "Tessa", "Jururawat Mei Yee": "Mei Yee", "Mnr. Pieter Botha": "Pieter Botha", "Pak Budi Santoso": "Budi Santoso",
		"Lic. Ana Ruiz": "Ana Ruiz", "Elena Ruiz": "Elena Ruiz", "Drone 7": "Drone 7", "RN": "RN",
	} {
		if got := string(WithoutTitle([]byte(v))); got != want {
			t.Errorf("WithoutTitle(%q) = %q, want %q", v, got, want)
		}
	}
}

func TestOrgName(t *testing.T) {
	for v, want := range map[string]bool{
		"Cedar Grove Nursing Services": true, "Harborlight Home Health": true, "Acme GmbH": true, "Clínica San José": false,
		"Ana Ruiz": false, "Dolores Pendergast": false, "Health": false, "Farmacia Central": false, "Smith & Co.": true,
		"Willow Court": true, "BACnet IP": true, "Wing B Nurse Call Gateway": true, "Heather Hall": false, "Ana Ward": false,
		"Sick Hours": true, "Install date": true, "Clearwater Counseling Collective": true, "Ana Hourston": false,
	} {
		if got := orgName([]byte(v)); got != want {
			t.Errorf("orgName(%q) = %v, want %v", v, got, want)
		}
	}
}

func TestTypeName(t *testing.T) {
	for v, want := range map[string]bool{
		"Integer": true, "Boolean": true, "enum": true, "JSON": true, "Raw": true, "Bitmap": true, "Hex-STRING": true, "Timeticks": true, "OID": true, "OctetString": true, "marker": true, "Ref": true, "row": true, "reply": true,
		"pumpSettings": true, "deviceEvent": true, "physicalActivity": true,
		"Wyze Cam": false, "Thermostat": false, "Integrator": false, "ST": false, "iPhone": false, "airMax": false, "eero": false, "pump2Settings": false,
	} {
		if got := typeName([]byte(v)); got != want {
			t.Errorf("typeName(%q) = %v, want %v", v, got, want)
		}
	}
}

func TestBPPair(t *testing.T) {
	for v, want := range map[string]bool{
		"144/95": true, "104 / 65": true, "220/130": true,
		"95/99": false, "100/100": false, "120/110": false, "120/": false, "/80": false, "12a/80": false, "12345/80": false,
	} {
		if got := bpPair([]byte(v)); got != want {
			t.Errorf("bpPair(%q) = %v, want %v", v, got, want)
		}
	}
}

func TestSignedMix(t *testing.T) {
	for v, want := range map[string]bool{
		"mVzO=^q!ylMgr3OO": true, "<<[Tsq^5vv[KpOMS": true, "living_room_lamp": false, "8c4680d040b1bf7f": false,
		"Abc def!": false, "ABC-DEF": false,
	} {
		if got := signedMix([]byte(v)); got != want {
			t.Errorf("signedMix(%q) = %v, want %v", v, got, want)
		}
	}
}

func TestIfName(t *testing.T) {
	for v, want := range map[string]bool{
		"wg0": true, "eth1": true, "br-lan": true, "igb0": true, "eth0.100": true, "vtnet0": true,
		"bridge0": true, "pppoe0": true, "ixl1": true, "enp0s31f6": true, "wlp2s0": true,
		"eth": false, "ethel": false, "ember": false, "reception-pc": false, "lobby": false, "wg-office-laptop": false, "NAS01": false,
	} {
		if got := ifName([]byte(v)); got != want {
			t.Errorf("ifName(%q) = %v, want %v", v, got, want)
		}
	}
}

func TestRandomID(t *testing.T) {
	for v, want := range map[string]bool{
		"usr6K6e2sNtsZA9A": true, "recnQ7u3CoyrtxRmr": true, "x8GJCWA0BXa14wwM8EnlxsYEV2f1": true,
		"JohnSmith1985": false, "eabernathy": false, "ana.souza": false, "8c4680d040b1bf7f": false, "MariaGarcia2": false,
		"e34qb5e3bm": true, "zebhsh5ogx": false, "john2doe3": false, "maria2020": false, "jsmith42": false, "a1b2c3": false,
	} {
		if got := randomID([]byte(v)); got != want {
			t.Errorf("randomID(%q) = %v, want %v", v, got, want)
		}
	}
}

func TestPhoneGroups(t *testing.T) {
	for v, want := range map[string]bool{
		"77 000 00 96": true, "0803 000 0601": true, "070000 08640": true, "90 000 0883": true, "555.123.4567": true,
		"1 250 000": false, "192.168.20": false, "2025-978086": false, "9300 9780 3763 8139": false, "12 34": false, "0803  000": false,
	} {
		assert.Equal(t, want, phoneGroups([]byte(v)), v)
	}
}
