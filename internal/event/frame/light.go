package frame

import (
	"rasad/internal/arabic"
	"rasad/internal/event/vocab"
)

var ala = arabic.Normalize("على")

// AfterLight reports whether the event noun at k is the complement of a
// light verb before it in its clause (قام ب, أقدم على, تمكن من, نجح في),
// or its verbal noun without the article (قيام داعش بخطف): the subject of
// the light verb, the genitive of its noun, does the act, so the genitive of the
// noun is the one who suffers it, its object (قام الحوثيون بقصف مواقع
// الجيش: the army's positions are shelled, not shelling), as the object
// of its verb would be.
func AfterLight(s Sentence, k int) bool {
	a, _ := s.Span()
	if k-1 < a {
		return false
	}
	if x, w := s.Token(k), s.Token(k-1).Word; x.Prep != "ب" && w != ala && w != "من" && w != "في" {
		return false
	}
	for j := k - 1; j >= a && j >= k-10; j-- {
		x := s.Token(j)
		if x.Bound {
			return false
		}
		if x.Cue == vocab.CueLight || x.Cue == vocab.CueLightNoun && !x.Definite {
			return true
		}
	}
	return false
}
