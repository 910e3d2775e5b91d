// Package lexfile reads the format of the event coder's lexicon files
// (package event, data/patterns.txt and data/words.txt, described in
// data/README.md): one entry a line, a keyword, a code or kind, then
// fields (name=list) and flags. It checks what a line may hold; the coder
// gives the entries their meaning (the inflected forms of a pattern, the
// cue a word is).
package lexfile

import (
	"fmt"
	"io"
	"slices"
	"strconv"
	"strings"

	"rasad/internal/arabic"
	"rasad/internal/lexicon"
)

// Entry is one line of a lexicon file.
type Entry struct {
	// Keyword is what the line describes: verb, noun, cue, agent,
	// protester, crowd, title or prep.
	Keyword string
	// Code is the CAMEO code of a verb or noun, the kind of a cue, the
	// CAMEO role of an agent; "" for title and prep.
	Code string
	// Fields are the lists given as name=a,b,c, every word normalised
	// (arabic.Normalize).
	Fields map[string][]string
	// Flags are the bare words after the code (recip, target, air).
	Flags map[string]bool
	// Prior is the value of prior= (0 if none).
	Prior float64
	// Where is file:line, for messages.
	Where string
}

// The fields and flags each keyword takes.
var (
	fieldsOf = map[string][]string{
		"verb": {"past", "pres", "pass", "part", "with", "tgt", "prior"},
		"noun": {"form", "with", "tgt", "prior"},
		"cue":  {"form"}, "title": {"form"}, "prep": {"form"},
		"agent": {"form", "country"}, "protester": {"form", "country"}, "crowd": {"form", "country"},
	}
	flagsOf = map[string][]string{
		"verb":  {"recip", "patient", "adjacent", "target", "owner", "scene", "person", "foreign", "visitor"},
		"noun":  {"recip", "patient", "adjacent", "target", "owner", "scene", "visitor"},
		"agent": {"air", "definite"},
		"cue":   {"past"},
	}
)

// Read reads a lexicon file and calls each for every entry, in order. Errors
// (of the format, or returned by each) name file:line; name is the file's
// name.
func Read(r io.Reader, name string, each func(Entry) error) error {
	err := lexicon.ReadLines(r, name, func(n int, text string) error {
		if i := strings.Index(text, "#"); i >= 0 {
			text = text[:i]
		}
		fields := strings.Fields(text)
		if len(fields) == 0 {
			return nil
		}
		e, err := parse(fields)
		if err != nil {
			return err
		}
		e.Where = fmt.Sprintf("%s:%d", name, n)
		return each(e)
	})
	if err != nil {
		return fmt.Errorf("load event lexicon %w", err)
	}
	return nil
}

// parse reads the fields of one line.
func parse(f []string) (Entry, error) {
	e := Entry{Keyword: f[0], Fields: map[string][]string{}, Flags: map[string]bool{}}
	allowed, ok := fieldsOf[e.Keyword]
	if !ok {
		return e, fmt.Errorf("unknown keyword %q", e.Keyword)
	}
	start := 1
	if e.Keyword != "title" && e.Keyword != "prep" {
		if len(f) < 2 {
			return e, fmt.Errorf("%s needs a code", e.Keyword)
		}
		e.Code, start = f[1], 2
	}
	for _, x := range f[start:] {
		k, v, ok := strings.Cut(x, "=")
		switch {
		case !ok:
			if !slices.Contains(flagsOf[e.Keyword], x) {
				return e, fmt.Errorf("unknown flag %q", x)
			}
			e.Flags[x] = true
			continue
		case !slices.Contains(allowed, k):
			return e, fmt.Errorf("unknown field %q", k)
		}
		if _, dup := e.Fields[k]; dup {
			return e, fmt.Errorf("field %s given twice", k)
		}
		if k == "prior" {
			p, err := strconv.ParseFloat(v, 64)
			if err != nil {
				return e, fmt.Errorf("prior=%s: %w", v, err)
			}
			e.Prior, e.Fields[k] = p, []string{v}
			continue
		}
		e.Fields[k] = splitList(v)
	}
	return e, e.check()
}

// check tests what the entry's keyword needs.
func (e *Entry) check() error {
	switch e.Keyword {
	case "verb":
		if len(e.Fields["past"])+len(e.Fields["pres"])+len(e.Fields["pass"])+len(e.Fields["part"]) == 0 {
			return fmt.Errorf("verb needs past=, pres= or pass=")
		}
		for _, s := range e.Fields["pres"] {
			if !strings.HasPrefix(s, string(arabic.Yeh)) {
				return fmt.Errorf("present form %q must start with ي", s)
			}
		}
	case "noun":
		if len(e.Fields["form"]) == 0 {
			return fmt.Errorf("noun needs form=")
		}
	case "agent", "protester", "crowd":
		if v, ok := e.Fields["country"]; ok {
			if len(v) != 1 || len(v[0]) != 3 || strings.ToUpper(v[0]) != v[0] {
				return fmt.Errorf("country=%s: want one ISO 3166-1 alpha-3 code", strings.Join(v, ","))
			}
		}
	}
	if e.Flags["adjacent"] && len(e.Fields["with"]) == 0 {
		return fmt.Errorf("adjacent needs with=")
	}
	return nil
}

// Lemma returns the first form a verb or noun entry gives: its past, else
// its present, else its passive; a noun's first form.
func (e *Entry) Lemma() string {
	for _, k := range []string{"past", "pres", "pass", "form"} {
		if l := e.Fields[k]; len(l) > 0 {
			return l[0]
		}
	}
	return ""
}

// Country returns the country of an agent entry, "" if none.
func (e *Entry) Country() string {
	if v := e.Fields["country"]; len(v) == 1 {
		return v[0]
	}
	return ""
}

// splitList splits a comma-separated list and normalises its words.
func splitList(v string) []string {
	var out []string
	for _, s := range strings.Split(v, ",") {
		if s = strings.TrimSpace(s); s != "" {
			out = append(out, arabic.Normalize(s))
		}
	}
	return out
}
