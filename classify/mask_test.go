package classify

import (
	"strings"
	"testing"
	"unicode"

	"github.com/stretchr/testify/assert"

	"github.com/leakscope/leakscope/rules"
)

func TestMask(t *testing.T) {
	tests := []struct {
		v    string
		cat  rules.Category
		want string
	}{
		{"ana@example.org", rules.Contact, "a**@e******.org"},
		{"sven+wyze@kestrelmail.test", rules.Contact, "s***+w***@k**********.test"},
		{"a@b.io", rules.Contact, "*@*.io"},
		{"Aisha Van der Berg", rules.Contact, "A**** V** d** B***"},
		{"+1 415 555 0100", rules.Contact, "+* *** *** ****"},
		{"https://cdn.example.com/u/8812.jpg", rules.Contact, "https://c**.e******.c**/*/****.j**"},
		{"192.168.1.23", rules.NetworkLayout, "192.168.*.*"},
		{"10.0.12.1", rules.NetworkLayout, "10.*.*.*"},
		{"172.20.4.1", rules.NetworkLayout, "172.20.*.*"},
		{"203.0.113.9", rules.NetworkLayout, "203.*.*.*"},
		{"255.255.255.0", rules.NetworkLayout, "255.255.*.*"},
		{"192.168.4.0/24", rules.NetworkLayout, "192.168.*.*/24"},
		{"fe80::1ff:fe23:4567:890a", rules.NetworkLayout, "fe80:****:…"},
		{"2001:db8::8a2e:370:7334", rules.NetworkLayout, "****:****:…"},
		{"HomeNet-5G", rules.NetworkLayout, "H******-**"},
		{"A4:DA:22:80:6F:33", rules.DeviceInventory, "A4:DA:22:**:**:**"},
		{"a4-da-22-80-6f-33", rules.DeviceInventory, "a4-da-22-**-**-**"},
		{"Betty's Room", rules.DeviceInventory, "B****'* R***"},
		{"WYZEC2", rules.DeviceInventory, "W*****"},
		{"4.9.6.241", rules.DeviceInventory, "*.*.*.***"},
		{"2019-12-14T09:50:11Z", rules.DeviceInventory, "****-**-*****:**:***"},
		{"AKIAIOSFODNN7EXAMPLE", rules.Credential, "AKIA****************"},
		{"Atza|IwEBIExampleAccessToken0123456789abcdef", rules.Credential, "Atza|***********************************…"},
		{"$2b$12$R9h/cIPz0gi.URNNX3kh2OPST9/PgBkqquzi.Ss7KIUgO2t0jWMUW", rules.Credential, "$2b$************************************…"},
		{"hunter2!", rules.Credential, "********"},
		{"ab", rules.Credential, "**"},
		{"94.8", rules.Health, "**.*"},
		{"188 cm", rules.Health, "*** **"},
		{"female", rules.Health, "******"},
		{"true", rules.Health, "<bool>"},
		{"false", rules.Contact, "<bool>"},
		{"null", rules.Contact, "null"},
		{`{"email":"ana@example.org"}`, rules.Contact, "{…}"},
		{"Zoë Ångström", rules.Contact, "Z** Å*******"},
		{strings.Repeat("word ", 20), rules.Contact, strings.Repeat("w*** ", 8) + "…"},
		{"bad\xffbytes", rules.Contact, "b**?b****"},
		{"tab\there", rules.Contact, "t** h***"},
	}
	for _, tt := range tests {
		t.Run(tt.v, func(t *testing.T) {
			assert.Equal(t, tt.want, Mask(tt.v, tt.cat))
		})
	}
}

// No masked value gives away its raw value: never equal to it, never
// containing it, and it hides at least half of its letters and digits.
func TestMaskHidesContent(t *testing.T) {
	values := []string{
		"ana@example.org", "Sven Fairbanks", "HomeNet-5G", "10.0.0.1", "Atza|IwEBIExampleAccessToken0123456789abcdef",
		"1.1.8.176", "+44 20 7946 0958", "Betty's Room", "01:23:45:67:89:ab", "hunter2", "Diabetes mellitus type 2",
		"ya29.a0AfH6SMBx", "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxIn0.sig", "12 Rue de la Paix, 75002 Paris",
	}
	for _, v := range values {
		for cat := range rules.Category(rules.NumCategories) {
			m := Mask(v, cat)
			assert.NotContains(t, m, v, "%s as %s", v, cat)
			shown, total := 0, 0
			mr := []rune(m)
			for i, r := range []rune(v) {
				if unicode.IsLetter(r) || unicode.IsDigit(r) {
					total++
					if i < len(mr) && mr[i] == r {
						shown++
					}
				}
			}
			assert.LessOrEqual(t, 2*shown, total, "%q as %s shows too much: %q", v, cat, m)
		}
	}
}

func TestNormalizePath(t *testing.T) {
	tests := []struct{ in, want string }{
		{"", ""},
		{"/email", "/email"},
		{"/_source/cameras/0/nickname", "/_source/cameras/*/nickname"},
		{"/a/12/b/3", "/a/*/b/*"},
		{"/users/1565120902/email", "/users/*/email"},
		{"/shares/ana@example.org/role", "/shares/*/role"},
		{"/devices/A4:DA:22:80:6F:33/fw", "/devices/*/fw"},
		{"/hosts/192.168.1.10/name", "/hosts/*/name"},
		{"/u/3f2504e0-4f89-11d3-9a0c-0305e82c3301/x", "/u/*/x"},
		{"/u/5e8f8f8f8f8f8f8f8f8f8f8f/x", "/u/*/x"},
		{"/u/-LxYz3k2aB9c1dE8fG7h/x", "/u/*/x"},
		{"/sensor_2/firmware_v2", "/sensor_2/firmware_v2"},
		{"/sha256/v1.2", "/sha256/v1.2"},
		{"/deadbeef/facade", "/deadbeef/facade"},
		{"/a~1b/0", "/a~1b/*"},
		{"/", "/"},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, NormalizePath(tt.in), tt.in)
	}
}
