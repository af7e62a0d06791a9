package rules

import (
	"strings"

	"github.com/leakscope/leakscope/internal/jsonstr"
)

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

// snmpOIDs names the objects of the standard MIBs an SNMP walk reads, by
// their identifiers without the instance (RFC 1213's system and interfaces
// groups, IP-MIB, ENTITY-MIB, HOST-RESOURCES-MIB, Printer-MIB, UPS-MIB,
// LLDP-MIB, IEEE 802.11's MIB, and the private MIBs of two common makers):
// a walk written {"1.3.6.1.2.1.1.5.0": {"value": "BRW3C2AF41D"}} is judged
// as a host name.
var snmpOIDs = map[string]string{
	"1.3.6.1.2.1.1.1": "device model", // sysDescr
	"1.3.6.1.2.1.1.4": "contact",      // sysContact
	"1.3.6.1.2.1.1.5": "hostname",     // sysName

	"1.3.6.1.2.1.2.2.1.6":     "mac address",     // ifPhysAddress
	"1.3.6.1.2.1.4.20.1.1":    "ip address",      // ipAdEntAddr
	"1.3.6.1.2.1.4.20.1.3":    "netmask",         // ipAdEntNetMask
	"1.3.6.1.2.1.4.21.1.7":    "gateway",         // ipRouteNextHop
	"1.3.6.1.2.1.4.22.1.2":    "mac address",     // ipNetToMediaPhysAddress
	"1.3.6.1.2.1.4.22.1.3":    "ip address",      // ipNetToMediaNetAddress
	"1.3.6.1.2.1.31.1.1.1.18": "interface alias", // ifAlias

	"1.3.6.1.2.1.47.1.1.1.1.8":  "hardware version", // entPhysicalHardwareRev
	"1.3.6.1.2.1.47.1.1.1.1.9":  "firmware version", // entPhysicalFirmwareRev
	"1.3.6.1.2.1.47.1.1.1.1.10": "software version", // entPhysicalSoftwareRev
	"1.3.6.1.2.1.47.1.1.1.1.11": "serial number",    // entPhysicalSerialNum
	"1.3.6.1.2.1.47.1.1.1.1.12": "manufacturer",     // entPhysicalMfgName
	"1.3.6.1.2.1.47.1.1.1.1.13": "model name",       // entPhysicalModelName

	"1.3.6.1.2.1.25.3.2.1.3":  "device model",  // hrDeviceDescr
	"1.3.6.1.2.1.43.5.1.1.16": "printer name",  // prtGeneralPrinterName
	"1.3.6.1.2.1.43.5.1.1.17": "serial number", // prtGeneralSerialNumber

	"1.3.6.1.2.1.33.1.1.1": "manufacturer",     // upsIdentManufacturer
	"1.3.6.1.2.1.33.1.1.2": "model",            // upsIdentModel
	"1.3.6.1.2.1.33.1.1.3": "firmware version", // upsIdentUPSSoftwareVersion
	"1.3.6.1.2.1.33.1.1.4": "firmware version", // upsIdentAgentSoftwareVersion

	"1.0.8802.1.1.2.1.4.1.1.5": "chassis id", // lldpRemChassisId
	"1.0.8802.1.1.2.1.4.1.1.9": "hostname",   // lldpRemSysName

	"1.2.840.10036.1.1.1.9": "ssid", // dot11DesiredSSID

	"1.3.6.1.4.1.14179.2.1.1.1.2": "ssid",             // Cisco WLC bsnDot11EssSsid
	"1.3.6.1.4.1.6574.1.5.1":      "model name",       // Synology modelName
	"1.3.6.1.4.1.6574.1.5.2":      "serial number",    // Synology serialNumber
	"1.3.6.1.4.1.6574.1.5.3":      "firmware version", // Synology version
	"1.3.6.1.4.1.6574.2.1.1.3":    "disk model",       // Synology diskModel
}

// oidName returns what an object identifier names: an LDAP attribute's
// type as it is, an SNMP object with its instance (".0", an interface's
// index, a table's IP address) or without.
func oidName(n string) (string, bool) {
	if a, ok := ldapOIDs[n]; ok {
		return a, true
	}
	if !strings.HasPrefix(n, "1.3.6.1.") && !strings.HasPrefix(n, "1.0.8802.") && !strings.HasPrefix(n, "1.2.840.10036.") {
		return "", false
	}
	// The instance is at most four numbers (an IPv4 address) and some
	// tables' two: strip up to six, the object keeps seven at least.
	for k := 0; k < 6; k++ {
		i := strings.LastIndexByte(n, '.')
		if i < 0 || strings.Count(n[:i], ".") < 6 {
			break
		}
		n = n[:i]
		if a, ok := snmpOIDs[n]; ok {
			return a, true
		}
	}
	return "", false
}

