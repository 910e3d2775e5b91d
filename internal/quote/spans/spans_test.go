package spans

import (
	"strings"
	"testing"

	"rasad/internal/arabic"
	"rasad/internal/news"
	"rasad/internal/quote/marks"
	"rasad/internal/tabletest"
)

// TestBefore quotes the clause of each row of testdata/before.txt before
// the attribution that opens at حسبما.
func TestBefore(t *testing.T) {
	tabletest.Strings(t, "Before", func(text string) string {
		toks := arabic.Tokenize(text)
		in := make([]bool, len(toks))
		for _, s := range marks.Pair(text, toks) {
			for j := s.Open; j <= s.End(); j++ {
				in[j] = true
			}
		}
		p := 0
		for p < len(toks) && toks[p].Text != "حسبما" {
			p++
		}
		out, ok := Before(text, toks, 0, p, func(j int) bool { return in[j] }, nil, news.Quote{})
		if !ok {
			return ""
		}
		return out[0].Text
	}, tabletest.Rows(t, "testdata/before.txt"))
}

// TestBeforeCovered appends nothing over a quote already there.
func TestBeforeCovered(t *testing.T) {
	text := "الأسعار سترتفع في الربع الأخير، حسبما يقول التجار"
	toks := arabic.Tokenize(text)
	prev := []news.Quote{{Start: 0, End: 10}}
	if out, ok := Before(text, toks, 0, 6, func(int) bool { return false }, prev, news.Quote{}); ok || len(out) != 1 {
		t.Errorf("Before over a quote = %v, %v, want nothing appended", out, ok)
	}
}

// TestAccord reads the source and the clause of each row of
// testdata/accord.txt.
func TestAccord(t *testing.T) {
	tabletest.Strings(t, "Accord", func(text string) string {
		toks := arabic.Tokenize(text)
		s, e, from, bare := Accord(toks, 0, len(toks), func(j int) bool { return j == 0 }, func(j int) bool {
			return toks[j].Norm == arabic.Normalize("فإن")
		})
		if from < 0 {
			return ""
		}
		out := text[toks[s].Start:toks[e-1].End] + " | " + toks[from].Text
		if bare {
			out += " | bare"
		}
		return out
	}, tabletest.Rows(t, "testdata/accord.txt"))
}

// TestGoesOn continues a quote that ends the sentence before, and only one.
func TestGoesOn(t *testing.T) {
	text := "وقال إن الطريق سيغلق. وإن الحافلات ستسلك طريقا آخر"
	toks := arabic.Tokenize(text)
	a := 0
	for toks[a].Text != "وإن" {
		a++
	}
	that := func(j int) bool { return toks[j].Text == "وإن" }
	for _, c := range []struct {
		end  int
		want bool
	}{{toks[a-2].End, true}, {toks[a-3].End, false}} {
		if got := GoesOn(toks, a, len(toks), c.end, that); got != c.want {
			t.Errorf("GoesOn(%q, end %d) = %v, want %v", text, c.end, got, c.want)
		}
	}
}

// TestSourced reads the clause of each row of testdata/sourced.txt that the
// source after its word of accord gives.
func TestSourced(t *testing.T) {
	accord := map[string]bool{"بحسب": true, "حسب": true, "وفق": true, "وفقا": true}
	tabletest.Strings(t, "Sourced", func(text string) string {
		toks := arabic.Tokenize(text)
		v := 0
		for v < len(toks) && !accord[toks[v].Text] {
			v++
		}
		from, to := Sourced(toks, 0, len(toks), v, v+3, func(j int) bool {
			return strings.HasPrefix(toks[j].Text, "و") && toks[j].Text != "ومن"
		})
		if from < 0 {
			return ""
		}
		for to > from && toks[to-1].Kind == news.Punctuation {
			to--
		}
		return text[toks[from].Start:toks[to-1].End]
	}, tabletest.Rows(t, "testdata/sourced.txt"))
}
