package frame

import (
	"rasad/internal/event/vocab"
	"rasad/internal/lexicon"
)

// ranksAt returns the actor phrase that names the side whose ranks
// (صفوف, lexicon class ranks) a preposition at j opens (في صفوف الحوثيين,
// بين صفوف القوات الموالية, من صفوف الجيش), -1 if token j opens none.
// Ranks are a side's only: a count of the fallen there is that side's toll.
func ranksAt(s Sentence, j, r int) int {
	if j+2 >= r || !s.Token(j).IsPrep || !lexicon.Default().Has(s.Token(j+1).Word, "ranks") {
		return -1
	}
	if pi := s.Token(j+1).Phrase - 1; pi >= 0 && s.Phrase(pi).Start == j+1 && s.Phrase(pi).Actor {
		return pi // (صفوف القوات read as one phrase)
	}
	if pi := PhraseAt(s, j+2); pi >= 0 && s.Phrase(pi).Actor {
		return pi
	}
	return -1
}

// countedRanks returns the side in whose ranks the number at j counts
// the fallen, the casualty noun between or none (سبعة قتلى بين صفوف
// القوات, عشرة في صفوف الحوثيين), -1 if the count names no ranks.
func countedRanks(s Sentence, j, r int) int {
	if j+1 < r && s.Token(j+1).Cue == vocab.CueCasualty {
		j++ // سبعة قتلى, 12 قتيلا
	}
	return ranksAt(s, j+1, r)
}

// Ranks returns the side struck by the act at k told by a count of the
// fallen in its ranks in its clause, which starts after l: before it
// (سقوط سبعة قتلى بين صفوف القوات الموالية للرئيس وإصابة 29 بجروح في
// المعارك) or after it (غارات أسفرت عن سقوط عشرة قتلى في صفوف الحوثيين):
// the count's phrase, with no event verb, clause boundary or quotation
// mark between it and k; -1 if there is none.
func Ranks(s Sentence, l, k int) int {
	_, b := s.Span()
	for _, step := range [2]int{-1, 1} {
		for j := k + step; j > l && j < b; j += step {
			x := s.Token(j)
			if x.Verb || x.Bound || x.Quote {
				break
			}
			if !x.Number && x.Cue != vocab.CueNumber {
				continue
			}
			if pi := countedRanks(s, j, b); pi >= 0 && (step > 0 || s.Phrase(pi).End <= k) {
				return pi
			}
		}
	}
	return -1
}
