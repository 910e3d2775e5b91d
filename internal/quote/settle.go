package quote

import (
	"sort"
	"strings"

	"rasad/internal/lexicon"
	"rasad/internal/news"
	"rasad/internal/quote/honor"
	"rasad/internal/quote/marks"
	"rasad/internal/quote/parts"
	"rasad/internal/quote/setting"
	"rasad/internal/quote/word"
)

// settle gives the described speakers that name nobody and no country what a
// reader of the whole article knows of them (doc.go, "Once the whole text is
// read"): a document the body that issued it (issuer), a definite noun the
// speaker or body it takes up (antecedent), a role or an honorific its one
// holder (anyHolder), else the country where the story happens (package
// setting). It runs once all quotes are found, and changes only their speakers.
func (st *state) settle(sents []news.Sentence) {
	var lastBody *news.Speaker
	for qi := range st.out {
		if sp := st.out[qi].Speaker; sp != nil && sp.Name == "" && sp.Actor == "" && sp.Country == "" {
			st.settleOne(qi, sents, lastBody)
		} else if sp != nil && sp.Actor == "" && sp.Country == "" {
			a, b := parts.Within(st.toks, sp.Start, sp.End)
			b -= st.trailingName(a, b)                                                                                                                            // مدير الصندوق علي الجابري: the fund's director is of the fund's country, named or not
			if sp.Country = setting.Office(st.toks, sp, func(sp *news.Speaker) (int, int) { return parts.Within(st.toks, sp.Start, sp.End) }); sp.Country == "" { // فيصل بن خالد -أمير منطقة عسير-: SAU
				sp.Country = setting.Described(st.toks, st.out[:qi], a, b, false, b-a == 2 && st.tk[a].Role && st.bodyNoun(a+1))
			}
		}
		if sp := st.out[qi].Speaker; st.story.Body(sp) {
			lastBody = sp
		}
	}
}

// settleOne settles the described speaker of quote qi; lastBody is the
// organisation that spoke last before it.
func (st *state) settleOne(qi int, sents []news.Sentence, lastBody *news.Speaker) {
	sp := st.out[qi].Speaker
	a, b := parts.Within(st.toks, sp.Start, sp.End)
	if body := st.issuer(sp, lastBody); body != nil {
		// أشار التقرير: the body that issued it, or nobody; never a
		// country the report names.
		sp.Name, sp.Actor, sp.Country = body.Name, body.Actor, body.Country
		return
	}
	if a < b && (st.lx.Of(st.bare(a))&word.Group != 0 || setting.Personal(st.toks[a:b]) || setting.Worldwide(st.toks[a:b]) || setting.Commentator(st.toks[a:b], st.ents)) {
		return // دول الخليج: several countries, none of them; أحد أصدقائي: the writer's; الوكالة الدولية, المحللون: no country's
	}
	doc := st.document(sp)
	if prev := st.antecedent(qi, sp); prev != nil {
		sp = setting.Copy(prev, sp)
		st.out[qi].Speaker = sp
		if sp.Name != "" || sp.Country != "" || sp.Actor != "" {
			return
		}
	}
	if j := st.ref.Spokesman(a, b); j >= 0 {
		if body := st.entitySpeaker(j); !setting.Own(st.toks, a, b, sp) { // متحدثة باسم الشرطة and الشرطة الإسرائيلية: what the text says of the noun first
			sp.Country, sp.Actor = body.Country, body.Actor // المتحدث باسم الوزارة: the ministry named before
		}
		return
	}
	if e := st.anyHolder(qi, sp); e != nil {
		sp.Name, sp.Actor, sp.Country = e.Name, e.Actor, e.Country
		if sp.Name == "" {
			sp.Name = e.NameAr
		}
		return
	}
	if body := st.story.Coalition(st.toks[a:b]); body != nil {
		sp.Name, sp.Actor, sp.Country = body.Name, body.Actor, body.Country // قيادة التحالف: the coalition, not the country it fights in
		return
	}
	if c := st.ref.Kin(a, b); c != "" {
		sp.Country = c // والد الفتاة after فتاة سويدية: the girl's country
		return
	}
	if c := setting.Described(st.toks, st.out[:qi], a, b, a < b && st.bodyNoun(a), b-a == 2 && st.tk[a].Role && st.bodyNoun(a+1)); c != "" && !doc {
		sp.Country = c // مدير الصندوق: the fund's country
		return
	}
	if setting.Own(st.toks, a, b, sp) {
		return // بيان أوروبي: the EU's; وسائل الإعلام after وسائل الإعلام الإسرائيلية: Israel's
	}
	if c := setting.Sentence(st.ents, sents, st.out[qi].Start, st.out[qi].End, func(at int) bool { return st.tk[parts.At(st.toks, at)].q >= 0 }); c != "" && !doc {
		sp.Country = c
		return
	}
	sp.Country = st.story.Country()
}

