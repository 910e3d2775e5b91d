package when

import (
	"testing"

	"rasad/internal/arabic"
)

func TestSince(t *testing.T) {
	tests := []struct {
		name, text, word string
		want             bool
	}{
		{"the act of a منذ أن clause", "تصاعدت الهجمات منذ أن بدأت أنقرة حملة ضربات جوية", "ضربات", true},
		{"its verb", "تراجعت الأسعار منذ أن أعلنت الحكومة الخطة", "أعلنت", true},
		{"after a conjunction", "ارتفع عدد اللاجئين ومنذ أن اندلعت المعارك في المدينة", "المعارك", true},
		{"without hamza", "لم يزر البلاد منذ ان غادرها الرئيس", "غادرها", true},
		{"the noun right after منذ", "تتعرض الحكومة لانتقادات منذ الهجوم على المدينة", "الهجوم", true},
		{"the main clause before it", "تصاعدت الهجمات منذ أن بدأت أنقرة حملة ضربات", "الهجمات", false},
		{"a new clause with و", "منذ أن بدأت الحرب وتواصل القصف على المدينة", "القصف", false},
		{"a verb with و after the clause", "منذ أن بدأت الحرب وتصاعدت الهجمات", "وتصاعدت", false},
		{"after a comma", "منذ أن بدأت الحرب، قصفت الطائرات المدينة", "قصفت", false},
		{"too far from منذ أن", "منذ أن قرر الرئيس أن يعين في منصبه الجديد الذي تولاه أخيرا رئيسا للجنة التفاوض", "التفاوض", false},
		{"منذ with a count is not a clause", "قتل الجنود منذ ثلاثة أيام في هجوم", "هجوم", false},
		{"أن without منذ", "أعلن الجيش أن الطائرات قصفت المدينة", "قصفت", false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			toks := segmented(arabic.Tokenize(tc.text))
			k := -1
			for i, tok := range toks {
				if tok.Text == tc.word {
					k = i
				}
			}
			if k < 0 {
				t.Fatalf("no word %q in %q", tc.word, tc.text)
			}
			if got := Since(toks, k); got != tc.want {
				t.Errorf("Since(%q, %q) = %v, want %v", tc.text, tc.word, got, tc.want)
			}
		})
	}
}
