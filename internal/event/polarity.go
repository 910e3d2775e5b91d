package event

import (
	"rasad/internal/event/background"
	"rasad/internal/event/frame"
	"rasad/internal/event/vocab"
	"rasad/internal/news"
)

// polarity reads the cues before token k in its sentence.
func (st *sentence) polarity(k, l int) news.Polarity {
	t := &st.info[k]
	for j := k - 1; j > l && j >= k-4; j-- {
		if st.info[j].cue == vocab.CueNeg && !st.negatesWord(j, k) {
			return news.Negated
		}
		if st.info[j].cue == vocab.CueFuture {
			return news.Alleged
		}
		// لم يقتل أو يجرح: the negation reaches the coordinated verb
		if j < k-1 && !(st.isVerb(j) || st.info[j].rest == "او") {
			break
		}
	}
	if t.future {
		return news.Alleged
	}
	for i := len(st.done) - 1; i >= 0 && k > st.a && vocab.Subordinate(st.info[k-1].rest); i-- {
		// نفى نتنياهو، رئيس الوزراء، أنه رفض: the clause of the verb before
		// it, past an apposition between commas; a denial negates it
		if d := st.done[i]; d.f.P.Kind == vocab.Verb {
			if d.f.P.Code == "016" {
				return news.Negated
			}
			break
		}
	}
	for j := k - 1; j >= st.a && j >= k-12; j-- {
		j = frame.BeforeAside(st, j)
		x := &st.info[j]
		if x.bound && !vocab.Subordinate(x.rest) {
			break
		}
		if background.Without(st, j, k) {
			return news.Negated // من دون أن تؤدي المحادثات إلى توقيع اتفاق: a clause of what did not happen
		}
		speech := t.forms != nil && (st.codeOf(k) == "016" || st.codeOf(k)[:2] == "11")
		switch x.cue {
		case vocab.CueDeny:
			if !speech {
				return news.Negated
			}
		case vocab.CueAccuse:
			if !speech {
				return news.Alleged
			}
		case vocab.CueIntent, vocab.CueCond:
			return news.Alleged
		case vocab.CueDecide, vocab.CueLaunch:
			if (x.cue == vocab.CueDecide || x.future) && frame.Governs(st, j, k) {
				return news.Alleged // قرر غزو, سيبدأ زيارة: decided or to come, not done
			}
		}
		for _, f := range x.forms {
			if len(f.P.With) > 0 && st.complement(j, f.P.With) < 0 {
				// حمل without المسؤولية carries, it does not blame
				continue
			}
			if f.P.Code[:2] == "13" || f.P.Code == "112" { // threats (هدد ب) and accusations
				return news.Alleged
			} else if f.P.Code == "016" {
				return news.Negated
			}
		}
	}
	return news.Asserted
}

// negatesWord reports whether the negation at j has the word after it as
// its scope, not the act at k: a word that is no verb, no act and no cue
// (لا مسؤولة, غير مقبولة: irresponsible, unacceptable), and the act is
// another conjunct after و (واصفا التصريحات بأنها لا مسؤولة واتهامات باطلة:
// the accusations were made). Before an act noun the negation reaches
// its conjuncts (عدم التدخل والاعتداء), and before a verb the verbs joined
// to it (لم يقتل أو يجرح).
func (st *sentence) negatesWord(j, k int) bool {
	w := &st.info[j+1]
	return j+1 < k && st.info[k].conj && len(w.forms) == 0 && w.cue == vocab.CueNone && !w.bound && !st.isVerb(j+1)
}

// codeOf returns the code of the first pattern of token k.
func (st *sentence) codeOf(k int) string {
	if fs := st.info[k].forms; len(fs) > 0 {
		return fs[0].P.Code
	}
	return "000"
}

// intended reports whether the act at k is to come: a future (س, سوف) or
// a word of intent (يعتزم, ينوي) governs it.
func (st *sentence) intended(k int) bool {
	if st.info[k].future || background.Joined(st, k) { // (سيزور ... ويلتقي: the verb joined to a future shares it)
		return true
	}
	for j := k - 1; j >= st.a && j >= k-12; j-- {
		j = frame.BeforeAside(st, j)
		x := &st.info[j]
		if x.bound && !vocab.Subordinate(x.rest) {
			return false
		}
		if x.cue == vocab.CueIntent || (x.cue == vocab.CueDecide || x.cue == vocab.CueLaunch && x.future) && frame.Governs(st, j, k) || x.cue == vocab.CueFuture && j >= k-4 {
			return true
		}
	}
	return false
}