// antecedent returns the speaker a bare definite noun, or one after هذا,
// takes up: the latest earlier quote's whose words open with the same noun;
// for other words, the one a later quote names (setting.Introduced).
func (st *state) antecedent(qi int, sp *news.Speaker) *news.Speaker {
	a, b := parts.Within(st.toks, sp.Start, sp.End)
	if b-a == 2 && st.tk[a].Cls&word.This != 0 && st.tk[a].ent < 0 {
		a++ // هذا المسؤول: the official named before
	}
	if b-a != 1 || !st.tk[a].Article {
		return setting.Introduced(st.toks, sp, st.out[qi+1:]) // مسؤول … المسؤول فلان; nil after a definite noun
	}
	head, _ := lexicon.BareOf(&st.toks[a])
	for k := qi - 1; k >= 0; k-- {
		prev := st.out[k].Speaker
		if prev == nil || prev.Start >= sp.Start {
			continue
		}
		pa, pb := parts.Within(st.toks, prev.Start, prev.End)
		for j := pa; j < pb && j < pa+2; j++ { // وكالة «آرا نيوز», موقع «الدرر»
			if st.toks[j].Kind != news.Word {
				continue
			}
			if h, _ := lexicon.BareOf(&st.toks[j]); h == head {
				return prev
			}
			break
		}
	}
	if j := st.ref.Body(head, a); j >= 0 {
		return st.entitySpeaker(j) // الوزارة after وزارة الخارجية التركية
	}
	return nil
}

// document reports whether the speaker is a document noun alone, with or
// without the article (التقرير، بيان).
func (st *state) document(sp *news.Speaker) bool {
	a, b := parts.Within(st.toks, sp.Start, sp.End)
	return b-a == 1 && st.tk[a].Document
}

// issuer returns the body a document speaks for: the organisation a document
// noun of the article is written with (تقرير هيومن رايتس ووتش), the nearest
// before the speaker of the same noun, else of any, else the first after it
// when the noun was not written before; else lastBody, the last to speak; or,
// when the text names no author (authorless), the country of its adjective or
// none. nil when the speaker is no document or none is found.
func (st *state) issuer(sp, lastBody *news.Speaker) *news.Speaker {
	if !st.document(sp) {
		return nil
	}
	if st.issued == nil {
		st.issued = st.documentIssuers()
	}
	a, _ := parts.Within(st.toks, sp.Start, sp.End)
	i := sort.Search(len(st.issued), func(k int) bool { return st.issued[k][0] > a })
	noun := st.docNoun(a)
	for k := i - 1; k >= 0; k-- {
		if st.docNoun(st.issued[k][0]) == noun { // التقرير takes up a تقرير before it
			return st.issuerAt(st.issued[k][1])
		}
	}
	f := st.firstDoc(noun, a)
	switch {
	case st.authorless(f):
		return &news.Speaker{Country: st.countryIn(f, f+3)} // تقرير أمني غربي، تقارير بريطانية: its adjective's country, or none
	case i > 0:
		return st.issuerAt(st.issued[i-1][1])
	case i < len(st.issued) && f == a: // تقرير أمني غربي … التقرير: no statement named later
		return st.issuerAt(st.issued[i][1])
	}
	return lastBody
}

// issuerAt returns the body whose name starts at token k as a speaker: the
// organisation the entity stage found, else the body's description for
// its name (قيادة قوات التحالف، إدارة معلومات الطاقة الأميركية), with the
// country its adjective or genitive names or none, never the story's.
func (st *state) issuerAt(k int) *news.Speaker {
	if st.bodyStarts(k) {
		return st.entitySpeaker(k)
	}
	e := st.phrase(k, len(st.toks))
	sp := st.speakerOf(k, e, "")
	if c := st.story.Coalition(st.toks[k:e]); c != nil && sp.Country == "" {
		sp.Name, sp.Actor, sp.Country = c.Name, c.Actor, c.Country // بيان قيادة التحالف … وأضاف البيان: the coalition's
	}
	if e+1 < len(st.toks) && sp.Country == "" && st.tk[e].Cls&word.In != 0 {
		sp.Country = st.countryIn(e+1, e+2) // النيابة العامة في إسرائيل
	}
	if head, lam := parts.AfterLam(&st.toks[k]); sp.Name == "" && lam {
		sp.Name = head + st.text[st.toks[k].End:sp.End] // في بيان للجيش التركي: الجيش التركي
	} else if sp.Name == "" {
		sp.Name = sp.Text
	}
	return sp
}

