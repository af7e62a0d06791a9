package main

import (
	"cmp"
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/leakscope/leakscope/classify"
	"github.com/leakscope/leakscope/rules"
)

// reportMeta is what a rendering says about how the report was made.
type reportMeta struct {
	inputs     []string
	sample     int     // --sample: the first N documents
	sampleRate float64 // --sample-rate
	truncated  bool    // --sample stopped before the end of the input
}

// scanReport classifies the inputs into a report. The classifier must
// reveal values (the report masks them).
func scanReport(ctx context.Context, c *classify.Classifier, inputs []string, stdin io.Reader, f *scanFlags, stderr io.Writer, meta *reportMeta) (*classify.Report, error) {
	rep := classify.NewReport(classify.ReportOptions{Rules: c.Rules()})
	sizes := make([]int64, len(inputs)) // -1: unknown
	for i, name := range inputs {
		sizes[i] = inputSize(name)
	}
	var readBefore int64 // bytes of the inputs before the current one
	for i, name := range inputs {
		r, closeFn, err := open(name, stdin)
		if err != nil {
			return rep, err
		}
		cr := &countingReader{r: r}
		prog := startProgress(stderr, f.quiet, name, sizes[i], cr)
		stopAt := int64(-1)
		var streamErr error
		for res, err := range c.Stream(ctx, cr) {
			if err != nil {
				streamErr = err
				break
			}
			if f.sample > 0 && rep.Documents == int64(f.sample) {
				// One result past the sample: where the sample ends.
				stopAt = res.Offset
				break
			}
			warnResult(stderr, f.quiet, name, res)
			rep.Add(res)
		}
		prog.stop()
		closeFn()
		read := cr.n.Load()
		if stopAt >= 0 {
			// Plain input: the offset of the next document is exact.
			// Compressed: the bytes read so far, a read-ahead too many.
			read = min(read, stopAt)
		}
		rep.Bytes += read
		if streamErr != nil {
			if ctx.Err() != nil {
				return rep, fmt.Errorf("%s: interrupted after %d documents", name, rep.Documents)
			}
			return rep, fmt.Errorf("%s: %w", name, streamErr)
		}
		if stopAt >= 0 || (f.sample > 0 && rep.Documents == int64(f.sample) && i < len(inputs)-1) {
			meta.truncated = true
			total := readBefore
			for _, s := range sizes[i:] {
				if s < 0 {
					total = -1
					break
				}
				total += s
			}
			if total > rep.Bytes {
				rep.InputBytes = total
			}
			break
		}
		readBefore += read
	}
	return rep, nil
}

func warnResult(stderr io.Writer, quiet bool, name string, res classify.Result) {
	if quiet {
		return
	}
	for _, w := range res.Warnings {
		fmt.Fprintf(stderr, "leakscope: %s: line %d: %s: %v; rule skipped for the rest of the document\n", name, res.Line, w.Path, w.Err)
	}
}

// inputSize is the size of a regular file, or -1.
func inputSize(name string) int64 {
	if name == "-" {
		return -1
	}
	fi, err := os.Stat(name)
	if err != nil || !fi.Mode().IsRegular() {
		return -1
	}
	return fi.Size()
}

// typeLabels name the types of the default rules as a breach notice
// would; other types are written as they are.
var typeLabels = map[string]string{
	"email": "e-mail addresses", "person-name": "names", "phone": "phone numbers", "username": "usernames",
	"postal-address": "postal addresses", "photo-url": "profile photo URLs", "birth-date": "birth dates",
	"national-id": "national ids", "payment-card": "payment cards", "age": "ages", "gender": "gender",
	"password": "passwords", "password-hash": "password hashes", "password-salt": "password salts",
	"api-token": "API tokens", "api-key": "API keys", "oauth-token": "OAuth tokens (Alexa, Google …)",
	"jwt": "JWTs", "secret": "secrets and access tokens", "session-id": "session ids", "cloud-key": "cloud keys",
	"private-key": "private keys", "totp-seed": "2FA seeds", "wifi-psk": "Wi-Fi passphrases",
	"security-answer": "security answers", "auth-header": "authorization headers", "payment-handle": "payment handles (UPI ids)",
	"connection-string": "connection strings", "access-code": "access codes", "meeting-link": "meeting links",
	"ssid": "Wi-Fi SSIDs", "bssid": "BSSIDs", "ip-address": "IP addresses", "subnet": "subnets",
	"hostname": "hostnames", "mac-address": "MAC addresses", "port": "ports", "vlan": "VLAN ids",
	"admin-url": "router admin URLs", "cell-network": "cell networks",
	"device-model": "device models", "device-name": "device nicknames", "firmware-version": "firmware and app versions",
	"serial-number": "serial numbers", "imei": "IMEIs", "device-id": "device ids", "last-seen": "last-seen times",
	"os-version": "OS versions", "user-agent": "user agents", "vehicle-id": "vehicle ids",
	"body-metric": "body metrics (height, weight, body fat, bone …)", "vital-sign": "vital signs",
	"activity": "activity (steps, sleep, calories)", "medical-condition": "conditions", "medication": "medications",
	"diagnosis-code": "diagnosis codes", "health-record": "health records",
}

