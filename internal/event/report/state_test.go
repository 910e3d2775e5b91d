package report

import (
	"strings"
	"testing"

	"rasad/internal/arabic"
	"rasad/internal/tabletest"
)

// clauseWords builds the words of a sentence written for a test: a word
// ending in + is an event verb in the present, ^ one in the past, * an
// event noun, @ a word of an actor's name; "،" and "." bound clauses. The
// conjunction و and the article are cut off Rest as the coder cuts them;
// a present verb that opens with س is in the future.
func clauseWords(s string) []Word {
	var ws []Word
	for _, f := range strings.Fields(s) {
		w := Word{Text: true}
		switch {
		case strings.HasSuffix(f, "+"):
			w.Verb, w.Present, w.Code = true, true, "050"
			w.Future = strings.HasPrefix(f, "س") // (ستطالب)
		case strings.HasSuffix(f, "^"):
			w.Verb, w.Code = true, "050"
		case strings.HasSuffix(f, "*"):
			w.Code = "050"
		case strings.HasSuffix(f, "@"):
			w.Actor = true
		}
		f = strings.TrimRight(f, "+^*@")
		w.Norm = arabic.Normalize(f)
		rest := w.Norm
		if f == "،" || f == "." {
			w.Bound, w.Text = true, false
		} else if strings.HasPrefix(rest, "و") && len([]rune(rest)) > 3 {
			rest, w.Conj = strings.TrimPrefix(rest, "و"), true
		}
		if r, ok := arabic.CutArticle(rest); ok {
			rest, w.Article = r, true
		}
		w.Rest = rest
		ws = append(ws, w)
	}
	return ws
}

// TestState runs the rules of a present that states how things are, or is
// planned, over sentences written for them: each row marks the act by its
// index.
func TestState(t *testing.T) {
	tabletest.Verdicts(t, "testdata/state.tsv", 4, map[string]func([]Word, int) bool{
		"Existing": Existing, "Explaining": Explaining, "Compared": Compared,
		"Soon": Soon, "Existent": Existent, "Unconfirmed": Unconfirmed,
	}, func(t *testing.T, f func([]Word, int) bool, a []string) bool {
		return f(clauseWords(a[0]), tabletest.Int(t, a[1]))
	})
}
