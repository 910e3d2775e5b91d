package doer

import (
	"rasad/internal/event/frame"
	"rasad/internal/event/vocab"
)

// Accompanied returns the actor phrase that does the act of the active
// participle of circumstance at k (الحال: مشيدا, مشيدين, مؤكدا): the
// subject of the nearest verb before it that opens a clause of its own,
// written with و right after a comma (، ورحب وزير الخارجية عادل الجبير
// بالقرار، مشيدا بدور مصر: the minister praises, not the speaker of the
// clause before). A participle of circumstance describes the subject of
// the verb it goes with, and a clause joined after a comma brings its own
// verb and subject, so the subject of the verb that opens the sentence
// (frame.MainSubject) is its doer only when no such clause comes between.
// A clause whose subject is not named after its verb (، وأضاف: the same
// speaker) leaves the subject of the sentence.
func Accompanied(s frame.Sentence, k int) int {
	a, _ := s.Span()
	for j := k - 1; j > a; j-- {
		t := s.Token(j)
		if !t.And || !t.Verb || t.Noun || t.Phrase != 0 || !vocab.Comma(s.Token(j-1).Norm) {
			continue
		}
		if pi := SubjectAfter(s, j); pi >= 0 && s.Phrase(pi).Prep == "" && s.Phrase(pi).Actor && s.Phrase(pi).End <= k {
			return pi
		}
		break
	}
	return frame.MainSubject(s, k)
}
