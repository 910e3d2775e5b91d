package frame

import (
	"strings"
	"testing"
)

// A weapon or a vehicle stands for its owner when a word of belonging
// after it, or after one adjective, names the owner after ل; never for a
// party named otherwise, nor is a force (no weapon) replaced by the state
// it belongs to. A unit named as a site's genitive (a camp, a base) stands
// for its owner likewise.
func TestWielder(t *testing.T) {
	checkInts(t, "Wielder", 4, func(r []string) int {
		s := parse(r[1])
		for _, p := range s.phr {
			if strings.HasPrefix(s.toks[p.Start].Norm, "لل") || strings.HasPrefix(s.toks[p.Start].Norm, "لا") {
				s.phr[s.toks[p.Start].Phrase-1].Prep = "ل"
			}
		}
		return Wielder(s, atoi(t, "Wielder", r[2]))
	})
}

// A definite act noun right after a verb, or after a quantifier after it,
// is that verb's subject, and the phrase after it is the verb's object
// (or the owner of the weapon it names); an indefinite act noun, or one
// after a noun, is none.
func TestActSubject(t *testing.T) {
	for _, tc := range []struct {
		name, sentence string
		verb, object   int // -1: none
	}{
		{"after a quantifier", "دمرت@ احدي الغارات* [دبابة] تابعة [للحزب] .", 0, 1},
		{"right after the verb", "قتلت@ الغارات* [عناصر] من [الحزب] .", 0, 0},
		{"indefinite", "دمرت@ غارات* [مخزنا] .", -1, -1},
		{"after a noun", "استمرار الغارات* [مخزنا] .", -1, -1},
	} {
		s := parse(tc.sentence)
		k := -1
		for j := range s.toks {
			s.toks[j].Definite = strings.HasPrefix(s.toks[j].Norm, "ال")
			if s.toks[j].Noun {
				k = j
			}
		}
		for _, p := range s.phr {
			if strings.HasPrefix(s.toks[p.Start].Norm, "لل") {
				s.phr[s.toks[p.Start].Phrase-1].Prep = "ل"
			}
		}
		v := ActSubject(s, k)
		obj := -1
		if v >= 0 {
			obj = ActObject(s, k)
		}
		if v != tc.verb || obj != tc.object {
			t.Errorf("%s: %s: got verb %d object %d, want %d and %d", tc.name, tc.sentence, v, obj, tc.verb, tc.object)
		}
	}
}
