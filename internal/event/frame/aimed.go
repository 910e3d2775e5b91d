package frame

import (
	"rasad/internal/event/vocab"
	"rasad/internal/lexicon"
)

// Aimed returns, for an act of force at k (force true), the one that a
// clause of aiming which describes the act names: after the act noun (k
// itself, or the noun of the act that a verb at k takes as its object
// after from, past its subject, as شن does) and up to three of its
// adjectives, a verb of aiming (lexicon
// class aim: استهدف, تستهدف) directly when the noun is indefinite (شنت
// المقاتلات أعنف ضربات تستهدف المقاتلين الأكراد) or after a relative
// pronoun (العملية الانتحارية التي استهدفت تجمعا لناشطين); the verb's
// object, or the owner of the site or thing it names (Owner), is the one
// struck, never the place where the site is.
// It returns other when the caller found one already (غارات استهدفت مباني
// تتمركز فيها مليشيا الحوثي: the militia, not the town of the buildings),
// when there is no such clause or it names no one, and for an act that is
// no use of force (أدان الهجوم الذي استهدف السفارة:
// the condemnation is of the attackers, not of the embassy).
func Aimed(s Sentence, k, from, r int, force bool, other int) int {
	if !force || other >= 0 {
		return other
	}
	_, b := s.Span() // (the clause of k ends at the relative pronoun: the one after it is read to the sentence's end)
	n := k
	if !s.Token(k).Noun {
		n = from // past the verb's subject
	}
	for n < r && n <= from+6 && !s.Token(n).Noun {
		if x := s.Token(n); x.Bound || x.Quote || x.Phrase != 0 && s.Phrase(x.Phrase-1).Actor || x.IsPrep || x.Verb { // (الليلة الماضية أعنف: the time, an adjective)
			return other
		}
		n++
	}
	for v := n + 1; v < b && v <= n+4; v++ {
		x := s.Token(v)
		switch {
		case lexicon.Default().Has(x.Norm, "aim") && v+1 < b:
			if pi := PhraseAt(s, v+1); pi >= 0 && s.Phrase(pi).Prep == "" && s.Phrase(pi).Actor {
				return pi
			}
			return Owner(s, v+1, b) // مواقع حزب العمال, تجمعا لناشطين: whose sites, whose gathering (never the town they are in)
		case vocab.Relative(x.Norm):
			continue
		case x.Bound || x.Quote || x.Phrase != 0 && s.Phrase(x.Phrase-1).Actor || x.IsPrep || x.Verb || x.Event || x.Prep != "":
			return other
		}
	}
	return other
}
