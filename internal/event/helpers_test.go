package event

import (
	"errors"
	"os"
	"sort"
	"strconv"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"rasad/internal/arabic"
	"rasad/internal/lexicon"
	"rasad/internal/news"
)

// actorEntry is one line of testdata/actors.txt: an Arabic name as written,
// and the entity it names. It stands in for the entity stage in tests.
type actorEntry struct {
	ar, name string
	typ      news.EntityType
	country  string
	actor    string
}

// readActors reads an actor list: `forms | Name | TYPE | CTRY | ACTOR`, the
// forms comma-separated.
func readActors(t testing.TB, path string) []actorEntry {
	t.Helper()
	f := openFile(t, path)
	var out []actorEntry
	err := lexicon.ReadLines(f, path, func(_ int, s string) error {
		p := strings.Split(s, "|")
		if len(p) != 5 {
			return errors.New("want 5 fields")
		}
		for i := range p {
			p[i] = strings.TrimSpace(p[i])
		}
		for _, form := range strings.Split(p[0], ",") {
			if form = strings.TrimSpace(form); form != "" {
				out = append(out, actorEntry{ar: form, name: p[1], typ: news.EntityType(p[2]), country: p[3], actor: p[4]})
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return out
}

// isProclitic reports whether r may be attached before a name (و ف ب ل ك).
func isProclitic(r rune) bool {
	switch r {
	case arabic.Waw, arabic.Feh, arabic.Beh, arabic.Lam, arabic.Kaf:
		return true
	}
	return false
}

// findWord returns the byte offsets where w occurs in text as a word, with
// at most two proclitics before it.
func findWord(text, w string) []int {
	var out []int
	for from := 0; ; {
		i := strings.Index(text[from:], w)
		if i < 0 {
			return out
		}
		i += from
		from = i + 1
		j := i + len(w)
		if j < len(text) {
			r, _ := utf8.DecodeRuneInString(text[j:])
			if unicode.IsLetter(r) || arabic.IsMark(r) {
				continue
			}
		}
		k := i
		ok := false
		for n := 0; n <= 2; n++ {
			if k == 0 {
				ok = true
				break
			}
			r, size := utf8.DecodeLastRuneInString(text[:k])
			if !unicode.IsLetter(r) && r != arabic.Tatweel {
				ok = true
				break
			}
			if !isProclitic(r) || n == 2 {
				break
			}
			k -= size
		}
		if ok {
			out = append(out, i)
		}
	}
}

// buildDoc analyses text as the pipeline will once the entity stage lands:
// tokens, sentences, and the entities of the actor list found by string
// search (longest names first, no overlaps).
func buildDoc(text, published string, actors []actorEntry) *news.Document {
	doc := &news.Document{Text: text, Published: published}
	doc.Tokens = arabic.Tokenize(text)
	doc.Sentences = arabic.Sentences(text, doc.Tokens)
	sorted := append([]actorEntry(nil), actors...)
	sort.SliceStable(sorted, func(i, j int) bool { return len(sorted[i].ar) > len(sorted[j].ar) })
	taken := make([]bool, len(text))
	index := map[string]int{}
	for _, a := range sorted {
		for _, at := range findWord(text, a.ar) {
			end := at + len(a.ar)
			free := true
			for k := at; k < end; k++ {
				if taken[k] {
					free = false
					break
				}
			}
			if !free {
				continue
			}
			for k := at; k < end; k++ {
				taken[k] = true
			}
			key := a.name + "|" + a.country
			ei, ok := index[key]
			if !ok {
				ei = len(doc.Entities)
				index[key] = ei
				doc.Entities = append(doc.Entities, news.Entity{
					ID: "e" + strconv.Itoa(ei), Name: a.name, NameAr: a.ar, Type: a.typ,
					Country: a.country, Actor: a.actor,
				})
			}
			e := &doc.Entities[ei]
			e.Mentions = append(e.Mentions, news.Mention{Start: at, End: end, Text: a.ar})
		}
	}
	for i := range doc.Entities {
		m := doc.Entities[i].Mentions
		sort.Slice(m, func(a, b int) bool { return m[a].Start < m[b].Start })
	}
	return doc
}

// addMention adds a mention of the entity named name at the occurrence of
// word inside context.
func addMention(t testing.TB, doc *news.Document, name, context, word string) {
	t.Helper()
	at := strings.Index(doc.Text, context)
	if at < 0 {
		t.Fatalf("context %q not found", context)
	}
	at += strings.Index(context, word)
	for i := range doc.Entities {
		if doc.Entities[i].Name == name {
			doc.Entities[i].Mentions = append(doc.Entities[i].Mentions, news.Mention{Start: at, End: at + len(word), Text: word})
			return
		}
	}
	t.Fatalf("no entity %q", name)
}

// span returns the byte span of s in text, which must occur once at least.
func span(t testing.TB, text, s string) (int, int) {
	t.Helper()
	i := strings.Index(text, s)
	if i < 0 {
		t.Fatalf("%q not found", s)
	}
	return i, i + len(s)
}

// openFile opens the test's file at path, to be closed when the test ends;
// a file that does not open fails the test.
func openFile(t testing.TB, path string) *os.File {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { f.Close() })
	return f
}
