package frame

import "rasad/internal/event/vocab"

// Relative returns, for the passive verb at k right after a relative
// pronoun (الذي, التي, الذين, اللذين), the actor phrase that ends just
// before the pronoun, with the article: the noun the clause describes,
// which the pronoun stands for as the verb's subject, the one who
// suffered the act (عثر على الشرطيين اللذين قتلا برصاصة: the policemen
// were killed). A verb that the sentence may read either way (قتل, أطلق)
// is active when a definite noun or an actor follows it, its object: then
// the noun before the pronoun is the doer (الشرطي الذي أطلق النار عليه),
// and it returns other (the patient the caller found another way), as it
// does without such a pronoun.
func Relative(s Sentence, k, other int) int {
	a, b := s.Span()
	if k-2 < a || k+1 >= b || !vocab.Relative(s.Token(k-1).Norm) || s.Token(k-2).Phrase == 0 || s.Token(k+1).Phrase != 0 || s.Token(k+1).Definite && s.Token(k+1).Prep == "" && !s.Token(k+1).IsPrep {
		return other
	}
	pi := s.Token(k-2).Phrase - 1
	if ph := s.Phrase(pi); ph.End != k-1 || !ph.Actor || !s.Token(ph.Start).Definite {
		return other
	}
	return pi
}
