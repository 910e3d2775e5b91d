package span_test

import (
	"testing"

	"rasad/internal/arabic"
	"rasad/internal/news"
)

// phrase is a row of a test that tells one kind of word: the phrase, and
// whether the test is to say it is of that kind.
type phrase struct {
	phrase string
	want   bool
}

// checkPhrases runs is, the test called name, on the tokens of each row's
// phrase, segmented as the recogniser's are.
func checkPhrases(t *testing.T, name string, is func(toks []news.Token, seg *arabic.Segmenter) bool, rows []phrase) {
	t.Helper()
	seg := arabic.DefaultSegmenter()
	for _, tc := range rows {
		toks := arabic.Tokenize(tc.phrase)
		seg.Segment(toks)
		if got := is(toks, seg); got != tc.want {
			t.Errorf("%s(%s) = %v, want %v", name, tc.phrase, got, tc.want)
		}
	}
}
