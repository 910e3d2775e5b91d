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

// TestFamilyDue: the words of the name are those after the first word of
// the text (a word of title or trade, or not), up to the last before the
// family name's place.
func TestFamilyDue(t *testing.T) {
	lx := lexicon.Default()
	for _, c := range []struct {
		text        string
		first, last int
		want        bool
	}{
		{"اللاعب حمد الجهيم المنتقل", 1, 1, true},
		{"الأستاذ خالد بن صالح العباد وزيرا", 1, 3, true},
		{"الأستاذ بكر بن عبد اللطيف الهبوب الى", 1, 4, true},
		{"اللاعب حسن معاذ الارتياح لدى", 1, 2, false},
		{"المدرب المعتمد الدكتور عبدالإله", 1, 1, false},
		{"وصل حمد الجهيم أمس", 1, 1, false},
	} {
		toks := arabic.Tokenize(c.text)
		arabic.DefaultSegmenter().Segment(toks)
		if got := nameparts.FamilyDue(lx, toks, c.first, c.last); got != c.want {
			t.Errorf("FamilyDue(%q, %d, %d) = %v, want %v", c.text, c.first, c.last, got, c.want)
		}
	}
}
