package frame

import (
	"rasad/internal/arabic"
	"rasad/internal/event/vocab"
	"rasad/internal/lexicon"
)

// The owner of a thing or a place an act hits, said by a word of
// belonging (lexicon class belonging: تعود, التابعة, العائد, المملوكة)
// before ل: تدمير خمس عجلات مفخخة تعود لتنظيم داعش, استهداف قافلة
// عسكرية تابعة للجيش. The thing is what was hit; whose it is, is whom.

// belonging reports whether x is a word of belonging.
func belonging(x Token) bool { return classed(x, "belonging") }

// classed reports whether x, as written or without its article, is of a
// lexicon class.
func classed(x Token, class string) bool {
	l := lexicon.Default()
	return l.Has(x.Plain, class) || l.Has(x.Word, class)
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
		if n > q && construct(s, q, n) {
			return true // مقر بعثة الأمم المتحدة: the seat of the UN's mission
		}
		if !plainWord(y) {
			return false
		}
	}
	return false
}

// construct reports whether the word at q, with no article, heads a
// construct whose genitive is the actor phrase that starts at n, right
// after it and with the article (مقر بعثة الأمم المتحدة, مقر قيادة
// الجيش): the site is of that actor. An adjective has no genitive: a
// name after it with no article is not one (عجلات مفخخة داعش).
func construct(s Sentence, q, n int) bool {
	pi := PhraseAt(s, n)
	return pi >= 0 && !s.Token(q).Definite && s.Phrase(pi).Start == n && s.Phrase(pi).Prep == "" && s.Phrase(pi).Actor && s.Token(n).Definite
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
		return x.Cue == vocab.CueSite || pluralOwned(x)
	}
	return false
}

// Facing reports whether the first site that SiteOwner reads in the
// clause (from, r) follows أمام at once (تظاهرة أمام مقر بعثة الأمم
// المتحدة, اعتصموا أمام السفارة الأمريكية): a gathering before the seat
// of a party is held toward that party, so the owner of the site is whom
// it targets. A site after في is where it gathers, no one's (تظاهروا في
// مخيم جنين).
func Facing(s Sentence, from, r int) bool {
	for j := from; j < r && j <= from+10; j++ {
		x := s.Token(j)
		if x.Bound || x.Verb {
			return false
		}
		if x.Cue == vocab.CueSite {
			return j > from && s.Token(j-1).IsPrep && s.Token(j-1).Word == facing
		}
	}
	return false
}

// facing is أمام as the tokens hold it (normalised).
var facing = arabic.Normalize("أمام")
