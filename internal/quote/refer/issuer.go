package refer

import (
	"strings"

	"rasad/internal/lexicon"
	"rasad/internal/news"
	"rasad/internal/quote/marks"
	"rasad/internal/quote/parts"
	"rasad/internal/quote/word"
)

// A document noun (بيان، تقرير، دراسة) speaks for the body that issued it.
// The article writes the issuer once, after the noun (تقرير «هيومن رايتس
// ووتش»، بيان صادر عن قيادة التحالف، استطلاعا للرأي أجرته رويترز) or as
// the subject of the verb the noun follows (أعلنت قيادة التحالف في بيان),
// and then takes it up with the bare noun (وأضاف البيان، أشار التقرير).
// Issuers finds those pairs; package quote settles a document speaker
// with them.

// maxPhrase bounds, in tokens, the phrase that names a speaker, as in
// package quote.
const maxPhrase = 10

// ent returns the entity mentioned at token j, -1 for none.
func (t Text) ent(j int) int32 {
	e, _ := t.Mention(j)
	return e
}

// men returns the index of the mention at token j, -1 for none.
func (t Text) men(j int) int32 {
	_, m := t.Mention(j)
	return m
}

// bare returns the stem of the word at j without clitics and the article.
func bare(toks []news.Token, j int) string {
	s, _ := lexicon.BareOf(&toks[j])
	return s
}

// Issuers returns the token pairs (document noun, first token of
// its issuer's name or description) of the article in text order, non-nil.
func (t Text) Issuers() [][2]int {
	out := [][2]int{}
	for j := 0; j+1 < len(t.Toks); j++ {
		if !t.Info(j).Document || t.ent(j) >= 0 {
			continue
		}
		k, desc := t.issuedBy(j+1), t.subjectBefore(j)
		if t.Toks[k].Kind == news.Punctuation && t.Quote(k) >= 0 {
			k++ // تقرير «هيومن رايتس ووتش»
		} else if t.Toks[k].Kind == news.Word && t.ent(k) < 0 && t.BodyNoun(k) {
			if k++; t.Phrase(k-1, len(t.Toks)) > k { // تقرير منظمة هيومن رايتس ووتش
				desc = k - 1 // بيانات من إدارة معلومات الطاقة: a body the entity stage did not find
			}
		}
		if k < len(t.Toks) && t.BodyStarts(k) {
			out = append(out, [2]int{j, k})
		} else if desc >= 0 {
			out = append(out, [2]int{j, desc})
		}
	}
	return out
}

// subjectBefore returns where the subject of the speech verb before في and
// j, or of a verb of issuing j is the object of, starts when it names a body
// (أعلنت قيادة التحالف في بيان؛ قدمت النيابة العامة، أمس، لائحة اتهام), or,
// for a speech verb, a person (وشدد الوزير فلان في بيان: his statement);
// else -1.
func (t Text) subjectBefore(j int) int {
	e, verb, span := t.backOverMarks(j-1), word.Issue, 3*maxPhrase
	if e >= 1 && t.Toks[e].Kind == news.Word && t.Info(e).Cls&word.In != 0 && t.ent(e) < 0 {
		e, verb, span = t.backOverMarks(e-1), word.Say, maxPhrase
	}
	for v := e - 1; v >= 0 && e-v <= span && t.Quote(v) < 0 && (t.Toks[v].Kind == news.Word || verb == word.Issue && marks.Comma(t.Toks[v].Text)); v-- {
		if s := v + 1; t.Info(v).Cls&verb != 0 {
			if (verb == word.Issue || t.Phrase(s, e+1) == e+1) && (t.BodyStarts(s) || t.Phrase(s, e+1) > s+1 && t.BodyNoun(s) && t.ent(s) < 0 || verb == word.Say && t.OpensMention(s) && t.Ents[t.ent(s)].Type == news.PER) {
				return s
			}
			break
		}
	}
	return -1
}

