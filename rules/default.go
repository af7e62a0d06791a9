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
	return compileDefault(DefaultDictionaries)
})

// compileDefault parses the default rule files while dicts loads the
// dictionaries on another goroutine, then compiles the set.
func compileDefault(dicts func() (*Dictionaries, error)) (*Set, error) {
	type loaded struct {
		d   *Dictionaries
		err error
	}
	dc := make(chan loaded, 1)
	go func() {
		d, err := dicts()
		dc <- loaded{d, err}
	}()
	files, err := DefaultFiles()
	l := <-dc
	if err != nil {
		return nil, err
	}
	if l.err != nil {
		return nil, l.err
	}
	return Compile(CompileOptions{Dictionaries: l.d, checked: true}, files...)
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
	all := make([]parsed, len(syns)+len(names))
	parallel(len(all), func(i int) {
		name, parse := "", Parse
		if i < len(syns) {
			name, parse = syns[i], ParseSynonyms
		} else {
			name = names[i-len(syns)]
		}
		data, err := defaultFS.ReadFile(name)
		if err != nil {
			all[i].readErr = err
			return
		}
		all[i].f, all[i].parseErr = parse("rules/"+name, data)
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
