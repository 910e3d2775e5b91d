package frame

import (
	"strings"
	"testing"

	"rasad/internal/event/vocab"
)

// The owner of a thing an act hits, after a word of belonging or ل, past
// the thing's adjective; never a bare name after an adjective (a construct
// is not split by an adjective) nor one past a second thing.
func TestThingOwner(t *testing.T) {
	for _, tc := range []struct {
		name, sentence string
		things, lam    []string // words read as sites; phrases whose first word carries ل
		want           int
	}{
		{"belonging after an adjective", "دمرت* [القوات] خمس عجلات مفخخة تعود [لتنظيم داعش] .", []string{"عجلات"}, []string{"لتنظيم"}, 1},
		{"affiliation after an adjective", "استهدف* [المسلحون] قافلة عسكرية تابعة [للجيش] .", []string{"قافلة"}, []string{"للجيش"}, 1},
		{"ل after an adjective", "قصفت* [الطائرات] مستودعا كبيرا [لحزب الله] .", []string{"مستودعا"}, []string{"لحزب"}, 1},
		{"ل right after the thing", "فجر@ [انتحاري] نفسه على حاجز [لوحدات حماية الشعب] .", []string{"حاجز"}, []string{"لوحدات"}, 1},
		{"belonging right after the thing", "دمرت* [القوات] ثكنات تابعة [للمسلحين] .", []string{"ثكنات"}, []string{"للمسلحين"}, 1},
		{"no bare name after an adjective", "دمرت* [القوات] عجلات مفخخة [داعش] .", []string{"عجلات"}, nil, -1},
		{"no owner past two adjectives and no belonging", "قصفت* [الطائرات] قافلة عسكرية كبيرة قرب [الجيش] .", []string{"قافلة"}, nil, -1},
		{"a thing of nobody", "دمرت* [القوات] عجلات مفخخة .", []string{"عجلات"}, nil, -1},
	} {
		s := parse(tc.sentence)
		for j := range s.toks {
			for _, w := range tc.things {
				if s.toks[j].Norm == w {
					s.toks[j].Cue = vocab.CueSite
				}
			}
			for _, w := range tc.lam {
				if s.toks[j].Norm == w {
					s.toks[j].Prep = "ل"
					s.phr[s.toks[j].Phrase-1].Prep = "ل"
				}
			}
		}
		if got := siteOwner(s, 0); got != tc.want {
			t.Errorf("%s: %s: got phrase %d, want %d", tc.name, tc.sentence, got, tc.want)
		}
	}
}

// The genitive of an act noun whose genitive suffers it is a site, past
// a count; a count of people is none.
func TestObjectSite(t *testing.T) {
	for _, tc := range []struct {
		sentence string
		number   []string // number words
		want     bool
	}{
		{"تدمير خمس عجلات مفخخة", []string{"خمس"}, true},
		{"تدمير 3 عجلات", nil, true},
		{"تدمير عجلات", nil, true},
		{"مقتل 18 من [عناصر داعش]", nil, false},
		{"تدمير [الجيش]", nil, false},
	} {
		s := parse(tc.sentence)
		for j := range s.toks {
			if s.toks[j].Norm == "عجلات" {
				s.toks[j].Cue = vocab.CueSite
			}
			for _, w := range tc.number {
				if s.toks[j].Norm == w {
					s.toks[j].Cue = vocab.CueNumber
				}
			}
		}
		if got := ObjectSite(s, 1, len(s.toks)); got != tc.want {
			t.Errorf("ObjectSite(%s): got %v, want %v", tc.sentence, got, tc.want)
		}
	}
}

// A gathering before the seat of a party targets that party: the first
// site of the clause follows أمام; a site after في is only where. The
// seat may be of a body named in a construct (مقر بعثة الامم المتحدة).
func TestFacing(t *testing.T) {
	for _, tc := range []struct {
		name, sentence string
		facing         bool
		owner          int // SiteOwner's phrase
	}{
		{"before the seat", "تظاهر@ [المئات] امام مقر [الامم المتحدة] .", true, 1},
		{"before the seat of a body's mission", "تظاهر@ [المئات] امام مقر بعثة [الامم المتحدة] .", true, 1},
		{"in a camp", "تظاهر@ [المئات] في مخيم [جنين] .", false, 1},
		{"no genitive with the article on both", "تظاهر@ [المئات] امام المقر الرئيسي [الامم المتحدة] .", true, -1},
	} {
		s := parse(tc.sentence)
		for j := range s.toks {
			switch s.toks[j].Norm {
			case "امام":
				s.toks[j].IsPrep, s.toks[j].Prep, s.toks[j].Word = true, "امام", "امام"
			case "مقر", "مخيم", "المقر":
				s.toks[j].Cue = vocab.CueSite
			}
			s.toks[j].Definite = strings.HasPrefix(s.toks[j].Norm, "ال")
		}
		from := 2
		if got := Facing(s, from, len(s.toks)); got != tc.facing {
			t.Errorf("%s: Facing(%s): got %v, want %v", tc.name, tc.sentence, got, tc.facing)
		}
		if !tc.facing {
			continue
		}
		if got := SiteOwner(s, from, len(s.toks)); got != tc.owner {
			t.Errorf("%s: SiteOwner(%s): got %d, want %d", tc.name, tc.sentence, got, tc.owner)
		}
	}
}
