package leakbeam

import (
	"bytes"
	"compress/gzip"
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"testing"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	_ "github.com/apache/beam/sdks/v2/go/pkg/beam/io/filesystem/local"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/testing/ptest"
	"github.com/klauspost/compress/zstd"

	"github.com/leakscope/leakscope/corpus"
)

func TestMain(m *testing.M) {
	// Small blocks, so that the plain files of the tests are split into
	// many ranges read apart, as a large file is on a cluster.
	blockSize = 16 << 10
	code := ptest.MainRetWithDefault(m, "prism")
	if cli.path != "" {
		os.RemoveAll(filepath.Dir(cli.path))
	}
	os.Exit(code)
}

// testMaxDoc is the document limit of the tests, small enough for a test
// line to pass it.
const testMaxDoc = 8 << 10

// docs returns n generated documents of the corpus, one a line.
func docs(seed int64, n int) [][]byte {
	g := corpus.NewGenerator(seed)
	out := make([][]byte, n)
	for i := range out {
		out[i] = g.Next().JSON
	}
	return out
}

func lines(ds [][]byte) []byte {
	var b bytes.Buffer
	for _, d := range ds {
		b.Write(d)
		b.WriteByte('\n')
	}
	return b.Bytes()
}

// writeInputs writes the input files of the tests into dir: plain NDJSON
// with what a real dump has at its edges (a byte order mark, CRLF, blank
// lines, a broken document, one over the limit, no final newline), a
// larger plain file that splits into many blocks, gzip, zstd, bzip2 (when
// the bzip2 command is there), an empty file, and two files that are not
// NDJSON for certain. It returns their paths.
func writeInputs(t testing.TB, dir string) []string {
	t.Helper()
	var names []string
	write := func(name string, data []byte) {
		t.Helper()
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, data, 0o600); err != nil {
			t.Fatal(err)
		}
		names = append(names, p)
	}

	var a bytes.Buffer
	a.WriteString("\xef\xbb\xbf")
	for i, d := range docs(11, 150) {
		a.Write(d)
		switch i % 37 {
		case 3:
			a.WriteString("\r\n")
		case 5:
			a.WriteString("\n\n   \n\t\r\n")
		case 8:
			a.WriteString("\n{\"user\": {\"email\": \"broken@example.org\", \"pass\n")
		case 13:
			a.WriteString("\n{\"notes\": \"" + strings.Repeat("lorem ipsum ", testMaxDoc/12+10) + "\"}\n")
		default:
			a.WriteByte('\n')
		}
	}
	a.Write(docs(12, 1)[0]) // no newline at the end
	write("a.ndjson", a.Bytes())

	write("big.ndjson", lines(docs(13, 400)))

	var gz bytes.Buffer
	zw := gzip.NewWriter(&gz)
	zw.Write(lines(docs(14, 120)))
	zw.Close()
	write("c.ndjson.gz", gz.Bytes())

	var zs bytes.Buffer
	enc, err := zstd.NewWriter(&zs)
	if err != nil {
		t.Fatal(err)
	}
	enc.Write(lines(docs(15, 120)))
	enc.Close()
	write("d.ndjson.zst", zs.Bytes())

	if bz, err := exec.LookPath("bzip2"); err == nil {
		cmd := exec.Command(bz, "-c")
		cmd.Stdin = bytes.NewReader(lines(docs(16, 100)))
		out, err := cmd.Output()
		if err != nil {
			t.Fatal(err)
		}
		write("e.ndjson.bz2", out)
	} else {
		t.Log("no bzip2 command: no bzip2 input")
	}

	write("f.ndjson", nil)

	// What `leakscope scan` reads as a stream of values: a pretty-printed
	// top-level array, and NDJSON whose first document is an array.
	var g bytes.Buffer
	g.WriteString("[\n")
	for i, d := range docs(17, 60) {
		if i > 0 {
			g.WriteString(",\n")
		}
		json.Indent(&g, d, "  ", "  ")
	}
	g.WriteString("\n]\n")
	write("g.json", g.Bytes())
	h := []byte("[" + string(docs(18, 1)[0]) + "," + string(docs(19, 1)[0]) + "]\n")
	write("h-array-first.json", append(h, lines(docs(20, 40))...))
	return names
}

var cli struct {
	once sync.Once
	path string
	err  error
}

// leakscopeCLI builds the command-line tool of the root module, once.
func leakscopeCLI(t testing.TB) string {
	t.Helper()
	cli.once.Do(func() {
		dir, err := os.MkdirTemp("", "leakscope-cli")
		if err != nil {
			cli.err = err
			return
		}
		cli.path = filepath.Join(dir, "leakscope")
		cmd := exec.Command("go", "build", "-o", cli.path, "./cmd/leakscope")
		cmd.Dir = filepath.Join("..", "..")
		if out, err := cmd.CombinedOutput(); err != nil {
			cli.err = &buildError{err, out}
		}
	})
	if cli.err != nil {
		t.Fatalf("building the CLI: %v", cli.err)
	}
	return cli.path
}

type buildError struct {
	err error
	out []byte
}

func (e *buildError) Error() string { return e.err.Error() + "\n" + string(e.out) }

// runCLI runs the CLI and returns its standard output; exit status 3
// (some documents could not be read) is not a failure.
func runCLI(t testing.TB, args ...string) []byte {
	t.Helper()
	cmd := exec.Command(leakscopeCLI(t), args...)
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if ee, ok := err.(*exec.ExitError); ok && ee.ExitCode() == 3 {
		err = nil
	}
	if err != nil {
		t.Fatalf("leakscope %s: %v\n%s", strings.Join(args, " "), err, stderr.Bytes())
	}
	return out
}

// runPipeline runs p on the test runner (prism, in this process).
func runPipeline(t testing.TB, p *beam.Pipeline) beam.PipelineResult {
	t.Helper()
	res, err := ptest.RunWithMetrics(p)
	if err != nil {
		t.Fatalf("pipeline: %v", err)
	}
	return res
}
