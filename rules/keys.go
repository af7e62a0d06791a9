package rules

import (
	"math/bits"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// A KeyVerdict is what a field path says by itself, before any value is
// seen. Classifiers compute it once per distinct path and cache it.
type KeyVerdict struct {
	// Hits are the rules whose key terms match the field, in rule order.
	Hits []KeyHit
	// Off are the indexes of rules that do not apply here (a veto, or a
	// context they need is missing), as a bit set over Set.Rules.
	Off []uint64
	// OffByContext are the rules vetoed by what the field sits under
	// (not_context): what its prose says is about that too (a pet's
	// treatment is no one's health).
	OffByContext []uint64
	// Text says the field holds free text, to be searched.
	Text bool
	// ValueKey says the field is the value of a key/value row; the
	// classifier looks for a label among its siblings.
	ValueKey bool
	// LabelKey says the field is the label of a key/value row.
	LabelKey bool
	// Record is the kind of record the field marks its object as, if any
	// (a "loinc" field: "lab results"); TypeKey says the field's value
	// names its object's kind (resourceType), and RecordType is the kind a
	// type field's value names when read as a field name.
	Record, RecordType string
	TypeKey            bool
	// DataLabel says the field labels a row with a value that is data too
	// (a test's name): see File.DataLabelKeys.
	DataLabel bool
	// IDKey says the field's last word is id, uid, uuid or guid (LockId,
	// specimen_id): an identifier of its record, whatever the record is.
	IDKey bool

	id uint64
}

// ID returns a number that no other verdict of the set has, for caches
// that must not hold the verdict itself (a table the garbage collector
// need not scan).
func (v *KeyVerdict) ID() uint64 { return v.id }

// A KeyHit is a rule whose key terms match a field.
type KeyHit struct {
	Rule *Compiled
	// Negative says the field name also carries a word such as count,
	// length, px or verified (and the rule's terms do not): key evidence
	// alone does not count there.
	Negative bool
	// Inherited says the evidence is the field's parent or section, not
	// its own name (password.hash, vitals.resp): it does not make a flag
	// (a boolean) sensitive.
	Inherited bool
}

// IsOff reports whether rule c does not apply under this verdict.
func (v *KeyVerdict) IsOff(c *Compiled) bool {
	i := c.Index
	return i/64 < len(v.Off) && v.Off[i/64]&(1<<(i%64)) != 0
}

// IsOffByContext reports whether rule c is vetoed by the field's context.
func (v *KeyVerdict) IsOffByContext(c *Compiled) bool {
	i := c.Index
	return i/64 < len(v.OffByContext) && v.OffByContext[i/64]&(1<<(i%64)) != 0
}

// ancestorsForContext is how many ancestors a rule's context terms look at;
// not_context looks at the nearest one only, so that an owner inside a
// device list is still a person.
const ancestorsForContext = 2

// JudgeKey judges a field path: names holds the object keys from the root
// down to the leaf's own key (array steps left out). The verdict depends
// only on the words of the last three names, so it is cached by them and
// shared: firstName, first_name and FIRST-NAME are judged once. The
// verdict is immutable.
func (s *Set) JudgeKey(names []string) *KeyVerdict { return s.JudgeKeyCached(nil, names) }

// A KeyCache is one goroutine's cache of JudgeKey in front of the set's
// shared caches: the words of the field names it met and the verdicts of
// their words, in plain maps, so that a path met again (a path cache that
// forgot it, a new spelling of known words) costs no shared-map look-up
// and no allocation. The zero value is ready to use; a KeyCache is used
// with one set only and is not safe for concurrent use.
type KeyCache struct {
	words    map[string][]string
	verdicts map[string]*KeyVerdict
	names    []string
	key      []byte
}

// Bounds on a KeyCache: each worker has one, so they are smaller than the
// shared caches; past them it starts again.
const (
	maxKeyCacheVerdicts = 1 << 14
	maxKeyCacheWords    = 1 << 14
)

// fieldNames returns the names a path is judged by: MongoDB's wrappers
// left out, and a flattened last name split into its parts. Most paths
// have neither and are returned as they are (scratch false), told by a
// look at each name's bytes: looking every name up in two maps and
// copying them cost a re-made path's verdict some 900 instructions. Else,
// with kc, the result lives in kc's scratch.
func fieldNames(kc *KeyCache, names []string) (_ []string, scratch bool) {
	if plainNames(names) {
		return names, false
	}
	return rewriteNames(kc, names), kc != nil
}

// rewriteNames is fieldNames for any names, with kc's scratch if kc is not
// nil.
func rewriteNames(kc *KeyCache, names []string) []string {
	// MongoDB's extended JSON wrappers ($date, $numberLong, $oid) are
	// transparent: {"lastSeen": {"$date": ...}} is judged as lastSeen.
	var kept []string
	if kc != nil {
		kept = kc.names[:0]
	}
	// So are the typed values of Firestore ({"stringValue": ...},
	// {"mapValue": {"fields": ...}}, {"arrayValue": {"values": [...]}}) and
	// DynamoDB's containers ({"M": ...}, {"L": [...]}): a field is judged
	// by its own name, under its own parents.
	// A GraphQL connection's edges hold their records under "node"
	// ({"edges": [{"node": {"email": ...}}]}): the node is the record.
	// Avro's JSON encoding writes a union's value under its branch's type
	// ({"weight_kg": {"float": 76.8}}): a last name that is a primitive
	// type, under a parent, is the parent's value.
	prev := ""
	for i, n := range names {
		drop := mongoWrappers[n] || storeWrappers[n] || odmItems(n) ||
			n == "fields" && prev == "mapValue" || n == "values" && prev == "arrayValue" ||
			n == "node" && prev == "edges" ||
			i > 0 && i == len(names)-1 && isAvroBranch(n) ||
			// A headless CMS keeps a field's value per locale
			// ({"fields": {"surname": {"lv-LV": ...}}}, Contentful's
			// entries): the value is the field's.
			i > 0 && isLocale(n) ||
			// An API's envelope ({"meta": ..., "data": [...]}, OData's
			// "results") holds the records of what its parent names:
			// rest/wlanconf's data are WLANs; so do a table's records in
			// the APIs of Airtable, Teable and Grist ({"Devices":
			// {"records": [{"fields": ...}]}}), and their fields.
			i > 0 && i < len(names)-1 && (n == "data" || n == "results" || n == "records" && names[i+1] == "fields" || n == "fields" && prev == "records")
		if !drop {
			if a, ok := oidName(n); ok {
				n = a
			} else if a, ok := gattName(n); ok {
				n = a
			} else if n == "@version" {
				// An XML element's version attribute, as xmltodict writes
				// it, is its format's ({"firmware": {"@version": "1.0.1"}}).
				n = "schema version"
			}
			kept = append(kept, n)
		}
		prev = n
	}
	names = kept
	// An LwM2M client's data model keys a resource by its number under
	// its object's path ({"/3/0": {"2": "WCK60689324"}}): both are named.
	for i := 0; i+1 < len(names); i++ {
		obj, ok := lwm2mPath(names[i])
		if !ok {
			continue
		}
		o, ok := lwm2mObjects[obj]
		if !ok {
			continue
		}
		res, _, _ := strings.Cut(names[i+1], "/") // a multiple resource's instance: "4/0"
		if r, ok := o.resources[res]; ok {
			names[i], names[i+1] = o.name, r
		} else {
			names[i] = o.name
		}
		break
	}
	// A Notion page's properties hold their values under their types
	// ({"properties": {"Blood type": {"id": "x%3A", "select": {"name":
	// "A+"}}}}): the value is the property's, its id and colour are not.
	for p := 0; p+2 < len(names); p++ {
		if names[p] != "properties" || !notionTypes[names[p+2]] {
			continue
		}
		switch last := names[len(names)-1]; {
		case len(names) == p+3, notionValues[last]:
			names = names[:p+2]
		default:
			names = append(names[:p+2], last)
		}
		break
	}
	// An EU Digital COVID Certificate (the eHealth Network's JSON schema,
	// in its CWT claim -260 or alone) names its fields in two letters:
	// the holder's under "nam", a vaccination's, a test's and a
	// recovery's under "v", "t" and "r".
	if n := len(names); n >= 2 {
		if a, ok := dccName(names[n-2], names[n-1]); ok {
			names = append(names[:n-1:n-1], a)
		}
	}
	// A property's history ({"firstname": {"value": ..., "versions":
	// [{"value": ...}]}}, as CRMs export it) holds past values of the
	// property itself.
	if n := len(names); n >= 3 && names[n-1] == "value" && isHistory(names[n-2]) {
		names = append(names[:n-2], "value")
	}
	// An OData annotation names the display form of the property before
	// its @ (Dataverse's "gendercode@OData.Community.Display.V1.
	// FormattedValue": "Female"): the value is the property's.
	if n := len(names); n > 0 {
		if i := strings.Index(names[n-1], "@OData.Community.Display.V1.FormattedValue"); i > 0 {
			names = append(names[:n-1:n-1], names[n-1][:i])
		}
	}
	// A flattened key ("user.email", "InternetGatewayDevice.LANDevice.1.
	// WLANConfiguration.1.SSID", "addr/city") is a path written in one
	// name: its last part is the field, the parts before it the context.
	if n := len(names); n > 0 && strings.ContainsAny(names[n-1], "./") {
		var parts []string
		for _, p := range strings.FieldsFunc(names[n-1], func(r rune) bool { return r == '.' || r == '/' }) {
			if strings.Trim(p, "0123456789") != "" {
				parts = append(parts, p)
			}
		}
		// A search engine's multi-field (patient.name.last.keyword, city.
		// raw) holds the field's value indexed another way.
		if n := len(parts); n >= 2 && (parts[n-1] == "keyword" || parts[n-1] == "raw") {
			parts = parts[:n-1]
		}
		// Longer paths are parameter trees; two parts are a parent and its
		// field (ecg.fw, user.email), unless the name is a label written
		// for people ("Firmware / app").
		if len(parts) > 2 || len(parts) == 2 && !strings.ContainsAny(names[n-1], " /") {
			names = append(names[:n-1], parts...)
		}
	}
	return names
}

// dccFields name the fields of an EU Digital COVID Certificate by their
// parent: the holder's name, and the entries of a vaccination, a test and
// a recovery.
var dccFields = map[string]map[string]string{
	"nam": {"fn": "family name", "fnt": "family name", "gn": "given name", "gnt": "given name"},
	"v": {"tg": "vaccination disease", "vp": "vaccine", "mp": "vaccine name", "ma": "vaccine holder",
		"dn": "vaccine dose", "sd": "vaccine doses"},
	"t": {"tg": "test disease", "tt": "lab test", "nm": "test name", "ma": "lab test kit", "tr": "test result",
		"tc": "testing centre"},
	"r": {"tg": "recovery disease", "fr": "positive test"},
}

// dccName returns what a certificate's field is, by its parent's name and
// its own.
func dccName(parent, field string) (string, bool) {
	if len(field) != 2 && len(field) != 3 {
		return "", false
	}
	f, ok := dccFields[parent]
	if !ok {
		return "", false
	}
	a, ok := f[field]
	return a, ok
}

// plainNames reports names that fieldNames leaves as they are: none may be
// a wrapper and the last is not flattened.
func plainNames(names []string) bool {
	for _, n := range names {
		if mayWrap(n) {
			return false
		}
	}
	if n := len(names); n > 0 {
		last := names[n-1]
		for i := 0; i < len(last); i++ {
			if last[i] == '.' || last[i] == '/' {
				return false
			}
		}
	}
	return true
}

// mayWrap reports a name that rewriteNames may change, without a map:
// MongoDB's wrappers start with '$', Firestore's end in "Value" and
// DynamoDB's are one letter; "fields" and "values" are wrappers after
// mapValue and arrayValue only, "node" after edges; Avro's branches and a
// property's history are names of their own; an LDAP attribute's OID
// starts with 0, 1 or 2 and has a dot; a GATT UUID is 36 long or 0x and
// four digits.
func mayWrap(n string) bool {
	return n != "" && (odmItems(n) || isLocale(n) || isLwm2mPath(n) || isGATTName(n) || n == "nam" || n == "@version" || n[0] == '$' || n == "properties" || n == "data" || n == "results" || n == "records" || isHistory(n) || n[0] >= '0' && n[0] <= '2' && strings.IndexByte(n, '.') > 0 || len(n) == 1 || strings.HasSuffix(n, "Value") || n == "fields" || n == "values" || n == "node" || isAvroBranch(n))
}

// notionTypes are the types of a Notion page's properties, under which
// the property's value lies.
var notionTypes = map[string]bool{
	"select": true, "multi_select": true, "status": true, "rich_text": true, "title": true, "number": true,
	"date": true, "checkbox": true, "email": true, "phone_number": true, "url": true, "people": true,
	"files": true, "formula": true, "relation": true, "rollup": true, "unique_id": true,
}

// notionValues are the names of a Notion property's value inside its
// type: a select's option name, a text's plain text or content, a date's
// start and end.
var notionValues = map[string]bool{"name": true, "plain_text": true, "content": true, "start": true, "end": true, "string": true}

// isHistory reports the names under which a property's past values are
// kept.
func isHistory(n string) bool {
	switch n {
	case "versions", "history", "revisions", "previousValues", "previous_values":
		return true
	}
	return false
}

// isLocale reports a locale's tag with its region or script, as content
// stores key translated values: en-US, lv-LV, pt_BR, es-419, zh-Hans. A
// language alone (en, de) is left out: too many field names are two
// letters.
func isLocale(n string) bool {
	if len(n) < 5 || len(n) > 8 || (n[2] != '-' && n[2] != '_') || !lowerAt(n, 0, 2) {
		return false
	}
	r := n[3:]
	switch {
	case len(r) == 2:
		return r[0] >= 'A' && r[0] <= 'Z' && r[1] >= 'A' && r[1] <= 'Z'
	case len(r) == 3:
		return r[0] >= '0' && r[0] <= '9' && r[1] >= '0' && r[1] <= '9' && r[2] >= '0' && r[2] <= '9'
	case len(r) == 4:
		return r[0] >= 'A' && r[0] <= 'Z' && lowerAt(r, 1, 4)
	}
	return false
}

func lowerAt(s string, i, j int) bool {
	for ; i < j; i++ {
		if s[i] < 'a' || s[i] > 'z' {
			return false
		}
	}
	return true
}

// isAvroBranch reports the primitive types whose names key a union's
// value in Avro's JSON encoding.
func isAvroBranch(n string) bool {
	switch n {
	case "int", "long", "float", "double", "string", "boolean", "bytes":
		return true
	}
	return false
}

// RecordMarkCached returns the Record and TypeKey of the verdict
// JudgeKeyCached(kc, names) would return, for a fraction of its cost: they
// depend on the field's own words only, so no rule is judged. It is for
// telling, as a walk passes, the few fields that mark a record.
func (s *Set) RecordMarkCached(kc *KeyCache, names []string) (record string, typeKey bool) {
	names, scratch := fieldNames(kc, names)
	if len(names) == 0 {
		return "", false
	}
	own := s.cachedWordsIn(kc, names[len(names)-1])
	var key []byte
	if kc != nil {
		key = kc.key[:0]
	}
	for _, w := range own {
		key = append(key, w...)
	}
	record, typeKey = s.record[string(key)], s.typeKey[string(key)]
	if record == "device" && len(names) >= 2 && notDeviceRecord(s.cachedWordsIn(kc, names[len(names)-2])) {
		// A router's interfaces and a store's certificates carry a MAC,
		// a serial or a firmware of the device they are part of: they
		// are the device's parts, not devices.
		record = ""
	}
	if scratch {
		clear(names) // hold no caller's strings
		kc.names = names[:0]
	}
	if kc != nil {
		kc.key = key
	}
	return record, typeKey
}

// JudgeKeyCached is JudgeKey through kc, which may be nil.
func (s *Set) JudgeKeyCached(kc *KeyCache, names []string) *KeyVerdict {
	names, scratch := fieldNames(kc, names)
	var key []byte
	if kc != nil {
		key = kc.key[:0]
	}
	var own, parent, grand []string
	if n := len(names); n >= 1 {
		own = s.cachedWordsIn(kc, names[n-1])
		// An object that only holds a thing's attributes ("attributes",
		// "props", ThingsBoard's "SERVER_SCOPE") names nothing: the thing
		// above it is the context of the attributes, though not of the
		// holder's own members (Salesforce's attributes.type and .url, a
		// row's key).
		skip := !holderMember(own)
		i := n - 2
		for ; i >= 0; i-- {
			if parent = s.cachedWordsIn(kc, names[i]); i == 0 || !skip || !holderWords(parent) {
				break
			}
		}
		for i--; i >= 0; i-- {
			if grand = s.cachedWordsIn(kc, names[i]); i == 0 || !skip || !holderWords(grand) {
				break
			}
		}
	}
	for _, part := range [][]string{grand, parent, own} {
		for _, w := range part {
			key = append(key, w...)
			key = append(key, ' ')
		}
		key = append(key, '/')
	}
	if len(names) == 0 {
		key = append(key, "(root)"...)
	}
	if scratch {
		clear(names) // hold no caller's strings
		kc.names = names[:0]
	}
	if kc != nil {
		kc.key = key
		if v, ok := kc.verdicts[string(key)]; ok {
			return v
		}
	}
	ks := string(key)
	var v *KeyVerdict
	if sv, ok := s.verdicts.Load(ks); ok {
		v = sv.(*KeyVerdict)
	} else {
		v = s.judge(len(names) > 0, own, parent, grand)
		if s.verdictCount.Add(1) > maxCachedVerdicts {
			// Full (a dump of ever new names): start again rather than stop
			// caching, so that the names seen now are cheap again.
			s.verdictCount.Store(0)
			s.verdicts.Clear()
		}
		s.verdicts.Store(ks, v)
	}
	if kc != nil {
		if kc.verdicts == nil || len(kc.verdicts) >= maxKeyCacheVerdicts {
			kc.verdicts = make(map[string]*KeyVerdict)
		}
		kc.verdicts[ks] = v
	}
	return v
}

// holderWords reports the words of an object that holds a thing's
// attributes and names nothing itself.
func holderWords(ws []string) bool {
	switch len(ws) {
	case 1:
		return attributeHolders[ws[0]]
	case 2:
		return ws[1] == "scope" || ws[0] == "custom" && attributeHolders[ws[1]]
	}
	return false
}

// holderMember reports the words of a holder's own member: its type, a
// link, a row's key.
func holderMember(ws []string) bool {
	return len(ws) == 1 && (ws[0] == "type" || ws[0] == "url" || ws[0] == "key" || ws[0] == "id" || ws[0] == "href")
}

var attributeHolders = map[string]bool{"attributes": true, "attribute": true, "attrs": true, "attr": true, "properties": true, "props": true}

// cachedWordsIn is cachedWords through kc, which may be nil.
func (s *Set) cachedWordsIn(kc *KeyCache, name string) []string {
	if kc == nil {
		return s.cachedWords(name)
	}
	if ws, ok := kc.words[name]; ok {
		return ws
	}
	ws := s.cachedWords(name)
	if kc.words == nil || len(kc.words) >= maxKeyCacheWords {
		kc.words = make(map[string][]string)
	}
	kc.words[strings.Clone(name)] = ws // a copy, as in cachedWords
	return ws
}

// mongoWrappers are the type wrappers of MongoDB's extended JSON. Other
// names that start with '$' ($os_version of analytics events) are fields.
var storeWrappers = map[string]bool{
	"stringValue": true, "integerValue": true, "doubleValue": true, "booleanValue": true, "timestampValue": true,
	"nullValue": true, "bytesValue": true, "referenceValue": true, "geoPointValue": true, "mapValue": true, "arrayValue": true,
	"M": true, "L": true,
}

// odmItems reports the containers of CDISC ODM's clinical data that only
// group items ({"ItemGroupData": [{"ItemData": [{"@ItemOID": ...}]}]}):
// an item is judged under its form, not as an "item" (a shop's item has a
// weight, a trial's does not).
func odmItems(n string) bool { return n == "ItemData" || n == "ItemGroupData" }

var mongoWrappers = map[string]bool{
	"$oid": true, "$date": true, "$numberLong": true, "$numberInt": true, "$numberDouble": true,
	"$numberDecimal": true, "$binary": true, "$timestamp": true, "$regularExpression": true,
	"$symbol": true, "$code": true, "$minKey": true, "$maxKey": true, "$undefined": true, "$uuid": true,
}

// Bounds on the caches of a Set, so that a dump of random keys cannot
// grow them without end: a few megabytes each. Past them a cache starts
// again.
const (
	maxCachedVerdicts = 1 << 15
	maxCachedWords    = 1 << 16
)

// cachedWords is words, remembered per field name.
func (s *Set) cachedWords(name string) []string {
	if ws, ok := s.wordCache.Load(name); ok {
		return ws.([]string)
	}
	ws := s.words(name)
	if s.wordCount.Add(1) > maxCachedWords {
		s.wordCount.Store(0)
		s.wordCache.Clear()
	}
	// The name may lie inside something larger (a caller's path node, a
	// flattened key): the cache keeps a copy, not it.
	s.wordCache.Store(strings.Clone(name), ws)
	return ws
}

func (s *Set) judge(hasNames bool, own, parent, grand []string) *KeyVerdict {
	words := (len(s.rules) + 63) / 64
	off := make([]uint64, 2*words) // Off and OffByContext, one allocation
	v := &KeyVerdict{Off: off[:words:words], OffByContext: off[words:], id: s.verdictIDs.Add(1)}
	if !hasNames {
		return v
	}
	ownKey := join(own)
	// A statistic of its parent's values stands for the parent as a
	// generic name does: heart_rate.avg, weight.median, glucose.mean.
	generic := s.generic[ownKey] || statWords[ownKey] || len(own) == 0
	// A text word names free text unless the field is about the text, not
	// the text itself: message_count, note_id, logout_time. A term can
	// only be spelled from a word that starts with its first byte.
	if len(own) == 0 || !notTextHead[own[len(own)-1]] {
		var first [256]bool
		for _, w := range own {
			if w == "" {
				first = [256]bool{}
				for b := range first {
					first[b] = true
				}
				break
			}
			first[w[0]] = true
		}
		for _, t := range s.text {
			if t != "" && first[t[0]] && matchTerm(t, own, 0) {
				v.Text = true
				break
			}
		}
	}
	v.ValueKey = s.valueKey[ownKey]
	v.LabelKey = s.label[ownKey]
	if v.Record = s.record[ownKey]; v.Record == "device" && notDeviceRecord(parent) {
		v.Record = "" // a device's interface or certificate
	}
	v.RecordType = s.recType[ownKey]
	v.TypeKey = s.typeKey[ownKey]
	v.DataLabel = s.dataLabel[ownKey]
	if n := len(own); n > 0 {
		v.IDKey = own[n-1] == "id" || own[n-1] == "uuid" || own[n-1] == "guid" || own[n-1] == "uid"
	}

	// Every term the words spell is looked up once, over grand, parent
	// and own together; where its words lie says which roles count:
	// key terms end in the field's own words (they may start in its
	// parent's), a generic field inherits its parent's, vetoes of a key
	// and dictionary terms lie in its own words, vetoes of a context in
	// its parent's and its own (a section rule's, and contexts, anywhere).
	wide := slices.Concat(grand, parent, own)
	g, p := len(grand), len(parent)
	// Bit sets over the rules, one allocation.
	flags := make([]uint64, 8*words)
	key, inherited, notKey, notCtx := flags[:words], flags[words:2*words], flags[2*words:3*words], flags[3*words:4*words]
	sectionNotCtx, ctx, dictKey := flags[4*words:5*words], flags[5*words:6*words], flags[6*words:7*words]
	ctxGrand := flags[7*words:]
	mark := func(set []uint64, i int32) { set[i/64] |= 1 << (i % 64) }
	var negatives []string
	// The pair read in the other order is the field's own last two words;
	// a generic field's are its parent's (nimero_ya_esaleli.raw).
	pairFrom, pairLast := g+p, len(wide)-1
	if generic && p > 0 {
		pairFrom, pairLast = g, g+p-1
	}
	s.eachSpan(wide, pairFrom, pairLast, func(t []byte, i, j int) {
		if i >= g+p && s.negative[string(t)] {
			negatives = append(negatives, string(t))
		}
		for _, ref := range s.terms[string(t)] {
			switch ref.role {
			case roleKey:
				if i >= g && j >= g+p {
					mark(key, ref.rule)
				} else if generic && i >= g {
					mark(inherited, ref.rule)
				}
			case roleNotKey:
				// A generic field takes its parent's vetoes with its
				// parent's keys: mfa_enrolled.value is no MFA secret.
				// A container's name (wlan_config) vetoes itself, not
				// what it holds, nor does a term it starts: a record's
				// fields.name is no form's "field name".
				if i >= g+p || generic && i >= g && !containerWords[string(t)] && !containerWords[wide[i]] {
					mark(notKey, ref.rule)
				}
			case roleNotContext:
				mark(sectionNotCtx, ref.rule)
				if i >= g {
					mark(notCtx, ref.rule)
				}
			case roleContext:
				if i >= g {
					mark(ctx, ref.rule)
				} else {
					mark(ctxGrand, ref.rule)
				}
			case roleDictKey:
				if i >= g+p {
					mark(dictKey, ref.rule)
				}
			}
		}
	})
	// Glued words that end in one: "tokencount", "heightpixels" (of four
	// letters or more: datadog is no dog, tomcat no cat).
	for _, w := range own {
		for l := 4; l <= len(w)-3; l++ {
			if t := w[len(w)-l:]; s.negative[t] {
				negatives = append(negatives, t)
			}
		}
	}
	for _, i := range s.exact[ownKey] {
		mark(key, i)
	}
	// Dictionary key terms count where no rule knows the name itself.
	if !slices.ContainsFunc(key, func(w uint64) bool { return w != 0 }) {
		copy(key, dictKey)
	}
	// A rule is off where a veto holds or a context it needs is missing;
	// of the others, a section rule hits, and a keyed one where its key
	// or its parent's is named. Hits come in rule order.
	// A context two levels up counts for a section's rules, and for the
	// others unless the parent between is a collection of its own, a
	// plural (hosts[].items[].name is an item's name, no host's).
	inner := p > 0 && (isPlural(parent[p-1]) || otherRecords[parent[p-1]])
	for w := range words {
		if !inner {
			ctx[w] |= ctxGrand[w]
		} else {
			ctx[w] |= ctxGrand[w] & s.sections[w]
		}
	}
	for w := range words {
		offCtx := notCtx[w] | s.sections[w]&sectionNotCtx[w]
		v.OffByContext[w] = offCtx
		v.Off[w] = notKey[w] | offCtx | s.contextual[w]&^ctx[w]
		for hit := (s.sections[w] | key[w] | inherited[w]) &^ v.Off[w]; hit != 0; hit &= hit - 1 {
			c := s.rules[w*64+bits.TrailingZeros64(hit)]
			// A record id under a health field or section is the record's
			// ({"segmentalLean": {"id": 7, ...}}): the policy's record ids.
			// So is one under a device's name: a row of a device list, no
			// model (rules that name an id under a device say so).
			if v.IDKey && len(own) == 1 && (c.Cat == Health || c.Cat == Contact || c.Cat == DeviceInventory) && key[w]&(1<<(c.Index%64)) == 0 {
				continue
			}
			// A credential's id, name or description is what it is called,
			// not the secret ({"UsernamePasswordCredentialsImpl": {"id":
			// "portal-db", "description": "Fitting portal (prod)"}}).
			if len(own) == 1 && c.Cat == Credential && (v.IDKey || credentialLabels[own[0]]) && key[w]&(1<<(c.Index%64)) == 0 {
				continue
			}
			// So is a credential's name in one field (pinName: "Master PIN",
			// secretName, token_label): the label's word ends it.
			if len(own) >= 2 && c.Cat == Credential && credentialNames[own[len(own)-1]] {
				continue
			}
			// So is a date there ({"immunizations": [{"date": ...}]},
			// conditions[].onset_date): when, not what.
			if len(own) > 0 && dateWords[own[len(own)-1]] && c.Cat == Health && key[w]&(1<<(c.Index%64)) == 0 {
				continue
			}
			if c.section {
				// A store's own fields (_id, _rev) are no one's data, nor
				// is the state of a form or a field the section holds
				// (REDCap's medical_history_complete: 0, 1 or 2).
				if len(own) > 0 && strings.HasPrefix(own[0], "_") || slices.ContainsFunc(negatives, isStateWord) {
					continue
				}
				// Its own not_keys say what is not evidence: "deepMin" under sleep
				// is minutes, not a minimum.
				v.Hits = append(v.Hits, KeyHit{Rule: c, Inherited: true})
				continue
			}
			neg := false
			for _, t := range negatives {
				// A rule that names the word itself ("step count") keeps it.
				if !slices.ContainsFunc(c.keys, func(k string) bool { return strings.HasPrefix(k, t) || strings.HasSuffix(k, t) }) {
					neg = true
					break
				}
			}
			v.Hits = append(v.Hits, KeyHit{Rule: c, Negative: neg, Inherited: key[w]&(1<<(c.Index%64)) == 0})
		}
	}
	return v
}

// credentialNames end the names of fields that name or describe a
// credential (secretName, token_label, pinName).
var credentialNames = map[string]bool{
	"name": true, "label": true, "title": true, "description": true, "display": true, "alias": true,
	"nombre": true, "nom": true, "nome": true, "naam": true, "descripcion": true, "beschreibung": true, "descricao": true,
	"descrizione": true, "omschrijving": true,
}

// credentialLabels are the fields that name, describe or annotate a
// credential: its names' words, and a note, a scope, an owner and dates.
var credentialLabels = func() map[string]bool {
	m := map[string]bool{"comment": true, "note": true, "notes": true, "scope": true, "owner": true, "created": true, "updated": true}
	for k := range credentialNames {
		m[k] = true
	}
	return m
}()

// containerWords name objects that hold a thing's fields: a rule's veto
// of them is a veto of the object, not of its fields.
var containerWords = map[string]bool{
	"config": true, "conf": true, "configuration": true, "settings": true, "setting": true, "setup": true,
	"info": true, "details": true, "data": true, "profile": true, "options": true, "prefs": true, "preferences": true,
	"fields": true, "field": true,
}

// dateWords end the names of fields that hold a date or a time.
var dateWords = map[string]bool{
	"date": true, "datetime": true, "time": true, "timestamp": true, "ts": true, "dt": true, "at": true,
	"fecha": true, "datum": true, "zeitpunkt": true, "heure": true, "hora": true, "ora": true,
}

// statWords name a statistic of the values of the field they are under
// (normalised as terms are).
var statWords = map[string]bool{
	"avg": true, "average": true, "mean": true, "median": true, "max": true, "maximum": true, "min": true, "minimum": true,
	"promedio": true, "moyenne": true, "durchschnitt": true, "mittelwert": true, "gemiddelde": true,
}

// stateWords are the negative words that say a field holds the state of
// something, not its data: a form's progress, a setting. (A status may be
// a person's: smoking_status.)
var stateWords = map[string]bool{
	"complete": true, "completed": true, "incomplete": true, "completion": true,
	"enabled": true, "disabled": true, "verified": true, "required": true, "visible": true, "hidden": true,
}

func isStateWord(w string) bool { return stateWords[w] }

// words splits a field name into words, splits glued words it knows, and
// writes abbreviations out by the synonyms of the rule files.
func (s *Set) words(key string) []string {
	// A field name is short; a longer one is data used as a key, and
	// judging all of it would cost its square.
	if len(key) > maxKeyBytes {
		key = key[:maxKeyBytes]
	}
	key = routeTail(key)
	ws := s.vocab.words(nil, key)
	if len(ws) >= 2 && solrSuffix(key) {
		// A dynamic field of Solr names its type last (meno_s,
		// posledne_spojenie_dt): the type says nothing of the data.
		ws = ws[:len(ws)-1]
	}
	if len(ws) > maxKeyWords {
		ws = ws[:maxKeyWords]
	}
	return s.writeOut(typePrefix(ws))
}

// routeTail returns what a request's route used as a key names: its path
// without the query, and of a path that goes on after an id, what follows
// the last id ("/apps/api/466/devices/all" lists devices, "/patients/12/
// observations" a patient's observations).
func routeTail(key string) string {
	if strings.IndexByte(key, '/') < 0 {
		return key
	}
	if i := strings.IndexByte(key, '?'); i > 0 {
		key = key[:i]
	}
	end := len(key)
	for end > 0 {
		i := strings.LastIndexByte(key[:end], '/')
		seg := key[i+1 : end]
		if end < len(key) && routeID(seg) {
			if tail := key[end:]; strings.ContainsFunc(tail, unicode.IsLetter) {
				return tail
			}
			return key
		}
		if i < 0 {
			break
		}
		end = i
	}
	return key
}

// routeID reports a route's segment that is a record's id: digits, or a
// UUID.
func routeID(seg string) bool {
	if len(seg) == 0 {
		return false
	}
	if IsUUID(seg) {
		return true
	}
	for i := 0; i < len(seg); i++ {
		if seg[i] < '0' || seg[i] > '9' {
			return false
		}
	}
	return true
}

// solrSuffix reports a field name that ends in one of the type suffixes
// of Solr's default dynamic fields, after an underscore: _s, _i, _l, _b,
// _f, _d, _t, _dt, _txt and their multi-valued forms.
func solrSuffix(key string) bool {
	i := strings.LastIndexByte(key, '_')
	if i <= 0 {
		return false
	}
	switch key[i+1:] {
	case "s", "i", "l", "b", "f", "d", "t", "dt", "txt", "ss", "is", "ls", "bs", "fs", "ds", "dts", "txts":
		return true
	}
	return false
}

// typePrefix reads the type prefixes of Brazilian database columns
// (nm_paciente, dt_nascimento, tp_sensor, ds_obs_medica, sg_uf): the kind a
// prefix names follows the words it qualifies, as an English name says it
// (patient name, birth date, sensor type), and a description, code, initials
// or value prefix says nothing the rest does not. Count and flag prefixes
// (qt_, fl_) stay: they make the name say nothing; a number's (nr_cel) is
// read glued, as its synonyms spell it.
func typePrefix(ws []string) []string {
	if len(ws) < 2 || len(ws[0]) != 2 {
		return ws
	}
	var kind string
	switch ws[0] {
	case "nm":
		kind = "name"
	case "dt":
		kind = "date"
	case "tp":
		kind = "type"
	case "ds", "cd", "sg", "vl":
		return ws[1:]
	default:
		return ws
	}
	out := make([]string, 0, len(ws))
	out = append(out, ws[1:]...)
	return append(out, kind)
}

// writeOut writes the abbreviations among ws out by the synonyms.
func (s *Set) writeOut(ws []string) []string {
	if len(s.synonyms) == 0 {
		return ws
	}
	var out []string // made at the first synonym: most names have none
	for i := 0; i < len(ws); i++ {
		syn, n, rest := s.synonymAt(ws, i)
		if syn == nil {
			if out != nil {
				out = append(out, ws[i])
			}
			continue
		}
		if out == nil {
			out = append(make([]string, 0, len(ws)+len(syn)), ws[:i]...)
		}
		out = append(out, syn...)
		if rest != "" {
			out = append(out, rest)
		}
		i += n - 1
	}
	if out == nil {
		return ws
	}
	return out
}

// synonymAt returns the synonym of the words of ws from i on, how many of
// them it takes, and the rest of a glued word that starts with one, or
// nil.
func (s *Set) synonymAt(ws []string, i int) (syn []string, n int, rest string) {
	if syn, n, rest = s.synonymFrom(ws, i); syn != nil {
		return syn, n, rest
	}
	// Arabic written in Latin letters glues the article to its noun
	// (alunwan, almalaf_altibbi, al_3umr): the noun is the word.
	w := ws[i]
	if len(w) < 2 || w[0] != 'a' || w[1] != 'l' {
		return nil, 1, ""
	}
	if len(w) == 2 {
		if i+1 < len(ws) {
			if syn, n, rest = s.synonymFrom(ws, i+1); syn != nil {
				return syn, n + 1, rest
			}
		}
		return nil, 1, ""
	}
	if len(w) < 5 {
		return nil, 1, ""
	}
	var buf [6]string
	bare := append(buf[:0], w[2:])
	bare = append(bare, ws[i+1:min(len(ws), i+5)]...)
	return s.synonymFrom(bare, 0)
}

// synonymFrom is synonymAt without the article.
func (s *Set) synonymFrom(ws []string, i int) (syn []string, n int, rest string) {
	w := ws[i]
	// A synonym of more than one word is written glued (postanskibroj):
	// postanski_broj spells it too, in up to five pieces as the
	// vocabulary cut it (post ans ki broj).
	if head, n := gluedHead(w, ws[i+1:]); i+1 < len(ws) && s.synHeads[string(head[:n])] {
		var buf [64]byte
		for k := min(5, len(ws)-i); k >= 2; k-- {
			glued := buf[:0]
			for _, p := range ws[i : i+k] {
				glued = append(glued, p...)
			}
			if len(glued) > s.synMax {
				continue
			}
			if sy, ok := s.synonyms[string(glued)]; ok {
				return sy, k, ""
			}
		}
	}
	if sy, ok := s.synonyms[w]; ok {
		return sy, 1, ""
	}
	// A Turkic plural or possessive of a synonym (cihazlar, cihazları,
	// cihazların: devices; Uzbek versiyasi, izohi; Kazakh нөмірі), and a
	// Cyrillic word's case or plural ending (диагнози: diagnoses;
	// пациента: the patient's). Only the plurals of a word the vocabulary
	// knows: a rule's own term (koodi, imei) means what it says.
	_, known := s.vocab[w]
	endings := turkicEndings[:]
	if known {
		endings = endings[:turkicPlurals]
	}
	if sy := s.stemSynonym(w, endings); sy != nil {
		return sy, 1, ""
	}
	if !known && len(w) > 0 && (w[0] == 0xD0 || w[0] == 0xD1) {
		if sy := s.stemSynonym(w, cyrillicEndings[:]); sy != nil {
			return sy, 1, ""
		}
	}
	// A glued word the vocabulary could not split may start with a
	// synonym (pyoratuolikuljetus: a wheelchair transport); the rest,
	// unless an ordinary ending, is a word of its own.
	if len(w) >= 9 && s.synHeads[w[:3]] {
		for l := min(len(w)-4, s.synMax); l >= 5; l-- {
			if sy, ok := s.synonyms[w[:l]]; ok && !endsWord(w[l:]) {
				return sy, 1, w[l:]
			}
		}
	}
	return nil, 1, ""
}

// stemSynonym returns the synonym of w without the first of endings it
// ends in, where the stem keeps four letters, or nil.
func (s *Set) stemSynonym(w string, endings []string) []string {
	for _, e := range endings {
		if len(w) > len(e) && strings.HasSuffix(w, e) && utf8.RuneCountInString(w[:len(w)-len(e)]) >= 4 {
			if sy, ok := s.synonyms[w[:len(w)-len(e)]]; ok {
				return sy
			}
		}
	}
	return nil
}

// turkicEndings are the plural and possessive endings of Turkic field
// names, longest first, as keys are folded (ı is i, ü is u).
var turkicEndings = [...]string{"larin", "lerin", "lari", "leri", "lar", "ler",
	"sinin", "sini", "si", "su", "i", "u", "лары", "лері", "сы", "сі", "ы", "і"}

// cyrillicEndings are the plural and case endings of Slavic field names
// in Cyrillic, longest first.
var cyrillicEndings = [...]string{"ите", "ове", "ами", "ями", "ах", "ях", "ов", "ев", "ей", "ия", "и", "ы", "а", "я", "е", "у", "ю"}

// turkicPlurals is how many of turkicEndings are plurals, tried on every
// word; the rest are possessives.
const turkicPlurals = 6

// gluedHead returns the first three bytes of w glued to next, the head a
// synonym of several words (ap_paterno, nr_cel) is known by when w is
// shorter than that.
// It fills an array, which a map look-up converts without allocating.
func gluedHead(w string, rest []string) (head [3]byte, n int) {
	n = copy(head[:], w)
	if n < 3 && len(rest) > 0 {
		n += copy(head[n:], rest[0])
	}
	return head, n
}

// norm normalizes a term of a rule file as field names are: words,
// synonyms, glued.
func (s *Set) norm(term string) string {
	return join(s.words(term))
}

// dictTermLists holds, by dictionary, the terms of the dictionaries that
// rules take for field names (key_dict) or contexts (context_dict).
type dictTermLists struct{ keys, context map[string][]string }

// dictTermLists writes out the dictionaries the rules of files name, each
// once. It only reads the set's vocabulary and synonyms.
func (s *Set) dictTermLists(files []*File) dictTermLists {
	l := dictTermLists{keys: map[string][]string{}, context: map[string][]string{}}
	for _, f := range files {
		for _, r := range f.Rules {
			if _, ok := l.keys[r.KeyDict]; r.KeyDict != "" && !ok {
				l.keys[r.KeyDict] = s.dictKeys(entries(s.dicts.raw[r.KeyDict]))
			}
			if _, ok := l.context[r.ContextDict]; r.ContextDict != "" && !ok {
				l.context[r.ContextDict] = s.dictTerms(entries(s.dicts.raw[r.ContextDict]))
			}
		}
	}
	return l
}

// dictKeys returns the entries of a dictionary as key terms, normalized
// as norm does but without the vocabulary's splitting of glued words (for
// thousands of entries at start-up: the glued pieces would be glued again,
// so only a piece that is a synonym could tell the two apart). An entry
// that a synonym rewrites into words no entry spells ("egeszseg" is
// health, "salud" too) is left out: the word is the rules' to judge, and
// as a key term of the dictionary it would make every key with "health"
// in it a health field.
func (s *Set) dictKeys(list [][]byte) []string {
	split := make([][]string, len(list))
	plain := make(map[string]struct{}, len(list))
	for k, w := range list {
		split[k] = splitTerm(nil, unsafeString(w))
		plain[join(split[k])] = struct{}{}
	}
	var terms []string
	for _, ws := range split {
		t := join(s.writeOut(ws))
		if _, ok := plain[t]; ok && t != "" {
			terms = append(terms, t)
		}
	}
	return terms
}

// dictTerms returns the entries of a dictionary as terms, normalized as
// rules' own terms are, each once.
func (s *Set) dictTerms(list [][]byte) []string {
	seen := make(map[string]struct{}, len(list))
	terms := make([]string, 0, len(list))
	var ws []string
	for _, w := range list {
		ws = splitTerm(ws[:0], unsafeString(w))
		t := join(s.writeOut(ws))
		if _, ok := seen[t]; ok || t == "" {
			continue
		}
		seen[t] = struct{}{}
		terms = append(terms, t)
	}
	return terms
}

// addDictContext makes terms (see dictTerms) context terms of rule i; but
// not a term that a rule of another category takes for a field or a
// context of its own ("phone" is a contact's number, "router" a
// network's): under it the device may be no device. Only a rule's own
// terms count so: a dictionary that rules of two categories both take for
// context gives its words to both, whichever comes first.
func (s *Set) addDictContext(i int32, terms []string) {
	cat := s.rules[i].Cat
	for _, t := range terms {
		if slices.ContainsFunc(s.terms[t], func(r termRef) bool {
			return (r.role == roleKey || r.role == roleContext && !r.fromDict) && s.rules[r.rule].Cat != cat || r.rule == i
		}) {
			continue
		}
		if _, ok := s.exact[t]; ok {
			continue
		}
		s.terms[t] = append(s.terms[t], termRef{rule: i, role: roleContext, fromDict: true})
	}
}

// Roles of a term in a rule.
type termRole uint8

const (
	roleKey termRole = iota
	roleContext
	roleNotKey
	roleNotContext
	roleDictKey // a key term from a dictionary (Rule.KeyDict)
)

type termRef struct {
	rule     int32
	role     termRole
	fromDict bool // a context term from a dictionary (addDictContext)
}

// Bounds on what of a field name is judged.
const (
	maxKeyBytes = 96
	maxKeyWords = 16
)

// maxSpan is the most words a term may have.
const maxSpan = 6

// eachSpan calls fn with every term that consecutive words of ws can
// spell, and the first and last of the words it takes: the words glued as
// they are, with the last or the first written singular, and the long
// starts of a glued word that no vocabulary could split ("firmwareversie"
// starts "firmware", from word i to word i). Terms are looked up in a
// map, so a field name costs a few hundred map look-ups, whatever the
// number of rules. Two words are also read in the other order when they
// end at word last and start at word own or after (see below). t is valid
// only until fn returns.
func (s *Set) eachSpan(ws []string, own, last int, fn func(t []byte, i, j int)) {
	var acc, alt []byte
	for i := range ws {
		acc = acc[:0]
		for j := i; j < len(ws) && j-i < maxSpan; j++ {
			prev := len(acc)
			acc = append(acc, ws[j]...)
			fn(acc, i, j)
			if sg := singular(ws[j]); len(sg) != len(ws[j]) {
				alt = append(append(alt[:0], acc[:prev]...), sg...)
				fn(alt, i, j)
			}
			if j > i {
				if sg := singular(ws[i]); len(sg) != len(ws[i]) {
					alt = append(append(alt[:0], sg...), acc[len(ws[i]):]...)
					fn(alt, i, j)
				}
			}
		}
		// Languages that put the head first ("kod za pristup", "numero de
		// casa", "tip uredjaja") spell an English term's two words in the
		// other order, a connector between them or not: the pair is also
		// looked up reversed, as the span of both: the last two of the
		// field's own words, unless they mean something as they stand
		// (user_id is no id user, id_usuario).
		if i >= own && i >= last-2 && i < last && len(ws[i]) >= 2 && !connectors[ws[i]] {
			j := i + 1
			if j < last && connectors[ws[j]] {
				j++
			}
			// A last word that ends English names (id, number, type,
			// count) is the head already: serial_number_id is no id number.
			if j == last && len(ws[j]) >= 2 && !connectors[ws[j]] && !notTextHead[ws[j]] {
				alt = append(append(alt[:0], ws[i]...), ws[j]...)
				if _, known := s.terms[string(alt)]; !known {
					alt = append(append(alt[:0], ws[j]...), ws[i]...)
					fn(alt, i, j)
				} else if j > i+1 {
					// The pair in its own order, the connector between
					// skipped (Sesotho "qetello e bonoe", last seen).
					fn(alt, i, j)
				}
			}
		}
		w := ws[i]
		for l := 5; l <= len(w)-4; l++ {
			if !endsWord(w[l:]) { // "medication" does not start with medica, a doctor
				fn(acc[:l], i, i) // acc starts with w
			}
		}
	}
}

// connectors are the words that join a head to what qualifies it in the
// languages that put the head first: "of" and "for" of Romance, Slavic,
// Baltic, Albanian, Hindustani, Malay, Swahili and Tagalog field names.
var connectors = map[string]bool{
	"de": true, "da": true, "do": true, "di": true, "del": true, "della": true, "dello": true, "dei": true, "des": true,
	"du": true, "dos": true, "das": true, "na": true, "za": true, "od": true, "ki": true, "ka": true, "ke": true,
	"ya": true, "wa": true, "la": true, "ng": true, "sa": true, "per": true, "por": true, "para": true, "pour": true,
	"на": true, "за": true, "от": true, "по": true, "e": true, "i": true, "te": true, "y": true,
}

func anyTerm(terms, words []string, lo int) bool {
	for _, t := range terms {
		if matchTerm(t, words, lo) {
			return true
		}
	}
	return false
}

// join glues words into one: a single word is itself, not a copy.
func join(ws []string) string { return strings.Join(ws, "") }

// ValueRules returns the rules that may match a string value starting with
// b on their own, without key evidence.
func (s *Set) ValueRules(b byte) []*Compiled { return s.byFirst[b] }

// Finders returns the rules that search free text.
func (s *Set) Finders() []*Compiled { return s.finders }

// IsGeneric reports whether the field name takes its meaning from its
// parent (name, value, id).
func (s *Set) IsGeneric(key string) bool { return s.generic[s.norm(key)] }

// IsLabelKey reports whether key names the label of a key/value row.
func (s *Set) IsLabelKey(key []byte) bool { return s.label[s.norm(string(key))] }

// notTextHead are last words of a field name that say it holds something
// about a text rather than the text: a count, an id, a time, a flag.
var notTextHead = map[string]bool{
	"count": true, "counts": true, "id": true, "ids": true, "time": true, "date": true, "at": true,
	"ts": true, "timestamp": true, "type": true, "status": true, "len": true, "length": true,
	"size": true, "flag": true, "enabled": true, "number": true, "num": true, "no": true,
	"level": true, "lang": true, "language": true, "format": true, "version": true, "url": true,
}

// isPlural reports a word that looks like an English plural: "items",
// "templates", "macros"; not "address" or "status".
func isPlural(w string) bool {
	return len(w) >= 4 && w[len(w)-1] == 's' && w[len(w)-2] != 's' && w[len(w)-2] != 'u'
}

// otherRecords are the words of a parent that holds a record of its own
// kind, no device's: a ticket's, a message's, a person's (Zammad's
// assets.Ticket, a device's user.name), so that a context above it does
// not reach its fields.
var otherRecords = map[string]bool{
	"ticket": true, "article": true, "message": true, "comment": true, "reply": true, "thread": true,
	"conversation": true, "user": true, "customer": true, "person": true, "patient": true, "member": true,
	"employee": true, "contact": true, "owner": true, "organization": true, "organisation": true,
	"order": true, "invoice": true, "task": true, "note": true,
}

// partsOfDevice are the words of the containers whose records are parts of
// a device, not devices: its network interfaces and its certificates (a
// network adapter is hardware an inventory lists, its driver the
// machine's).
var partsOfDevice = map[string]bool{
	"interface": true, "interfaces": true, "iface": true, "ifaces": true,
	"certificate": true, "certificates": true, "cert": true, "certs": true,
}

// notDeviceRecord reports the words of a container whose records are a
// device's parts (partsOfDevice), as any of its words (wireless
// interfaces; RouterOS's interface/wifi).
func notDeviceRecord(words []string) bool {
	for _, w := range words {
		if partsOfDevice[w] {
			return true
		}
	}
	return false
}