// backOverMarks returns the last token at or before p that is no
// punctuation outside quotation marks (أعلنت القيادة - في بيان).
func (t Text) backOverMarks(p int) int {
	for p > 0 && t.Toks[p].Kind == news.Punctuation && t.Quote(p) < 0 {
		p--
	}
	return p
}

// Authorless reports whether the document noun at f, its first mention,
// was the subject of a speech verb, indefinite, or before a relative clause
// of speech (ويفيد تقرير أمني غربي، التقارير الغربية التي أكدت), with no
// issuer in the two words after it: صادر عن, ل, a name, a pronoun's verb
// (دراسة قامت بها شركة، بيان للوزارة), unless they name a country.
func (t Text) Authorless(f int) bool {
	if f < 1 || f+3 >= len(t.Toks) || t.issuedBy(f+1) != f+1 || !(t.Info(f-1).Cls&word.Say != 0 && !t.Info(f).Article || t.Info(f+2).Cls&word.Relative != 0 && t.Info(f+3).Cls&word.Say != 0) {
		return false
	}
	_, lam := parts.AfterLam(&t.Toks[f+1])
	return t.CountryIn(f, f+3) != "" || !lam && !t.Info(f+1).Pronoun && !t.Info(f+2).Pronoun && t.ent(f+1) < 0 && t.ent(f+2) < 0
}

// FirstDoc returns where the document noun was first written before a, or a.
func (t Text) FirstDoc(noun string, a int) int {
	j := 0
	for j < a && !(t.Info(j).Document && t.DocNoun(j) == noun) {
		j++
	}
	return j
}

// issuedBy returns where the issuer's name starts after a document noun
// and صادر and عن or من, or من alone (بيانات من إدارة معلومات الطاقة), or a
// verb that takes it up (استطلاعا للرأي أجرته رويترز), else k.
func (t Text) issuedBy(k int) int {
	j := k
	if j+2 < len(t.Toks) && t.Info(j).Cls&word.SpeaksFor != 0 && t.ent(j) < 0 {
		j++ // بيان صادر عن قيادة التحالف
	}
	if j+1 < len(t.Toks) && (t.Info(j).Cls&word.From != 0 || t.Toks[j].Norm == parts.MinS) {
		return j + 1 // بيانات من إدارة معلومات الطاقة
	}
	j = k
	if j < len(t.Toks) && t.Toks[j].Kind == news.Word && t.ent(j) < 0 {
		if stem, cl := lexicon.StemOf(&t.Toks[j]); cl.Prep == parts.LamS && strings.HasPrefix(stem, parts.AlS) {
			j++ // للرأي
		}
	}
	if j+1 < len(t.Toks) && t.Toks[j].Kind == news.Word && t.ent(j) < 0 && t.Info(j).Pronoun &&
		!t.Info(j).Article && t.Info(j).Cls&(word.In|word.From|word.To|word.Stop) == 0 &&
		(t.ent(j+1) >= 0 || t.BodyNoun(j+1)) {
		return j + 1
	}
	return k
}

// DocNoun returns the document noun at j without the article or the
// accusative alef (تقريرا، التقرير → تقرير).
func (t Text) DocNoun(j int) string { return strings.TrimSuffix(bare(t.Toks, j), "ا") }

// BodyStarts reports whether an organisation's mention starts at token k.
func (t Text) BodyStarts(k int) bool {
	e := t.ent(k)
	if e < 0 || t.Ents[e].Type != news.ORG || t.Ents[e].Country == "" && t.Ents[e].Actor == "" {
		return false
	}
	return t.OpensMention(k)
}

// OpensMention reports whether token k is the first of an entity's mention.
func (t Text) OpensMention(k int) bool {
	return t.ent(k) >= 0 && (k == 0 || t.ent(k-1) != t.ent(k) || t.men(k-1) != t.men(k))
}
