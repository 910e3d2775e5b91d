package force

import (
	"strings"
	"testing"

	"rasad/internal/event/frame"
	"rasad/internal/event/frame/frametest"
)

func TestPossessor(t *testing.T) {
	// words apart by spaces; [ ] an actor phrase, ل+ its word after ل, @ a
	// name in it, # a place; * the act's noun, % another event word, _ a
	// preposition written as a word; و+ a phrase joined by و
	for _, tc := range []struct {
		name, s, code string
		tgt           []string
		want          bool
	}{
		{"attack of a group", "قتل ضابط في *هجوم [ل+@داعش] على الحدود", "190", []string{"على", "ضد"}, true},
		{"an adjective between", "في *هجوم جديد [ل+@داعش] على الحدود", "190", []string{"على", "ضد"}, true},
		{"raids of the coalition", "في *غارات [ل+قوات التحالف] على صنعاء", "195", []string{"على", "ضد"}, true},
		{"an agent noun that refers back", "في *هجوم [ل+التنظيم] على موقع", "190", []string{"على", "ضد"}, false},
		{"ل introduces the object", "في *قصف [ل+@داعش]", "190", []string{"على", "ل"}, false},
		{"the object is the genitive", "*اقتحام [ل+@داعش]", "190", []string{"_"}, false},
		{"no object of its own", "*سيارة مفخخة [ل+@داعش]", "1832", nil, false},
		{"a place", "*غارات [ل+#@الرقة]", "195", []string{"على", "ضد"}, false},
		{"not an act of force", "*اعتقال [ل+@داعش]", "1711", []string{"على"}, false},
		{"too far", "*هجوم سيجذب الانتباه [ل+@داعش]", "190", []string{"على", "ضد"}, false},
		{"an event word between", "*هجوم %يستهدف [ل+@داعش]", "190", []string{"على", "ضد"}, false},
		{"a preposition between", "*هجوم _في [ل+@داعش]", "190", []string{"على", "ضد"}, false},
		{"a phrase joined after it", "*غارات كثيفة [ل+@داعش] [و+@الحوثيين] يتقدمون", "195", []string{"على", "ضد"}, false},
		{"a phrase with no ل", "*هجوم [@داعش] على الحدود", "190", []string{"على", "ضد"}, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			at := -1
			s := frametest.Parse(tc.s, func(w string) frame.Token {
				var x frame.Token
				switch {
				case strings.HasPrefix(w, "*"):
					w, x.Event, x.Noun = w[1:], true, true
				case strings.HasPrefix(w, "%"):
					w, x.Event = w[1:], true
				case strings.HasPrefix(w, "_"):
					w, x.IsPrep = w[1:], true
				}
				for _, c := range []string{"ل+", "و+", "#", "@"} {
					w = strings.TrimPrefix(w, c)
				}
				x.Word = strings.TrimPrefix(w, "ال")
				return x
			})
			for j, w := range strings.Fields(tc.s) {
				if strings.HasPrefix(w, "*") {
					at = j
				}
			}
			for pi := range s.Phr {
				w := strings.TrimPrefix(strings.Fields(tc.s)[s.Phr[pi].Start], "[")
				if strings.HasPrefix(w, "ل+") {
					s.Phr[pi].Prep = "ل"
				}
				s.Phr[pi].Coord = strings.HasPrefix(w, "و+")
				w = strings.TrimPrefix(strings.TrimPrefix(w, "ل+"), "و+")
				s.Phr[pi].Place = strings.HasPrefix(w, "#")
				s.Phr[pi].Named = strings.Contains(w, "@")
			}
			pi := -1
			for q := range s.Phr {
				if s.Phr[q].Start > at {
					pi = q
					break
				}
			}
			if got := Possessor(s, at, pi, tc.code, tc.tgt); got != tc.want {
				t.Errorf("Possessor(%s, %s, %v) = %v, want %v", tc.s, tc.code, tc.tgt, got, tc.want)
			}
		})
	}
}

func TestJoined(t *testing.T) {
	for _, tc := range []struct {
		name, code, next string
		and, adjacent    bool
		want             bool
	}{
		{"shelling and attack", "190", "190", true, true, true},
		{"raids and attack, one root", "195", "190", true, true, true},
		{"not joined by و", "190", "190", false, true, false},
		{"not right after", "190", "190", true, false, false},
		{"an arrest joined to shelling", "190", "1711", true, true, false},
		{"a bombing joined to an attack: two roots", "190", "183", true, true, false},
		{"words joined to words", "111", "111", true, true, false},
		{"a code shorter than a root (never a panic)", "2", "20", true, true, false},
	} {
		if got := Joined(tc.code, tc.next, tc.and, tc.adjacent); got != tc.want {
			t.Errorf("%s: Joined(%s, %s, %v, %v) = %v, want %v", tc.name, tc.code, tc.next, tc.and, tc.adjacent, got, tc.want)
		}
	}
}
