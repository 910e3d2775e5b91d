package span_test

import (
	"testing"

	"rasad/internal/arabic"
	"rasad/internal/entity/span"
	"rasad/internal/ner"
	"rasad/internal/news"
)

func TestMend(t *testing.T) {
	tests := []struct {
		name, text  string
		first, last int // the recogniser's span, in words
		typ         news.EntityType
		want        []string
	}{
		{"two people joined by و are two", "سجل دافيد لويز ودي ماريا", 1, 4, news.PER, []string{"دافيد لويز", "دي ماريا"}},
		{"a body keeps its و", "وزارة الشباب والرياضة", 0, 2, news.ORG, []string{"وزارة الشباب والرياضة"}},
		{"a verb of speech is no given name", "دان مسعود البرزاني الهجوم", 0, 2, news.PER, []string{"مسعود البرزاني"}},
		{"a title alone is no name", "وصل الملك", 1, 1, news.PER, nil},
		{"a head noun alone without the article is no name", "منظمة", 0, 0, news.ORG, nil},
		{"a body ends before a participle joined by و", "وزارة التعليم والمنتشرة في المدن", 0, 2, news.ORG, []string{"وزارة التعليم"}},
		{"a body ends before a person joined by و", "مجلس الإدارة والعضو المنتدب", 0, 3, news.ORG, []string{"مجلس الإدارة"}},
		{"a son's name runs over his father's and family's", "وقال وليد بن على الجلال إن", 1, 2, news.PER, []string{"وليد بن على الجلال"}},
		{"ابن and a common word is no father", "ابني عبد الرحمن ابن التاسعة عشرة", 1, 3, news.PER, []string{"عبد الرحمن ابن"}},
	}
	seg := arabic.DefaultSegmenter()
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			toks := arabic.Tokenize(tc.text)
			seg.Segment(toks)
			var words []int
			for i, tok := range toks {
				if tok.Kind == news.Word {
					words = append(words, i)
				}
			}
			f, l := words[tc.first], words[tc.last]
			in := []ner.Span{{First: f, Last: l, Start: toks[f].Start, End: toks[l].End, Type: tc.typ}}
			var got []string
			for _, s := range span.Mend(tc.text, toks, in, seg) {
				got = append(got, tc.text[s.Start:s.End])
			}
			if len(got) != len(tc.want) {
				t.Fatalf("Mend(%q) = %q, want %q", tc.text, got, tc.want)
			}
			for i := range got {
				if got[i] != tc.want[i] {
					t.Errorf("Mend(%q) = %q, want %q", tc.text, got, tc.want)
				}
			}
		})
	}
}
