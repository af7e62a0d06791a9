package main

import (
	"cmp"
	"fmt"
	"html/template"
	"io"
	"slices"
	"strings"

	"github.com/leakscope/leakscope/classify"
	"github.com/leakscope/leakscope/rules"
)

// categoryColors are the colours of the categories in the HTML report,
// told apart by people with the commonest colour blindness too.
var categoryColors = [rules.NumCategories]string{
	rules.Credential:      "#c0392b",
	rules.Contact:         "#1f78b4",
	rules.NetworkLayout:   "#6a3d9a",
	rules.DeviceInventory: "#d97706",
	rules.Health:          "#1b9e77",
}

type htmlCategory struct {
	Name, Color                 string
	Documents, Values, Distinct string
	Types                       []htmlType
	Empty                       bool
}

type htmlType struct{ Label, Documents, Distinct string }

type htmlBar struct {
	Name, Color, Label string
	Y, Width, TextY    int
	Share              string
}

// An htmlNode is one step of the field tree: an object key, or * for
// the elements of an array.
type htmlNode struct {
	Name     string
	Field    *htmlField // set when a field ends here
	Color    string     // of the category of most values under it
	Values   string
	Children []*htmlNode

	values int64
	cats   [rules.NumCategories]int64
	kids   map[string]*htmlNode
}

type htmlField struct {
	Path, Values, Distinct, Documents, Sample string
	Badges                                    []htmlBadge
	Types                                     string
}

type htmlBadge struct{ Name, Color, Count string }

type htmlPage struct {
	Inputs                               string
	Documents, Unreadable, Bytes, Fields string
	Estimated                            bool
	Note                                 string
	Categories                           []htmlCategory
	Bars                                 []htmlBar
	ChartHeight                          int
	Tree                                 []*htmlNode
	Other                                string
}

// writeHTML writes the report as one self-contained HTML page: inline
// CSS and SVG, no script, nothing fetched, nothing raw.
func writeHTML(w io.Writer, rep *classify.Report, meta *reportMeta) error {
	est := rep.Estimated()
	num := func(n int64) string {
		if est {
			return "~" + commas(n)
		}
		return commas(n)
	}
	page := htmlPage{
		Inputs:     strings.Join(meta.inputs, ", "),
		Documents:  commas(rep.Documents),
		Unreadable: commas(rep.Unreadable),
		Bytes:      humanBytes(rep.Bytes),
		Fields:     commas(int64(len(rep.Paths()))),
		Estimated:  est,
	}
	var note strings.Builder
	writeSampleNote(&note, rep, meta)
	page.Note = strings.TrimSpace(note.String())

	docs := rep.EstimatedDocuments()
	const barLeft, barMax, rowHeight = 150, 430, 34
	for i, cs := range rep.Categories() {
		c := cs.Estimate
		hc := htmlCategory{
			Name: cs.Category.String(), Color: categoryColors[cs.Category],
			Documents: num(c.Documents), Values: num(c.Values), Distinct: num(c.Distinct), Empty: c.Values == 0,
		}
		for _, ts := range cs.Types {
			hc.Types = append(hc.Types, htmlType{typeLabel(ts.Type), num(ts.Estimate.Documents), num(ts.Estimate.Distinct)})
		}
		page.Categories = append(page.Categories, hc)
		share := 0.0
		if docs > 0 {
			share = float64(c.Documents) / float64(docs)
		}
		page.Bars = append(page.Bars, htmlBar{
			Name: hc.Name, Color: hc.Color, Y: 8 + i*rowHeight, TextY: 8 + i*rowHeight + 17,
			Width: max(int(share*barMax), boolInt(c.Documents > 0)*2),
			Label: fmt.Sprintf("%s documents (%.0f%%)", num(c.Documents), 100*share),
		})
		_ = barLeft
	}
	page.ChartHeight = 8 + rules.NumCategories*rowHeight

	root := &htmlNode{kids: map[string]*htmlNode{}}
	scale := rep.Scale()
	for _, ps := range rep.Paths() {
		n := root
		for _, tok := range strings.Split(strings.TrimPrefix(ps.Path, "/"), "/") {
			tok = strings.NewReplacer("~1", "/", "~0", "~").Replace(tok)
			k := n.kids[tok]
			if k == nil {
				k = &htmlNode{Name: tok, kids: map[string]*htmlNode{}}
				n.kids[tok] = k
				n.Children = append(n.Children, k)
			}
			k.values += ps.Values
			for i, v := range ps.Categories {
				k.cats[i] += v
			}
			n = k
		}
		f := &htmlField{
			Path: ps.Path, Values: num(scaled(ps.Values, scale)), Distinct: num(ps.Estimate.Distinct),
			Documents: num(ps.Estimate.Documents), Sample: ps.Sample, Types: strings.Join(sortedTypes(ps.Types), ", "),
		}
		for i, v := range ps.Categories {
			if v > 0 {
				f.Badges = append(f.Badges, htmlBadge{rules.Category(i).String(), categoryColors[i], num(scaled(v, scale))})
			}
		}
		n.Field = f
	}
	var finish func(n *htmlNode)
	finish = func(n *htmlNode) {
		slices.SortFunc(n.Children, func(a, b *htmlNode) int {
			return cmp.Or(cmp.Compare(b.values, a.values), cmp.Compare(a.Name, b.Name))
		})
		best := 0
		for i, v := range n.cats {
			if v > n.cats[best] {
				best = i
			}
		}
		n.Color = categoryColors[best]
		n.Values = num(scaled(n.values, scale))
		for _, k := range n.Children {
			finish(k)
		}
	}
	finish(root)
	page.Tree = root.Children
	if other, fields, ok := rep.Other(); ok {
		page.Other = fmt.Sprintf("~%s more fields past the report's limit, with %s values, are counted together.", commas(fields), num(scaled(other.Values, scale)))
	}
	return htmlTemplate.Execute(w, page)
}

