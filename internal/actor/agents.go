package actor

import (
	"cmp"
	"fmt"
	"slices"
	"strconv"
	"strings"

	"rasad/internal/lexicon"
)

// addAgents adds the agents of the lexicon: the role nouns that make an
// unnamed actor are word knowledge, kept once in the lexicon
// (internal/lexicon/data/agents.txt) as forms of class unnamed:ID with
// their CAMEO code agent:CODE. The forms of one ID are one record,
// agent.ID, named in English by their gloss= or else by the ID (_ for a
// space), ambiguous where they have the class ambiguous. Every form of an
// ID must agree on its code, gloss and ambiguity.
func (b *builder) addAgents(lx *lexicon.Lexicon) error {
	if b.byID == nil {
		b.byID = make(map[string]*Actor)
	}
	type form struct {
		w    *lexicon.Word
		file string
		line int
	}
	byID := map[string][]form{}
	for _, s := range lx.Forms("unnamed") {
		w := lx.Word(s)
		file, line, _ := strings.Cut(w.At[0], ":")
		n, _ := strconv.Atoi(line)
		id := w.Value("unnamed")
		byID[id] = append(byID[id], form{w, file, n})
	}
	var added []*Actor
	for id, fs := range byID {
		slices.SortFunc(fs, func(a, b form) int {
			return cmp.Or(cmp.Compare(a.file, b.file), cmp.Compare(a.line, b.line), strings.Compare(a.w.Form, b.w.Form))
		})
		first := fs[0]
		a := &Actor{ID: "agent." + id, Type: Agent, Name: cmp.Or(first.w.Gloss, strings.ReplaceAll(id, "_", " ")),
			Code: first.w.Value("agent"), Ambiguous: first.w.Has("ambiguous"), File: first.file, Line: first.line}
		for _, f := range fs {
			fail := func(format string, args ...any) error {
				return &dataError{file: f.file, line: f.line, msg: a.ID + ": " + f.w.Form + ": " + fmt.Sprintf(format, args...)}
			}
			switch {
			case f.w.Value("agent") != a.Code:
				return fail("agent:%s, but agent:%s at %s:%d", f.w.Value("agent"), a.Code, first.file, first.line)
			case f.w.Gloss != first.w.Gloss:
				return fail("gloss %q, but %q at %s:%d", f.w.Gloss, first.w.Gloss, first.file, first.line)
			case f.w.Has("ambiguous") != a.Ambiguous:
				return fail("ambiguous differs from %s:%d", first.file, first.line)
			case !validCode(a.Code):
				return fail("bad agent code %q", a.Code)
			}
			a.Names = append(a.Names, f.w.Form)
		}
		if old, dup := b.byID[a.ID]; dup {
			return &dataError{file: a.File, line: a.Line, msg: fmt.Sprintf("duplicate ID %s (first at %s:%d)", a.ID, old.File, old.Line)}
		}
		added = append(added, a)
	}
	slices.SortFunc(added, func(x, y *Actor) int { return cmp.Or(cmp.Compare(x.File, y.File), cmp.Compare(x.Line, y.Line)) })
	for _, a := range added {
		if err := b.close(a); err != nil {
			return err
		}
		b.byID[a.ID] = a
		b.actors = append(b.actors, a)
	}
	return nil
}