func typeLabel(t string) string {
	if l, ok := typeLabels[t]; ok {
		return l
	}
	return t
}

// commas writes n with thousands separators.
func commas(n int64) string {
	s := strconv.FormatInt(n, 10)
	neg := strings.HasPrefix(s, "-")
	s = strings.TrimPrefix(s, "-")
	var b strings.Builder
	if neg {
		b.WriteByte('-')
	}
	for i, c := range s {
		if i > 0 && (len(s)-i)%3 == 0 {
			b.WriteByte(',')
		}
		b.WriteRune(c)
	}
	return b.String()
}

// humanBytes writes a size in B, KB, MB, GB (powers of 1000).
func humanBytes(n int64) string {
	switch {
	case n < 1000:
		return strconv.FormatInt(n, 10) + " B"
	case n < 1_000_000:
		return strconv.FormatFloat(float64(n)/1e3, 'f', 1, 64) + " KB"
	case n < 1_000_000_000:
		return strconv.FormatFloat(float64(n)/1e6, 'f', 1, 64) + " MB"
	}
	return strconv.FormatFloat(float64(n)/1e9, 'f', 2, 64) + " GB"
}

// A fieldGroup is the spellings of one field (user_email, userEmail,
// USER-EMAIL under the same parents), which dumps merged from several
// versions of an app hold side by side.
type fieldGroup struct {
	path     string // the spelling with most values
	paths    []string
	cat      rules.Category // the category of most of its values
	values   int64
	distinct int64
	cats     [rules.NumCategories]int64
	types    map[string]int64
	sample   string
}

// foldSpelling is the key under which spellings of a path group.
func foldSpelling(path string) string {
	var b strings.Builder
	for _, r := range strings.ToLower(path) {
		switch r {
		case '_', '-', ' ', '.':
		default:
			b.WriteRune(r)
		}
	}
	return b.String()
}

// groupFields groups the fields of a report by spelling, most values first.
func groupFields(rep *classify.Report) []*fieldGroup {
	byKey := map[string]*fieldGroup{}
	var groups []*fieldGroup
	best := map[*fieldGroup]int64{}
	for _, ps := range rep.Paths() {
		k := foldSpelling(ps.Path)
		g := byKey[k]
		if g == nil {
			g = &fieldGroup{types: map[string]int64{}}
			byKey[k] = g
			groups = append(groups, g)
		}
		g.paths = append(g.paths, ps.Path)
		g.values += ps.Values
		for i, n := range ps.Categories {
			g.cats[i] += n
		}
		for t, n := range ps.Types {
			g.types[t] += n
		}
		if ps.Values > best[g] || g.path == "" {
			best[g] = ps.Values
			g.path, g.sample = ps.Path, ps.Sample
		}
	}
	for _, g := range groups {
		g.distinct = rep.DistinctOf(g.paths...)
		for i, n := range g.cats {
			if n > g.cats[g.cat] {
				g.cat = rules.Category(i)
			}
		}
	}
	slices.SortFunc(groups, func(a, b *fieldGroup) int {
		return cmp.Or(cmp.Compare(b.values, a.values), cmp.Compare(a.path, b.path))
	})
	return groups
}

// sortedTypes lists the types of a group, most values first.
func sortedTypes(m map[string]int64) []string {
	ts := slices.Collect(func(yield func(string) bool) {
		for t := range m {
			if !yield(t) {
				return
			}
		}
	})
	slices.SortFunc(ts, func(a, b string) int { return cmp.Or(cmp.Compare(m[b], m[a]), cmp.Compare(a, b)) })
	return ts
}

// fieldsPerCategory is how many fields the text report lists per category.
const fieldsPerCategory = 12

