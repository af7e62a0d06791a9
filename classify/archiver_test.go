package classify_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/leakscope/leakscope/classify"
)

// An NSKeyedArchiver archive keeps its strings in one list and names a
// dictionary's members by their places in it: a height, a medication in
// an array and a first name under the profile's key are judged by their
// keys; the keys themselves and the archive's class names are not data.
func TestNSKeyedArchiver(t *testing.T) {
	c := newClassifier(t, classify.Options{})
	doc := `{"$version":100000,"$archiver":"NSKeyedArchiver","$top":{"root":{"CF$UID":1}},"$objects":["$null",` +
		`{"NS.keys":[{"CF$UID":2},{"CF$UID":3},{"CF$UID":4}],"NS.objects":[{"CF$UID":5},{"CF$UID":6},{"CF$UID":8}],"$class":{"CF$UID":12}},` +
		`"heightCm","medications","profile",172,{"NS.objects":[{"CF$UID":7}]},"Progesterone pessary 400 mg",` +
		`{"NS.keys":[{"CF$UID":9}],"NS.objects":[{"CF$UID":10}]},"firstName","Chloe","unused",` +
		`{"$classname":"NSDictionary","$classes":["NSDictionary","NSObject"]}]}`
	got, err := c.AppendFindings(nil, []byte(doc))
	require.NoError(t, err)
	var paths []string
	for _, f := range got {
		paths = append(paths, f.Path+" "+f.Category.String())
	}
	assert.Equal(t, []string{"/$objects/5 health", "/$objects/7 health", "/$objects/10 contact"}, paths)
}
