package frame

import (
	"rasad/internal/event/vocab"
	"rasad/internal/lexicon"
)

// Relative returns, for the passive verb at k right after a relative
// pronoun (الذي, التي, الذين, اللذين), the definite actor phrase that ends
// just before the pronoun: the pronoun stands for it as the verb's subject,
// the one who suffered the act (عثر على الشرطيين اللذين قتلا برصاصة). A
// verb read either way (قتل, أطلق) is active when a definite noun or an
// actor follows it, its object, and the noun is then the doer (الشرطي الذي
// أطلق النار): it returns other, the patient found another way, as it does
// without such a pronoun. A name set off by a comma before the pronoun is
// one too (بن همام، الذي وضع تحت الإقامة الجبرية: a relative clause that
// describes the one named).
func Relative(s Sentence, k, other int) int {
	a, b := s.Span()
	if k-2 < a || k+1 >= b || !vocab.Relative(s.Token(k-1).Norm) || s.Token(k+1).Phrase != 0 || s.Token(k+1).Definite && s.Token(k+1).Prep == "" && !s.Token(k+1).IsPrep {
		return other
	}
	end := k - 1 // where the antecedent ends
	if x := s.Token(k - 2); x.Bound && vocab.Comma(x.Norm) && k-3 >= a && s.Token(k-3).Phrase != 0 && s.Phrase(s.Token(k-3).Phrase-1).Named {
		end = k - 2
	}
	if s.Token(end-1).Phrase == 0 {
		return other
	}
	pi := s.Token(end-1).Phrase - 1
	if ph := s.Phrase(pi); ph.End != end || !ph.Actor || !s.Token(ph.Start).Definite && !ph.Named {
		return other
	}
	return pi
}

// Aimed returns, for an act of force at k (force), the one a clause of
// aiming that describes the act names: after the act noun (k, or the noun
// a verb at k such as شن takes as its object after from, past its
// subject) and its adjectives, a verb of aiming (lexicon class aim:
// استهدف, تستهدف) directly after an indefinite noun (شنت المقاتلات أعنف
// ضربات تستهدف المقاتلين الأكراد) or after a relative pronoun (العملية
// التي استهدفت تجمعا لناشطين); its object, or the owner of the site it
// names (Owner), never the place where that is. It returns other when the
// caller found one already, when no such clause names one, and for an act
// that is no use of force (أدان الهجوم الذي استهدف السفارة: the attackers).
func Aimed(s Sentence, k, from, r int, force bool, other int) int {
	if !force || other >= 0 {
		return other
	}
	_, b := s.Span() // (the clause of k ends at the relative pronoun: the one after it is read to the sentence's end)
	n := k
	if !s.Token(k).Noun {
		n = from // past the verb's subject
	}
	for ; n < r && n <= from+6 && !s.Token(n).Noun; n++ {
		if x := s.Token(n); x.Bound || x.Quote || x.Phrase != 0 && s.Phrase(x.Phrase-1).Actor || x.IsPrep || x.Verb { // (الليلة الماضية أعنف: the time, an adjective)
			return other
		}
	}
	for v := n + 1; v < b && v <= n+4; v++ {
		switch x := s.Token(v); {
		case lexicon.Default().Has(x.Norm, "aim") && v+1 < b:
			if pi := PhraseAt(s, v+1); pi >= 0 && s.Phrase(pi).Prep == "" && s.Phrase(pi).Actor {
				return pi
			}
			if s.Token(v+1).Cue != vocab.CueSite {
				return other // رتلا عسكريا تابعا للحوثيين: no site; the act's own object reads whose
			}
			return Owner(s, v+1, b) // مواقع حزب العمال, تجمعا لناشطين: whose sites, whose gathering
		case x.Bound && !vocab.Relative(x.Norm) || x.Quote || x.Phrase != 0 && s.Phrase(x.Phrase-1).Actor || x.IsPrep || x.Verb || x.Event || x.Prep != "":
			return other
		}
	}
	return other
}
