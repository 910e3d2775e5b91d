package frame

import (
	"rasad/internal/event/vocab"
	"rasad/internal/lexicon"
)

// The owner of a thing or a place an act hits, said by a word of
// belonging (lexicon class belonging: تعود, التابعة, العائد, المملوكة)
// before ل: تدمير خمس عجلات مفخخة تعود لتنظيم داعش, استهداف قافلة
// عسكرية تابعة للجيش. The thing is what was hit; whose it is, is whom.

// belonging reports whether x is a word of belonging.
func belonging(x Token) bool {
	l := lexicon.Default()
	return l.Has(x.Plain, "belonging") || l.Has(x.Word, "belonging")
}

// ownedAfter reports whether the word at q, right after a site noun or
// one plain word further (its adjective: عجلات مفخخة, قافلة عسكرية),
// is a plain adjective that a word of belonging or an owner after ل
// follows at once: the adjectives are passed over to reach the owner.
func ownedAfter(s Sentence, q, r int) bool {
	for n := q; n < r && n <= q+1; n++ {
		y := s.Token(n)
		if belonging(y) || y.Prep == "ل" && PhraseAt(s, n) >= 0 && s.Phrase(PhraseAt(s, n)).Actor {
			return n > q
		}
		if !plainWord(y) {
			return false
		}
	}
	return false
}

// plainWord reports whether x is a word that can qualify the noun before
// it: no name, preposition, act, number, cue or bound.
func plainWord(x Token) bool {
	return x.Phrase == 0 && x.Prep == "" && !x.IsPrep && !x.Bound && !x.Quote && !x.Number && !x.Event && !x.Verb && x.Cue == 0
}

// ObjectSite reports whether the object of the act noun whose arguments
// start at from (before r) is a thing or a place an act hits (lexicon cue
// site), past a number that counts it (تدمير خمس عجلات مفخخة): the
// genitive of a noun whose genitive suffers the act names what was hit,
// and the owner of that thing is whom it hit. A count of people (مقتل 18
// من عناصر داعش) is no site: the group counted is the target.
func ObjectSite(s Sentence, from, r int) bool {
	for j := from; j < r && j <= from+2; j++ {
		x := s.Token(j)
		if x.Number || x.Cue == vocab.CueNumber {
			continue
		}
		return x.Cue == vocab.CueSite
	}
	return false
}
