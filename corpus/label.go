package corpus

// Label shorthands used by the schemas. Each call returns fresh slices, so
// no two Labels share backing arrays.

// none is the label of a leaf that is not sensitive.
func none() Label { return Label{} }

// decoy is the label of a look-alike that is not sensitive.
func decoy() Label { return Label{Decoy: true} }

// cats is the label of a leaf that must carry every one of cs.
func cats(cs ...string) Label { return Label{Categories: append([]string(nil), cs...)} }

func cred() Label    { return cats(Credential) }
func contact() Label { return cats(Contact) }
func netw() Label    { return cats(NetworkLayout) }
func device() Label  { return cats(DeviceInventory) }
func health() Label  { return cats(Health) }

// macLabel is the label of a MAC address: network-layout or device-inventory.
func macLabel() Label { return Label{AnyOf: []string{NetworkLayout, DeviceInventory}} }

// genderLabel is the label of a gender (and, by analogy, an age): health or contact.
func genderLabel() Label { return Label{AnyOf: []string{Health, Contact}} }

// fwLabel is the label of a firmware or hardware version: device-inventory,
// and a decoy for network-layout when it is shaped like an IP address.
func fwLabel(ipShaped bool) Label {
	return Label{Categories: []string{DeviceInventory}, Decoy: ipShaped}
}

// withHard returns l with its Hard kind set.
func (l Label) withHard(kind string) Label {
	l.Hard = kind
	return l
}

// merge returns the label of a value that embeds all of ls (free text).
func merge(ls ...Label) Label {
	var out Label
	for _, l := range ls {
		for _, c := range l.Categories {
			out.Categories = addCat(out.Categories, c)
		}
		if len(l.AnyOf) > 0 && out.AnyOf == nil {
			out.AnyOf = append([]string(nil), l.AnyOf...)
		}
	}
	// An AnyOf group already met by a required category is redundant.
	for _, c := range out.AnyOf {
		if hasCat(out.Categories, c) {
			out.AnyOf = nil
			break
		}
	}
	if len(out.Categories) > 0 {
		out.Categories = inReportOrder(out.Categories)
	}
	return out
}

func addCat(cs []string, c string) []string {
	if hasCat(cs, c) {
		return cs
	}
	return append(cs, c)
}

func hasCat(cs []string, c string) bool {
	for _, x := range cs {
		if x == c {
			return true
		}
	}
	return false
}

func inReportOrder(cs []string) []string {
	out := make([]string, 0, len(cs))
	for _, c := range Categories {
		if hasCat(cs, c) {
			out = append(out, c)
		}
	}
	for _, c := range cs {
		if !hasCat(out, c) {
			out = append(out, c)
		}
	}
	return out
}
