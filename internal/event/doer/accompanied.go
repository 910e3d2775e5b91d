package doer

import (
	"strings"

	"rasad/internal/arabic"
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
//
// The participle agrees in number with the one it describes: a plural or
// a dual (مشيدين, داعين) describes no single person (وقال عباس ...، وثمن
// وزراء الخارجية جهود الأمير، مشيدين: the ministers, whom no actor names,
// not Abbas), so it returns -1 when the subject it finds is one.
func Accompanied(s frame.Sentence, k int) int {
	pi := accompanied(s, k)
	if pi >= 0 && (plural(s.Token(k).Word) && singlePerson(s, pi) || criticised(s, pi)) { // (منتقدو النظام ...، منددين: the critics, unnamed)
		return -1
	}
	return pi
}

// plural reports whether a participle's word has the ending of a sound
// masculine plural or a dual in the accusative (ـين: مشيدين).
func plural(w string) bool {
	return strings.HasSuffix(w, "ين") && arabic.AtLeastRunes(w, 5)
}

// singlePerson reports whether phrase pi names one person: a person with
// no actor joined to it by و after it (بوتين وشي are two).
func singlePerson(s frame.Sentence, pi int) bool {
	return s.Phrase(pi).Person && (pi+1 >= s.Phrases() || !s.Phrase(pi+1).Coord)
}

// accompanied is Accompanied without the test of number.
func accompanied(s frame.Sentence, k int) int {
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
