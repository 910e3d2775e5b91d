package quote

import (
	"cmp"
	"sort"

	"rasad/internal/lexicon"
	"rasad/internal/news"
	"rasad/internal/quote/honor"
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
		if e := st.ref.KindHolder(st.out, qi, sents, func(o *news.Speaker) int { return st.held.PersonNamed(o.Name) }); e >= 0 {
			sp := st.out[qi].Speaker // ولفت المسؤول المالي الأمريكي: the one American quoted before
			sp.Name, sp.Actor, sp.Country = cmp.Or(st.ents[e].Name, st.ents[e].NameAr), st.ents[e].Actor, st.ents[e].Country
		} else if sp := st.out[qi].Speaker; sp != nil && sp.Name == "" && sp.Actor == "" && sp.Country == "" {
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
	if c, code := setting.Apposed(st.toks, st.ents, b); a < b && !st.tk[a].Role && c+code != "" {
		sp.Country, sp.Actor = c, code // أكبر الباكر، الرئيس التنفيذي للخطوط القطرية: the airline's, not the story's
		return
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
// takes up: the latest earlier quote's whose words open with the same noun,
// or a name's that ends with it (setting.Earlier); for other words, the one a later quote names (setting.Introduced).
func (st *state) antecedent(qi int, sp *news.Speaker) *news.Speaker {
	a, b := parts.Within(st.toks, sp.Start, sp.End)
	if b-a == 2 && st.tk[a].Cls&word.This != 0 && st.tk[a].ent < 0 {
		a++ // هذا المسؤول: the official named before
	}
	same := b-a == 2 && setting.Same(&st.toks[a+1])
	if same {
		b-- // المصدر نفسه: the source named before
	}
	if b-a != 1 || !st.tk[a].Article {
		return setting.Introduced(st.toks, sp, st.out[qi+1:]) // مسؤول … المسؤول فلان; nil after a definite noun
	}
	head, _ := lexicon.BareOf(&st.toks[a])
	if prev := setting.Earlier(st.toks, st.out[:qi], sp.Start, head); prev != nil && same {
		return setting.First(st.out[:qi], prev) // as the article introduced it
	} else if prev != nil {
		return prev
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
		st.issued = st.ref.Issuers()
	}
	a, _ := parts.Within(st.toks, sp.Start, sp.End)
	i := sort.Search(len(st.issued), func(k int) bool { return st.issued[k][0] > a })
	noun := st.ref.DocNoun(a)
	for k := i - 1; k >= 0; k-- {
		if st.ref.DocNoun(st.issued[k][0]) == noun { // التقرير takes up a تقرير before it
			return st.issuerAt(st.issued[k][1])
		}
	}
	f := st.ref.FirstDoc(noun, a)
	switch {
	case st.ref.Authorless(f):
		return &news.Speaker{Country: st.held.CountryIn(f, f+3)} // تقرير أمني غربي، تقارير بريطانية: its adjective's country, or none
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
	if st.ref.BodyStarts(k) {
		return st.entitySpeaker(k)
	}
	e := st.phrase(k, len(st.toks))
	sp := st.speakerOf(k, e, "")
	if c := st.story.Coalition(st.toks[k:e]); c != nil && sp.Country == "" {
		sp.Name, sp.Actor, sp.Country = c.Name, c.Actor, c.Country // بيان قيادة التحالف … وأضاف البيان: the coalition's
	}
	if e+1 < len(st.toks) && sp.Country == "" && st.tk[e].Cls&word.In != 0 {
		sp.Country = st.held.CountryIn(e+1, e+2) // النيابة العامة في إسرائيل
	}
	if head, lam := parts.AfterLam(&st.toks[k]); sp.Name == "" && lam {
		sp.Name = head + st.text[st.toks[k].End:sp.End] // في بيان للجيش التركي: الجيش التركي
	} else if sp.Name == "" {
		sp.Name = sp.Text
	}
	return sp
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
		return st.held.RoleHolder(a, b)
	}
	w, _ := lexicon.WithoutConjunction(&st.toks[a])
	r := honor.Of(w)
	if r == honor.None {
		return st.held.RoleHolder(a, b)
	}
	for k := qi - 1; k >= 0; k-- {
		if prev := st.out[k].Speaker; prev != nil && prev.Name != "" && prev.Start < sp.Start {
			if e := st.held.PersonNamed(prev.Name); honor.Addressed(st.text, st.ents, e, sp.Start, prev.Text) == r {
				return &st.ents[e] // وأفاد معاليه: the minister quoted last, not one he met since
			}
		}
	}
	if e := honor.Holder(st.text, st.ents, r, sp.Start); e >= 0 {
		return &st.ents[e] // وقال سموه: the prince named last
	}
	return st.held.RoleHolder(a, b)
}
