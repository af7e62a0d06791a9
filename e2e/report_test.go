// Package e2e tests leakscope from the outside, with programs the root
// module must not depend on: here, the HTML report in a real browser.
package e2e

import (
	"bytes"
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"image"
	"image/color"
	"image/png"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/chromedp/cdproto/network"
	"github.com/chromedp/chromedp"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

var screenshot = flag.String("screenshot", "", "also write the screenshot of the report to this PNG file")

const sample = "../examples/data/wyze-sample.ndjson"

// chromium finds the browser: $CHROMIUM, or Debian's chromium.
func chromium() string {
	for _, name := range []string{os.Getenv("CHROMIUM"), "chromium", "chromium-browser"} {
		if name == "" {
			continue
		}
		if p, err := exec.LookPath(name); err == nil {
			return p
		}
	}
	return ""
}

// leakscope builds the command and runs it.
func leakscope(t *testing.T) func(args ...string) []byte {
	t.Helper()
	bin := filepath.Join(t.TempDir(), "leakscope")
	// From the root module, the command as users build it.
	build := exec.Command("go", "build", "-C", "..", "-o", bin, "./cmd/leakscope")
	out, err := build.CombinedOutput()
	require.NoError(t, err, "go build: %s", out)
	return func(args ...string) []byte {
		var stdout, stderr bytes.Buffer
		cmd := exec.Command(bin, args...)
		cmd.Stdout, cmd.Stderr = &stdout, &stderr
		require.NoError(t, cmd.Run(), "leakscope %v: %s", args, stderr.String())
		return stdout.Bytes()
	}
}

func commas(n int64) string {
	s := strconv.FormatInt(n, 10)
	for i := len(s) - 3; i > 0; i -= 3 {
		s = s[:i] + "," + s[i:]
	}
	return s
}

// The HTML report of the shipped sample, opened in Chromium: it shows the
// categories with their numbers, a bar per category as long as its share
// of documents, the field tree; it loads nothing, runs nothing, prints,
// and holds no raw value.
func TestHTMLReportInChromium(t *testing.T) {
	browser := chromium()
	if browser == "" {
		t.Skip("chromium is not installed (apt-get install chromium); .ci/run installs it")
	}
	run := leakscope(t)
	dir := t.TempDir()
	htmlFile := filepath.Join(dir, "report.html")
	require.NoError(t, os.WriteFile(htmlFile, run("scan", "--format", "html", sample), 0o600))
	var rep struct {
		Documents  int64
		Categories map[string]struct{ Documents, Values, Distinct int64 }
	}
	require.NoError(t, json.Unmarshal(run("scan", "--format", "json", sample), &rep))
	findings := run("scan", "--format", "ndjson", "--reveal", sample)

	opts := append(chromedp.DefaultExecAllocatorOptions[:],
		chromedp.ExecPath(browser),
		chromedp.NoSandbox,
		chromedp.DisableGPU,
		chromedp.NoFirstRun,
		chromedp.Flag("disable-background-networking", true),
		chromedp.Flag("disable-component-update", true),
		chromedp.Flag("disable-sync", true),
		chromedp.UserDataDir(filepath.Join(dir, "profile")),
		chromedp.WindowSize(1100, 1400),
	)
	actx, cancel := chromedp.NewExecAllocator(context.Background(), opts...)
	defer cancel()
	bctx, cancel := chromedp.NewContext(actx)
	defer cancel()
	ctx, cancel := context.WithTimeout(bctx, 2*time.Minute)
	defer cancel()

	var requests atomic.Int32 // anything but the page itself
	require.NoError(t, chromedp.Listen(ctx, func(ev any) {
		if e, ok := ev.(*network.EventRequestWillBeSent); ok && e.Request.URL != "file://"+htmlFile {
			requests.Add(1)
		}
	}))
	require.NoError(t, chromedp.Do(ctx,
		chromedp.Navigate("file://"+htmlFile),
		chromedp.WaitVisible(chromedp.CSS("#fields")),
	))
	body, err := chromedp.Run(ctx, chromedp.Text(chromedp.CSS("body")))
	require.NoError(t, err)
	scripts, err := chromedp.Run(ctx, chromedp.Evaluate[int](`document.scripts.length`))
	require.NoError(t, err)
	remote, err := chromedp.Run(ctx, chromedp.Evaluate[int](`document.querySelectorAll('link, img, iframe, object, embed, [src], [href]').length`))
	require.NoError(t, err)
	bars, err := chromedp.Run(ctx, chromedp.Evaluate[[]float64](`[...document.querySelectorAll('#categories svg g')].map(g => g.querySelectorAll('rect')[1].getBoundingClientRect().width)`))
	require.NoError(t, err)
	badge, err := chromedp.Run(ctx, chromedp.Evaluate[string](`getComputedStyle(document.querySelector('.badge')).backgroundColor`))
	require.NoError(t, err)
	shot, err := chromedp.Run(ctx, chromedp.FullScreenshot(100))
	require.NoError(t, err)
	pdf, err := chromedp.Run(ctx, chromedp.PrintToPDF(chromedp.PDFPrintBackground()))
	require.NoError(t, err)
	shotFile := filepath.Join(dir, "report.png")
	if *screenshot != "" {
		shotFile = *screenshot
	}
	require.NoError(t, os.WriteFile(shotFile, shot, 0o644))
	t.Logf("screenshot: %s", shotFile)

	// What is on the page.
	assert.Contains(t, body, "What this data exposes")
	assert.Contains(t, body, commas(rep.Documents)+"\ndocuments read")
	for name, c := range rep.Categories {
		assert.Contains(t, body, name)
		share := float64(c.Documents) / float64(rep.Documents)
		assert.Contains(t, body, fmt.Sprintf("%s documents (%.0f%%)", commas(c.Documents), 100*share), name)
		assert.Contains(t, body, commas(c.Values), name)
		assert.Contains(t, body, commas(c.Distinct), name)
	}
	for _, field := range []string{"_source", "cameras", "nickname", "shared_with", "wifi_name"} {
		assert.Contains(t, body, field)
	}
	assert.Contains(t, body, "e-mail addresses in")
	assert.Regexp(t, `a[*]+@|[a-z][*]+@[a-z][*]+\.`, body, "masked e-mail samples")

	// The bars are as long as their category's share of the documents.
	require.Len(t, bars, 5)
	order := []string{"credential", "contact", "network-layout", "device-inventory", "health"}
	for i, name := range order {
		want := float64(rep.Categories[name].Documents) / float64(rep.Documents)
		assert.InDelta(t, want, bars[i]/bars[0]*float64(rep.Categories[order[0]].Documents)/float64(rep.Documents), 0.02, name)
	}
	assert.NotEqual(t, "rgba(0, 0, 0, 0)", badge, "badges are coloured")

	// Self-contained: no script, nothing fetched.
	assert.Zero(t, scripts)
	assert.Zero(t, remote)
	assert.Zero(t, requests.Load(), "requests besides the page")

	// Printable.
	assert.True(t, bytes.HasPrefix(pdf, []byte("%PDF")))
	assert.Greater(t, len(pdf), 10_000)

	// The screenshot shows the chart: each category's colour is there.
	img, err := png.Decode(bytes.NewReader(shot))
	require.NoError(t, err)
	assert.Greater(t, img.Bounds().Dy(), 1400, "a full-page screenshot")
	for name, hex := range map[string]string{"credential": "#c0392b", "contact": "#1f78b4", "network-layout": "#6a3d9a", "device-inventory": "#d97706", "health": "#1b9e77"} {
		assert.Greater(t, countColor(img, hex), 500, "%s bar in the screenshot", name)
	}

	// No raw value of the sample is on the page.
	names := regexp.MustCompile(`"path":"[^"]*"|"type":"[^"]*"`).FindAll(findings, -1)
	allNames := string(bytes.Join(names, nil))
	checked := 0
	for _, m := range regexp.MustCompile(`"value":"((?:[^"\\]|\\.)*)"`).FindAllSubmatch(findings, -1) {
		v := string(m[1])
		if len(v) < 6 || strings.Contains(allNames, v) {
			continue
		}
		checked++
		if strings.Contains(body, v) {
			t.Fatalf("the page shows a raw value (%d bytes)", len(v))
		}
	}
	assert.Greater(t, checked, 3000)
}

// countColor counts the pixels of img within a small distance of hex.
func countColor(img image.Image, hex string) int {
	var want color.RGBA
	fmt.Sscanf(hex, "#%02x%02x%02x", &want.R, &want.G, &want.B)
	near := func(a, b uint8) bool { return a-b < 8 || b-a < 8 }
	n := 0
	b := img.Bounds()
	for y := b.Min.Y; y < b.Max.Y; y++ {
		for x := b.Min.X; x < b.Max.X; x++ {
			r, g, bl, _ := img.At(x, y).RGBA()
			if near(uint8(r>>8), want.R) && near(uint8(g>>8), want.G) && near(uint8(bl>>8), want.B) {
				n++
			}
		}
	}
	return n
}