// writeText writes the report for a person at a terminal: what the data
// exposes, category by category, as a breach notice would say it, then
// the fields that hold it.
func writeText(w io.Writer, rep *classify.Report, meta *reportMeta) error {
	var b strings.Builder
	est := rep.Estimated()
	num := func(n int64) string {
		if est {
			return "~" + commas(n)
		}
		return commas(n)
	}
	fmt.Fprintf(&b, "leakscope triage report: %s\n", strings.Join(meta.inputs, ", "))
	fmt.Fprintf(&b, "%s documents read (%s unreadable), %s\n", commas(rep.Documents), commas(rep.Unreadable), humanBytes(rep.Bytes))
	writeSampleNote(&b, rep, meta)

	b.WriteString("\nWHAT IT EXPOSES\n")
	cats := rep.Categories()
	docs := rep.EstimatedDocuments()
	for _, cs := range cats {
		c := cs.Estimate
		if c.Values == 0 {
			fmt.Fprintf(&b, "%-17s nothing found\n", cs.Category)
			continue
		}
		fmt.Fprintf(&b, "%-17s %s documents (%s), %s values, %s distinct\n", cs.Category, num(c.Documents), percent(c.Documents, docs), num(c.Values), num(c.Distinct))
		var parts []string
		for _, ts := range cs.Types {
			parts = append(parts, fmt.Sprintf("%s in %s documents (%s distinct)", typeLabel(ts.Type), num(ts.Estimate.Documents), num(ts.Estimate.Distinct)))
		}
		writeWrapped(&b, "    "+strings.Join(parts, "; "), "    ", 100)
	}

	groups := groupFields(rep)
	_, otherFields, hasOther := rep.Other()
	fmt.Fprintf(&b, "\nFIELDS: %s", commas(int64(len(rep.Paths()))))
	if len(groups) < len(rep.Paths()) {
		fmt.Fprintf(&b, ", %s once spellings of a name are put together (user_email, userEmail)", commas(int64(len(groups))))
	}
	fmt.Fprintf(&b, "; the %d with most values of each category (--format json or html lists all)\n", fieldsPerCategory)
	scale := rep.Scale()
	for _, cs := range cats {
		var mine []*fieldGroup
		var restValues int64
		for _, g := range groups {
			if g.cat != cs.Category || g.values == 0 {
				continue
			}
			if len(mine) < fieldsPerCategory {
				mine = append(mine, g)
			} else {
				restValues += g.values
			}
		}
		if len(mine) == 0 {
			continue
		}
		fmt.Fprintf(&b, "%s\n", cs.Category)
		width := 0
		for _, g := range mine {
			width = max(width, utf8.RuneCountInString(displayPath(g)))
		}
		width = min(width, 56)
		for _, g := range mine {
			p := displayPath(g)
			if n := utf8.RuneCountInString(p); n > width {
				p = "…" + string([]rune(p)[n-width+1:])
			}
			types := sortedTypes(g.types)
			fmt.Fprintf(&b, "  %-*s %8s values %8s distinct  %-24s %s\n", width, p,
				num(scaled(g.values, scale)), num(scaledDistinct(g, scale)), cut(g.sample, 24), strings.Join(types, ", "))
		}
		if n := countGroups(groups, cs.Category) - len(mine); n > 0 {
			fmt.Fprintf(&b, "  … and %s more fields with %s values\n", commas(int64(n)), num(scaled(restValues, scale)))
		}
	}
	if hasOther {
		other, _, _ := rep.Other()
		fmt.Fprintf(&b, "other: ~%s more fields past the report's %s (%s values), counted together\n",
			commas(otherFields), commas(classify.DefaultMaxPaths), num(scaled(other.Values, scale)))
	}
	_, err := io.WriteString(w, b.String())
	return err
}

func writeSampleNote(b *strings.Builder, rep *classify.Report, meta *reportMeta) {
	switch {
	case rep.Estimated() && meta.sampleRate > 0 && meta.truncated:
		fmt.Fprintf(b, "ESTIMATES: a %g sample of the first %s documents (--sample-rate, --sample); numbers marked ~ are scaled to the whole input (about %s documents)\n",
			meta.sampleRate, commas(int64(meta.sample)), commas(rep.EstimatedDocuments()))
	case rep.Estimated() && meta.sampleRate > 0:
		fmt.Fprintf(b, "ESTIMATES: %s of %s documents classified (--sample-rate %g); numbers marked ~ are scaled to the whole input\n",
			commas(rep.Documents-rep.Skipped), commas(rep.Documents), meta.sampleRate)
	case rep.Estimated():
		fmt.Fprintf(b, "ESTIMATES: the first %s documents, %s of %s (--sample %d); numbers marked ~ are scaled to the whole input (about %s documents)\n",
			commas(rep.Documents), humanBytes(rep.Bytes), humanBytes(rep.InputBytes), meta.sample, commas(rep.EstimatedDocuments()))
	case meta.truncated:
		fmt.Fprintf(b, "PARTIAL: the first %s documents only (--sample %d); the input's size is unknown, so nothing is scaled\n",
			commas(rep.Documents), meta.sample)
	}
}

