package span_test

import (
	"strings"
	"testing"

	"rasad/internal/arabic"
	"rasad/internal/entity/span"
	"rasad/internal/ner"
	"rasad/internal/news"
	"rasad/internal/tabletest"
)

// TestMend mends the recogniser's span marked in each row's text.
func TestMend(t *testing.T) {
	seg := arabic.DefaultSegmenter()
	tabletest.Strings(t, "Mend", func(row string) string {
		typ, text, _ := strings.Cut(row, " ")
		open, end := strings.Index(text, "["), strings.Index(text, "]")
		if open < 0 || end < open {
			t.Fatalf("no span marked by [ ] in %q", row)
		}
		text = text[:open] + text[open+1:end] + text[end+1:]
		end-- // in text without the [
		toks := arabic.Tokenize(text)
		seg.Segment(toks)
		f, l := -1, -1
		for i, tok := range toks {
			if tok.Kind == news.Word && f < 0 && tok.End > open {
				f = i // a [ inside a word starts the span there, after a clitic
			}
			if tok.Kind == news.Word && tok.End <= end {
				l = i
			}
		}
		if f < 0 || l < f {
			t.Fatalf("the span marked in %q holds no word", row)
		}
		in := []ner.Span{{First: f, Last: l, Start: max(toks[f].Start, open), End: toks[l].End, Type: news.EntityType(typ)}}
		var got []string
		for _, s := range span.Mend(text, toks, in, seg) {
			got = append(got, text[s.Start:s.End])
		}
		return strings.Join(got, "|")
	}, tabletest.Rows(t, "testdata/mend.tsv"))
}
