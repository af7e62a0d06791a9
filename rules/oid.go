package rules

// ldapOIDs names the attribute types of LDAP and X.500 by their object
// identifiers (RFC 4519, RFC 2798, RFC 2307, Samba's schema): an export
// that writes "2.5.4.42" for givenName, as some LDIF and ASN.1 tools and
// certificate subjects do, is judged by the attribute's name.
var ldapOIDs = map[string]string{
	"2.5.4.3":  "common name",
	"2.5.4.4":  "surname",
	"2.5.4.5":  "serial number",
	"2.5.4.6":  "country",
	"2.5.4.7":  "locality",
	"2.5.4.8":  "state",
	"2.5.4.9":  "street",
	"2.5.4.10": "organization",
	"2.5.4.11": "organizational unit",
	"2.5.4.12": "title",
	"2.5.4.13": "description",
	"2.5.4.16": "postal address",
	"2.5.4.17": "postal code",
	"2.5.4.18": "post office box",
	"2.5.4.20": "telephone number",
	"2.5.4.23": "fax number",
	"2.5.4.35": "user password",
	"2.5.4.36": "user certificate",
	"2.5.4.41": "name",
	"2.5.4.42": "given name",
	"2.5.4.43": "initials",
	"2.5.4.44": "generation qualifier",
	"2.5.4.49": "distinguished name",
	"2.5.4.97": "organization identifier",

	"0.9.2342.19200300.100.1.1":  "login name", // uid: a log-in name (RFC 4519)
	"0.9.2342.19200300.100.1.3":  "mail",
	"0.9.2342.19200300.100.1.20": "home phone",
	"0.9.2342.19200300.100.1.25": "domain component",
	"0.9.2342.19200300.100.1.39": "home postal address",
	"0.9.2342.19200300.100.1.41": "mobile",
	"0.9.2342.19200300.100.1.42": "pager",
	"0.9.2342.19200300.100.1.60": "jpeg photo",
	"1.2.840.113549.1.9.1":       "email address",

	"2.16.840.1.113730.3.1.3":   "employee number",
	"2.16.840.1.113730.3.1.241": "display name",

	"1.3.6.1.1.1.1.0":  "uid number",
	"1.3.6.1.1.1.1.1":  "gid number",
	"1.3.6.1.1.1.1.2":  "gecos",
	"1.3.6.1.1.1.1.3":  "home directory",
	"1.3.6.1.1.1.1.4":  "login shell",
	"1.3.6.1.1.1.1.19": "ip host number",
	"1.3.6.1.1.1.1.20": "ip network number",
	"1.3.6.1.1.1.1.21": "ip netmask number",
	"1.3.6.1.1.1.1.22": "mac address",

	"1.3.6.1.4.1.7165.2.1.24": "samba lm password",
	"1.3.6.1.4.1.7165.2.1.25": "samba nt password",

	"1.2.840.113556.1.4.221": "sam account name",
	"1.2.840.113556.1.4.656": "user principal name",
}
