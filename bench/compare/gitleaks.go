package compare

import (
	"time"

	"github.com/rs/zerolog"
	"github.com/zricethezav/gitleaks/v8/detect"

	"github.com/leakscope/leakscope/corpus"
)

// GitleaksFeeds are the ways gitleaks is given a leaf: the value alone,
// or a line of YAML or of JSON with the field name or the dotted path as
// the key. Its generic-api-key rule needs a key and an assignment.
var GitleaksFeeds = []string{"value", "name: value", `"name": value`, "path: value", `"path": value`}

// Gitleaks runs gitleaks v8's default configuration on each leaf, as one
// string, through Detector.DetectBytes, decoding encoded text as deep as
// the gitleaks command does by default; any finding means credential.
func Gitleaks(leaves []Leaf, ndocs int, feed string) (*Run, error) {
	zerolog.SetGlobalLevel(zerolog.Disabled) // gitleaks logs through zerolog's global logger
	d, err := detect.NewDetectorDefaultConfig()
	if err != nil {
		return nil, err
	}
	d.MaxDecodeDepth = 5 // the command's default: base64, hex and percent-encoded text decoded and scanned again
	r := newRun("gitleaks", feed, []string{corpus.Credential}, ndocs)
	var text []byte
	start := time.Now()
	for i := range leaves {
		l := &leaves[i]
		text = gitleaksText(text[:0], l, feed)
		if len(d.DetectBytes(text)) > 0 {
			r.add(l, corpus.Credential)
		}
		r.Bytes += int64(len(text))
		r.Leaves++
	}
	r.Elapsed = time.Since(start)
	return r, nil
}

func gitleaksText(dst []byte, l *Leaf, feed string) []byte {
	switch feed {
	case "name: value", "path: value":
		how := ByName
		if feed == "path: value" {
			how = ByPath
		}
		dst = append(dst, l.Fed(how)...)
		dst = append(dst, ": "...)
		return append(dst, l.Value...)
	case `"name": value`, `"path": value`:
		how := ByName
		if feed == `"path": value` {
			how = ByPath
		}
		dst = append(dst, quote(l.Fed(how))...)
		dst = append(dst, ": "...)
		return append(dst, l.JSON...)
	}
	return append(dst, l.Value...)
}
