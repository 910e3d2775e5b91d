package force

import (
	"strings"
	"testing"

	"rasad/internal/event/frame"
	"rasad/internal/event/frame/frametest"
	"rasad/internal/event/vocab"
)

func TestSides(t *testing.T) {
	party := testParty
	for _, tc := range []struct {
		name, doer, target, code, scene, wantDoer, wantTarget string
	}{
		{"a commander calls on soldiers of no country: his own", "KAHWAJI/LBN/LBNMIL", "العسكريين//MIL", "020", "", "LBN/LBNMIL", "LBN/LBNMIL"},
		{"an army praises policemen: not of its role", "الجيش/EGY/EGYMIL", "الشرطيين//COP", "051", "", "EGY/EGYMIL", "/COP"},
		{"a police chief thanks policemen: his own", "مدير الشرطة/JOR/JORCOP", "الشرطيين//COP", "051", "", "JOR/JORCOP", "JOR/JORCOP"},
		{"an army threatens soldiers: another's", "الجيش/ISR/ISRMIL", "الجنود//MIL", "130", "", "ISR/ISRMIL", "/MIL"},
		{"an army strikes soldiers: another's", "الجيش/TUR/TURMIL", "جنودا//MIL", "190", "", "TUR/TURMIL", "/MIL"},
		{"a minister calls on soldiers: not of his role", "الوزير/IRQ/IRQGOV", "الجنود//MIL", "020", "", "IRQ/IRQGOV", "/MIL"},
		{"soldiers named by another's country stay so", "الجيش/LBN/LBNMIL", "الجنود/SYR/SYRMIL", "020", "", "LBN/LBNMIL", "SYR/SYRMIL"},
		{"rebels fight a regime's forces: its rebels", "مقاتلي المعارضة//REB", "قوات النظام/SYR/SYRMIL", "190", "", "SYR/SYRREB", "SYR/SYRMIL"},
		{"rebels attack a country's police: its rebels", "مسلحون//REB", "الشرطة/EGY/EGYCOP", "193", "", "EGY/EGYREB", "EGY/EGYCOP"},
		{"soldiers killed by nobody named at a scene: the scene's", "//", "جنديين//MIL", "190", "TUR", "/", "TUR/TURMIL"},
		{"policemen bombed at a scene: the scene's", "//", "شرطيين//COP", "183", "EGY", "/", "EGY/EGYCOP"},
		{"a foreign army strikes soldiers at a scene: the scene's", "الجيش/TUR/TURMIL", "جنودا//MIL", "190", "SYR", "TUR/TURMIL", "SYR/SYRMIL"},
		{"an army strikes soldiers at home: not its own", "الجيش/TUR/TURMIL", "جنودا//MIL", "190", "TUR", "TUR/TURMIL", "/MIL"},
		{"soldiers met at a scene: no act of force", "//", "جنود//MIL", "040", "IRQ", "/", "/MIL"},
		{"soldiers with their country keep it", "//", "جنود/USA/USAMIL", "190", "IRQ", "/", "USA/USAMIL"},
		{"gunmen nobody names stay of no country", "مسلحون مجهولون//UAF", "الشرطة/EGY/EGYCOP", "190", "", "/UAF", "EGY/EGYCOP"},
		{"rebels against a country's civilians: no side of it", "مسلحون//REB", "مدنيين/IRQ/IRQCVL", "190", "", "/REB", "IRQ/IRQCVL"},
		{"rebels who call on the army: no fight", "المتمردون//REB", "الجيش/YEM/YEMMIL", "020", "", "/REB", "YEM/YEMMIL"},
		{"a numbered division at a scene: the scene's", "AL-NUSRA/SYR/SYRREB", "الفرقة 30//", "181", "SYR", "SYR/SYRREB", "SYR/SYR"},
		{"a numbered brigade with its country stays so", "COALITION/SAU/SAUMIL", "اللواء 55/YEM/YEMMIL", "195", "YEM", "SAU/SAUMIL", "YEM/YEMMIL"},
		{"a division with no scene: no country", "AL-NUSRA/SYR/SYRREB", "الفرقة 30//", "181", "", "SYR/SYRREB", "/"},
		{"a general's rank is no unit", "AL-NUSRA/SYR/SYRREB", "اللواء محمد//", "181", "SYR", "SYR/SYRREB", "/"},
		{"a unit with no number is no numbered unit", "AL-NUSRA/SYR/SYRREB", "الفرقة الرابعة//", "181", "SYR", "SYR/SYRREB", "/"},
		{"a named group keeps its own country", "AL-NUSRA//REB", "الجيش/SYR/SYRMIL", "190", "", "/REB", "SYR/SYRMIL"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			doer := party(tc.doer)
			got := Sides(&doer, party(tc.target), tc.code, tc.scene)
			if d, g := doer.Country+"/"+doer.Actor, got.Country+"/"+got.Actor; d != tc.wantDoer || g != tc.wantTarget {
				t.Errorf("Sides(%s, %s, %s) = %s, %s; want %s, %s", tc.doer, tc.target, tc.code, d, g, tc.wantDoer, tc.wantTarget)
			}
		})
	}
}

func TestLed(t *testing.T) {
	// words apart by spaces; [ ] an actor phrase, * the act's word, ^ a
	// word of the day (vocab.CueRecent), ! another event word, a verb, %
	// another event word, a noun
	for _, tc := range []struct {
		s    string
		want bool
	}{
		{"واصل [طيران التحالف] شن *غاراته", true},
		{"[طيران التحالف العربي] !شن مساء^ أول من أمس^ قرابة خمس *غارات", true},
		{"[طيران التحالف العربي] !شن على مدى أول ثلاثة من الأيام قرابة خمس *غارات", false},
		{"[طيران التحالف العربي] %قصف الأحياء و*غارات", false},
		{"[طيران التحالف] سمع !وقصف *غارات", false},
		{"قال [طيران التحالف] إن المسلحين !هاجموا و*قصفوا", false},
		{"قال [المسلحون] إنهم *قصفوا", false},
		{"وقال إن [التحالف] شن *غارة", true},
	} {
		at := -1
		s := frametest.Parse(tc.s, func(w string) frame.Token {
			var x frame.Token
			switch {
			case strings.HasPrefix(w, "*"):
				w = w[1:]
				at = -2
			case strings.HasPrefix(w, "!"):
				w, x.Event, x.Verb = w[1:], true, true
			case strings.HasPrefix(w, "%"):
				w, x.Event = w[1:], true
			case strings.HasSuffix(w, "^"):
				w, x.Cue = strings.TrimSuffix(w, "^"), vocab.CueRecent
			}
			x.Word = strings.TrimPrefix(w, "ال")
			if x.Word == "تحالف" {
				x.Word = w
			}
			return x
		})
		for j := range s.Toks {
			if strings.HasPrefix(strings.Fields(tc.s)[j], "*") {
				at = j
			}
		}
		if got := Led(s, at); got != tc.want {
			t.Errorf("Led(%s) = %v, want %v", tc.s, got, tc.want)
		}
	}
}
