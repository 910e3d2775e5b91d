package arabic

import (
	"testing"
	"unicode/utf8"

	"rasad/internal/tabletest"
)

func TestStem(t *testing.T) {
	s := DefaultSegmenter()
	tabletest.Strings(t, "Stem", s.Stem, tabletest.Rows(t, "testdata/stem.tsv"))
}

// TestCutArticle: the word without its article, "-" where ال is no
// article (Definite is false exactly there).
func TestCutArticle(t *testing.T) {
	cut := func(w string) string {
		rest, ok := CutArticle(w)
		if ok != Definite(w) {
			t.Errorf("CutArticle(%q) says %v, Definite %v", w, ok, !ok)
		}
		if !ok {
			return "-"
		}
		return rest
	}
	tabletest.Strings(t, "CutArticle", cut, tabletest.Rows(t, "testdata/cutarticle.tsv"))
}

func TestAtLeastRunes(t *testing.T) {
	words := []string{"", "a", "ab", "و", "ال", "الي", "وزير", "al-وزير", "\xff", "\xffا", "ا\xd8", "\xd8\xa7\xa7", "ﻻ", "وَزِير",
		"\xc2\x80", "\xc1\x80", "\xdf\xbf\xdf", "\xe0\xa0\x80ب", "\xd8A", "\xd8\xc0", "a\xd8"}
	for _, w := range words {
		for n := -1; n <= 8; n++ {
			if got, want := AtLeastRunes(w, n), utf8.RuneCountInString(w) >= n; got != want {
				t.Errorf("AtLeastRunes(%q, %d) = %v, want %v", w, n, got, want)
			}
		}
		if got, want := OneRune(w), utf8.RuneCountInString(w) == 1; got != want {
			t.Errorf("OneRune(%q) = %v, want %v", w, got, want)
		}
	}
}
