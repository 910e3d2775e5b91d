package quote

import (
	"rasad/internal/news"
	"rasad/internal/quote/marks"
	"rasad/internal/quote/parts"
	"rasad/internal/quote/word"
)

// unattributed looks for the speaker of a quotation that no verb before it
// claimed: an attribution after it ("«...»، قال بوتين", "«...» بحسب X",
// "على حد قوله"), or the quotation before it that it continues (و«...» in the
// same sentence, or a paragraph that opens with a quotation after a quoted
// paragraph). Other quotations (scare quotes, titles) are left out.
func (st *state) unattributed(q int32, a, b, si int) bool {
	s := st.spans[q]
	if p := parts.Prev(st.toks, s.Open, a); p < s.Open && st.tk[p].NameNoun {
		return false // a title: بعنوان «...»
	}
	end := st.spans[q].End()
	k := end + 1
	for k < b && st.toks[k].Kind == news.Punctuation && (marks.Comma(st.toks[k].Text) || marks.Dash(st.toks[k].Text)) {
		k++
	}
	if k < b && st.tk[k].ent < 0 && s.Close >= 0 {
		c := st.tk[k].Cls
		switch {
		case c&word.Say != 0 && c&(word.Procl|word.Used) == 0 && st.words(q) >= 3:
			// «...»، قال بوتين — not «...»، وأضاف «...», nor a verb with
			// its own quote ("..." قال جنبلاط إن ...).
			var sp *news.Speaker
			if j := st.phrase(k+1, b); j > k+1 {
				sp = st.speakerOf(k+1, j, "")
			}
			if sp == nil {
				sp = st.carry(a, s.Open)
			}
			st.emitDirect(q, sp, "", si)
			return true
		case c&word.Via != 0 && st.words(q) >= 3:
			kk := k + 1
			if kk < b && st.tk[kk].Cls&word.To != 0 {
				kk++
			}
			if kk < b && st.tk[kk].Cls&word.Vague != 0 {
				break // بحسب ما جاء في ...
			}
			if j := st.phrase(kk, b); j > kk {
				sp := st.speakerOf(kk, j, "")
				via := ""
				if st.isChannel(kk) {
					// وفق وكالة رويترز: a channel; the speaker is carried
					// over. وفق بعض المعارضين: the speakers themselves.
					via = sp.Text
					sp = st.carry(a, s.Open)
				}
				st.emitDirect(q, sp, via, si)
				return true
			}
		case c&word.Stop != 0 && k+2 < b && st.tk[k+1].Cls&word.ClauseEnd != 0 && st.tk[k+2].Cls&word.Masdar != 0:
			st.emitDirect(q, st.carry(a, s.Open), "", si)
			return true
		}
	}
	if p := parts.Prev(st.toks, s.Open, a); p > a && st.tk[p].Cls&word.Masdar != 0 && (st.tk[p-1].Cls|st.withoutConjunction(p-1))&word.Via != 0 {
		// وحسب قوله «...»: the words of the speaker carried over.
		st.emitDirect(q, st.carry(a, s.Open), "", si)
		return true
	}
	if st.words(q) < 3 || st.lastQ < 0 {
		return false
	}
	prev := st.out[st.lastQ]
	if st.lastQEnd == si && prev.End <= st.toks[s.Open].Start {
		// و«...» or ، «...» right after the previous quotation.
		p := s.Open - 1
		for p >= a && st.toks[p].End > prev.End && (st.toks[p].Kind == news.Punctuation || st.toks[p].Norm == parts.WawS) {
			p--
		}
		if p >= a && st.toks[p].End <= prev.End {
			st.emitDirect(q, prev.Speaker, prev.Via, si)
			return true
		}
	}
	if st.lastQEnd == si-1 && s.Open == a {
		st.emitDirect(q, prev.Speaker, prev.Via, si)
		return true
	}
	return false
}
