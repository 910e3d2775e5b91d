package anaphor

import "rasad/internal/news"

// Pair returns the two persons a dual of their title at byte offset pos
// refers back to (واتفق الرئيسان after اتصل الرئيس الأميركي باراك أوباما
// بنظيره الصيني شي جينبينغ): the persons with a role (an actor code beyond
// the country: USAGOV) named in the sentence of pos before it or in the
// three sentences before that, when they are exactly two; else -1, -1. A
// third holder named there leaves the dual unresolved.
func Pair(doc *news.Document, pos int) (int, int) {
	from := -1
	for i, s := range doc.Sentences {
		if s.Start <= pos && pos < s.End {
			from = doc.Sentences[max(0, i-3)].Start
			break
		}
	}
	if from < 0 {
		return -1, -1
	}
	var found []int
	for ei, e := range doc.Entities {
		if e.Type != news.PER || len(e.Actor) <= 3 {
			continue
		}
		for _, m := range e.Mentions {
			if m.Start >= from && m.End <= pos {
				found = append(found, ei)
				break
			}
		}
	}
	if len(found) != 2 {
		return -1, -1
	}
	return found[0], found[1]
}

// Other returns the other of the two persons Pair finds before pos when
// the n doers of an act there (ent gives the entity of each) are one of
// them: the other party of a telephone call the text has just named
// (اتصل أوباما بنظيره الصيني شي جينبينغ … وقال أوباما خلال المكالمة: Xi);
// else -1.
func Other(doc *news.Document, pos, n int, ent func(i int) int) int {
	a, b := Pair(doc, pos)
	switch {
	case b < 0 || n != 1:
		return -1
	case ent(0) == a:
		return b
	case ent(0) == b:
		return a
	}
	return -1
}
