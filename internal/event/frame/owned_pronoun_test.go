package frame

import (
	"testing"

	"rasad/internal/event/vocab"
)

// A plural pronoun on the site hit, or after ل right after it (تجمعا
// لهم), refers to the group named before the act: the subject or object of an earlier clause, a people's nisba, never
// the doer named right before the site, a party a preposition governs, a
// place's nisba, nor the referent of a singular pronoun.
func TestPronounOwner(t *testing.T) {
	for _, tc := range []struct {
		name, sentence string
		places         []string // words of a place or its nisba
		want           int
	}{
		{"the group of the clause before", "اصيب [اطفال] حين هاجم@ [مستوطنون] منازلهم .", nil, 0},
		{"a people's nisba", "استشهد رضيع [فلسطيني] جراء احراق* [مستوطنين] منزلهم .", []string{"فلسطيني"}, 0},
		{"a singular pronoun: not resolved", "اصيب [طفل] حين هاجم@ [مستوطنون] منزله .", nil, -1},
		{"a party a preposition governs", "تحدث مع [الشرطة] عن هجوم* [مسلحين] على منزلهم .", nil, -1},
		{"a place's nisba", "قتل [اشخاص] في [تكساس] [الامريكية] اثر هجوم* [مسلحين] على منزلهم .", []string{"تكساس", "الامريكية"}, 0},
		{"a town after a word that heads a place", "هاجم@ مسلحون مواقع في شرق [الرمادي] ودمرت* بعض منازلهم .", []string{"الرمادي"}, -1},
		{"not past أن", "قال [المجلس] ان هاجمت* [القوات] منزلهم .", nil, -1},
		{"a gathering of theirs after ل", "تقدمت [القوات] حين هاجم@ [المسلحون] تجمعا لهم .", nil, 0},
		{"ل with a singular pronoun: not resolved", "تقدم [الجيش] حين هاجم@ [المسلحون] تجمعا له .", nil, -1},
		{"no group before the doer", "هاجم@ [المسلحون] تجمعا لهم .", nil, -1},
		{"a site named with no pronoun", "اصيب [اطفال] حين هاجم@ [مستوطنون] منازل .", nil, -1},
	} {
		s := parse(tc.sentence)
		for j := range s.toks {
			x := &s.toks[j]
			if x.Norm == "منازلهم" || x.Norm == "منزلهم" || x.Norm == "منزله" {
				x.Suffix, x.Site = true, true
			}
			if x.Norm == "منازل" {
				x.Cue = 0
			}
			if x.Norm == "تجمعا" {
				x.Cue = vocab.CueSite
			}
			for _, w := range tc.places {
				if x.Norm == w {
					x.Place, s.phr[x.Phrase-1].Place = "ZZZ", true
				}
			}
		}
		k := 0
		for s.toks[k].Norm != "هاجم" && s.toks[k].Norm != "احراق" && s.toks[k].Norm != "هجوم" && s.toks[k].Norm != "ودمرت" && s.toks[k].Norm != "هاجمت" {
			k++
		}
		if got := siteOwner(s, k); got != tc.want {
			t.Errorf("%s: %s: got phrase %d, want %d", tc.name, tc.sentence, got, tc.want)
		}
	}
	s := parse("احراق* [مستوطنين] منزلهم")
	s.toks[2].Suffix, s.toks[2].Site = true, true
	if !ObjectSite(s, 2, len(s.toks)) {
		t.Errorf("ObjectSite: a house with a plural pronoun is a site hit")
	}
}
