package doer

import (
	"rasad/internal/event/frame"
	"rasad/internal/lexicon"
)

// Ascribed returns the verb of ascribing (lexicon class ascribe-verb: نسب,
// نسبت, تنسب; or ascribe-participle, منسوب, right after the act noun it
// describes) that names the doer of the act at k, and the actor phrase
// after its إلى, that doer; -1 for either that is missing (نسبته السلطات
// إلى التمرد: ascribed, to no actor named). The verb describes the act noun within four words
// before it (في هجوم نسب إلى حزب العمال, هجوم نسبته السلطات إلى
// المتمردين), or opens a clause of the sentence before the act, with no
// other act between (وفي حادثة منفصلة نسبت أيضا إلى حزب العمال الكردستاني،
// قتل جندي تركي). The phrase after إلى comes within three words of the
// verb (its subject, an adverb between). Who suffers the act is never the
// one it is ascribed to: the doer is the one after إلى, whatever the
// voice of the verb.
func Ascribed(s frame.Sentence, k int) (verb, pi int) {
	a, b := s.Span()
	for j := k + 1; j < b && j <= k+4; j++ {
		if x := s.Token(j); ascribes(x, "ascribe-verb") || j == k+1 && ascribes(x, "ascribe-participle") {
			return j, ascribedTo(s, j)
		} else if x.Event || x.Quote || x.Bound && j > k+1 {
			break
		}
	}
	for j := k - 1; j >= a && j >= k-12; j-- {
		x := s.Token(j)
		if ascribes(x, "ascribe-verb") {
			return j, ascribedTo(s, j)
		}
		if x.Event || x.Quote {
			break
		}
	}
	return -1, -1
}

// ascribes reports whether x is a word of the lexicon class c, no act and
// no part of a name.
func ascribes(x frame.Token, c string) bool {
	d := lexicon.Default()
	return !x.Event && x.Phrase == 0 && (d.Has(x.Plain, c) || d.Has(x.Word, c))
}

// ascribedTo returns the actor phrase that إلى (or ل, as headlines write
// it) governs within three words after the verb at j, -1 if none.
func ascribedTo(s frame.Sentence, j int) int {
	_, b := s.Span()
	for q := j + 1; q < b && q <= j+4; q++ {
		x := s.Token(q)
		if x.IsPrep && x.Word == "الي" {
			if pi := frame.PhraseAt(s, q+1); pi >= 0 && s.Phrase(pi).Actor {
				return pi
			}
			return -1
		}
		if pi := frame.PhraseAt(s, q); x.Prep == "ل" && pi >= 0 {
			if s.Phrase(pi).Actor && s.Phrase(pi).Start == q {
				return pi // نسب لحزب العمال: ل for إلى, as headlines write it
			}
			return -1
		}
		if x.Bound || x.Quote || x.Event {
			return -1
		}
	}
	return -1
}

// counted reports whether a word of the lexicon class act-count stands
// within two words before the act at k (عدة عمليات خطف, مجموعة هجمات).
func counted(s frame.Sentence, k int) bool {
	a, _ := s.Span()
	for j := k - 1; j >= a && j >= k-2; j-- {
		if lexicon.Default().Has(s.Token(j).Plain, "act-count") {
			return true
		}
	}
	return false
}