func countGroups(groups []*fieldGroup, cat rules.Category) int {
	n := 0
	for _, g := range groups {
		if g.cat == cat && g.values > 0 {
			n++
		}
	}
	return n
}

func displayPath(g *fieldGroup) string {
	switch len(g.paths) {
	case 1:
		return g.path
	case 2:
		return g.path + " (+1 spelling)"
	}
	return fmt.Sprintf("%s (+%d spellings)", g.path, len(g.paths)-1)
}

// cut shortens s to n runes, the last one an ellipsis.
func cut(s string, n int) string {
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	return string([]rune(s)[:n-1]) + "…"
}

// percent writes part/whole as a whole percentage.
func percent(part, whole int64) string {
	if whole <= 0 {
		return "0%"
	}
	return strconv.FormatInt((100*part+whole/2)/whole, 10) + "%"
}

func scaled(n int64, scale float64) int64 {
	return int64(float64(n)*scale + 0.5)
}

// scaledDistinct scales a group's distinct count as the report scales a
// field's: values that repeat do not grow with the input.
func scaledDistinct(g *fieldGroup, scale float64) int64 {
	if scale <= 1 || g.values == 0 {
		return g.distinct
	}
	return classify.ScaleDistinct(g.distinct, g.values, 1/scale)
}

// writeWrapped writes s wrapped at width, continuation lines indented.
func writeWrapped(b *strings.Builder, s, indent string, width int) {
	line := 0
	for i, word := range strings.Fields(s) {
		n := utf8.RuneCountInString(word)
		if i > 0 {
			if line+1+n > width {
				b.WriteString("\n" + indent)
				line = len(indent)
			} else {
				b.WriteByte(' ')
				line++
			}
		} else {
			// keep the leading indent of s
			lead := len(s) - len(strings.TrimLeft(s, " "))
			b.WriteString(s[:lead])
			line = lead
		}
		b.WriteString(word)
		line += n
	}
	b.WriteByte('\n')
}

// reportFormats are the --format values that make a report.
var reportFormats = map[string]func(io.Writer, *classify.Report, *reportMeta) error{
	"text": writeText,
	"json": func(w io.Writer, rep *classify.Report, _ *reportMeta) error { return rep.WriteJSON(w) },
	"html": writeHTML,
}

// checkReportFlags checks the flags of the output formats.
func checkReportFlags(f *scanFlags) error {
	_, isReport := reportFormats[f.format]
	switch {
	case !isReport && f.format != "ndjson":
		return fmt.Errorf("unknown --format %q (want text, json, html or ndjson)", f.format)
	case f.sampleRate < 0 || f.sampleRate > 1:
		return fmt.Errorf("--sample-rate %v: want a share in (0, 1)", f.sampleRate)
	case f.sample < 0:
		return fmt.Errorf("--sample %d: want a number of documents", f.sample)
	case f.sample > 0 && !isReport:
		return errors.New("--sample works with the report formats (text, json, html); --sample-rate works with all")
	case f.reveal && isReport:
		return errors.New("--reveal works with --format ndjson only: a report never shows a raw value")
	}
	return nil
}

// runReport scans the inputs into a report and writes it in f.format.
func runReport(ctx context.Context, c *classify.Classifier, inputs []string, stdin io.Reader, stdout, stderr io.Writer, f *scanFlags) error {
	meta := &reportMeta{inputs: inputs, sample: f.sample, sampleRate: f.sampleRate}
	rep, err := scanReport(ctx, c, inputs, stdin, f, stderr, meta)
	if err != nil {
		return err
	}
	if err := reportFormats[f.format](stdout, rep, meta); err != nil {
		return err
	}
	if rep.Unreadable > 0 {
		if !f.quiet {
			fmt.Fprintf(stderr, "leakscope: %d documents could not be read (--format ndjson says which and why)\n", rep.Unreadable)
		}
		return errUnreadable
	}
	return nil
}
