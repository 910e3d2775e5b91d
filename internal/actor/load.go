package actor

import (
	"bufio"
	"fmt"
	"io"
	"io/fs"
	"slices"
	"strings"
	"time"

	"rasad/internal/lexicon"
)

// Load reads one gazetteer file (its name is used in error messages) and
// returns the gazetteer it holds. Every country, city or actor the file
// refers to must be defined in it; use LoadFS to combine files.
func Load(name string, r io.Reader) (*Gazetteer, error) {
	var b builder
	if err := b.read(name, r); err != nil {
		return nil, err
	}
	return b.finish()
}

// LoadFS reads every *.txt file at the top of fsys, in name order, as one
// gazetteer: IDs are unique across files and references may cross them.
func LoadFS(fsys fs.FS) (*Gazetteer, error) { return loadFS(fsys, nil) }

// loadFS is LoadFS with the agents of lexicon lx added, when lx is not nil
// (see addAgents).
func loadFS(fsys fs.FS, lx *lexicon.Lexicon) (*Gazetteer, error) {
	var b builder
	if err := lexicon.ReadFiles(fsys, ".", "load gazetteer", b.read); err != nil {
		return nil, err
	}
	if lx != nil {
		if err := b.addAgents(lx); err != nil {
			return nil, fmt.Errorf("load gazetteer: agents of the lexicon: %w", err)
		}
	}
	return b.finish()
}

// dataError is an error in a data file, reported as file:line: message.
type dataError struct {
	file string
	line int
	msg  string
}

func (e *dataError) Error() string { return fmt.Sprintf("%s:%d: %s", e.file, e.line, e.msg) }

// builder accumulates records from one or more files.
type builder struct {
	actors []*Actor
	byID   map[string]*Actor
	refs   []ref // country: and stands_for: values to resolve once all files are read
}

// ref is a reference from one record to another, kept with its position.
type ref struct {
	from  *Actor
	key   string // "country" or "stands_for"
	value string
	file  string
	line  int
}

// singleKeys may appear once per record; listKeys may repeat and accumulate.
var singleKeys = map[string]bool{"country": true, "code": true, "capital": true, "stands_for": true, "ambiguous": true, "source": true, "joined": true}
var listKeys = map[string]bool{"ar": true, "adj": true, "alias": true, "role": true, "name": true, "ner": true}

func (b *builder) read(name string, r io.Reader) error {
	if b.byID == nil {
		b.byID = make(map[string]*Actor)
	}
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 0, 64*1024), 1024*1024)
	var cur *Actor
	seen := map[string]bool{} // single keys seen in the current record
	lineNo := 0
	fail := func(format string, args ...any) error {
		return &dataError{file: name, line: lineNo, msg: fmt.Sprintf(format, args...)}
	}
	for sc.Scan() {
		lineNo++
		line := strings.TrimRight(sc.Text(), " \t\r")
		if lineNo == 1 {
			line = strings.TrimPrefix(line, "\uFEFF")
		}
		trimmed := strings.TrimLeft(line, " \t")
		if trimmed == "" || strings.HasPrefix(trimmed, "#") {
			continue
		}
		if trimmed == line { // unindented: a record header
			if cur != nil {
				if err := b.close(cur); err != nil {
					return err
				}
			}
			a, err := parseHeader(line)
			if err != nil {
				return fail("%v", err)
			}
			if prev, dup := b.byID[a.ID]; dup {
				return fail("duplicate ID %q (first at %s:%d)", a.ID, prev.File, prev.Line)
			}
			a.File, a.Line = name, lineNo
			b.byID[a.ID] = a
			b.actors = append(b.actors, a)
			cur = a
			clear(seen)
			continue
		}
		if cur == nil {
			return fail("indented line before any record header")
		}
		key, value, ok := strings.Cut(trimmed, ":")
		if !ok {
			return fail("want key: value, got %q", trimmed)
		}
		key, value = strings.TrimSpace(key), strings.TrimSpace(value)
		if !singleKeys[key] && !listKeys[key] {
			return fail("unknown key %q", key)
		}
		if value == "" {
			return fail("empty value for %s", key)
		}
		if singleKeys[key] {
			if seen[key] {
				return fail("%s given twice", key)
			}
			seen[key] = true
		}
		if err := b.set(cur, key, value, name, lineNo); err != nil {
			return fail("%v", err)
		}
	}
	if err := sc.Err(); err != nil {
		return fmt.Errorf("load gazetteer %s:%d: %w", name, lineNo, err)
	}
	if cur != nil {
		return b.close(cur)
	}
	return nil
}

