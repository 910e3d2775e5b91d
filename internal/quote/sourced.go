package quote

import (
	"rasad/internal/lexicon"
	"rasad/internal/news"
	"rasad/internal/quote/marks"
	"rasad/internal/quote/parts"
	"rasad/internal/quote/setting"
	"rasad/internal/quote/spans"
	"rasad/internal/quote/word"
)

// sourcedAfter emits the clauses of sentence [a, b) that a word of accord
// after them gives to a source (spans.Sourced): … قتل اثنان منهم، بحسب وكالة
// الأناضول. The source opens with a person or an organisation, a role
// (مسؤولين، المصادر), a medium or a body's noun (المفوضية), or a document
// that names its issuer (بيان لوزارة الداخلية); without a comma before the
// word of accord, only with a person or an organisation, or a role before a
// person's name (… بحسب المتحدث العسكري جون سميث), as a rule (حسب الجدول،
// وفق معايير) follows one bare. A clause
// that holds a speech verb or a quote read before is its own attribution.
// The source is no speaker a later bare verb continues.
func (st *state) sourcedAfter(a, b int) {
	for v := a + 1; v+1 < b; v++ {
		if st.tk[v].Cls&word.Via == 0 || st.tk[v].Cls&word.Procl != 0 || st.tk[v].q >= 0 {
			continue
		}
		k := v + 1
		if st.toks[k].Norm == parts.LamS && k+1 < b {
			k++ // وفقا لـ X
		}
		if st.tk[k].Cls&(word.Vague|word.Masdar|word.ClauseEnd) != 0 || st.tk[k].Pronoun && st.tk[k].ent < 0 {
			continue // بحسب ما، حسب قوله، حسب تعبيره: the speaker carried
		}
		e := st.phrase(k, b)
		comma := marks.Comma(st.toks[v-1].Text)
		if e == k || !st.sourceNoun(k, e, comma) {
			continue
		}
		from, to := spans.Sourced(st.toks, a, b, v, e, st.opensClause)
		if from < 0 || st.speechIn(from, to) {
			continue
		}
		if st.isChannel(k) {
			e = st.withQuotedName(e, b) // بحسب موقع «أوديتي سنترال»
		}
		sp := st.speakerOf(k, e, "")
		if sp == nil {
			continue
		}
		var ok bool
		st.out, ok = spans.Before(st.text, st.toks, from, to, func(j int) bool { return st.tk[j].q >= 0 && (j < v || j >= e) }, st.out, news.Quote{Speaker: setting.Copy(sp)})
		if ok {
			v = to
		}
	}
}

// opensClause reports whether the word at j, after a comma, opens a clause
// of its own: it carries the conjunction و or ف and is no preposition
// (… عليهم، وقتل اثنان; not … في اليمن، ومن عمليات التحالف).
func (st *state) opensClause(j int) bool {
	_, conj := lexicon.WithoutConjunction(&st.toks[j])
	return conj && st.toks[j].Kind == news.Word && st.withoutConjunction(j)&(word.From|word.In|word.To|word.Stop) == 0
}

// sourceNoun reports whether the phrase [k, e) after a word of accord
// names a source of news (sourcedAfter); comma tells a comma before the
// word of accord.
func (st *state) sourceNoun(k, e int, comma bool) bool {
	j := k
	for j < e && st.tk[j].Cls&word.Title != 0 && st.tk[j].ent < 0 {
		j++
	}
	if j == e {
		return false
	}
	if x := st.tk[j].ent; x >= 0 {
		return st.ents[x].Type == news.PER || st.ents[x].Type == news.ORG
	}
	if !comma {
		for n := j + 1; n < e && st.tk[j].Role; n++ {
			if x := st.tk[n].ent; x >= 0 && st.ents[x].Type == news.PER {
				return true // بحسب المتحدث باسم الوزارة خالد العمري
			}
		}
		return false
	}
	if st.tk[j].Document {
		return st.namesSomeone(j+1, e)
	}
	return st.tk[j].Role || st.tk[j].Media || st.tk[j].Common
}

// speechIn reports whether a speech verb, جاء في or a relay verb with its
// عن (not نقل "carried": ونقلوا إلى المستشفى) stands in [from, to).
func (st *state) speechIn(from, to int) bool {
	for j := from; j < to; j++ {
		c := st.tk[j].Cls
		if c&(word.Cue|word.Came) == 0 || st.tk[j].ent >= 0 || st.tk[j].q >= 0 || !st.isVerb(j, from) {
			continue
		}
		if c&(word.Say|word.Part|word.Came) != 0 {
			return true
		}
		for k := j + 1; k < min(to, j+maxPhrase+2); k++ {
			if st.tk[k].Cls&word.From != 0 {
				return true
			}
		}
	}
	return false
}