// documentIssuers returns the token pairs (document noun, first token of
// its issuer's name or description) of the article in text order, non-nil.
func (st *state) documentIssuers() [][2]int {
	out := [][2]int{}
	for j := 0; j+1 < len(st.toks); j++ {
		if !st.tk[j].Document || st.tk[j].ent >= 0 {
			continue
		}
		k, desc := st.issuedBy(j+1), st.subjectBefore(j)
		if st.toks[k].Kind == news.Punctuation && st.tk[k].q >= 0 {
			k++ // تقرير «هيومن رايتس ووتش»
		} else if st.toks[k].Kind == news.Word && st.tk[k].ent < 0 && st.bodyNoun(k) {
			if k++; st.phrase(k-1, len(st.toks)) > k { // تقرير منظمة هيومن رايتس ووتش
				desc = k - 1 // بيانات من إدارة معلومات الطاقة: a body the entity stage did not find
			}
		}
		if k < len(st.toks) && st.bodyStarts(k) {
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
func (st *state) subjectBefore(j int) int {
	e, verb, span := st.backOverMarks(j-1), word.Issue, 3*maxPhrase
	if e >= 1 && st.toks[e].Kind == news.Word && st.tk[e].Cls&word.In != 0 && st.tk[e].ent < 0 {
		e, verb, span = st.backOverMarks(e-1), word.Say, maxPhrase
	}
	for v := e - 1; v >= 0 && e-v <= span && st.tk[v].q < 0 && (st.toks[v].Kind == news.Word || verb == word.Issue && marks.Comma(st.toks[v].Text)); v-- {
		if s := v + 1; st.tk[v].Cls&verb != 0 {
			if (verb == word.Issue || st.phrase(s, e+1) == e+1) && (st.bodyStarts(s) || st.phrase(s, e+1) > s+1 && st.bodyNoun(s) && st.tk[s].ent < 0 || verb == word.Say && st.opensMention(s) && st.ents[st.tk[s].ent].Type == news.PER) {
				return s
			}
			break
		}
	}
	return -1
}

// backOverMarks returns the last token at or before p that is no
// punctuation outside quotation marks (أعلنت القيادة - في بيان).
func (st *state) backOverMarks(p int) int {
	for p > 0 && st.toks[p].Kind == news.Punctuation && st.tk[p].q < 0 {
		p--
	}
	return p
}

// authorless reports whether the document noun at f, its first mention,
// was the subject of a speech verb, indefinite, or before a relative clause
// of speech (ويفيد تقرير أمني غربي، التقارير الغربية التي أكدت), with no
// issuer in the two words after it: صادر عن, ل, a name, a pronoun's verb
// (دراسة قامت بها شركة، بيان للوزارة), unless they name a country.
func (st *state) authorless(f int) bool {
	if f < 1 || f+3 >= len(st.tk) || st.issuedBy(f+1) != f+1 || !(st.tk[f-1].Cls&word.Say != 0 && !st.tk[f].Article || st.tk[f+2].Cls&word.Relative != 0 && st.tk[f+3].Cls&word.Say != 0) {
		return false
	}
	_, lam := parts.AfterLam(&st.toks[f+1])
	return st.countryIn(f, f+3) != "" || !lam && !st.tk[f+1].Pronoun && !st.tk[f+2].Pronoun && st.tk[f+1].ent < 0 && st.tk[f+2].ent < 0
}

// firstDoc returns where the document noun was first written before a, or a.
func (st *state) firstDoc(noun string, a int) int {
	j := 0
	for j < a && !(st.tk[j].Document && st.docNoun(j) == noun) {
		j++
	}
	return j
}

// issuedBy returns where the issuer's name starts after a document noun
// and صادر and عن or من, or من alone (بيانات من إدارة معلومات الطاقة), or a
// verb that takes it up (استطلاعا للرأي أجرته رويترز), else k.
func (st *state) issuedBy(k int) int {
	j := k
	if j+2 < len(st.toks) && st.tk[j].Cls&word.SpeaksFor != 0 && st.tk[j].ent < 0 {
		j++ // بيان صادر عن قيادة التحالف
	}
	if j+1 < len(st.toks) && (st.tk[j].Cls&word.From != 0 || st.toks[j].Norm == parts.MinS) {
		return j + 1 // بيانات من إدارة معلومات الطاقة
	}
	j = k
	if j < len(st.toks) && st.toks[j].Kind == news.Word && st.tk[j].ent < 0 {
		if stem, cl := lexicon.StemOf(&st.toks[j]); cl.Prep == parts.LamS && strings.HasPrefix(stem, parts.AlS) {
			j++ // للرأي
		}
	}
	if j+1 < len(st.toks) && st.toks[j].Kind == news.Word && st.tk[j].ent < 0 && st.tk[j].Pronoun &&
		!st.tk[j].Article && st.tk[j].Cls&(word.In|word.From|word.To|word.Stop) == 0 &&
		(st.tk[j+1].ent >= 0 || st.bodyNoun(j+1)) {
		return j + 1
	}
	return k
}

// docNoun returns the document noun at j without the article or the
// accusative alef (تقريرا، التقرير → تقرير).
func (st *state) docNoun(j int) string { return strings.TrimSuffix(st.bare(j), "ا") }

// bodyStarts reports whether an organisation's mention starts at token k.
func (st *state) bodyStarts(k int) bool {
	e := st.tk[k].ent
	if e < 0 || st.ents[e].Type != news.ORG || st.ents[e].Country == "" && st.ents[e].Actor == "" {
		return false
	}
	return st.opensMention(k)
}

// opensMention reports whether token k is the first of an entity's mention.
func (st *state) opensMention(k int) bool {
	return st.tk[k].ent >= 0 && (k == 0 || st.tk[k-1].ent != st.tk[k].ent || st.tk[k-1].men != st.tk[k].men)
}

// bare returns the stem of the word at j without clitics and the article.
func (st *state) bare(j int) string {
	s, _ := lexicon.BareOf(&st.toks[j])
	return s
}

// bodyNoun reports whether the word at j is a noun that heads the name of
// a body (منظمة، لمركز، الوزارة).
func (st *state) bodyNoun(j int) bool { return st.lx.Of(st.bare(j))&word.Body != 0 }

// anyHolder returns the one person of the article written with the role
// that the speaker's words open with, when the words name no country; for
// an honorific and its pronoun (سموه), the person of its rank (package
// honor): the last speaker before quote qi addressed by that rank, else
// the person of the rank named last. An honorific before an office (معالي
// وزير الخارجية) is a title: the office, not the rank, tells who holds it.
func (st *state) anyHolder(qi int, sp *news.Speaker) *news.Entity {
	a, b := parts.Within(st.toks, sp.Start, sp.End)
	if b-a != 1 {
		return st.roleHolder(a, b)
	}
	w, _ := lexicon.WithoutConjunction(&st.toks[a])
	r := honor.Of(w)
	if r == honor.None {
		return st.roleHolder(a, b)
	}
	for k := qi - 1; k >= 0; k-- {
		if prev := st.out[k].Speaker; prev != nil && prev.Name != "" && prev.Start < sp.Start {
			if e := st.personNamed(prev.Name); honor.Addressed(st.text, st.ents, e, sp.Start, prev.Text) == r {
				return &st.ents[e] // وأفاد معاليه: the minister quoted last, not one he met since
			}
		}
	}
	if e := honor.Holder(st.text, st.ents, r, sp.Start); e >= 0 {
		return &st.ents[e] // وقال سموه: the prince named last
	}
	return st.roleHolder(a, b)
}

// personNamed returns the index of the person entity named name (its
// English or its Arabic name), or -1.
func (st *state) personNamed(name string) int {
	for i := range st.ents {
		if e := &st.ents[i]; e.Type == news.PER && (e.Name == name || e.NameAr == name) {
			return i
		}
	}
	return -1
}

// roleHolder returns the one person of the article written with the role
// that the words [a, b) open with after titles, or nil.
func (st *state) roleHolder(a, b int) *news.Entity {
	for a < b && st.tk[a].Cls&word.Title != 0 {
		a++
	}
	if a >= b || !st.tk[a].Role {
		return nil
	}
	key := st.roleKey(a, b)
	if key == "" {
		return nil
	}
	if !st.rolesBuilt {
		st.buildRoles()
	}
	if e := st.roles.Holder(key, "", true); e >= 0 {
		return &st.ents[e]
	}
	return nil
}
