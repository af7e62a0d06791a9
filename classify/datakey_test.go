package classify

import (
	"encoding/binary"
	"math/bits"
	"math/rand/v2"
	"testing"
)

func TestDataKey(t *testing.T) {
	for key, want := range map[string]bool{
		"42": true, "ana@example.org": true, "192.168.1.20": true, "a4:da:22:01:02:03": true,
		"3f2a9c0d-8b7e-4f61-a5c2-d9e0b1f3a7c4": true, "-Nx1AbCdEf0123456789": true, "usr_8sd7f6a9d0b2": true,
		"email": false, "address_line_2": false, "ipv4": false, "user.email": false, "wifi/ssid": false,
		"1.2": false, "firstNameOfTheUser": false, "": false, "sha256": false,
		"A-10861": true, "U024BE7LH": true, "W01ABCD2EF": true, "IPV4ADDR": false, "ADDRESS2": false, "-NAvQFmfbrYUJFuP6-v-": true, "door-1422": true, "door-ebb4": true, "password_sha256": false, "addr_ipv6": false, "hash_md5": false, "s_5b6a67": true,
		"gendercode@OData.Community.Display.V1.FormattedValue": false, "@odata.etag": false, "@search.score": false, "_x_value@Microsoft.Dynamics.CRM.lookuplogicalname": false,
		"00100010": false, "001021A0": false, "0040a730": false, "00291010": true, "00123456": true, "12345678": true,
		"wifi-5ghz": false, "md5_hash": false, "ipv6_addr": false, "line_2": false, "cam-face": false, "x_9": false,
		// Hosts by name, as an inventory keys them; not a reversed name or a flattened path.
		"ecg-ws04.screening.lan": true, "nas-01.lan": true, "db1.corp.example.com": true, "com.apple.health": false,
		"wifi.ssid.name": false, "network.lan": false, "spring.datasource.password": false,
		"00002a25-0000-1000-8000-00805f9b34fb": false, "0000180A-0000-1000-8000-00805F9B34FB": false,
	} {
		if got := dataKey([]byte(key)); got != want {
			t.Errorf("dataKey(%q) = %v, want %v", key, got, want)
		}
	}
}

// specialIn8 marks the first quote, backslash or control byte of a word
// by its lowest bit, and marks nothing in a word of none.
func TestSpecialIn8(t *testing.T) {
	r := rand.New(rand.NewPCG(3, 4))
	pick := []byte{'"', '\\', 0, 0x1f, 0x20, 'a', 0x7f, 0x80, 0xc3, 0xff, '/', '!'}
	for range 200000 {
		var b [8]byte
		first := 8
		for i := range b {
			b[i] = pick[r.IntN(len(pick))]
			if r.IntN(3) == 0 {
				b[i] = byte(r.IntN(256))
			}
			if (b[i] == '"' || b[i] == '\\' || b[i] < 0x20) && first == 8 {
				first = i
			}
		}
		if got := bits.TrailingZeros64(specialIn8(binary.LittleEndian.Uint64(b[:]))) / 8; got != first {
			t.Fatalf("specialIn8(%q) marks byte %d first, want %d", b, got, first)
		}
	}
}

func TestASCIIDigits(t *testing.T) {
	for v, want := range map[string]string{
		"۰۹۱۲ ۳۴۵ ۶۷۸۹": "0912 345 6789", "٠١٠٢٣٤٥٦٧٨٩": "01023456789", "١٢٫٥": "12.5",
		"১৯৮৮-০৪-০২": "1988-04-02", "१९२.१६८.१.१": "192.168.1.1", "ab٣c": "ab3c",
	} {
		if !nativeDigits([]byte(v)) {
			t.Errorf("nativeDigits(%q) = false", v)
		}
		if got := string(asciiDigits(nil, []byte(v))); got != want {
			t.Errorf("asciiDigits(%q) = %q, want %q", v, got, want)
		}
	}
	for _, v := range []string{"0912", "Zürich", "نام", "দাম", "", "\xd9", "\xe0\xa5"} {
		if nativeDigits([]byte(v)) {
			t.Errorf("nativeDigits(%q) = true", v)
		}
	}
}

// A version's shape is told from a date's and a grouped number's; a
// record's code from a word.
func TestVersionShapeAndCode(t *testing.T) {
	for v, want := range map[string]bool{
		"4.19.18": true, "3.3.0.1": true, "10.0.1.2": true, "7.7.7": true,
		"12.03.1984": false, "1.068.033.744": false, "30.123.456": false, "3.3": false, "v1.2.3": false, "1.2.3-rc1": false,
	} {
		if got := versionShape([]byte(v)); got != want {
			t.Errorf("versionShape(%q) = %v, want %v", v, got, want)
		}
	}
	for v, want := range map[string]string{
		"49076L - Wongani Kachingwe": "Wongani Kachingwe", "CL-7042 - Chifundo Chisale": "Chifundo Chisale",
		"Ticket - printer jam": "", "AB - Ana": "",
	} {
		got, ok := afterCode([]byte(v))
		if string(got) != want || ok != (want != "") {
			t.Errorf("afterCode(%q) = %q, %v; want %q", v, got, ok, want)
		}
	}
}

// Placeholders, masks and sentinels name no one and are never findings.
func TestPlaceholders(t *testing.T) {
	for v, want := range map[string]bool{
		"<redacted>": true, "[hidden]": true, "XXX-XX-XXXX": true, "XX:XX:XX:XX:XX:XX": true, "********": true, "•••••": true,
		"00:00:00:00:00:00": true, "1900-01-01": true, "PLACEHOLDER": true,
		"**REDACTED**": true, "[FILTERED]": true, "<<omitted>>": true, "__HIDDEN__": true, "{{secret}}": true,
		"**Secret123**": false, "[Ana Souza]": false, "<b>Ana</b>": false,
		"0.0.0.0": false, "x.x": false, "Xavier": false, "1984-07-12": false, "12-XX-34": false, "hunter2": false,
	} {
		if got := isPlaceholder([]byte(v)); got != want {
			t.Errorf("isPlaceholder(%q) = %v, want %v", v, got, want)
		}
	}
}
