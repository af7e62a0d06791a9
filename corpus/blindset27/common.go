package blindset27

// pmac is a MAC address inside free text: network-layout or
// device-inventory, either is right.
func pmac(s string) piece { return piece{s: s, anyOf: []string{netC, devC}} }

// clinNote is a clinician's note: free text with the clinical hard kind
// (POLICY_NOTES: clinician notes are clinical).
func clinNote(ps ...piece) leaf { return joined(ps...).clin() }