// parseHeader parses ID<TAB>TYPE<TAB>English name.
func parseHeader(line string) (*Actor, error) {
	f := strings.Split(line, "\t")
	if len(f) != 3 {
		return nil, fmt.Errorf("header must be ID<TAB>TYPE<TAB>name, got %d fields", len(f))
	}
	id, typ, name := strings.TrimSpace(f[0]), Type(strings.TrimSpace(f[1])), strings.TrimSpace(f[2])
	if !validID(id) {
		return nil, fmt.Errorf("bad ID %q: want lowercase ASCII letters, digits, _ . -", id)
	}
	if _, ok := typeOrder[typ]; !ok {
		return nil, fmt.Errorf("bad TYPE %q: want country, city, place, org, person or agent", typ)
	}
	if name == "" {
		return nil, fmt.Errorf("empty English name")
	}
	return &Actor{ID: id, Type: typ, Name: name}, nil
}

func validID(id string) bool {
	if id == "" {
		return false
	}
	for i := 0; i < len(id); i++ {
		c := id[i]
		if !(c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '_' || c == '.' || c == '-') {
			return false
		}
	}
	return true
}

// validCode reports whether s looks like a CAMEO code: upper-case letters
// and digits in groups of three.
func validCode(s string) bool {
	if s == "" || len(s)%3 != 0 {
		return false
	}
	for i := 0; i < len(s); i++ {
		if c := s[i]; !(c >= 'A' && c <= 'Z' || c >= '0' && c <= '9') {
			return false
		}
	}
	return true
}

func splitList(value string) ([]string, error) {
	parts := strings.Split(value, ";")
	out := parts[:0]
	for _, p := range parts {
		p = strings.TrimSpace(p)
		if p == "" {
			return nil, fmt.Errorf("empty item in list %q", value)
		}
		out = append(out, p)
	}
	return out, nil
}

// parseNERMark reads the value of a ner: line: kinds, then the names.
func parseNERMark(value string) (NERMark, error) {
	items, err := splitList(value)
	if err != nil {
		return NERMark{}, fmt.Errorf("ner: %w", err)
	}
	var m NERMark
	for _, k := range strings.Fields(items[0]) {
		if !slices.Contains(NERKinds, k) {
			return NERMark{}, fmt.Errorf("ner: want kinds of %v before the first ;, got %q", NERKinds, k)
		}
		if slices.Contains(m.Kinds, k) {
			return NERMark{}, fmt.Errorf("ner: kind %q twice", k)
		}
		m.Kinds = append(m.Kinds, k)
	}
	if m.Names = items[1:]; len(m.Names) == 0 {
		return NERMark{}, fmt.Errorf("ner: want KINDS ; NAME ; ... (the names it reads), got %q", value)
	}
	return m, nil
}

func parseBool(key, value string) (bool, error) {
	switch value {
	case "yes":
		return true, nil
	case "no":
		return false, nil
	}
	return false, fmt.Errorf("%s: want yes or no, got %q", key, value)
}

