package rules

import (
	"bufio"
	"os"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestFieldNamesOfSixLanguages judges field names of Spanish, German,
// French, Portuguese, Italian and Dutch systems by their key alone: 1,644
// names a helper listed from the policy, apart from any corpus, each with
// the category it names (or none, for look-alikes such as
// email_verificado and peso_remessa_kg). A name is right when a rule of
// its category hits it, without a negative word (none: when nothing
// does). Device fields that need a device above them (ultima_conexion,
// nome_prodotto) are misses here by design, so the test bounds the
// misses per category at what the vocabulary reached in session 12.
func TestFieldNamesOfSixLanguages(t *testing.T) {
	misses, total := fieldNameMisses(t, "testdata/field_names_6lang.tsv")
	assert.Equal(t, 1644, total)
	limits := map[string]int{"credential": 3, "contact": 7, "network-layout": 17, "device-inventory": 38, "health": 2, "none": 11}
	for cat, max := range limits {
		assert.LessOrEqual(t, misses[cat], max, "%s: field names missed by key", cat)
	}
}

// TestFieldNamesOfManyLanguages judges 2,598 field names of thirty
// languages that a second helper listed from the policy alone, without
// seeing the first list or the rules (Spanish, German, French and
// Portuguese some 270 each, then Italian, Dutch, Polish, the Nordic
// languages, Czech, Turkish, Romanian, Hungarian, Indonesian, Malay,
// Vietnamese, Tagalog, Swahili, Russian, Ukrainian, Greek, Japanese,
// Chinese, Korean, Arabic, Hebrew, Hindi, Persian and Thai, in their
// scripts and transliterated). Its first measure, in session 13, missed
// 352 (credential 90, network-layout 67, none 115); the words it taught
// went into the synonyms, and the bounds are what remained. Many of the
// none misses are flags and dates whose values no rule takes
// (email_verificado: true); at the key alone they count.
func TestFieldNamesOfManyLanguages(t *testing.T) {
	misses, total := fieldNameMisses(t, "testdata/field_names_multilang.tsv")
	assert.Equal(t, 2598, total)
	limits := map[string]int{"credential": 25, "contact": 20, "network-layout": 26, "device-inventory": 6, "health": 9, "none": 100}
	for cat, max := range limits {
		assert.LessOrEqual(t, misses[cat], max, "%s: field names missed by key", cat)
	}
}

// TestFieldNamesOfMoreLanguages judges 1,064 field names of twenty more
// languages, listed in session 14 by a helper from the policy alone
// (Serbian, Croatian, Slovak, Slovenian, Estonian, Latvian, Lithuanian,
// Afrikaans, Bulgarian, Macedonian, Icelandic, Catalan, Basque, Galician,
// Welsh, Irish, Albanian, Malay, romanised Urdu and Bengali, some 53
// each). Its first measure missed 273 (device-inventory 60, none 51,
// credential 48, network-layout 47); its words went into the synonyms,
// and pairs are read both ways for the languages that put the head first
// ("kod za pristup"). What remains: a maker alone ("proizvođač", which
// the rules do not take for a device's), a device's last-seen time with
// no device in its name, notes whose text decides, and decoys that name
// a parcel's weight or a product's name in words the rules read as a
// body's and a person's.
func TestFieldNamesOfMoreLanguages(t *testing.T) {
	misses, total := fieldNameMisses(t, "testdata/field_names_multilang2.tsv")
	assert.Equal(t, 1064, total)
	limits := map[string]int{"credential": 3, "contact": 2, "network-layout": 5, "device-inventory": 32, "health": 13, "none": 58}
	for cat, max := range limits {
		assert.LessOrEqual(t, misses[cat], max, "%s: field names missed by key", cat)
	}
}

// fieldNameMisses judges each name of a list (name, category, language)
// by its key alone and counts the misses per category.
func fieldNameMisses(t *testing.T, file string) (map[string]int, int) {
	t.Helper()
	s, err := Default()
	require.NoError(t, err)
	f, err := os.Open(file)
	require.NoError(t, err)
	defer f.Close()
	misses := map[string]int{}
	total := 0
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		p := strings.Split(sc.Text(), "\t")
		require.Len(t, p, 3, "line %q", sc.Text())
		total++
		v := s.JudgeKey([]string{p[0]})
		cats := map[string]bool{}
		for _, h := range v.Hits {
			if !h.Negative {
				cats[h.Rule.Cat.String()] = true
			}
		}
		ok := cats[p[1]]
		if p[1] == "none" {
			ok = len(cats) == 0
		}
		if !ok {
			misses[p[1]]++
		}
	}
	require.NoError(t, sc.Err())
	return misses, total
}

// TestFieldNamesHeldOut judges 1,287 field names of 28 languages
// (Amharic, Azerbaijani, Belarusian, Gujarati, Hausa, Armenian, Igbo,
// Georgian, Kazakh, Khmer, Kannada, Lao, Malayalam, Mongolian, Marathi,
// Burmese, Nepali, Punjabi, Somali, Tamil, Telugu, Uzbek, Yoruba, Zulu,
// Persian, Hebrew, Thai, Hindi), listed in session 15 by a helper from the
// policy alone and kept out of the vocabulary's making: the single key
// words of synonyms_core_a.txt and synonyms_core_b.txt were written by
// two other helpers who never saw it. Measured so, the key alone missed
// 306 names before those words and 235 after (credential 46 -> 39,
// contact 14 -> 8, network-layout 55 -> 36, device-inventory 84 -> 53,
// health 48 -> 37, none 59 -> 62; in session 16, folding Azerbaijani's
// schwa, health 37 -> 30). The bounds are that measure; a word
// taken from this list to lower them would make it one more tuned list.
func TestFieldNamesHeldOut(t *testing.T) {
	misses, total := fieldNameMisses(t, "testdata/field_names_multilang3.tsv")
	assert.Equal(t, 1287, total)
	limits := map[string]int{"credential": 39, "contact": 8, "network-layout": 36, "device-inventory": 53, "health": 30, "none": 62}
	for cat, max := range limits {
		assert.LessOrEqual(t, misses[cat], max, "%s: field names missed by key", cat)
	}
}
