package lexicon

import (
	"bufio"
	"embed"
	"fmt"
	"io"
	"io/fs"
	"maps"
	"slices"
	"sort"
	"strings"
	"sync"

	"rasad/internal/arabic"
	"rasad/internal/bloom"
)

// Word is what the lexicon knows of one form.
type Word struct {
	// Form is the form as lookups see it: arabic.Normalize of each word,
	// the words of a phrase joined by one space.
	Form string
	// Lemma and POS (part of speech: verb, noun, adj, particle ...) are ""
	// where no file gives them.
	Lemma, POS string
	// Gloss is the English name a file gives the word (gloss=, "_" for a
	// space in the file), "" where none does.
	Gloss string
	// Classes are sorted and unique: "speech-verb", "nisba:RUS",
	// "role:GOV", "loc-cue" ... (data/README.md lists them).
	Classes []string
	// Prefer names the class that wins where two of the word's classes
	// contradict each other (see Contradictions); "" where none do.
	Prefer string
	// At is file:line of every line that gave the word something.
	At []string
}

// Has reports whether w has class c: exactly ("nisba:RUS"), or by its name
// alone when c has no value ("nisba" matches "nisba:RUS"). A nil Word has
// no class.
func (w *Word) Has(c string) bool {
	if w == nil {
		return false
	}
	for _, x := range w.Classes {
		if x == c || len(x) > len(c) && x[len(c)] == ':' && x[:len(c)] == c {
			return true
		}
	}
	return false
}

// Value returns the value of w's class named name ("RUS" of "nisba:RUS"),
// or "" when w has none.
func (w *Word) Value(name string) string {
	if w == nil {
		return ""
	}
	for _, x := range w.Classes {
		if len(x) > len(name) && x[len(name)] == ':' && x[:len(name)] == name {
			return x[len(name)+1:]
		}
	}
	return ""
}

// Lexicon is a set of Words by form. It does not change once loaded and is
// safe for concurrent use.
type Lexicon struct {
	words map[string]*Word
	// known holds the forms of words: most words of a text are not in the
	// lexicon, and the filter answers for them without a lookup in words.
	known bloom.Filter
	// exclusive holds the pairs of classes that contradict each other
	// ("month given-name"), each pair in both orders.
	exclusive map[[2]string]string // → where it was declared
	// byClass holds, sorted, the forms of each class and of each class
	// name (as Word.Has reads it) for Forms: built on its first call,
	// dropped when a form is added. Loading calls Forms once an actor or
	// a table, and a scan of every word each time cost a fifth of it.
	mu      sync.Mutex
	byClass map[string][]string
}

// New returns an empty Lexicon; Read fills it.
func New() *Lexicon {
	return &Lexicon{words: make(map[string]*Word), exclusive: make(map[[2]string]string)}
}

// Word returns what the lexicon knows of form (arabic.Normalize'd; a phrase
// with its words joined by one space), or nil.
func (l *Lexicon) Word(form string) *Word {
	if !l.known.MayHave(form) {
		return nil
	}
	return l.words[form]
}

// Has reports whether form has class c (see Word.Has).
func (l *Lexicon) Has(form, c string) bool { return l.Word(form).Has(c) }

// Forms returns, sorted, the forms that have class c (see Word.Has), in
// a new slice the caller may keep or change.
func (l *Lexicon) Forms(c string) []string { return slices.Clone(l.class(c)) }

// View returns, sorted, the forms that have class c (see Word.Has): the
// lexicon's own list, not a copy, which the caller must not change. It is
// for a caller that reads the class on a hot path and keeps nothing; it
// allocates nothing.
func (l *Lexicon) View(c string) []string { return l.class(c) }

// class returns the lexicon's own sorted list of the forms of class c,
// indexing every class on the first call; callers must not change it.
func (l *Lexicon) class(c string) []string {
	l.mu.Lock()
	defer l.mu.Unlock()
	if l.byClass == nil {
		l.byClass = map[string][]string{}
		var keys []string
		for f, w := range l.words {
			keys = keys[:0]
			for _, x := range w.Classes {
				keys = append(keys, x)
				for i := range len(x) {
					if x[i] == ':' { // "nisba" of "nisba:RUS", as Has reads it
						keys = append(keys, x[:i])
					}
				}
			}
			slices.Sort(keys)
			for _, k := range slices.Compact(keys) {
				l.byClass[k] = append(l.byClass[k], f)
			}
		}
		for _, fs := range l.byClass {
			sort.Strings(fs)
		}
	}
	return l.byClass[c]
}

