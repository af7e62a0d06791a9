package rules

import (
	"cmp"
	"embed"
	"io/fs"
	"os"
	"path"
	"slices"
	"sync"
)

//go:embed default/*.yaml default/synonyms*.txt
var defaultFS embed.FS

var defaultSet = sync.OnceValues(func() (*Set, error) {
	return compileDefault(defaultDictLoad)
})

// compileDefault parses the default rule files while load reads the
// dictionaries, then compiles the set while the dictionaries' sets are
// built on other goroutines: compiling only finds the sets and reads the
// lists themselves, so the sets are waited for at the end. Parsing comes
// first, on every core, for the rest waits on it; the sets fill whatever
// time the cores would wait in while the set compiles (the vocabulary,
// the written-out dictionary terms and the index of terms are built one
// step after another).
func compileDefault(load func() (dictLoad, error)) (*Set, error) {
	type loaded struct {
		l   dictLoad
		err error
	}
	lc := make(chan loaded, 1)
	go func() {
		l, err := load()
		lc <- loaded{l, err}
	}()
	files, err := DefaultFiles()
	ld := <-lc
	if err != nil {
		return nil, err
	}
	if ld.err != nil {
		return nil, ld.err
	}
	built := make(chan struct{})
	go func() {
		ld.l.build()
		close(built)
	}()
	set, err := Compile(CompileOptions{Dictionaries: ld.l.d, checked: true}, files...)
	<-built // the set holds the dictionaries
	return set, err
}

// Default returns the embedded default rule set, compiled on first use and
// shared afterwards.
func Default() (*Set, error) { return defaultSet() }

// DefaultFiles parses the embedded default rule files, in name order
// (on every core, one file at a time).
func DefaultFiles() ([]*File, error) {
	names, err := fs.Glob(defaultFS, "default/*.yaml")
	if err != nil {
		return nil, err
	}
	// The synonyms first, where 00-keys.yaml kept them: synonyms.txt, then
	// the lists of one concern each (synonyms_*.txt), in name order (Glob
	// sorts, and "." comes before "_"); a word a later file gives again
	// means what the later one says. All files are parsed at once, on
	// every core, and kept in that order.
	syns, err := fs.Glob(defaultFS, "default/synonyms*.txt")
	if err != nil {
		return nil, err
	}
	type parsed struct {
		f                 *File
		readErr, parseErr error
	}
	paths := slices.Concat(syns, names)
	all := make([]parsed, len(paths))
	// The costliest files are parsed first, so that no core is left alone
	// with a long one at the end: a YAML file by its size, a list of
	// synonyms by a sixth of it (it reads that much faster).
	cost := make([]int64, len(paths))
	order := make([]int, len(paths))
	for i, name := range paths {
		order[i] = i
		if st, err := fs.Stat(defaultFS, name); err == nil {
			cost[i] = st.Size()
		}
		if i < len(syns) {
			cost[i] /= 6
		}
	}
	slices.SortStableFunc(order, func(a, b int) int { return cmp.Compare(cost[b], cost[a]) })
	parallel(len(paths), func(k int) {
		i := order[k]
		data, err := defaultFS.ReadFile(paths[i])
		if err != nil {
			all[i].readErr = err
			return
		}
		if i < len(syns) {
			// The bytes are a copy of the embedded file's that nothing else
			// holds: the synonyms are pieces of them, not of another copy.
			all[i].f, all[i].parseErr = parseSynonyms("rules/"+paths[i], unsafeString(data))
		} else {
			all[i].f, all[i].parseErr = Parse("rules/"+paths[i], data)
		}
	})
	var files []*File
	var errs ErrorList
	for _, p := range all {
		if p.readErr != nil {
			return nil, p.readErr
		}
		var err error
		if files, errs, err = keep(files, errs)(p.f, p.parseErr); err != nil {
			return nil, err
		}
	}
	if len(errs) > 0 {
		return nil, errs
	}
	return files, nil
}

// keep returns a function that takes a parse's result: the file (all of
// whose good rules are kept) and its problems, gathered so that all are
// reported at once. Any other error stops.
func keep(files []*File, errs ErrorList) func(*File, error) ([]*File, ErrorList, error) {
	return func(f *File, err error) ([]*File, ErrorList, error) {
		if err != nil {
			l, ok := err.(ErrorList)
			if !ok {
				return files, errs, err
			}
			errs = append(errs, l...)
		}
		if f != nil {
			files = append(files, f)
		}
		return files, errs, nil
	}
}

// ParseFile reads and parses the rule file at name.
func ParseFile(name string) (*File, error) {
	data, err := os.ReadFile(name)
	if err != nil {
		return nil, ErrorList{{File: name, Err: err}}
	}
	return Parse(path.Clean(name), data)
}

// Load compiles the default rules (unless noDefaults) together with the
// rule files named, with the given options.
func Load(opts CompileOptions, noDefaults bool, names ...string) (*Set, error) {
	var files []*File
	if !noDefaults {
		d, err := DefaultFiles()
		if err != nil {
			return nil, err
		}
		files = d
	}
	var errs ErrorList
	for _, n := range names {
		var err error
		if files, errs, err = keep(files, errs)(ParseFile(n)); err != nil {
			return nil, err
		}
	}
	set, err := Compile(opts, files...)
	if err != nil {
		l, ok := err.(ErrorList)
		if !ok {
			return nil, err
		}
		errs = append(errs, l...)
	}
	if len(errs) > 0 {
		slices.SortStableFunc(errs, func(a, b *Error) int {
			if c := cmp.Compare(a.File, b.File); c != 0 {
				return c
			}
			return cmp.Compare(a.Line, b.Line)
		})
		return nil, errs
	}
	return set, nil
}
