// Package postgres holds a recipe that scrubs a PostgreSQL table's rows on
// their way out (scrub.sh) and its test against a real server (test.sh).
package postgres

import (
	"os"
	"os/exec"
	"path/filepath"
	"testing"
)

// TestRecipe builds leakscope and runs test.sh, which starts a throw-away
// PostgreSQL server, scrubs a table of synthetic rows with scrub.sh and
// checks the result in SQL. It is skipped when PostgreSQL's server
// programs are not installed.
func TestRecipe(t *testing.T) {
	if _, err := exec.LookPath("bash"); err != nil {
		t.Skip("no bash")
	}
	if _, err := exec.LookPath("psql"); err != nil {
		t.Skip("PostgreSQL is not installed (apt-get install -y postgresql); .ci/run installs it")
	}
	bins, _ := filepath.Glob("/usr/lib/postgresql/*/bin/initdb")
	if len(bins) == 0 {
		if _, err := exec.LookPath("initdb"); err != nil {
			t.Skip("PostgreSQL's server programs are not installed (apt-get install -y postgresql); .ci/run installs them")
		}
	}
	bin := filepath.Join(t.TempDir(), "leakscope")
	build := exec.Command("go", "build", "-o", bin, "github.com/leakscope/leakscope/cmd/leakscope")
	if out, err := build.CombinedOutput(); err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	cmd := exec.Command("bash", "test.sh")
	cmd.Env = append(os.Environ(), "LEAKSCOPE="+bin)
	out, err := cmd.CombinedOutput()
	if ee, ok := err.(*exec.ExitError); ok && ee.ExitCode() == 77 {
		t.Skipf("test.sh skipped:\n%s", out)
	}
	if err != nil {
		t.Fatalf("test.sh: %v\n%s", err, out)
	}
	t.Logf("%s", out)
}
