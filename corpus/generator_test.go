package corpus

import (
	"bytes"
	"encoding/json"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"
)

func TestDeterminism(t *testing.T) {
	for _, seed := range []int64{0, 1, 42, -7} {
		t.Run(strconv.FormatInt(seed, 10), func(t *testing.T) {
			a, b := Generate(seed, 150), Generate(seed, 150)
			var ba, bb bytes.Buffer
			require.NoError(t, WriteNDJSON(&ba, a))
			require.NoError(t, WriteNDJSON(&bb, b))
			require.Equal(t, ba.String(), bb.String())
			ba.Reset()
			bb.Reset()
			require.NoError(t, WriteLabels(&ba, a))
			require.NoError(t, WriteLabels(&bb, b))
			require.Equal(t, ba.String(), bb.String())
		})
	}
	require.NotEqual(t, Generate(1, 5)[0].JSON, Generate(2, 5)[0].JSON, "different seeds, same first document")

	g, h := NewGenerator(9), NewGenerator(9)
	for _, s := range Schemas() {
		require.Equal(t, g.NextOf(s).JSON, h.NextOf(s).JSON, s)
	}
}

func TestEverySchemaProduced(t *testing.T) {
	seen := map[string]int{}
	for _, d := range Generate(1, 1500) {
		seen[d.Schema]++
	}
	for _, s := range Schemas() {
		require.Positive(t, seen[s], "schema %s never drawn by Next", s)
	}
	require.Len(t, seen, len(Schemas()))
	require.GreaterOrEqual(t, len(Schemas()), 14)
}

func TestNextOfUnknownPanics(t *testing.T) {
	require.PanicsWithValue(t, `corpus: unknown schema "nope" (want one of `+strings.Join(Schemas(), ", ")+`)`,
		func() { NewGenerator(1).NextOf("nope") })
}

// jsonLeaves walks a parsed document and returns the pointers of its leaves.
func jsonLeaves(v any, ptr string, out map[string]bool) {
	switch x := v.(type) {
	case map[string]any:
		for k, e := range x {
			jsonLeaves(e, ptr+"/"+strings.ReplaceAll(strings.ReplaceAll(k, "~", "~0"), "/", "~1"), out)
		}
	case []any:
		for i, e := range x {
			jsonLeaves(e, ptr+"/"+strconv.Itoa(i), out)
		}
	default:
		out[ptr] = true
	}
}

// TestDocsValidAndFullyLabelled checks, per schema, that every document is
// valid JSON on one line, that every leaf has a label and that no label
// names anything but a leaf, and that labels use known names.
func TestDocsValidAndFullyLabelled(t *testing.T) {
	hardKinds := []string{"", HardLanguage, HardObfuscated, HardFreeText, HardClinical}
	g := NewGenerator(5)
	for _, s := range Schemas() {
		t.Run(s, func(t *testing.T) {
			sensitive := 0
			for i := range 60 {
				d := g.NextOf(s)
				require.Equal(t, s, d.Schema)
				require.True(t, json.Valid(d.JSON), "doc %d: invalid JSON: %s", i, d.JSON)
				require.NotContains(t, string(d.JSON), "\n")
				var v any
				require.NoError(t, json.Unmarshal(d.JSON, &v))
				_, isObj := v.(map[string]any)
				require.True(t, isObj, "doc %d is not an object", i)

				leaves := map[string]bool{}
				jsonLeaves(v, "", leaves)
				want := slices.Sorted(func(yield func(string) bool) {
					for p := range leaves {
						if !yield(p) {
							return
						}
					}
				})
				got := make([]string, 0, len(d.Labels))
				for p, l := range d.Labels {
					got = append(got, p)
					for _, c := range l.Categories {
						require.Contains(t, Categories, c, "doc %d %s", i, p)
					}
					for _, c := range l.AnyOf {
						require.Contains(t, Categories, c, "doc %d %s", i, p)
					}
					require.NotEqual(t, 1, len(l.AnyOf), "doc %d %s: AnyOf of one", i, p)
					require.Contains(t, hardKinds, l.Hard, "doc %d %s", i, p)
					if len(l.Categories)+len(l.AnyOf) > 0 {
						sensitive++
					}
				}
				slices.Sort(got)
				require.Equal(t, want, got, "doc %d: leaves (-want +got): %s", i, d.JSON)
			}
			if s != "decoys" {
				require.Positive(t, sensitive, "schema %s has no sensitive leaf in 60 docs", s)
			}
		})
	}
}

func TestHardKinds(t *testing.T) {
	g := NewGenerator(11)
	for range 40 {
		d := g.NextOf("clinical-records")
		for p, l := range d.Labels {
			require.Equal(t, HardClinical, l.Hard, p)
		}
		d = g.NextOf("i18n-de")
		n := 0
		for _, l := range d.Labels {
			if l.Hard == HardLanguage {
				n++
			}
		}
		require.Greater(t, n, len(d.Labels)/2)
	}
	texts := 0
	for range 40 {
		d := g.NextOf("support-tickets")
		for p, l := range d.Labels {
			if strings.HasSuffix(p, "/body") || strings.HasSuffix(p, "/text") || strings.HasSuffix(p, "/message") || strings.HasSuffix(p, "/content") {
				require.Equal(t, HardFreeText, l.Hard, p)
				texts++
			}
		}
	}
	require.Positive(t, texts)
}

