package rules

import (
	"bufio"
	"bytes"
	"io/fs"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// entries says what a line scanner lowering every line says, on every
// embedded list and on lines with upper case, accents, CRLF and blanks.
func TestEntries(t *testing.T) {
	lists := [][]byte{[]byte("# Comment\nAbc\r\n  ÉCOLE \n\nüber\n\xffX\nlast")}
	names, err := fs.Glob(dictFS, "dict/*.txt")
	require.NoError(t, err)
	for _, n := range names {
		data, err := fs.ReadFile(dictFS, n)
		require.NoError(t, err)
		lists = append(lists, data)
	}
	for _, data := range lists {
		var want [][]byte
		sc := bufio.NewScanner(bytes.NewReader(data))
		for sc.Scan() {
			line := bytes.TrimSpace(sc.Bytes())
			if len(line) == 0 || line[0] == '#' {
				continue
			}
			want = append(want, bytes.ToLower(line))
		}
		assert.Equal(t, want, entries(data))
	}
}
