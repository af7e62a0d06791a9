package blindset17

// pmac is a MAC address inside free text: network-layout or
// device-inventory, either is right.
func pmac(s string) piece { return piece{s: s, anyOf: []string{netC, devC}} }
