package quote

import "rasad/internal/news"

// opensWith reports whether the words [from, to) open with a mention of
// the person sp names, the subject of what they say: a speaker carried
// over to a bare verb does not name himself as the subject of his own
// words (وأضاف: «بن همام يعد قامة …» is not bin Hammam's).
func (st *state) opensWith(sp *news.Speaker, from, to int) bool {
	e := st.speakerEntity(sp)
	if e < 0 || st.ents[e].Type != news.PER || from < 0 || from >= min(to, len(st.toks)) {
		return false
	}
	return st.tk[from].ent == e
}

// speakerBefore returns the speaker of the last quote found so far whose
// speaker names someone other than sp, nil when there is none.
func (st *state) speakerBefore(sp *news.Speaker) *news.Speaker {
	e := st.speakerEntity(sp)
	for k := len(st.out) - 1; k >= 0; k-- {
		if o := st.out[k].Speaker; o != nil && o.Name != "" && st.speakerEntity(o) != e {
			return o
		}
	}
	return nil
}
