// Package sentence turns a text's sentences, given as byte offsets, into
// the ranges of its tokens they hold: package quote reads a text sentence
// by sentence, over tokens.
package sentence

import (
	"sort"

	"rasad/internal/news"
)

// Ranges turns sentences into token ranges [a, b) of toks, in order.
// Sentences that hold no token, or run backwards, are dropped; without
// sentences the whole text is one, and tokens after the last sentence
// join it.
func Ranges(toks []news.Token, sents []news.Sentence) [][2]int {
	var out [][2]int
	from := 0
	for _, s := range sents {
		a := from + sort.Search(len(toks)-from, func(k int) bool { return toks[from+k].Start >= s.Start })
		b := a + sort.Search(len(toks)-a, func(k int) bool { return toks[a+k].Start >= s.End })
		if a < b {
			out = append(out, [2]int{a, b})
			from = b
		}
	}
	if len(out) == 0 {
		return [][2]int{{0, len(toks)}}
	}
	out[len(out)-1][1] = max(out[len(out)-1][1], len(toks))
	return out
}

// Split cuts the ranges after each token of ends (in order): a range [a, b)
// with an end e, a <= e < b-1, becomes [a, e+1) and [e+1, b).
func Split(ranges [][2]int, ends []int) [][2]int {
	if len(ends) == 0 {
		return ranges
	}
	out := make([][2]int, 0, len(ranges)+len(ends))
	k := 0
	for _, r := range ranges {
		for ; k < len(ends) && ends[k] < r[1]; k++ {
			if e := ends[k]; e >= r[0] && e+1 < r[1] {
				out = append(out, [2]int{r[0], e + 1})
				r[0] = e + 1
			}
		}
		out = append(out, r)
	}
	return out
}
