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
// مستوطنين منزلهم). It returns -1 if none.
func pronounOwner(s Sentence, from int) int {
	for pi := s.Phrases() - 1; pi >= 0; pi-- {
		ph := s.Phrase(pi)
		if ph.Start >= from || ph.End == from {
			continue
		}
		if ph.Actor && !ph.Person && !ph.PersonIn && ph.Prep == "" && (!ph.Place || people(s, ph.Start)) && !Where(s, pi) {
			return pi
		}
	}
	return -1
}

// Stem is the form of the token's stem, its clitics off (منزلهم → منزل),
// by which the coder knows a site that carries a pronoun.
func Stem(tk *news.Token) string {
	s, _ := lexicon.StemOf(tk)
	return s
}

// people reports whether the place phrase starting at j is a nisba that
// qualifies the noun before it, which names no place (رضيع فلسطيني: the
// Palestinian infant; not محافظة تكساس الأمريكية, a place's nisba).
func people(s Sentence, j int) bool {
	a, _ := s.Span()
	return morph.NisbaShape(s.Token(j).Word) && j > a && s.Token(j-1).Place == "" && s.Token(j-1).Cue != vocab.CueSite && s.Token(j-1).Phrase == 0
}