// lwm2mObjects names the objects of OMA's LwM2M registry and their
// resources by number, as a server (Leshan, a hub's registry) keys a
// client's data model: {"/3/0": {"0": "Tunstall", "2": "WCK60689324"}} is a
// device's maker and serial number. Resource numbers are object's own;
// the objects listed are those that hold what a leak exposes.
var lwm2mObjects = map[string]struct {
	name      string
	resources map[string]string
}{
	"0": {"security", map[string]string{"0": "server uri", "3": "psk identity", "5": "secret key"}},
	"3": {"device", map[string]string{"0": "manufacturer", "1": "model number", "2": "serial number", "3": "firmware version",
		"17": "device type", "18": "hardware version", "19": "software version"}},
	"4": {"connectivity", map[string]string{"4": "ip address", "5": "router ip address", "7": "apn"}},
	"5": {"firmware update", map[string]string{"1": "package uri", "8": "package version"}},
	"6": {"location", map[string]string{"0": "latitude", "1": "longitude"}},
}

// lwm2mPath reports an LwM2M object instance's path, "/3/0" or "3/0", and
// returns the object's number.
func lwm2mPath(n string) (string, bool) {
	n = strings.TrimPrefix(n, "/")
	obj, inst, ok := strings.Cut(n, "/")
	if !ok || !allDigits(obj) || !allDigits(inst) {
		return "", false
	}
	return obj, true
}

func allDigits(s string) bool {
	if s == "" || len(s) > 6 {
		return false
	}
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}

func isLwm2mPath(n string) bool {
	_, ok := lwm2mPath(n)
	return ok
}

// LwM2MObject reports the path of an instance of an LwM2M object whose
// resources the rules name ("/3/0", a device's): its members' numbers are
// field names, not data.
func LwM2MObject(n string) bool {
	obj, ok := lwm2mPath(n)
	if !ok {
		return false
	}
	_, known := lwm2mObjects[obj]
	return known
}

// gattNames names the services and characteristics of Bluetooth Low
// Energy that Bluetooth SIG assigned a 16-bit number and that tell who
// someone is, what their device is or what their body measures, as a GATT
// dump (nRF Connect, bleak, Web Bluetooth) keys them: by their UUID on
// the base 0000xxxx-0000-1000-8000-00805f9b34fb, or as 0x2A25.
var gattNames = map[uint16]string{
	// Services.
	0x180A: "device information", 0x181C: "user data", 0x180D: "heart rate", 0x1810: "blood pressure",
	0x1809: "health thermometer", 0x181D: "weight scale", 0x181B: "body composition", 0x1808: "glucose",
	0x1822: "pulse oximeter",
	// Device Information's characteristics, and Generic Access's name.
	0x2A00: "device name", 0x2A23: "system id", 0x2A24: "model number", 0x2A25: "serial number",
	0x2A26: "firmware version", 0x2A27: "hardware version", 0x2A28: "software version",
	0x2A29: "manufacturer name", 0x2A50: "pnp id",
	// Measurements.
	0x2A37: "heart rate measurement", 0x2A35: "blood pressure measurement", 0x2A1C: "temperature measurement",
	0x2A18: "glucose measurement", 0x2A9D: "weight measurement", 0x2A9C: "body composition measurement",
	0x2A5E: "spo2", 0x2A5F: "spo2",
	// User Data's characteristics.
	0x2A80: "age", 0x2A85: "date of birth", 0x2A87: "email address", 0x2A8A: "first name", 0x2A8C: "gender",
	0x2A8D: "heart rate max", 0x2A8E: "height", 0x2A8F: "hip circumference", 0x2A90: "last name",
	0x2A91: "maximum recommended heart rate", 0x2A92: "resting heart rate", 0x2A96: "vo2 max",
	0x2A97: "waist circumference", 0x2A98: "weight",
}

// GATTNumber returns the 16-bit number of a UUID on Bluetooth's base
// (0000xxxx-0000-1000-8000-00805f9b34fb, any case) or written 0xXXXX.
func GATTNumber[S ~string | ~[]byte](n S) (uint16, bool) {
	var hex S
	switch {
	case len(n) == 36 && string(n[:4]) == "0000" && strings.EqualFold(string(n[8:]), "-0000-1000-8000-00805f9b34fb"):
		hex = n[4:8]
	case len(n) == 6 && n[0] == '0' && (n[1] == 'x' || n[1] == 'X'):
		hex = n[2:]
	default:
		return 0, false
	}
	var v uint16
	for i := range len(hex) {
		d, ok := jsonstr.HexDigit(hex[i])
		if !ok {
			return 0, false
		}
		v = v<<4 | uint16(d)
	}
	return v, true
}

// gattName returns what a GATT service's or characteristic's UUID names,
// if it is one gattNames knows.
func gattName(n string) (string, bool) {
	v, ok := GATTNumber(n)
	if !ok {
		return "", false
	}
	a, ok := gattNames[v]
	return a, ok
}

// isGATTName reports a name of the shape of a GATT UUID, told by its
// length and its first bytes, before any look-up.
func isGATTName(n string) bool {
	return len(n) == 36 && n[0] == '0' && n[8] == '-' || len(n) == 6 && n[0] == '0' && (n[1] == 'x' || n[1] == 'X')
}