// TestNoRealData guards the promise that only synthetic values are used.
func TestNoRealData(t *testing.T) {
	for _, d := range Generate(3, 800) {
		var v any
		require.NoError(t, json.Unmarshal(d.JSON, &v))
		var walk func(any)
		walk = func(v any) {
			switch x := v.(type) {
			case map[string]any:
				for _, e := range x {
					walk(e)
				}
			case []any:
				for _, e := range x {
					walk(e)
				}
			case string:
				if at := strings.LastIndexByte(x, '@'); at > 0 && !strings.Contains(x, "://") && !strings.ContainsAny(x, " ") {
					dom := x[at+1:]
					require.True(t, slices.Contains(mailDomains, dom) || dom == "isp.example.net", "e-mail domain %q", dom)
				}
			}
		}
		walk(v)
	}
}

func TestBuilder(t *testing.T) {
	b := newBuilder()
	b.str("a/b", "x", contact())
	b.str("c~d", "line\n\"quoted\"\x01\xff", none())
	b.str("dup", "1", none())
	b.str("dup", "2", none())
	b.arr("list", func() {
		b.int("", 1, netw())
		b.obj("", func() { b.bool("ok", true, none()) })
		b.arr("", func() {})
	})
	b.flat("user", ".", func() {
		b.str("email", "ana@example.org", contact())
		b.flat("addr", "/", func() { b.str("city", "Springfield", contact()) })
	})
	b.withHard(HardObfuscated, func() { b.null("f1", none()) })
	b.float("h", 181.25, 1, health())
	d := b.doc("test")
	require.True(t, json.Valid(d.JSON), "%s", d.JSON)
	require.Equal(t, `{"a/b":"x","c~d":"line\n\"quoted\"\u0001`+"\ufffd"+`","dup":"1","dup_2":"2","list":[1,{"ok":true},[]],"user.email":"ana@example.org","user.addr/city":"Springfield","f1":null,"h":181.2}`, string(d.JSON))
	want := []string{"/a~1b", "/c~0d", "/dup", "/dup_2", "/f1", "/h", "/list/0", "/list/1/ok", "/user.addr~1city", "/user.email"}
	got := slices.Sorted(func(yield func(string) bool) {
		for p := range d.Labels {
			if !yield(p) {
				return
			}
		}
	})
	require.Equal(t, want, got)
	require.Equal(t, HardObfuscated, d.Labels["/f1"].Hard)
	require.Equal(t, []string{Contact}, d.Labels["/a~1b"].Categories)
}

func TestSpell(t *testing.T) {
	tests := []struct {
		in   string
		st   keyStyle
		want string
	}{
		{"firmware_ver", styleSnake, "firmware_ver"},
		{"firmware_ver", styleCamel, "firmwareVer"},
		{"firmware_ver", styleKebab, "firmware-ver"},
		{"firmware_ver", stylePascal, "FirmwareVer"},
		{"firmware_ver", styleLower, "firmwarever"},
		{"firmware_ver", styleUpper, "FIRMWARE_VER"},
		{"código_postal", styleCamel, "códigoPostal"},
		{"über_größe", stylePascal, "ÜberGröße"},
	}
	for _, tt := range tests {
		require.Equal(t, tt.want, spell(tt.in, tt.st), "%q in style %d", tt.in, tt.st)
	}
}

func TestIMEILuhn(t *testing.T) {
	g := NewGenerator(1)
	d := &dg{r: g.r}
	for range 200 {
		s := d.imei()
		require.Len(t, s, 15)
		sum := 0
		for i := len(s) - 1; i >= 0; i-- {
			v := int(s[i] - '0')
			if (len(s)-1-i)%2 == 1 {
				v *= 2
				if v > 9 {
					v -= 9
				}
			}
			sum += v
		}
		require.Zero(t, sum%10, s)
	}
}

func TestMerge(t *testing.T) {
	l := merge(device(), contact(), macLabel(), contact())
	require.Equal(t, []string{Contact, DeviceInventory}, l.Categories)
	require.Empty(t, l.AnyOf, "AnyOf met by device-inventory")
	l = merge(contact(), macLabel())
	require.Equal(t, []string{NetworkLayout, DeviceInventory}, l.AnyOf)
	require.Equal(t, Label{}, merge())
}

func TestWriteLabels(t *testing.T) {
	docs := Generate(4, 20)
	var nd, lb bytes.Buffer
	require.NoError(t, WriteNDJSON(&nd, docs))
	require.NoError(t, WriteLabels(&lb, docs))
	lines := strings.Split(strings.TrimSuffix(nd.String(), "\n"), "\n")
	require.Len(t, lines, 20)
	for i, l := range strings.Split(strings.TrimSuffix(lb.String(), "\n"), "\n") {
		var x struct {
			Doc    int              `json:"doc"`
			Schema string           `json:"schema"`
			Labels map[string]Label `json:"labels"`
		}
		require.NoError(t, json.Unmarshal([]byte(l), &x))
		require.Equal(t, i, x.Doc)
		require.Equal(t, docs[i].Schema, x.Schema)
		require.Equal(t, docs[i].Labels, x.Labels)
		require.Equal(t, string(docs[i].JSON), lines[i])
	}
}
