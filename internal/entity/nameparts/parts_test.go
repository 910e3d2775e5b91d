package nameparts_test

import (
	"testing"

	"rasad/internal/arabic"
	"rasad/internal/entity/nameparts"
	"rasad/internal/lexicon"
)

func TestFamilyWord(t *testing.T) {
	lx := lexicon.Default()
	for _, tt := range []struct {
		text string
		want bool
	}{
		{"قال عبد الله [العائد] إن", true}, // a dictionary word is a family name here
		{"قال محمد [الصابر] إن", true},
		{"زار نجيب [الأسبوع] الماضي", false}, // a word of time
		{"وصل محمد [اليوم] إلى", false},
		{"قال الأمين [العام] للأمم", false},    // العام, the year, is a word of time
		{"جامعة الإمام [الإسلامية] في", false}, // feminine: an adjective's
		{"قال محمد [تاج] إن", false},           // no article
		{"قال محمد [الصابر]", false},           // the last token: nothing follows
	} {
		toks, j := marked(t, tt.text)
		if got := nameparts.FamilyWord(lx, toks, j); got != tt.want {
			t.Errorf("FamilyWord(%q) = %v, want %v", tt.text, got, tt.want)
		}
	}
}

func TestPersonCue(t *testing.T) {
	lx := lexicon.Default()
	for text, want := range map[string]bool{"الفريق": true, "للناشط": true, "الطفل": true, "الكتاب": false, "العراق": false} {
		toks := arabic.Tokenize(text)
		arabic.DefaultSegmenter().Segment(toks)
		if got := nameparts.PersonCue(lx, &toks[0]); got != want {
			t.Errorf("PersonCue(%q) = %v, want %v", text, got, want)
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
