package main

import (
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"sync/atomic"
	"time"
	"unicode/utf8"

	"golang.org/x/term"
)

// countingReader counts the bytes read through it, as they are in the
// file: compressed bytes for a compressed dump.
type countingReader struct {
	r io.Reader
	n atomic.Int64
}

func (c *countingReader) Read(p []byte) (int, error) {
	n, err := c.r.Read(p)
	c.n.Add(int64(n))
	return n, err
}

// isTerminal reports whether w is a terminal; a variable for tests.
var isTerminal = func(w io.Writer) bool {
	f, ok := w.(*os.File)
	return ok && term.IsTerminal(int(f.Fd()))
}

const progressEvery = 200 * time.Millisecond

// A progress draws a progress bar on a terminal until stopped. A nil
// *progress draws nothing.
type progress struct {
	w       io.Writer
	name    string
	total   int64 // -1: unknown
	cr      *countingReader
	start   time.Time
	done    chan struct{}
	stopped sync.WaitGroup
}

// startProgress starts a progress bar of cr on w, if w is a terminal
// and not quiet.
func startProgress(w io.Writer, quiet bool, name string, total int64, cr *countingReader) *progress {
	if quiet || !isTerminal(w) {
		return nil
	}
	p := &progress{w: w, name: name, total: total, cr: cr, start: time.Now(), done: make(chan struct{})}
	p.stopped.Add(1)
	go func() {
		defer p.stopped.Done()
		t := time.NewTicker(progressEvery)
		defer t.Stop()
		for {
			select {
			case <-p.done:
				fmt.Fprint(p.w, "\r\x1b[K") // leave the line clean for what follows
				return
			case <-t.C:
				fmt.Fprint(p.w, "\r"+renderProgress(p.name, p.cr.n.Load(), p.total, time.Since(p.start), 80)+"\x1b[K")
			}
		}
	}()
	return p
}

func (p *progress) stop() {
	if p == nil {
		return
	}
	close(p.done)
	p.stopped.Wait()
}

// renderProgress draws one line of at most width runes: the input, a bar
// and share when the total is known, bytes read, rate and time left.
func renderProgress(name string, read, total int64, elapsed time.Duration, width int) string {
	name = filepath.Base(name)
	if name == "-" {
		name = "stdin"
	}
	rate := 0.0
	if secs := elapsed.Seconds(); secs > 0 {
		rate = float64(read) / secs
	}
	rateText := humanBytes(int64(rate)) + "/s"
	var tail string
	if total > 0 {
		read = min(read, total)
		eta := "--:--"
		if left := float64(total-read) / rate; rate > 0 && left < 100*3600 {
			eta = clock(time.Duration(left * float64(time.Second)))
		}
		tail = fmt.Sprintf(" %3d%% %s/%s %s ETA %s", read*100/total, humanBytes(read), humanBytes(total), rateText, eta)
	} else {
		tail = fmt.Sprintf(" %s read %s %s", humanBytes(read), rateText, clock(elapsed))
	}
	if len(name) > 16 {
		name = name[:15] + "…"
	}
	head := fmt.Sprintf("%-16s", name)
	const barWidth = 18
	if total <= 0 || 16+3+barWidth+utf8.RuneCountInString(tail) > width {
		line := []rune(head + tail)
		return string(line[:min(len(line), width)])
	}
	fill := int(int64(barWidth) * read / total)
	bar := strings.Repeat("=", fill)
	if fill < barWidth {
		bar += ">" + strings.Repeat(" ", barWidth-fill-1)
	}
	return head + " [" + bar + "]" + tail
}

// clock writes d as m:ss or h:mm:ss.
func clock(d time.Duration) string {
	s := int64(d.Round(time.Second) / time.Second)
	if s >= 3600 {
		return fmt.Sprintf("%d:%02d:%02d", s/3600, s/60%60, s%60)
	}
	return fmt.Sprintf("%d:%02d", s/60, s%60)
}