func boolInt(b bool) int {
	if b {
		return 1
	}
	return 0
}

var htmlTemplate = template.Must(template.New("report").Parse(`<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>leakscope triage report</title>
<style>
:root { --ink: #1d232a; --muted: #5b6570; --rule: #d9dee3; --paper: #ffffff; --wash: #f5f7f9; }
* { box-sizing: border-box; }
body { margin: 0; background: var(--wash); color: var(--ink); font: 15px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; }
main { max-width: 1040px; margin: 0 auto; padding: 28px 24px 48px; }
header h1 { font-size: 26px; margin: 0 0 4px; letter-spacing: -0.01em; }
header p { margin: 2px 0; color: var(--muted); }
.stats { display: flex; gap: 12px; flex-wrap: wrap; margin: 16px 0 8px; }
.stat { background: var(--paper); border: 1px solid var(--rule); border-radius: 8px; padding: 10px 16px; min-width: 140px; }
.stat b { display: block; font-size: 22px; font-variant-numeric: tabular-nums; }
.stat span { color: var(--muted); font-size: 13px; }
.note { background: #fff7e0; border: 1px solid #f0d48a; border-radius: 8px; padding: 10px 14px; margin: 12px 0; }
section { background: var(--paper); border: 1px solid var(--rule); border-radius: 10px; padding: 18px 22px; margin-top: 18px; }
h2 { font-size: 18px; margin: 0 0 12px; }
svg text { font: 13px system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif; fill: var(--ink); }
table { border-collapse: collapse; width: 100%; font-variant-numeric: tabular-nums; }
th, td { text-align: left; padding: 7px 8px; border-bottom: 1px solid var(--rule); vertical-align: top; }
th { font-size: 12px; text-transform: uppercase; letter-spacing: .04em; color: var(--muted); }
td.n { text-align: right; white-space: nowrap; }
.cat { display: inline-block; font-weight: 600; padding-left: 10px; border-left: 5px solid; white-space: nowrap; }
.types { color: var(--muted); font-size: 13px; margin: 0; padding: 0; }
.types li { display: inline; }
.types li + li::before { content: " · "; }
.none { color: var(--muted); font-style: italic; }
.tree, .tree ul { list-style: none; margin: 0; padding-left: 18px; }
.tree { padding-left: 0; }
.tree ul { border-left: 1px dotted #b8c0c8; margin-left: 6px; }
.tree li { margin: 3px 0; }
.key { font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; font-size: 13.5px; border-left: 4px solid; padding-left: 6px; }
.count { color: var(--muted); font-size: 12px; margin-left: 6px; }
.field { display: inline-flex; flex-wrap: wrap; gap: 6px; align-items: baseline; margin-left: 8px; font-size: 12.5px; }
.badge { color: #fff; border-radius: 10px; padding: 0 8px; font-size: 11.5px; white-space: nowrap; }
.sample { font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; background: var(--wash); border: 1px solid var(--rule); border-radius: 4px; padding: 0 5px; }
.legend { display: flex; gap: 14px; flex-wrap: wrap; font-size: 13px; margin-bottom: 10px; }
.legend i { display: inline-block; width: 12px; height: 12px; border-radius: 3px; margin-right: 5px; vertical-align: -1px; }
footer { color: var(--muted); font-size: 12px; margin-top: 22px; }
@media print {
  body { background: #fff; font-size: 11pt; }
  main { max-width: none; padding: 0; }
  section, .stat { border-color: #bbb; break-inside: avoid-page; }
  .tree li { break-inside: avoid; }
  * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
}
</style>
</head>
<body>
<main>
<header>
<h1>What this data exposes</h1>
<p>leakscope triage report of <b>{{.Inputs}}</b></p>
</header>
<div class="stats">
<div class="stat"><b>{{.Documents}}</b><span>documents read</span></div>
<div class="stat"><b>{{.Unreadable}}</b><span>unreadable</span></div>
<div class="stat"><b>{{.Bytes}}</b><span>read</span></div>
<div class="stat"><b>{{.Fields}}</b><span>sensitive fields</span></div>
</div>
{{if .Note}}<p class="note">{{.Note}}</p>{{end}}
<section id="categories">
<h2>Documents touched, by category</h2>
<svg role="img" aria-label="documents per category" width="100%" viewBox="0 0 760 {{.ChartHeight}}" preserveAspectRatio="xMinYMin meet">
{{range .Bars}}<g><text x="0" y="{{.TextY}}">{{.Name}}</text><rect x="150" y="{{.Y}}" width="430" height="24" rx="4" fill="#eef1f4"/><rect x="150" y="{{.Y}}" width="{{.Width}}" height="24" rx="4" fill="{{.Color}}"/><text x="590" y="{{.TextY}}">{{.Label}}</text></g>
{{end}}</svg>
<table>
<thead><tr><th>category</th><th class="n">documents</th><th class="n">values</th><th class="n">distinct</th><th>what</th></tr></thead>
<tbody>
{{range .Categories}}<tr><td><span class="cat" style="border-color: {{.Color}}">{{.Name}}</span></td>
{{if .Empty}}<td colspan="4" class="none">nothing found</td>{{else}}<td class="n">{{.Documents}}</td><td class="n">{{.Values}}</td><td class="n">{{.Distinct}}</td>
<td><ul class="types">{{range .Types}}<li>{{.Label}} in {{.Documents}} documents ({{.Distinct}} distinct)</li>{{end}}</ul></td>{{end}}</tr>
{{end}}</tbody>
</table>
</section>
<section id="fields">
<h2>Fields</h2>
<div class="legend">{{range .Bars}}<span><i style="background: {{.Color}}"></i>{{.Name}}</span>{{end}}</div>
<ul class="tree">
{{range .Tree}}{{template "node" .}}{{end}}</ul>
{{if .Other}}<p class="note">{{.Other}}</p>{{end}}
</section>
<footer>Samples are masked: they show the shape of a value, never the value. Made by leakscope; no value leaves this page, and this page fetches nothing.</footer>
</main>
</body>
</html>
{{define "node"}}<li><span class="key" style="border-color: {{.Color}}">{{.Name}}</span><span class="count">{{.Values}} values</span>{{with .Field}}<span class="field" title="{{.Path}}">{{range .Badges}}<span class="badge" style="background: {{.Color}}">{{.Name}} {{.Count}}</span>{{end}}<span>{{.Distinct}} distinct in {{.Documents}} documents</span><span class="sample">{{.Sample}}</span><span class="types">{{.Types}}</span></span>{{end}}{{if .Children}}
<ul>{{range .Children}}{{template "node" .}}{{end}}</ul>{{end}}</li>
{{end}}`))
