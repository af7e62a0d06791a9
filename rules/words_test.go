package rules

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
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
