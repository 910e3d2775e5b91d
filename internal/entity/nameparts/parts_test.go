package nameparts_test

import (
	"testing"

	"rasad/internal/arabic"
	"rasad/internal/entity/nameparts"
	"rasad/internal/lexicon"
	"rasad/internal/news"
)

func TestPersonCue(t *testing.T) {
	lx := lexicon.Default()
	for _, kind := range []struct {
		name string
		is   func(*lexicon.Lexicon, *news.Token) bool
		rows map[string]bool
	}{
		{"PersonCue", nameparts.PersonCue, map[string]bool{"الفريق": true, "للناشط": true, "الطفل": true, "الإعلامية": true, "الكتاب": false, "العراق": false}},
		{"Royal", nameparts.Royal, map[string]bool{"الملك": true, "والأمير": true, "الشيخ": true, "الفريق": false, "الملكية": false}},
	} {
		for text, want := range kind.rows {
			toks := arabic.Tokenize(text)
			arabic.DefaultSegmenter().Segment(toks)
			if got := kind.is(lx, &toks[0]); got != want {
				t.Errorf("%s(%q) = %v, want %v", kind.name, text, got, want)
			}
		}
	}
}

func TestSkeleton(t *testing.T) {
	if a, b := nameparts.Skeleton(arabic.SearchKey("بوريس")), nameparts.Skeleton(arabic.SearchKey("بورس")); a != b {
		t.Errorf("Skeleton(بوريس) = %q, Skeleton(بورس) = %q, want the same", a, b)
	}
	if a, b := nameparts.Skeleton(arabic.SearchKey("بوريس")), nameparts.Skeleton(arabic.SearchKey("بوتين")); a == b {
		t.Errorf("Skeleton(بوريس) = Skeleton(بوتين) = %q, want them apart", a)
	}
}

func TestFoldedArticle(t *testing.T) {
	for text, want := range map[string]bool{"آلان": true, "ألبرت": true, "الآن": false, "الرئيس": false, "وآلان": true, "محمد": false} {
		toks := arabic.Tokenize(text)
		arabic.DefaultSegmenter().Segment(toks)
		if got := nameparts.FoldedArticle(toks[0]); got != want {
			t.Errorf("FoldedArticle(%q) = %v, want %v", text, got, want)
		}
	}
}