// Len returns the number of forms.
func (l *Lexicon) Len() int { return len(l.words) }

// Read adds the records of one file in the lexicon's text format
// (data/README.md); name is used in errors, which give file:line.
func (l *Lexicon) Read(r io.Reader, name string) error {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 0, 64*1024), 1<<20)
	var head attrs
	for line := 1; sc.Scan(); line++ {
		s := sc.Text()
		if i := strings.Index(s, "#"); i >= 0 && (i == 0 || s[i-1] == ' ' || s[i-1] == '\t') {
			s = s[:i]
		}
		s = strings.TrimSpace(s)
		at := fmt.Sprintf("%s:%d", name, line)
		switch {
		case s == "":
			continue
		case strings.HasPrefix(s, "!"):
			if err := l.directive(s[1:], at); err != nil {
				return err
			}
			continue
		case strings.HasPrefix(s, "["):
			if !strings.HasSuffix(s, "]") {
				return fmt.Errorf("%s: a header opens with [ and ends with ]: %q", at, s)
			}
			a, err := parseAttrs(strings.Fields(s[1:len(s)-1]), at)
			if err != nil {
				return err
			}
			if len(a.classes) == 0 {
				return fmt.Errorf("%s: a header names at least one class: %q", at, s)
			}
			head = a
			continue
		}
		entries, own, _ := strings.Cut(s, "|")
		a, err := parseAttrs(strings.Fields(own), at)
		if err != nil {
			return err
		}
		a = head.with(a)
		if len(a.classes) == 0 {
			return fmt.Errorf("%s: words before any [class] header and with no | class", at)
		}
		for _, e := range splitEntries(entries) {
			if err := l.add(e, a, at); err != nil {
				return err
			}
		}
	}
	if err := sc.Err(); err != nil {
		return fmt.Errorf("%s: %w", name, err)
	}
	return nil
}

// splitEntries splits the entries of a line: by ";" when it has one (an
// entry may then be a phrase), else by spaces.
func splitEntries(s string) []string {
	var parts []string
	if strings.Contains(s, ";") {
		parts = strings.Split(s, ";")
	} else {
		parts = strings.Fields(s)
	}
	out := parts[:0]
	for _, p := range parts {
		if p = strings.Join(strings.Fields(p), " "); p != "" {
			out = append(out, p)
		}
	}
	return out
}

// Key returns the form by which s is stored and looked up: arabic.Normalize
// of each word, the words joined by one space.
func Key(s string) string {
	ws := strings.Fields(s)
	for i, w := range ws {
		ws[i] = arabic.Normalize(w)
	}
	return strings.Join(ws, " ")
}

func (l *Lexicon) add(entry string, a attrs, at string) error {
	form := Key(entry)
	if form == "" {
		return fmt.Errorf("%s: %q is nothing once normalised", at, entry)
	}
	l.mu.Lock()
	l.byClass = nil // Forms indexes again
	l.mu.Unlock()
	w := l.words[form]
	if w == nil {
		w = &Word{Form: form}
		l.words[form] = w
		l.known.Add(form)
	}
	for _, f := range []struct {
		name     string
		dst, src *string
	}{{"lemma", &w.Lemma, &a.lemma}, {"pos", &w.POS, &a.pos}, {"prefer", &w.Prefer, &a.prefer}, {"gloss", &w.Gloss, &a.gloss}} {
		if *f.src == "" {
			continue
		}
		if *f.dst != "" && *f.dst != *f.src {
			return fmt.Errorf("%s: %s has %s=%s here and %s=%s at %s", at, entry, f.name, *f.src, f.name, *f.dst, strings.Join(w.At, ", "))
		}
		*f.dst = *f.src
	}
	for _, c := range a.classes {
		if i, found := slices.BinarySearch(w.Classes, c); !found {
			w.Classes = slices.Insert(w.Classes, i, c)
		}
	}
	if len(w.At) == 0 || w.At[len(w.At)-1] != at {
		w.At = append(w.At, at)
	}
	return nil
}

// directive reads a line that starts with "!": "exclusive A B" declares
// that classes A and B contradict each other (a word with both must say
// which wins, with prefer=).
func (l *Lexicon) directive(s, at string) error {
	f := strings.Fields(s)
	if len(f) != 3 || f[0] != "exclusive" {
		return fmt.Errorf("%s: unknown directive %q (want \"!exclusive CLASS CLASS\")", at, "!"+s)
	}
	l.exclusive[[2]string{f[1], f[2]}] = at
	l.exclusive[[2]string{f[2], f[1]}] = at
	return nil
}

