package doer

import (
	"strings"

	"rasad/internal/arabic"
	"rasad/internal/event/frame"
)

// DescribedSubject reports whether the words from j, right after the verb
// at k, are its subject though they name no actor: a definite noun with
// no clitic and no name, and one or two definite adjectives of relation
// (nisba: الكردية, المحلية) after it, right before a definite actor phrase
// with no preposition (حملت الجماعات الكردية الحكومة التركية المسؤولية).
// In the order verb–subject–object two definite noun phrases in a row
// after the verb are its subject and its object: the actor named second
// is what the act reaches, never its doer, whom the subject search would
// otherwise take past the nameless subject. A title before a name
// (الوزير السعودي الأمير) opens a phrase and is left alone.
func DescribedSubject(s frame.Sentence, k, j int) bool {
	return describedEnd(s, k, j) > 0
}

// describedEnd returns where the object phrase begins after the subject
// at j that DescribedSubject finds, or 0.
func describedEnd(s frame.Sentence, k, j int) int {
	_, b := s.Span()
	if j != k+1 || j+2 >= b || !bare(s.Token(j)) || nisba(s.Token(j).Word) {
		return 0
	}
	e := j + 1
	for e < b && e <= j+2 && adjective(s.Token(e)) && nisba(s.Token(e).Word) {
		e++
	}
	if e == j+1 || e >= b {
		return 0
	}
	t := s.Token(e)
	if !t.Definite || t.Prep != "" || t.Title {
		return 0
	}
	if t.Phrase != 0 && s.Token(e-1).Phrase == t.Phrase {
		// the chunker read the adjective as an agent noun before a name
		// (الكردية الحكومة التركية): the object search starts at it
		if t.Actor == 0 || !t.NameStart {
			return 0
		}
		return j + 1
	}
	if pi := t.Phrase - 1; pi < 0 || s.Phrase(pi).Start != e || s.Phrase(pi).Prep != "" || !s.Phrase(pi).Actor {
		return 0
	}
	return e
}

// adjective reports whether t may be a definite adjective of the noun
// before it: no preposition, name, event word, number or clause end (the
// chunker may read a nisba as an agent noun, الكردية: the Kurds).
func adjective(t frame.Token) bool {
	return t.Definite && t.Actor == 0 && t.Prep == "" && !t.IsPrep && !t.Bound && !t.Quote && !t.Number && !t.Event && !t.Suffix
}

// bare reports whether t is a definite word with no preposition, name,
// actor phrase, title, event word, number or clause end.
func bare(t frame.Token) bool {
	return t.Definite && t.Phrase == 0 && t.Actor == 0 && t.Prep == "" && !t.IsPrep && !t.Bound && !t.Quote && !t.Number && !t.Event && !t.Title && !t.Suffix
}

// nisba reports whether a word ends as an adjective of relation does:
// -ي, -ية, -يون, -يين (كردي, الكردية, المحليون).
func nisba(w string) bool {
	for _, end := range nisbaEndings {
		if strings.HasSuffix(w, end) && len([]rune(w)) > len([]rune(end))+2 {
			return true
		}
	}
	return false
}

// nisbaEndings are the endings of the adjective of relation.
var nisbaEndings = []string{
	string([]rune{arabic.Yeh, arabic.TehMarbuta}),
	string([]rune{arabic.Yeh, arabic.Waw, arabic.Noon}),
	string([]rune{arabic.Yeh, arabic.Yeh, arabic.Noon}),
	string(arabic.Yeh),
}
