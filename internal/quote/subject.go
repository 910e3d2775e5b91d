package quote

import (
	"rasad/internal/lexicon"
	"rasad/internal/news"
	"rasad/internal/quote/agree"
	"rasad/internal/quote/head"
	"rasad/internal/quote/marks"
	"rasad/internal/quote/office"
	"rasad/internal/quote/parts"
	"rasad/internal/quote/setting"
	"rasad/internal/quote/word"
)

// openingSubject returns the phrase [k, e) that describes the subject of
// the verb, no speech verb, opening the sentence [a, b): a definite role,
// body or medium noun right after it (ورد الناطق على الاتهام …) with no
// person in apposition. A person named later is in the complement (لقاء
// أوباما): قائلا speaks for the description. -1, -1 when none.
func (st *state) openingSubject(a, b int) (int, int) {
	k := a + 1
	if k >= b {
		return -1, -1
	}
	if _, came := st.cameIn(a, b); st.tk[a].Cls&word.Cue != 0 && (st.tk[a].Cls&word.Came == 0 || came) {
		return -1, -1 // a speech verb names its own subject; ورد is one only before في
	}
	if st.toks[k].Kind != news.Word || st.tk[k].ent >= 0 || st.tk[k].q >= 0 ||
		!st.tk[k].Common && !st.indefiniteRole(k) && !head.Kana(st.toks[a:b], st.tk[k].Role, func(j int) bool { e := st.tk[a+j].ent; return e >= 0 && st.ents[e].Type == news.PER }) {
		return -1, -1
	}
	e := st.phrase(k, b)
	if e <= k || st.apposed(k, b) || !st.opensWithVerb(a, b, e) {
		return -1, -1
	}
	for j := k + 1; j < e && st.indefiniteRole(k); j++ {
		if st.tk[j].Nisba == "" && !st.tk[j].Role && (st.tk[j].Article || !agree.SoundPlural(st.toks[j].Norm)) {
			e = j // خبراء اقتصاديون أردنيون | خطة الحكومة: the adjectives that agree with it, not the object
		}
	}
	for j := k + 1; j < e; j++ {
		if st.tk[j-1].Nisba != "" && st.tk[j].Article && st.tk[j].Nisba == "" {
			e = j // a country adjective ends the subject: … الفلسطيني | الحكومة (the object)
		}
	}
	return k, e
}

// apposed reports whether a person in apposition follows the description
// at k over the words of a long office (definite words, adjectives,
// titles, roles, bodies, words after a preposition, named places: ورحب
// المدير الإقليمي للحملة … في سوريا الدكتور بدر), not over a plain noun, a
// relative or a complementizer (… بأنه يرفض لقاء أوباما).
func (st *state) apposed(k, b int) bool {
	for j := k + 1; j < b && j-k <= 3*maxPhrase; j++ {
		t, in := st.toks[j], st.tk[j]
		if e := in.ent; e >= 0 {
			if st.ents[e].Type == news.PER && (!st.objectPosition(j, k) || office.OfRole(st.held.Words(), j, k)) {
				return true
			}
			continue
		}
		if in.q >= 0 || in.Cls&(word.Comp|word.Relative|word.Cue) != 0 {
			return false
		}
		if t.Kind == news.Punctuation {
			if marks.Comma(t.Text) {
				continue
			}
			return false
		}
		if !(in.Article || in.Nisba != "" || in.Role || in.Cls&(word.Title|word.Link|word.In|word.Stop|word.To|word.From) != 0 ||
			st.bodyNoun(j) || st.afterPreposition(j)) {
			return false
		}
	}
	return false
}

// documentSpeaker returns the issuer of a document at i that is the
// subject of a speech verb: the body after صدر عن, after ل, after a verb
// whose pronoun takes it up (بيان أصدرته الخزانة الأميركية) or after the
// noun and up to two adjectives (أوضح بيان صحفي صدر عن المنظمة، أكد بيان
// لوزارة الخارجية); a body noun (المنظمة) is a description settle
// resolves; else the body that spoke last, else the document (settle finds
// its issuer), never a person carried over. nil for no document.
func (st *state) documentSpeaker(i, b int) *news.Speaker {
	if i >= b || st.toks[i].Kind != news.Word || !st.tk[i].Document || st.tk[i].ent >= 0 {
		return nil
	}
	if _, cl := lexicon.StemOf(&st.toks[i]); cl.Prep != "" && st.lx.Of(st.toks[i].Norm)&word.Document == 0 {
		return nil // لبيان; not بيان, which the segmenter may read as ب and a stem
	}
	k := i + 1
	for n := 0; k < b && n < 2 && st.toks[k].Kind == news.Word && st.tk[k].q < 0 && st.tk[k].ent < 0 &&
		!st.afterPreposition(k) && !st.bodyNoun(k) && st.tk[k].Cls&(word.SpeaksFor|word.Comp|word.Stop|word.From|word.In|word.To|word.Cue|word.TimeHead) == 0; n++ {
		if st.tk[k].Cls&word.ViaVerb != 0 {
			return st.unissued(i, i+1) // البيان الذي بثه التلفزيون: the channel after it, not its issuer
		}
		if k+1 < b && st.tk[k].Pronoun && !st.tk[k].Article && (st.tk[k+1].ent >= 0 || st.tk[k+1].Article) {
			return st.issuerAt(k + 1) // أصدرته الخزانة الأميركية
		}
		k++ // صحفي، مشترك
	}
	if k+1 < b && st.tk[k].Cls&word.SpeaksFor != 0 && st.tk[k+1].Cls&word.From != 0 {
		k += 2 // صدر عن
	}
	if k < b && st.tk[k].q >= 0 && st.spans[st.tk[k].q].Open == k {
		k++ // بيان «…»
	}
	if w := k < b && st.toks[k].Kind == news.Word; w && st.tk[k].ent >= 0 && (st.ents[st.tk[k].ent].Type == news.ORG || st.ents[st.tk[k].ent].Type == news.PER) {
		return st.entitySpeaker(k)
	} else if w && st.tk[k].ent < 0 && st.tk[k].Common && !st.tk[k].Role {
		return st.speakerOf(k, k+1, "")
	}
	for k = i + 1; k < b && k-i < maxPhrase && st.toks[k].Kind == news.Word && st.tk[k].q < 0 && st.tk[k].Cls&(word.Comp|word.Cue) == 0; k++ {
		// its words up to the clause: بيان المنسقية العامة لرئاسة الوزراء التركية (TUR)
	}
	return st.unissued(i, max(k, i+1))
}