func (b *builder) set(a *Actor, key, value, file string, line int) error {
	var err error
	switch key {
	case "ar":
		var names []string
		if names, err = splitList(value); err == nil {
			a.Names = append(a.Names, names...)
		}
	case "adj":
		var adj []string
		if adj, err = splitList(value); err == nil {
			a.Adjectives = append(a.Adjectives, adj...)
		}
	case "alias":
		var al []string
		if al, err = splitList(value); err == nil {
			a.Aliases = append(a.Aliases, al...)
		}
	case "country":
		if len(value) != 3 || strings.ToUpper(value) != value || !validCode(value) {
			return fmt.Errorf("country: want an upper-case ISO 3166-1 alpha-3 code, got %q", value)
		}
		a.Country = value
		b.refs = append(b.refs, ref{from: a, key: key, value: value, file: file, line: line})
	case "code":
		if !validCode(value) {
			return fmt.Errorf("code: want a CAMEO code (upper case, groups of three), got %q", value)
		}
		a.Code = value
	case "capital":
		if a.Capital, err = parseBool(key, value); err == nil && a.Type != City {
			err = fmt.Errorf("capital: only a city can be a capital")
		}
	case "ambiguous":
		a.Ambiguous, err = parseBool(key, value)
	case "joined":
		id, names, ok := strings.Cut(value, ";")
		if a.Joined.After = strings.TrimSpace(id); !ok || a.Type != City && a.Type != Place {
			return fmt.Errorf("joined: want ID ; NAME ; ... on a city or place, got %q", value)
		}
		if a.Joined.Names, err = splitList(names); err == nil {
			b.refs = append(b.refs, ref{from: a, key: key, value: a.Joined.After, file: file, line: line})
		}
	case "stands_for":
		a.StandsFor = value
		b.refs = append(b.refs, ref{from: a, key: key, value: value, file: file, line: line})
	case "ner":
		var m NERMark
		if m, err = parseNERMark(value); err == nil {
			a.NER = append(a.NER, m)
		}
	case "source":
		a.Source = value
	case "name":
		var n DatedName
		if n, err = parseDatedName(value); err == nil {
			if k := len(a.Dated); k > 0 && n.From < a.Dated[k-1].From {
				return fmt.Errorf("name from %s is before the previous name's (%s): write names in date order", n.From, a.Dated[k-1].From)
			}
			a.Dated = append(a.Dated, n)
			a.Names = append(a.Names, n.NameAr)
			a.Aliases = append(a.Aliases, n.Name)
		}
	case "role":
		if a.Type != Person && a.Type != Org {
			return fmt.Errorf("role: only a person or an organisation has roles")
		}
		var r Role
		if r, err = parseRole(value); err == nil {
			if n := len(a.Roles); n > 0 && r.From < a.Roles[n-1].From {
				return fmt.Errorf("role from %s is before the previous role's (%s): write roles in date order", r.From, a.Roles[n-1].From)
			}
			a.Roles = append(a.Roles, r)
		}
	}
	return err
}

// parseRole parses CODE FROM TO DESCRIPTION.
func parseRole(value string) (Role, error) {
	f := strings.Fields(value)
	if len(f) < 3 {
		return Role{}, fmt.Errorf("role: want CODE FROM TO DESCRIPTION, got %q", value)
	}
	r := Role{Code: f[0], Description: strings.Join(f[3:], " ")}
	if !validCode(r.Code) {
		return Role{}, fmt.Errorf("role: bad CAMEO code %q", r.Code)
	}
	var err error
	r.From, r.To, err = parsePeriod("role", f[1], f[2])
	return r, err
}

// parseDatedName parses FROM TO ENGLISH ; ARABIC.
func parseDatedName(value string) (DatedName, error) {
	f := strings.Fields(value)
	en, ar, ok := strings.Cut(strings.Join(f[min(2, len(f)):], " "), ";")
	en, ar = strings.TrimSpace(en), strings.TrimSpace(ar)
	if len(f) < 4 || !ok || en == "" || ar == "" {
		return DatedName{}, fmt.Errorf("name: want FROM TO ENGLISH ; ARABIC, got %q", value)
	}
	n := DatedName{Name: en, NameAr: ar}
	var err error
	n.From, n.To, err = parsePeriod("name", f[0], f[1])
	return n, err
}

// parsePeriod checks the FROM and TO dates of the key's value: YYYY-MM-DD,
// TO "-" (returned as "") while it lasts, not before FROM.
func parsePeriod(key, from, to string) (string, string, error) {
	if !validDate(from) {
		return "", "", fmt.Errorf("%s: bad date %q: want YYYY-MM-DD", key, from)
	}
	if to == "-" {
		return from, "", nil
	}
	if !validDate(to) {
		return "", "", fmt.Errorf("%s: bad date %q: want YYYY-MM-DD or -", key, to)
	}
	if to < from {
		return "", "", fmt.Errorf("%s: ends %s before it starts %s", key, to, from)
	}
	return from, to, nil
}

