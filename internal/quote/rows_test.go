package quote

import (
	"path/filepath"
	"strings"
	"testing"

	"rasad/internal/arabic"
	"rasad/internal/news"
)

// ent is a hand-built entity: every occurrence of surface in the row's text
// is a mention.
type ent struct {
	surface, name string
	typ           news.EntityType
	country       string
}

// want is one expected quote. speaker is the Speaker.Text expected ("" for
// no speaker); name and country are checked when set, as is via.
type want struct {
	speaker, name, country string
	quote                  string // words the quote's text contains
	direct                 bool
	via                    string
}

// quoteRow is a sentence with the entities the entity stage should find in
// it and the quotes Find should return.
type quoteRow struct {
	name, text string
	ents       []ent
	want       []want
	actors     map[string]string // entity name → actor code, for bodies without a country
}

func buildEntities(text string, es []ent) []news.Entity {
	var out []news.Entity
	for _, e := range es {
		ms := every(text, e.surface)
		if len(ms) == 0 {
			panic("entity not in text: " + e.surface)
		}
		out = append(out, news.Entity{Name: e.name, NameAr: e.surface, Type: e.typ, Country: e.country, Mentions: ms})
	}
	return out
}

// TestFindRows runs the rows of every file in testdata/rows (its header
// says the format).
func TestFindRows(t *testing.T) {
	files, err := filepath.Glob("testdata/rows/*.txt")
	if err != nil || len(files) == 0 {
		t.Fatalf("no rows in testdata/rows: %v", err)
	}
	for _, f := range files {
		rows, err := readRows(f)
		if err != nil {
			t.Fatal(err)
		}
		t.Run(strings.TrimSuffix(filepath.Base(f), ".txt"), func(t *testing.T) { checkRows(t, rows) })
	}
}

// checkRows runs Find on every row and compares its quotes with the row's.
func checkRows(t *testing.T, rows []quoteRow) {
	t.Helper()
	for _, r := range rows {
		t.Run(r.name, func(t *testing.T) {
			toks := arabic.Tokenize(r.text)
			arabic.DefaultSegmenter().Segment(toks)
			ents := buildEntities(r.text, r.ents)
			for i := range ents {
				ents[i].Actor = r.actors[ents[i].Name]
			}
			got := Find(r.text, toks, arabic.Sentences(r.text, toks), ents)
			checkSpans(t, r.text, got)
			if len(got) != len(r.want) {
				t.Errorf("Find(%q) = %d quotes, want %d:\n%s", r.text, len(got), len(r.want), describe(got))
				return
			}
			for i, w := range r.want {
				if msg := mismatch(got[i], w); msg != "" {
					t.Errorf("Find(%q) quote %d: %s\ngot:\n%s", r.text, i, msg, describe(got))
				}
			}
		})
	}
}

// mismatch says how q differs from w, or returns "".
func mismatch(q news.Quote, w want) string {
	var why []string
	if !strings.Contains(stripMarks(q.Text), stripMarks(w.quote)) {
		why = append(why, "text lacks "+w.quote)
	}
	if q.Direct != w.direct {
		why = append(why, "direct differs")
	}
	switch {
	case w.speaker == "" && q.Speaker != nil:
		why = append(why, "speaker "+q.Speaker.Text+", want none")
	case w.speaker != "" && q.Speaker == nil:
		why = append(why, "no speaker, want "+w.speaker)
	case w.speaker != "":
		if q.Speaker.Text != w.speaker {
			why = append(why, "speaker "+q.Speaker.Text+", want "+w.speaker)
		}
		if w.name == "-" && q.Speaker.Name != "" {
			why = append(why, "speaker name "+q.Speaker.Name+", want none")
		} else if w.name != "" && w.name != "-" && q.Speaker.Name != w.name {
			why = append(why, "speaker name "+q.Speaker.Name+", want "+w.name)
		}
		if w.country == "-" && q.Speaker.Country != "" {
			why = append(why, "speaker country "+q.Speaker.Country+", want none")
		} else if w.country != "" && w.country != "-" && q.Speaker.Country != w.country {
			why = append(why, "speaker country "+q.Speaker.Country+", want "+w.country)
		}
	}
	if w.via != "" && q.Via != w.via {
		why = append(why, "via "+q.Via+", want "+w.via)
	}
	return strings.Join(why, "; ")
}

func describe(qs []news.Quote) string {
	var b strings.Builder
	for _, q := range qs {
		sp := "<none>"
		if q.Speaker != nil {
			sp = q.Speaker.Text + " [" + q.Speaker.Name + " " + q.Speaker.Country + "]"
		}
		kind := "reported"
		if q.Direct {
			kind = "direct"
		}
		b.WriteString("  " + kind + " by " + sp + " via " + q.Via + ": " + q.Text + "\n")
	}
	return b.String()
}

// checkSpans checks the invariants of every quote: spans inside the text, in
// order, Text equal to the span for direct quotes, speaker spans inside too.
func checkSpans(t *testing.T, text string, qs []news.Quote) {
	t.Helper()
	for i, q := range qs {
		if q.Start < 0 || q.End > len(text) || q.Start > q.End {
			t.Fatalf("quote %d span [%d,%d) outside text of %d bytes", i, q.Start, q.End, len(text))
		}
		if q.Direct && text[q.Start:q.End] != q.Text {
			t.Errorf("quote %d: Text %q != text[Start:End] %q", i, q.Text, text[q.Start:q.End])
		}
		if i > 0 && qs[i-1].Start > q.Start {
			t.Errorf("quotes out of order at %d", i)
		}
		if sp := q.Speaker; sp != nil && (sp.Start < 0 || sp.End > len(text) || sp.Start > sp.End) {
			t.Errorf("quote %d: speaker span [%d,%d) outside text", i, sp.Start, sp.End)
		}
	}
}
