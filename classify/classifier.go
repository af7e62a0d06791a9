package classify

import (
	"sync"
	"sync/atomic"

	"github.com/leakscope/leakscope/rules"
)

// A Classifier tags the sensitive leaves of JSON documents. It is
// immutable and safe for concurrent use by multiple goroutines.
type Classifier struct {
	set  *rules.Set
	opts Options
	pool sync.Pool // of *state
	// spare keeps one warm state out of the pool, which the garbage
	// collector empties: its path cache survives collections.
	spare atomic.Pointer[state]
	frags []ruleJSON // what each rule's findings write in NDJSON
	// addrPart is the rule of an address's parts, for a state beside a
	// street in a flat record (state.objectHas); nil in a set without it.
	addrPart *rules.Compiled
	// bodyValue is the rule of a value beside a unit of the body's
	// measures.
	bodyValue *rules.Compiled
	// namePart is the rule of a name's parts, for the halves of a name in
	// fields whose names say nothing.
	namePart *rules.Compiled
	// locality is the rule of a city or a postcode, taken back from a city
	// beside its country alone (an analytics visit's geo).
	locality *rules.Compiled
	// idUnderDevice is the rule of a bare id under a device, taken back
	// beside the device's serial number or MAC (the row's id).
	idUnderDevice *rules.Compiled
	// medDict is the rule of a medicine's name by the dictionary, taken
	// back from a person's name (Yasmin is a pill and a given name).
	medDict *rules.Compiled
	// ownedName is the rule of a device named after its owner
	// ("Ana's iPhone"): the name is the device's, not the owner's contact.
	ownedName *rules.Compiled
	// nickname is the rule of a device's name by its field: a person's
	// full name under it is a person's (a point of contact's, an author's).
	nickname, hostInNetwork *rules.Compiled
	// userHandle is the rule of a user's log-in under a bare user field,
	// taken back for a user's code beside their name ({"code":
	// "apetrosyan", "name": "Anahit Petrosyan"}, as Kintone writes users).
	userHandle *rules.Compiled
}

// New returns a classifier that applies the rule set rs. A nil rs means
// the embedded default rules.
func New(rs *rules.Set, opts Options) (*Classifier, error) {
	if rs == nil {
		var err error
		if rs, err = rules.Default(); err != nil {
			return nil, err
		}
	}
	c := &Classifier{set: rs, opts: opts.withDefaults(), frags: newRuleJSONs(rs), addrPart: rs.Rule("contact.address-part"), namePart: rs.Rule("contact.name-part"), locality: rs.Rule("contact.locality"), idUnderDevice: rs.Rule("device.id-under-device"), medDict: rs.Rule("health.medication-by-dictionary"), ownedName: rs.Rule("device.owned-name"), nickname: rs.Rule("device.nickname"), hostInNetwork: rs.Rule("network.host-name-in-network"), userHandle: rs.Rule("contact.user-handle"), bodyValue: rs.Rule("health.measurement-with-unit")}
	c.pool.New = func() any { return newState(c) }
	return c, nil
}

// Rules returns the rule set of the classifier.
func (c *Classifier) Rules() *rules.Set { return c.set }

// Options returns the options in force, defaults filled in.
func (c *Classifier) Options() Options { return c.opts }

// A Finding is one sensitive leaf: where it is and what it exposes.
type Finding struct {
	Path       string         // RFC 6901 JSON Pointer from the document's root
	Category   rules.Category // what the value exposes
	Type       string         // what kind of value: email, ssid, oauth-token, ...
	Rule       string         // the id of the rule that found it
	Confidence float64        // in (0, 1]
	// Start and End are the byte offsets of the leaf in the document: its
	// JSON token, quotes included. A finding in JSON inside a string
	// value has the bounds of that string.
	Start, End int
	// Value is the raw value, only with Options.Reveal (a string leaf's
	// content, unescaped and at most Options.MaxValueBytes).
	Value string
}

// AppendFindings classifies one JSON document and appends its findings to
// dst, in document order, one per leaf and category. A document that is
// not valid JSON or breaks a limit returns a *SyntaxError or *LimitError
// and the findings made before the problem. A rule that timed out is
// turned off for the rest of the document and reported as a
// *rules.TimeoutError once the walk is done.
func (c *Classifier) AppendFindings(dst []Finding, doc []byte) ([]Finding, error) {
	st := c.spare.Swap(nil)
	if st == nil {
		st = c.pool.Get().(*state)
	}
	defer func() {
		if !c.spare.CompareAndSwap(nil, st) {
			c.pool.Put(st)
		}
	}()
	st.res = &st.own
	st.res.reset()
	err := st.document(doc)
	dst = st.res.appendFindings(dst, 0, len(st.res.findings))
	if err == nil && len(st.res.warnings) > 0 {
		err = &rules.TimeoutError{Rule: st.res.warnings[0].rule.ID}
	}
	return dst, err
}

// reset forgets the findings of the previous batch.
func (r *results) reset() {
	r.findings = r.findings[:0]
	r.paths = r.paths[:0]
	r.warnings = r.warnings[:0]
}

// document walks one document, appending its findings to st.res.findings.
func (st *state) document(doc []byte) error {
	if st.anyTimeout {
		clear(st.timedOut)
		st.anyTimeout = false
	}
	if st.tick++; st.tick == 0 { // wrapped: recency is lost
		st.root, st.nodes, st.tick = &node{}, 0, 1
	}
	st.pending, st.pendVal = st.pending[:0], st.pendVal[:0]
	st.secrets.reset()
	err := st.outer.walk(doc, st.root)
	if err != nil && len(st.pending) > 0 {
		st.flushPending(&st.outer)
	}
	return err
}

// appendFindings turns st.res.findings[from:to] into Findings. All their paths
// share one string, so a document costs one allocation for its paths.
func (r *results) appendFindings(dst []Finding, from, to int) []Finding {
	if from == to {
		return dst
	}
	// A leaf judged once its record was known wrote its path after those
	// of the leaves that follow it.
	lo, hi := r.findings[from].pathStart, r.findings[to-1].valueEnd
	for _, f := range r.findings[from:to] {
		lo, hi = min(lo, f.pathStart), max(hi, f.valueEnd)
	}
	paths := string(r.paths[lo:hi])
	for _, f := range r.findings[from:to] {
		dst = append(dst, Finding{
			Path:       paths[f.pathStart-lo : f.pathEnd-lo],
			Category:   f.rule.Cat,
			Type:       f.rule.Type,
			Rule:       f.rule.ID,
			Confidence: f.conf,
			Start:      int(f.start),
			End:        int(f.end),
			Value:      paths[f.pathEnd-lo : f.valueEnd-lo],
		})
	}
	return dst
}
