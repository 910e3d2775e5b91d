package anaphor

import "rasad/internal/news"

// Pair returns the two persons a dual of their title at byte offset pos
// refers back to (واتفق الرئيسان after اتصل الرئيس الأميركي باراك أوباما
// بنظيره الصيني شي جينبينغ): the persons with a role (an actor code beyond
// the country: USAGOV) named in the sentence of pos before it or in the
// two sentences before that, when they are exactly two; else -1, -1. A
// third holder named there leaves the dual unresolved.
func Pair(doc *news.Document, pos int) (int, int) {
	from := -1
	for i, s := range doc.Sentences {
		if s.Start <= pos && pos < s.End {
			from = doc.Sentences[max(0, i-2)].Start
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
