package classify

import "testing"

func TestDataKey(t *testing.T) {
	for key, want := range map[string]bool{
		"42": true, "ana@example.org": true, "192.168.1.20": true, "a4:da:22:01:02:03": true,
		"3f2a9c0d-8b7e-4f61-a5c2-d9e0b1f3a7c4": true, "-Nx1AbCdEf0123456789": true, "usr_8sd7f6a9d0b2": true,
		"email": false, "address_line_2": false, "ipv4": false, "user.email": false, "wifi/ssid": false,
		"1.2": false, "firstNameOfTheUser": false, "": false, "sha256": false,
	} {
		if got := dataKey([]byte(key)); got != want {
			t.Errorf("dataKey(%q) = %v, want %v", key, got, want)
		}
	}
}