// attrs are the classes and key=value attributes of a header or a line.
type attrs struct {
	classes                   []string
	lemma, pos, prefer, gloss string
}

func parseAttrs(fields []string, at string) (attrs, error) {
	var a attrs
	for _, f := range fields {
		k, v, ok := strings.Cut(f, "=")
		if !ok {
			if !validClass(f) {
				return a, fmt.Errorf("%s: bad class %q (lower-case ASCII letters, digits and -, then optionally :VALUE)", at, f)
			}
			a.classes = append(a.classes, f)
			continue
		}
		switch k {
		case "lemma":
			a.lemma = arabic.Normalize(v)
		case "pos":
			a.pos = v
		case "prefer":
			a.prefer = v
		case "gloss":
			a.gloss = strings.ReplaceAll(v, "_", " ")
		default:
			return a, fmt.Errorf("%s: unknown attribute %q (lemma=, pos=, prefer=, gloss=)", at, k)
		}
	}
	return a, nil
}

// with returns the header's attributes with a line's own added.
func (a attrs) with(own attrs) attrs {
	out := a
	out.classes = append(slices.Clip(a.classes), own.classes...)
	for _, f := range []struct {
		dst *string
		src string
	}{{&out.lemma, own.lemma}, {&out.pos, own.pos}, {&out.prefer, own.prefer}, {&out.gloss, own.gloss}} {
		if f.src != "" {
			*f.dst = f.src
		}
	}
	return out
}

// validClass reports whether c is a class name: lower-case ASCII letters,
// digits and "-", then optionally ":" and a value of ASCII letters and
// digits.
func validClass(c string) bool {
	name, value, hasValue := strings.Cut(c, ":")
	if name == "" || hasValue && value == "" {
		return false
	}
	for _, r := range name {
		if !(r >= 'a' && r <= 'z' || r >= '0' && r <= '9' || r == '-') {
			return false
		}
	}
	for _, r := range value {
		if !(r >= 'A' && r <= 'Z' || r >= 'a' && r <= 'z' || r >= '0' && r <= '9' || r == '-' || r == '_') {
			return false
		}
	}
	return true
}

// Load reads every *.txt file of fsys's folder dir, in name order, into one
// Lexicon.
func Load(fsys fs.FS, dir string) (*Lexicon, error) {
	l := New()
	err := ReadFiles(fsys, dir, "load lexicon", func(name string, r io.Reader) error {
		if err := l.Read(r, name); err != nil {
			return fmt.Errorf("load lexicon: %w", err)
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	return l, nil
}

//go:embed data/*.txt
var dataFS embed.FS

var defaultLexicon = sync.OnceValues(func() (*Lexicon, error) { return Load(dataFS, "data") })

// Default returns the lexicon of the embedded data/*.txt, loaded once. The
// data is part of the binary and checked by the tests, so a failure to
// read it is a programming error and panics.
func Default() *Lexicon {
	l, err := defaultLexicon()
	if err != nil {
		panic(err)
	}
	return l
}

// Contradictions returns, one a word, the words that have two classes
// declared exclusive (by "!exclusive A B") and no prefer= naming one of
// them, and the words whose prefer= names a class they lack; each error
// gives the file:line of the word.
func (l *Lexicon) Contradictions() []error {
	var errs []error
	for _, f := range slices.Sorted(maps.Keys(l.words)) {
		w := l.words[f]
		if w.Prefer != "" && !w.Has(w.Prefer) {
			errs = append(errs, fmt.Errorf("%s: %s prefers %s, which it lacks", w.At[0], f, w.Prefer))
			continue
		}
	pairs:
		for i, a := range w.Classes {
			for _, b := range w.Classes[i+1:] {
				decl, ok := l.exclusive[[2]string{className(a), className(b)}]
				if !ok || w.Prefer == a || w.Prefer == b || w.Prefer == className(a) || w.Prefer == className(b) {
					continue
				}
				errs = append(errs, fmt.Errorf("%s: %s is both %s and %s, exclusive by %s: say which wins with prefer=", strings.Join(w.At, ", "), f, a, b, decl))
				break pairs
			}
		}
	}
	return errs
}

// className returns the name of class c without its value.
func className(c string) string {
	name, _, _ := strings.Cut(c, ":")
	return name
}
