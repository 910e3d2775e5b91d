package locale

import (
	"strings"
	"testing"

	"rasad/internal/event/frame"
	"rasad/internal/event/frame/frametest"
)

// parse reads a sentence written for a test: words apart by spaces, *word
// a mention of the place tested (name 1), ب+word a word with the attached
// preposition بـ, في the preposition as a word. Words are written
// normalised.
func parse(sentence string) *frametest.Sentence {
	return frametest.Parse(sentence, func(w string) frame.Token {
		t := frame.Token{}
		if rest, ok := strings.CutPrefix(w, "ب+"); ok {
			t.Prep, w = Bi, rest
		}
		if rest, ok := strings.CutPrefix(w, "*"); ok {
			t.Actor, t.NameStart, w = 1, true, rest
		}
		if w == Fi {
			t.IsPrep, t.Prep = true, Fi
		}
		t.Norm, t.Word, t.Plain = w, strings.TrimPrefix(w, "ال"), w
		return t
	})
}

func TestSetting(t *testing.T) {
	none := func(string) bool { return false }
	for _, r := range []struct {
		name, sentence string
		governs        func(string) bool
		want           bool
	}{
		{"a town after بـ is where two meet", "واجتمع الوزيران ب+*جدة امس", Governed("040", []string{"ب", "مع"}), true},
		{"a town after في is the scene", "وتعمل الفصائل المسلحة في *حمص منذ سنوات", none, true},
		{"the genitive of a noun of place after في", "وتعمل الفصائل المسلحة في مدينة *حمص منذ سنوات", none, true},
		{"the genitive of a noun of place with بـ", "واعتقلت الشرطة رجلا ب+محافظة *الخرج", none, true},
		{"the subject is a party", "ورفضت *انقرة الطلب", none, false},
		{"one mention as the subject is enough to keep it", "وقالت *انقرة ان الاجتماع عقد في *انقرة", none, false},
		{"the genitive of another noun stays its owner", "وقالت شرطة *الخرج ان", none, false},
		{"a verb that governs بـ takes the place after it", "ورحب الوزير ب+*جدة", Governed("051", []string{"ب"}), false},
		{"a verb that governs في takes the place after it", "وشارك الجيش في *حمص", Governed("061", []string{"في"}), false},
		{"a place not named is no setting", "واجتمع الوزيران امس", none, false},
	} {
		t.Run(r.name, func(t *testing.T) {
			if got := Setting(parse(r.sentence), 1, r.governs); got != r.want {
				t.Errorf("Setting(%q) = %v, want %v", r.sentence, got, r.want)
			}
		})
	}
}
