package doer

import (
	"strings"

	"rasad/internal/arabic"
	"rasad/internal/event/frame"
	"rasad/internal/event/vocab"
	"rasad/internal/lexicon"
)

// NamelessSubject reports whether the words from j, right after the verb at
// k, are its subject though they name no actor, so that the verb's doer is
// named in its clause and no doer of a sentence before is: a dual noun
// with its adjective (DualSubject), or, after a verb that takes no direct
// object (transitive false: صرح, أكد أن), a noun of kinship (lexicon class
// kin) in construct with the one it relates (وصرح والد الفتاة لصحيفة:
// the girl's father spoke). After a verb that takes an object the noun of
// kinship may be that object (وعزى والد الشهيد: he consoled the martyr's
// father), and is left to the subject search.
//
// A definite noun right after the verb, naming no actor, before a count
// (CountingSubject) or, with its adjectives of relation, before a definite
// actor phrase (DescribedSubject) is its subject too.
func NamelessSubject(s frame.Sentence, k, j int, transitive bool) bool {
	return DualSubject(s, k, j) || !transitive && KinSubject(s, k, j) || transitive && (CountingSubject(s, k, j) || DescribedSubject(s, k, j))
}

// CountingSubject reports whether the word at j, right after the verb at
// k, is a definite noun that names no actor (no phrase, no preposition, no
// word of time: الأربعاء; no formation its number names: الفرقة 17, lexicon
// class unit) with a number right after it: the verb's
// subject, the count its object (وخطفت الجبهة 8 عناصر من الفرقة, وأعدمت
// الجماعة ثلاثة من أسراها): in the order verb–subject–object the count
// after the subject is what the act struck, never its doer, whom the
// subject search would otherwise look for past it.
func CountingSubject(s frame.Sentence, k, j int) bool {
	_, b := s.Span()
	if j != k+1 || j+1 >= b {
		return false
	}
	t, n := s.Token(j), s.Token(j+1)
	return t.Definite && t.Phrase == 0 && t.Actor == 0 && t.Prep == "" && !t.IsPrep && !t.Bound && !t.Event && !t.Quote && t.Cue == vocab.CueNone && !lexicon.Default().Has(t.Word, "unit") &&
		(n.Number || n.Cue == vocab.CueNumber)
}

// CountingEnd returns where the object begins after the subject at j that
// CountingSubject finds (j+1) or DescribedSubject does, or 0.
func CountingEnd(s frame.Sentence, k, j int) int {
	if CountingSubject(s, k, j) {
		return j + 1
	}
	return describedEnd(s, k, j)
}

// KinSubject reports whether the word at j, right after the verb at k, is
// a noun of kinship (lexicon class kin: والد, شقيق, نجل) without the article
// or a preposition, part of no name or actor phrase, in construct with a
// definite noun that names no actor (والد الفتاة, شقيق الضحية): a relative
// of someone the entity stage does not name. A relative of an actor (نجل
// الرئيس هادي) is left to the rules of titles and names.
func KinSubject(s frame.Sentence, k, j int) bool {
	_, b := s.Span()
	if j != k+1 || j+1 >= b {
		return false
	}
	t, g := s.Token(j), s.Token(j+1)
	return t.Phrase == 0 && t.Actor == 0 && !t.Definite && t.Prep == "" && !t.IsPrep && !t.Suffix && lexicon.Default().Has(t.Plain, "kin") &&
		g.Definite && g.Phrase == 0 && g.Actor == 0 && g.Prep == "" && !g.Bound && !g.Event
}

// DualSubject reports whether the words from j, right after the verb at k,
// are its subject though they name no actor: an indefinite noun in the
// nominative dual followed by an adjective in the same case and number
// (وأشادت شخصيتان قياديتان يمنيتان: two Yemeni leading figures praised;
// وقال مسؤولان كبيران). The dual ends in -ان in the nominative and in -ين
// in the accusative and the genitive, so such a pair right after the verb
// is its subject, not its object, and the verb's doer is named here, not
// in a sentence before: nobody the coder can name. An adjective that is an
// actor phrase (a nisba the entity stage linked: مسؤولان أمريكيان) is left
// to the subject search, which takes the phrase; a name (إيران, عمان) and
// a place are no dual noun.
func DualSubject(s frame.Sentence, k, j int) bool {
	_, b := s.Span()
	if j != k+1 || j+1 >= b {
		return false
	}
	return dualWord(s.Token(j)) && dualWord(s.Token(j+1))
}

// dualWord reports whether t may be an indefinite noun or adjective in the
// nominative dual: a word of two letters or more before -ان, without the
// article or a preposition, that is part of no name or actor phrase and no
// place, number, title or event word.
func dualWord(t frame.Token) bool {
	return t.Phrase == 0 && t.Actor == 0 && !t.Definite && t.Prep == "" && !t.IsPrep && !t.Bound && !t.Quote && !t.Number &&
		!t.Event && !t.Title && t.Place == "" && strings.HasSuffix(t.Word, dualEnding) && arabic.AtLeastRunes(t.Word, 4)
}

// dualEnding is the ending of the nominative dual, -ان.
const dualEnding = "ان"