func validDate(s string) bool {
	if len(s) != len("2006-01-02") {
		return false
	}
	_, err := time.Parse(time.DateOnly, s)
	return err == nil
}

// close checks a record once all its lines are read.
func (b *builder) close(a *Actor) error {
	fail := func(format string, args ...any) error {
		return &dataError{file: a.File, line: a.Line, msg: a.ID + ": " + fmt.Sprintf(format, args...)}
	}
	if len(a.Names) == 0 {
		return fail("no ar: names")
	}
	if a.Type == Country {
		// A country's nisba adjectives are the lexicon's (nisba:RUS).
		a.Adjectives = append(a.Adjectives, lexicon.Default().Forms("nisba:"+strings.ToUpper(a.ID))...)
	}
	a.Names = dedup(a.Names)
	a.Adjectives = dedup(a.Adjectives)
	a.NameAr = a.Names[0]
	a.nameKeys = make([][]string, len(a.Names))
	for i, n := range a.Names {
		if a.nameKeys[i] = phraseKeys(n); len(a.nameKeys[i]) == 0 {
			return fail("name %q has no words", n)
		}
	}
	for _, m := range a.NER {
		for _, n := range m.Names {
			if !slices.ContainsFunc(a.nameKeys, func(k []string) bool { return slices.Equal(k, phraseKeys(n)) }) {
				return fail("ner: %q is none of the record's ar: names", n)
			}
		}
	}
	a.adjKeys = make([][]string, len(a.Adjectives))
	for i, n := range a.Adjectives {
		if a.adjKeys[i] = phraseKeys(n); len(a.adjKeys[i]) == 0 {
			return fail("name %q has no words", n)
		}
	}
	switch a.Type {
	case Country:
		if want := strings.ToUpper(a.ID); a.Country == "" {
			a.Country = want
			b.refs = append(b.refs, ref{from: a, key: "country", value: want, file: a.File, line: a.Line})
		} else if a.Country != want {
			return fail("a country's country: must be its own ID in upper case (%s), got %s", want, a.Country)
		}
		if a.Code == "" {
			return fail("a country needs a code:")
		}
	case City:
		if a.Country == "" {
			return fail("a city needs a country:")
		}
	case Agent:
		if a.Code == "" {
			return fail("an agent needs a code:")
		}
	}
	return nil
}

// dedup removes repeated items, keeping the first of each.
func dedup(xs []string) []string {
	seen := make(map[string]bool, len(xs))
	out := xs[:0]
	for _, x := range xs {
		if !seen[x] {
			seen[x] = true
			out = append(out, x)
		}
	}
	return out
}

// finish resolves references across files and builds the gazetteer.
func (b *builder) finish() (*Gazetteer, error) {
	if b.byID == nil {
		b.byID = make(map[string]*Actor)
	}
	for _, r := range b.refs {
		id := r.value
		if r.key == "country" {
			id = strings.ToLower(r.value)
		}
		t, ok := b.byID[id]
		switch {
		case !ok && r.key == "country":
			return nil, &dataError{r.file, r.line, fmt.Sprintf("%s: unknown country %s", r.from.ID, r.value)}
		case !ok:
			return nil, &dataError{r.file, r.line, fmt.Sprintf("%s: %s unknown ID %q", r.from.ID, r.key, r.value)}
		case r.key == "country" && t.Type != Country:
			return nil, &dataError{r.file, r.line, fmt.Sprintf("%s: country %s is a %s, not a country", r.from.ID, r.value, t.Type)}
		case r.key == "joined" && (t == r.from || t.Country != r.from.Country):
			return nil, &dataError{r.file, r.line, fmt.Sprintf("%s: joined: %s is itself or of another country", r.from.ID, r.value)}
		case t == r.from:
			if r.key == "stands_for" {
				return nil, &dataError{r.file, r.line, fmt.Sprintf("%s: stands_for itself", r.from.ID)}
			}
		}
	}
	return newGazetteer(b.actors), nil
}
