package doer

import (
	"strings"

	"rasad/internal/arabic"
	"rasad/internal/event/frame"
	"rasad/internal/event/morph"
	"rasad/internal/event/vocab"
)

// Undergone returns the verb of undergoing (تعرض, يتعرض, نجا) that takes
// the act noun at k as its complement, -1 if none: the noun written with ل
// right after the verb (تعرضت القوات لهجوم) or after the verb's subject
// (وتعرضت الحكومة العراقية لانتقادات شديدة), or the noun that a relative
// clause with that verb describes (الانتقادات التي تعرض لها). The subject
// of the verb is the one the act is done to, never its doer: the doer is
// the noun's genitive (لهجوم الحوثيين) or the one named after من قبل, على
// يد (Agent), else nobody of the sentence. subj is the verb's subject
// phrase when it stands between the verb and the noun, else -1. Only an
// act noun (noun) is undergone so: a verb at k gives -1, -1.
func Undergone(s frame.Sentence, k int, noun bool) (verb, subj int) {
	a, b := s.Span()
	if !noun {
		return -1, -1
	}
	if m := measured(s, k); m != k {
		k = m
	} else if t := s.Token(k); t.Prep == "" && !t.IsPrep && !t.Bound {
		if v, pi := faced(s, k); v >= 0 {
			return v, pi
		}
	}
	if t := s.Token(k); t.Prep == "ل" && !t.IsPrep {
		if k-1 < a {
			return -1, -1
		}
		if s.Token(k-1).Cue == vocab.CueUndergo {
			return k - 1, -1
		}
		if pi := s.Token(k-1).Phrase - 1; pi >= 0 && s.Phrase(pi).End == k && s.Phrase(pi).Prep == "" && !s.Phrase(pi).Coord {
			if j := s.Phrase(pi).Start - 1; j >= a && s.Token(j).Cue == vocab.CueUndergo {
				return j, pi
			}
		}
		return -1, -1
	}
	if j := k + 2; j < b && vocab.Relative(s.Token(k+1).Norm) && s.Token(j).Cue == vocab.CueUndergo {
		return j, -1
	}
	return -1, -1
}

// measured returns where the phrase that holds the act noun at k starts
// when a noun of amount with من stands before it (تعرض كيري لسيل جارف من
// الانتقادات, لموجة من الانتقادات, لوابل من القذائف): the word with ل two
// or three words before من, whose amount the act noun measures; else k.
func measured(s frame.Sentence, k int) int {
	a, _ := s.Span()
	if k-2 < a || s.Token(k-1).Norm != "من" {
		return k
	}
	for j := k - 2; j >= a && j >= k-3; j-- {
		if t := s.Token(j); t.Prep == "ل" && !t.IsPrep && !t.Event && !t.Verb && t.Phrase == 0 {
			return j
		}
		if t := s.Token(j); t.Event || t.Verb || t.Bound || t.Phrase != 0 || t.Prep != "" || t.IsPrep {
			return k
		}
	}
	return k
}

// faced returns the verb of facing (lexicon cue face) whose object is
// the act noun at k, written without a preposition (واجه الرئيس انتقادات
// حادة, تواجه الحكومة انتقادات): right before the noun, or before the
// verb's subject, up to six words that hold no event word, preposition or
// clause bound; subj is the actor phrase that opens that subject, -1 if
// none. It returns -1, -1 if no such verb stands there.
func faced(s frame.Sentence, k int) (verb, subj int) {
	a, _ := s.Span()
	for j := k - 1; j >= a && j >= k-7; j-- {
		t := s.Token(j)
		if t.Cue == vocab.CueFace {
			if j+1 < k && s.Token(j+1).Phrase != 0 && s.Phrase(s.Token(j+1).Phrase-1).Start == j+1 {
				return j, s.Token(j+1).Phrase - 1
			}
			return j, -1
		}
		if t.Event || t.Verb || t.Bound || t.Quote || t.Prep != "" || t.IsPrep || t.Number {
			break
		}
	}
	return -1, -1
}

// UndergoneBy returns the actor phrase that names the doer of the act noun
// at k, which a verb of undergoing takes, before r: the one after من قبل,
// على يد (Agent), else an actor phrase after من within four words of the
// noun (تعرض ميسي لانتقادات من مارادونا, تعرضوا لقصف عنيف من مقاتلات
// التحالف); -1 if none.
func UndergoneBy(s frame.Sentence, k, r int) int {
	if pi := Agent(s, k, r); pi >= 0 {
		return pi
	}
	for j := k + 1; j <= k+4 && j < r && !s.Token(j).Bound; j++ {
		if pi := frame.PhraseAt(s, j); pi >= 0 {
			if p := s.Phrase(pi); p.Prep == "من" && p.Actor {
				return pi
			}
		}
	}
	return -1
}

// Owner returns the phrase that names the body the possessive pronoun of
// the agent noun at start refers to (أعلن حزب الله أن مقاتليه قتلوا,
// أعلنت جبهة النصرة أن عناصرها): the nearest phrase before it in the
// sentence that names anyone (kind's named), if it names an organisation
// (kind's org) and agrees with the pronoun in gender (ها: a head in ة or
// ات, ه: another); -1 if none.
func Owner(s frame.Sentence, start int, kind func(pi int) (named, org bool)) int {
	pron := ""
	for _, pr := range morph.Pronouns()[:2] {
		if strings.HasSuffix(s.Token(start).Norm, pr) {
			pron = pr // (ها after ه: the longer ending wins)
		}
	}
	for pi := s.Phrases() - 1; pi >= 0 && pron != ""; pi-- {
		q := s.Phrase(pi)
		named, org := kind(pi)
		if q.End > start || !named {
			continue
		}
		head := s.Token(q.Start).Word
		if fem := strings.HasSuffix(head, string(arabic.TehMarbuta)) || strings.HasSuffix(head, "ات"); !org || fem != (pron == "ها") {
			return -1
		}
		return pi
	}
	return -1
}
