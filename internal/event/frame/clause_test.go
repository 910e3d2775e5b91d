package frame

import (
	"strings"
	"testing"

	"rasad/internal/event/vocab"
)

// TestAimed: the object of a verb of aiming in a clause that describes an
// act of force is the one it strikes: after an indefinite act noun
// directly, after a definite one through a relative pronoun, or the owner
// of the site it names; not for an act that is no use of force, nor when
// the clause is no clause of aiming.
func TestAimed(t *testing.T) {
	for _, tt := range []struct {
		name, sentence string
		force          bool
		want           int // the phrase; 9 stands for the other the caller gives
	}{
		{"strikes aiming at fighters", "شنت@ [المقاتلات] الليلة اعنف ضربات* تستهدف [المقاتلين] في [العراق] .", true, 1},
		{"an operation that aimed at a gathering", "العملية* الانتحارية التي استهدفت تجمعا [ل_ناشطين] في [سروج] .", true, 0},
		{"the sites of a party", "شن@ [الجيش] غارات* استهدفت مواقع [حزب العمال] .", true, 1},
		{"a condemnation is no use of force", "ادان@ [الوزير] الهجوم* الذي استهدف [السفارة] .", false, 9},
		{"no verb of aiming", "شن@ [الجيش] غارات* اسفرت عن مقتل [مسلحين] .", true, 9},
		{"no site: the act's object reads whose", "شن@ [الطيران] غارات* استهدفت رتلا [عسكريا] تابعا [ل_الحوثيين] .", true, 9},
		{"found already", "شن@ [الجيش] غارات* استهدفت [المسلحين] .", true, 9},
		{"another actor between", "شن@ [الجيش] غارات* على [القرية] تستهدف [المسلحين] .", true, 9},
	} {
		f := nameParse(tt.sentence)
		for j := range f.toks {
			if strings.HasPrefix(f.toks[j].Norm, "ل_") {
				f.toks[j].Prep = "ل"
			}
			if f.toks[j].Norm == "تجمعا" {
				f.toks[j].Cue = vocab.CueSite
			}
		}
		from := 1
		for from < len(f.toks) && f.toks[from].Phrase != 0 {
			from++ // past the subject
		}
		other := -1
		if tt.name == "found already" {
			other = 9
		}
		if got := Aimed(f, 0, from, len(f.toks), tt.force, other); got != tt.want && !(got == -1 && tt.want == 9) {
			t.Errorf("%s: Aimed(%q) = %d, want %d", tt.name, tt.sentence, got, tt.want)
		}
	}
}

// TestRelative: a passive verb right after a relative pronoun has for its
// subject the definite actor noun before the pronoun, the one who
// suffered the act; not when an object follows the verb (then it is
// active), the noun is indefinite or no actor, or no pronoun stands
// between.
func TestRelative(t *testing.T) {
	for _, tt := range []struct {
		name, sentence string
		want           int // the phrase; 9 stands for the other the caller gives
	}{
		{"the two policemen killed", "عثر علي [الشرطيين] اللذين قتلا@ ب_رصاصة .", 0},
		{"the soldiers killed, a place after", "شيع [الاهالي] [الجنود] الذين قتلوا@ في [حلب] .", 1},
		{"an adverb of manner after", "توفي والد [الرضيع] الذي قتل@ حرقا .", 0},
		{"an object after: active", "برأت [الهيئة] [الشرطي] الذي اطلق@ النار .", 9},
		{"an actor after: active", "اعتقلت [الشرطة] [المسلح] الذي قتل@ [الجندي] .", 9},
		{"no relative pronoun", "عثر علي [الشرطيين] قتلا@ ب_رصاصة .", 9},
		{"no actor before", "عثر علي السيارة التي سرقت@ ب_الامس .", 9},
	} {
		f := nameParse(tt.sentence)
		for j := range f.toks {
			f.toks[j].Definite = f.toks[j].Definite || strings.HasPrefix(f.toks[j].Norm, "ال")
		}
		k := -1
		for j, x := range f.toks {
			if x.Verb {
				k = j
			}
		}
		if got := Relative(f, k, 9); got != tt.want {
			t.Errorf("%s: Relative(%q) = %d, want %d", tt.name, tt.sentence, got, tt.want)
		}
	}
}
