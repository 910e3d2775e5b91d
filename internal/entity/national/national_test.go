package national_test

import (
	"testing"

	"rasad/internal/actor"
	"rasad/internal/arabic"
	"rasad/internal/entity/national"
	"rasad/internal/news"
)

// words tokenises and segments text, with the search key of each word.
func words(text string) ([]news.Token, []string) {
	toks := arabic.Tokenize(text)
	arabic.DefaultSegmenter().Segment(toks)
	keys := make([]string, len(toks))
	for i, t := range toks {
		if t.Kind == news.Word {
			keys[i] = arabic.SearchKey(t.Norm)
		}
	}
	return toks, keys
}

func TestState(t *testing.T) {
	b := national.New(actor.Default())
	for _, tt := range []struct {
		name    string
		text    string
		i       int
		covered []int  // tokens a mention covers
		code    string // "" for no state body
		last    int
		place   string // the country of a place mention after it
		home    string
		owner   string
		ownerOK bool
	}{
		// أصدرت(0) المحكمة(1) الجزائية(2) المتخصصة(3) حكما(4)
		{"a court of three words, the longest name", "أصدرت المحكمة الجزائية المتخصصة حكما", 1, nil, "JUD", 3, "", "SAU", "SAU", true},
		// وأحيلت(0) القضية(1) للنيابة(2) العامة(3) .(4)
		{"a prosecution after ل", "وأحيلت القضية للنيابة العامة.", 2, nil, "JUD", 3, "", "KWT", "KWT", true},
		// رجال(0) القوات(1) المسلحة(2) وحرس(3) الحدود(4)
		{"the armed forces before a body joined by و", "رجال القوات المسلحة وحرس الحدود", 1, nil, "MIL", 2, "", "SAU", "SAU", true},
		{"the border guard", "رجال القوات المسلحة وحرس الحدود", 3, nil, "COP", 4, "", "SAU", "SAU", true},
		// محكمة(0) الاستئناف(1) الفيدرالية(2)
		{"a definite word after it may continue the name", "محكمة الاستئناف الفيدرالية", 0, nil, "", 0, "", "USA", "", false},
		// رئيس(0) الأمن(1) العام(2) في(3) دبي(4)
		{"placed by a place after في", "رئيس الأمن العام في دبي", 1, []int{4}, "COP", 2, "ARE", "EGY", "ARE", true},
		// القوات(0) المسلحة(1) المصرية(2)
		{"a nisba after it may be its adjective", "القوات المسلحة المصرية", 0, []int{2}, "", 0, "", "SAU", "", false},
		// مثل(0) أمام(1) النيابة(2) العامة(3) مرسي(4)
		{"a mention after it that is no place makes another phrase", "مثل أمام النيابة العامة مرسي", 2, []int{4}, "JUD", 3, "", "EGY", "", false},
		// حرس(0) الحدود(1) في(2) هذه(3) الدول(4)
		{"in the countries a demonstrative points to", "حرس الحدود في هذه الدول", 0, nil, "COP", 1, "", "SAU", "", false},
		{"no country the article is about", "أصدرت المحكمة الجزائية المتخصصة حكما", 1, nil, "JUD", 3, "", "", "", false},
		// المحكمة(0) قالت(1)
		{"a head alone is no state body", "المحكمة قالت", 0, nil, "", 0, "", "SAU", "", false},
	} {
		toks, keys := words(tt.text)
		at := make([]int, len(toks))
		for _, k := range tt.covered {
			at[k] = 1
		}
		code, last, _ := b.State(toks, keys, tt.i, at)
		if code != tt.code || code != "" && last != tt.last {
			t.Errorf("%s: State(%q, %d) = %q, %d, want %q, %d", tt.name, tt.text, tt.i, code, last, tt.code, tt.last)
		}
		if code == "" {
			continue
		}
		owner, ok := national.Owner(toks, last, at, func(int) string { return tt.place }, tt.home)
		if owner != tt.owner || ok != tt.ownerOK {
			t.Errorf("%s: Owner(%q) = %q, %v, want %q, %v", tt.name, tt.text, owner, ok, tt.owner, tt.ownerOK)
		}
	}
}
