package blindset27

import "regexp"

// orNull returns v, or a null decoy with probability pNull.
func (r *rng) orNull(pNull float64, v leaf) leaf {
	if r.chance(pNull) {
		return nullDecoy()
	}
	return v
}

// pair is a [name, value] pair row.
func pair(name string, v leaf) arr { return arr{plain(name).obf(), v.obf()} }

// pemKey draws a PEM private key block.
func (r *rng) pemKey(kind string) string {
	if kind != "" {
		kind += " "
	}
	return "-----BEGIN " + kind + "PRIVATE KEY-----\n" + r.b64(48) + "\n" + r.b64(48) + "\n" + r.b64(30) + "\n-----END " + kind + "PRIVATE KEY-----\n"
}

// pemCert draws a PEM certificate: public, so a look-alike.
func (r *rng) pemCert() string {
	return "-----BEGIN CERTIFICATE-----\n" + r.b64(48) + "\n" + r.b64(48) + "\n" + r.b64(24) + "\n-----END CERTIFICATE-----\n"
}

// fwOf labels a device's firmware version: device-inventory, and also a
// decoy for network-layout when it is shaped like an IPv4 address.
func fwOf(v string) leaf {
	if ipShaped.MatchString(v) {
		return fwIP(v)
	}
	return dev(v)
}

var ipShaped = regexp.MustCompile(`^\d{1,3}\.\d{1,3}\.\d{1,3}\.\d{1,3}$`)
