package frame

import (
	"strings"

	"rasad/internal/event/morph"
	"rasad/internal/event/vocab"
	"rasad/internal/lexicon"
	"rasad/internal/news"
)

// The owner of a site named by a pronoun attached to it (منزلهم, مقرهم,
// مواقعهم): a plural pronoun refers back to a group the sentence named
// before the act (استشهد رضيع فلسطيني وأصيب ثلاثة آخرون من عائلته من جراء
// إحراق مستوطنين منزلهم: the family's house), and the one whose site was
// hit is whom the act targets.

// pluralOwned reports whether the site word x carries a plural or dual
// pronoun of the third person (منزلهم, منزلهما, مواقعهم).
func pluralOwned(x Token) bool {
	return x.Site && (strings.HasSuffix(x.Norm, "هم") || strings.HasSuffix(x.Norm, "هما"))
}

// pronounOwner returns the phrase a plural pronoun on a site refers to:
// the nearest actor phrase before from (where the act's arguments start)
// that names a group: no person, who is one; no phrase a preposition
// governs (an agent after من قبل, a place after في, a party after ل:
// whose the site is, a subject or an object says); no place, which is
// where, but a nisba of people (رضيع فلسطيني); it passes over the phrase
// that ends at from (the doer named right before the site: إحراق
// مستوطنين منزلهم). The search stops at أن or إن: the words of a report
// refer within it, not to the one who reports (قال المتحدث باسم مجلس
// المحافظة إن القوات هاجمت مواقع لداعش ودمرت آلياتهم). It returns -1 if
// none.
func pronounOwner(s Sentence, from int) int {
	a, _ := s.Span()
	for j := from - 1; j >= a; j-- {
		x := s.Token(j)
		if x.Phrase == 0 {
			if vocab.Subordinate(x.Plain) || vocab.Subordinate(x.Norm) {
				return -1
			}
			continue
		}
		pi := x.Phrase - 1
		ph := s.Phrase(pi)
		j = ph.Start
		if ph.End != from && ph.Actor && !ph.Person && !ph.PersonIn && ph.Prep == "" && (!ph.Place || people(s, ph.Start)) && !Where(s, pi) {
			return pi
		}
	}
	return -1
}

// people reports whether the place phrase starting at j is a nisba that
// qualifies the noun before it, which names no place and heads none
// (رضيع فلسطيني: the Palestinian infant; not محافظة تكساس الأمريكية, a
// place's nisba, nor شرق الرمادي, a town after a word that heads a
// place: lexicon class loc-cue).
func people(s Sentence, j int) bool {
	a, _ := s.Span()
	if !morph.NisbaShape(s.Token(j).Word) || j <= a {
		return false
	}
	y := s.Token(j - 1)
	return y.Place == "" && y.Cue != vocab.CueSite && y.Phrase == 0 && !lexicon.Default().Has(y.Plain, "loc-cue")
}

// Stem is the form of the token's stem, its clitics off (منزلهم → منزل),
// by which the coder knows a site that carries a pronoun.
func Stem(tk *news.Token) string {
	s, _ := lexicon.StemOf(tk)
	return s
}
