package doer

import (
	"strings"
	"testing"

	"rasad/internal/event/frame/frametest"
)

// The sentences of these tables were written for them (events107).

// accusation reads the notation of TestUnknownName (appeal), and besides:
// a word that opens with ب carries it (بدعم, بإذكاء), one that opens with
// ف carries that conjunction (فاتهمت), a comma sets nothing aside, and a
// phrase that opens with و right after another is joined to it.
func accusation(s string) *frametest.Sentence {
	f := appeal(s)
	for j := range f.Toks {
		x := &f.Toks[j]
		x.Aside = j
		if x.Prep == "" && !x.Definite && strings.HasPrefix(x.Norm, "ب") && len([]rune(x.Norm)) >= 3 {
			x.Prep, x.Word = "ب", strings.TrimPrefix(x.Norm, "ب")
		}
		if strings.HasPrefix(x.Norm, "ف") && len([]rune(x.Norm)) > 3 {
			x.Plain = strings.TrimPrefix(x.Norm, "ف")
		}
	}
	for i := 1; i < len(f.Phr); i++ {
		if p := &f.Phr[i]; p.Start == f.Phr[i-1].End && strings.HasPrefix(f.Toks[p.Start].Norm, "و") {
			p.Coord = true
		}
	}
	return f
}

func TestCharged(t *testing.T) {
	for _, c := range []struct {
		name, sentence, code string
		want                 bool // the phrase right after the verb is the one accused
	}{
		{"a definite body before the charge, the accuser the verb's pronoun", "واتهمت [المعارضة] بإذكاء التوترات", "112", true},
		{"a state before the charge", "واتهم [الولايات المتحدة] بدعم الإرهاب", "112", true},
		{"two accused joined by و", "واتهم [الحوثيين] [وقوات صالح] بالتخطيط لمجزرة", "112", true},
		{"the responsibility laid by حمّل", "وحمل [الحكومة الإسرائيلية] المسؤولية الكاملة", "112", true},
		{"the accuser before the accused", "واتهمت [إيران] [السعودية] بدعم الإرهاب", "112", false},
		{"a manner adverb is no charge", "واتهمت [الحكومة] بشدة [تركيا] بدعم الإرهاب", "112", false},
		{"a word of time before the accused", "واتهمت [الحكومة] أمس% [تركيا] بدعم الإرهاب", "112", false},
		{"the verb has its object pronoun", "واتهمته~ [المحكمة] بالفساد", "112", false},
		{"a demand's single noun is its subject", "وطالبت [الحكومة] بوقف القتال", "100", false},
	} {
		s := accusation(c.sentence)
		if got := Charged(s, 0, 0, c.code); got != c.want {
			t.Errorf("%s: Charged(%s) = %v, want %v", c.name, c.sentence, got, c.want)
		}
	}
}

func TestAccuser(t *testing.T) {
	for _, c := range []struct {
		name, sentence, code string
		want                 bool // the words after the verb are its unnamed subject, the phrase the one accused
	}{
		{"a surname no actor names accuses a state", "واتهم المالكي [السعودية] بدعم الإرهاب", "112", true},
		{"a ministry with its nisba lays the responsibility", "وحملت الخارجية الفلسطينية [الحكومة الإسرائيلية] المسؤولية", "112", true},
		{"a demand is left to UnknownName", "وطالب التركي [الحكومة العراقية] بأن تراعي حقوق الجوار", "100", false},
		{"the accused not followed by the charge", "واتهم المالكي [السعودية] أمس% بدعم الإرهاب", "112", false},
		{"a bare word is left to UnknownName", "واتهم أكبر أغا [الحكومة] بالفساد", "112", false},
		{"a word of time is no subject", "واتهمت أمس% [الحكومة] بالفساد", "112", false},
		{"the verb has its object pronoun", "واتهمه~ المالكي [السعودية] بدعم الإرهاب", "112", false},
		{"not an act of accusation or demand", "وانتقد المالكي [السعودية] بشدة", "111", false},
	} {
		s := accusation(c.sentence)
		if got := Accuser(s, 0, 1, c.code); got != c.want {
			t.Errorf("%s: Accuser(%s) = %v, want %v", c.name, c.sentence, got, c.want)
		}
	}
}

func TestCharge(t *testing.T) {
	for _, c := range []struct {
		name, word string
		want       bool
	}{
		{"a charge under ب", "بالتقاعس", true},
		{"the responsibility", "المسؤولية", true},
		{"an adverb of manner", "بشدة", false},
		{"a word of time", "أمس%", false},
	} {
		s := accusation(c.word)
		if got := Charge(s.Token(0)); got != c.want {
			t.Errorf("%s: Charge(%s) = %v, want %v", c.name, c.word, got, c.want)
		}
	}
}
