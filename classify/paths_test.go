package classify

import (
	"fmt"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// A full path cache forgets what it did not use lately and keeps what it
// did: a field met in every document keeps its node (and its verdict)
// through any number of documents of new names, and the cache stays
// within its bound. (A cache that finds fewer nodes than it makes starts
// again instead.)
func TestPathCacheKeepsWhatItUses(t *testing.T) {
	c, err := New(nil, Options{})
	require.NoError(t, err)
	st := newState(c)
	var hot *node
	for i := range 3 * maxNodes / 4 {
		// Hot fields, and new names every document (neither numbers nor
		// ids, which the walk folds into their parent).
		doc := fmt.Appendf(nil, `{"user":{"email":"a@b.example","phone":"x","city":"y","zip":"z","f%s":1,"g%s":{"h%s":true}}}`, word(i), word(i), word(i))
		require.NoError(t, st.document(doc))
		require.LessOrEqual(t, st.nodes, maxNodes)
		u := st.root.children.get(st.keyHash([]byte("user")), []byte("user"))
		require.NotNil(t, u)
		if hot == nil {
			hot = u.children.get(st.keyHash([]byte("email")), []byte("email"))
		}
		assert.Same(t, hot, u.children.get(st.keyHash([]byte("email")), []byte("email")), "document %d", i)
	}
	assert.Greater(t, st.nodes, maxNodes/2)
}

// word spells i in letters.
func word(i int) string {
	b := []byte{}
	for {
		b = append(b, byte('a'+i%26))
		if i /= 26; i == 0 {
			return string(b)
		}
	}
}
