package event

import (
	"rasad/internal/event/clause"
	"rasad/internal/event/polarity"
	"rasad/internal/event/vocab"
	"rasad/internal/news"
)

// Polar, Complement and LastVerb give package polarity its view of the
// sentence (polarity.Sentence).
func (st *sentence) Polar(j int) polarity.Word {
	x := &st.info[j]
	return polarity.Word{Rest: x.rest, Cue: x.cue, Bound: x.bound, Conj: x.conj, Future: x.future, Verb: st.isVerb(j), Forms: x.forms}
}

func (st *sentence) Complement(k int, set map[string]bool) int { return st.complement(k, set) }

func (st *sentence) LastVerb() *pattern {
	for i := len(st.done) - 1; i >= 0; i-- {
		if p := st.done[i].f.P; p.Kind == vocab.Verb {
			return p
		}
	}
	return nil
}

// ClauseWord gives package clause its view of the sentence (clause.Sentence).
func (st *sentence) ClauseWord(j int) clause.Word {
	x, tk := &st.info[j], &st.toks[j]
	return clause.Word{Text: tk.Text, Rest: x.rest, Cue: x.cue, Number: tk.Kind == news.Number, Bound: x.bound, IsPrep: x.isPrep, Conj: x.conj,
		Verb: st.isVerb(j), Event: len(x.forms) > 0, Actor: x.actor > 0 || x.agent != ""}
}