// unissued returns the issuer of the document [d, e) named before (settle's
// issuer, with a country), else the body that spoke last, else itself.
func (st *state) unissued(d, e int) *news.Speaker {
	sp := st.speakerOf(d, e, "")
	if body := st.issuer(st.speakerOf(d, d+1, ""), nil); body != nil && body.Name != "" && (body.Country != "" || body.Actor != "") {
		return setting.Copy(body, sp)
	} else if st.story.Body(st.last) {
		return setting.Copy(st.last, sp)
	}
	return sp
}

// pointed reports whether إلى at i, after a verb of pointing out at v,
// opens a noun phrase the speaker spoke of (أشار الوزير إلى أهمية
// التعاون): a word that is no complementizer (إلى أن is reported anyway)
// and no quotation, and a clause of three words or more.
func (st *state) pointed(v, i, b int) bool {
	if (st.tk[v].Cls|st.withoutConjunction(v))&word.PointTo == 0 || st.tk[i].Cls&word.To == 0 || st.toks[i].Norm == parts.LamS || i+1 >= b ||
		st.toks[i+1].Kind != news.Word || st.tk[i+1].q >= 0 || st.tk[i+1].Cls&word.Comp != 0 {
		return false
	}
	return !st.adjectival(v) && marks.Words(st.toks, marks.Span{First: i + 1, Last: st.clause(i+1, b) - 1}) >= 3
}

// pointsAsThing reports whether a verb of pointing out at v "indicates"
// with a thing for its subject (تشير المؤشرات إلى، التاريخ يشير إلى): a
// subject that names no one, or a word before it where before found no
// speaker sp (وأشار, مشيرا continue one); before a clause, the imperfect
// after a thing's noun (المعطيات تشير إلى أن، وعيد للأتراك تشير أنهم).
func (st *state) pointsAsThing(v, a int, subj [2]int, sp *news.Speaker, clause bool) bool {
	if subj[0] >= 0 {
		for j := subj[0]; j < subj[1]; j++ {
			if e := st.tk[j].ent; e >= 0 && (st.ents[e].Type == news.PER || st.ents[e].Type == news.ORG) {
				return false
			}
		}
		h := st.tk[subj[0]]
		return !(h.Role || h.Common || h.Media || h.Document || h.Cls&word.Title != 0)
	}
	if _, conj := lexicon.WithoutConjunction(&st.toks[v]); sp != nil || conj || st.tk[v].Cls&word.Part != 0 || v == a {
		return false
	}
	h, verb := st.tk[v-1], lexicon.Plain(&st.toks[v])
	return !clause && st.toks[v-1].Kind == news.Word || clause && (verb == "يشير" || verb == "تشير") && h.ent < 0 && !(h.Role || h.Common || h.Media || h.Document || h.Cls&(word.Title|word.Relative) != 0)
}

// indefiniteRole reports whether the word at k is an indefinite plural
// role noun: without the article, and with the plural ending (مسؤولون،
// محللين) or an adjective with it after it (خبراء اقتصاديون), or another
// role after و (دبلوماسيون وخبراء); not a noun in construct (نائب خادم
// الحرمين، وزير مالية الدنمارك). It is the unnamed subject of the verb
// before it, which only a plural participle or verb continues.
func (st *state) indefiniteRole(k int) bool {
	if k >= len(st.toks) || !st.tk[k].Role || st.tk[k].Article || st.tk[k].RolePrep {
		return false
	}
	if k+1 < len(st.toks) && st.tk[k+1].Role && !st.tk[k+1].Article {
		_, conj := lexicon.WithoutConjunction(&st.toks[k+1])
		return conj
	}
	return agree.SoundPlural(st.toks[k].Norm) || k+1 < len(st.toks) && !st.tk[k+1].Article && agree.SoundPlural(st.toks[k+1].Norm)
}

// wasSubject returns the subject that stands between كان and قد before the
// speech verb at v, in the sentence that starts at a (وكان رئيس الشركة قد
// أعلن أن، وكانت الوزارة قد ذكرت أن): the pluperfect names its speaker
// there, before the verb, so the verb carries no speaker over; nil when the
// verb is not so written or the words between are no speaker.
func (st *state) wasSubject(a, v int) *news.Speaker {
	if v-2 <= a || st.toks[v-1].Norm != "قد" {
		return nil
	}
	for k := v - 2; k >= a && v-k <= maxPhrase+1; k-- {
		if st.toks[k].Kind != news.Word && st.tk[k].q < 0 || st.tk[k].Cls&(word.Say|word.Comp|word.Stop) != 0 {
			return nil
		}
		if (st.tk[k].Cls|st.withoutConjunction(k))&word.Was != 0 {
			if k+1 >= v-1 {
				return nil
			}
			return st.speakerOf(k+1, v-1, "")
		}
	}
	return nil
}
