package classify

import (
	"strings"
	"sync"

	"github.com/leakscope/leakscope/rules"
)

// Column evidence (Options.ColumnEvidence): what a field's values have
// been across the documents of a stream speaks for the values that say
// nothing themselves. A field whose values were e-mail addresses 95 times
// in 100 is a contact field, and its odd value is reported as contact too,
// at a lower confidence, under the rule that found the others.
//
// The evidence must not make the findings depend on how many workers ran
// or how fast, so it moves in fixed steps of the input: the stream's
// batches are counted in input order, the evidence of each run of
// evidenceEpoch batches is merged in that order and published as a
// snapshot, and a batch uses the snapshot made evidenceLag runs before its
// own. The batches in flight are fewer than a run, so a worker never waits
// for one in practice; it would wait rather than use another.
// evidenceEpoch is a variable only for the tests.
var evidenceEpoch = 8

const (
	evidenceLag        = 2
	evidenceMinValues  = 64   // values a field must have shown
	evidenceShare      = 0.95 // and the share of them tagged with the category
	evidenceConfidence = 0.6
	maxEvidenceFields  = 1 << 14
)

// fieldEvidence is what one field's values were.
type fieldEvidence struct {
	values int
	cats   [rules.NumCategories]int
	rule   [rules.NumCategories]*rules.Compiled // the last rule that found each
}

// A evidenceRecord is a field's evidence from one batch.
type evidenceRecord struct {
	key string
	fieldEvidence
}

// evidence is a run's column evidence: merged by the delivering goroutine,
// read by the workers through snapshots.
type evidence struct {
	mu      sync.Mutex
	changed *sync.Cond
	acc     map[string]*fieldEvidence
	snaps   []map[string]*[rules.NumCategories]*rules.Compiled
	ended   bool
}

func newEvidence() *evidence {
	e := &evidence{acc: map[string]*fieldEvidence{}}
	e.changed = sync.NewCond(&e.mu)
	return e
}

// snapshot returns the snapshot for the batch of the given index, waiting
// for it if need be; nil before there is one, or once the run has ended.
func (e *evidence) snapshot(batch int) map[string]*[rules.NumCategories]*rules.Compiled {
	epoch := batch/evidenceEpoch - evidenceLag
	if epoch < 0 {
		return nil
	}
	e.mu.Lock()
	defer e.mu.Unlock()
	for len(e.snaps) <= epoch && !e.ended {
		e.changed.Wait()
	}
	if len(e.snaps) <= epoch {
		return nil
	}
	return e.snaps[epoch]
}

// merge adds a delivered batch's records; batches come in input order.
// The last batch of a run of evidenceEpoch publishes a snapshot.
func (e *evidence) merge(b *batch) {
	for i := range b.evidence {
		r := &b.evidence[i]
		f := e.acc[r.key]
		if f == nil {
			if len(e.acc) >= maxEvidenceFields {
				continue
			}
			f = &fieldEvidence{}
			e.acc[r.key] = f
		}
		f.values += r.values
		for c, n := range r.cats {
			f.cats[c] += n
			if r.rule[c] != nil {
				f.rule[c] = r.rule[c]
			}
		}
	}
	if b.index%evidenceEpoch != evidenceEpoch-1 {
		return
	}
	snap := map[string]*[rules.NumCategories]*rules.Compiled{}
	for key, f := range e.acc {
		if f.values < evidenceMinValues {
			continue
		}
		var rs [rules.NumCategories]*rules.Compiled
		any := false
		for c, n := range f.cats {
			if float64(n) >= evidenceShare*float64(f.values) && f.rule[c] != nil {
				rs[c], any = f.rule[c], true
			}
		}
		if any {
			snap[key] = &rs
		}
	}
	e.mu.Lock()
	e.snaps = append(e.snaps, snap)
	e.changed.Broadcast()
	e.mu.Unlock()
}

// end wakes the workers that wait: the run is over.
func (e *evidence) end() {
	e.mu.Lock()
	e.ended = true
	e.changed.Broadcast()
	e.mu.Unlock()
}

// nodeEvidence is a node's column evidence: this batch's, and the
// snapshot's word on its field, cached for snapshot snapGen.
type nodeEvidence struct {
	canon     string
	ev        fieldEvidence
	touched   bool
	snapGen   uint32
	snapRules *[rules.NumCategories]*rules.Compiled
}

// columnEvidence records what the leaf at node n came to, then adds what
// its field's evidence says of it. Called with st.best final for the leaf.
func (st *state) columnEvidence(n *node) {
	if n.ev == nil {
		n.ev = &nodeEvidence{canon: "\x00" + strings.Join(n.names, "\x00")}
	}
	e := n.ev
	if !e.touched {
		e.touched = true
		st.touched = append(st.touched, n)
	}
	e.ev.values++
	min := st.c.opts.MinConfidence
	for c, h := range st.best {
		if h.rule != nil && h.conf >= min {
			e.ev.cats[c]++
			e.ev.rule[c] = h.rule
		}
	}
	if st.snap == nil {
		return
	}
	if e.snapGen != st.snapGen {
		e.snapGen, e.snapRules = st.snapGen, st.snap[e.canon]
	}
	if e.snapRules == nil {
		return
	}
	for c, r := range e.snapRules {
		if r != nil && st.best[c].conf < evidenceConfidence {
			st.best[c] = hit{conf: evidenceConfidence, rule: r}
		}
	}
}

// collectEvidence moves the batch's evidence from the nodes into b.
func (st *state) collectEvidence(b *batch) {
	b.evidence = b.evidence[:0]
	for _, n := range st.touched {
		e := n.ev
		b.evidence = append(b.evidence, evidenceRecord{key: e.canon, fieldEvidence: e.ev})
		e.ev, e.touched = fieldEvidence{}, false
	}
	st.touched = st.touched[:0]
}
