package shape

import "rasad/internal/news"

// SentenceEnds returns, for each token, the index after the last token of
// its sentence.
func SentenceEnds(doc *news.Document, toks []news.Token) []int {
	ends := make([]int, len(toks))
	si := 0
	for i := range toks {
		for si < len(doc.Sentences)-1 && toks[i].Start >= doc.Sentences[si].End {
			si++
		}
		ends[i] = len(toks)
		if si < len(doc.Sentences) {
			end := doc.Sentences[si].End
			j := i
			for j < len(toks) && toks[j].Start < end {
				j++
			}
			ends[i] = max(j, i+1)
		}
	}
	return ends
}
