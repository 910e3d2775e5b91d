package quote

import (
	"rasad/internal/news"
	"rasad/internal/quote/marks"
)

// maxHeadSpeaker is the most words a speaker may take before the colon of a
// headline quote (وزير الخارجية السعودي عادل الجبير:).
const maxHeadSpeaker = 6

// headlines reads the convention of Arabic headlines and interview lines:
// a line that opens with a name, or a role and a name, then a colon, quotes
// what follows (الجبير: لا مكان للأسد في مستقبل سوريا). The speaker must be
// a person or an organisation the entity stage found, or a role (المتحدث
// باسم الخارجية:), and the words after the colon at least three, none of
// them already a quote. A dateline (الرياض - واس:) names a place, not a
// speaker, and is left alone.
func (st *state) headlines(ranges [][2]int) {
	covered := func(start, end int) bool {
		for _, q := range st.out {
			if q.Start < end && start < q.End {
				return true
			}
		}
		return false
	}
	for _, r := range ranges {
		a, b := r[0], r[1]
		if !marks.LineStart(st.text, st.toks, a) {
			continue
		}
		c := -1
		for j := a; j < b && j-a <= maxHeadSpeaker; j++ {
			if q := st.tk[j].q; q >= 0 {
				if st.spans[q].Open != j || st.words(q) > 4 {
					break
				}
				j = st.spanEnd(q) // «بنك قطر»: a name in quotation marks
				continue
			}
			if st.toks[j].Kind == news.Punctuation {
				if st.toks[j].Text == ":" {
					c = j
				}
				break
			}
		}
		if c <= a || !st.namesSpeaker(a, c) {
			continue
		}
		from, to := c+1, b
		for to > from && st.toks[to-1].Kind == news.Punctuation {
			to--
		}
		words := 0
		for j := from; j < to; j++ {
			if marks.Wordy(st.toks[j].Kind) {
				words++
			}
		}
		if words < 3 {
			continue
		}
		if q := st.tk[from].q; q >= 0 && st.spans[q].Open == from {
			from = st.spans[q].First // الجبير: «...»
			if st.spans[q].Close >= 0 {
				to = st.spans[q].Close
			}
		}
		start, end := st.toks[from].Start, st.toks[to-1].End
		if start >= end || covered(start, end) {
			continue
		}
		sp := st.speakerOf(a, c, "")
		st.out = append(st.out, news.Quote{Speaker: copySpeaker(sp), Text: st.text[start:end], Direct: true, Start: start, End: end})
	}
}

// namesSpeaker reports whether the words [a, c) before a headline's colon
// name someone who speaks: every word is part of a person's or an
// organisation's mention, or the words open with a role.
func (st *state) namesSpeaker(a, c int) bool {
	named := false
	for j := a; j < c; j++ {
		if e := st.tk[j].ent; e >= 0 {
			switch st.ents[e].Type {
			case news.PER, news.ORG:
				named = true
				continue
			}
			return false // a place: a dateline
		}
	}
	return named || st.opensRole(a)
}
