package spans

import (
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
