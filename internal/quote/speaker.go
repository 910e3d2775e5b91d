package quote

import (
	"cmp"
	"strings"

	"rasad/internal/lexicon"
	"rasad/internal/news"
	"rasad/internal/quote/agree"
	"rasad/internal/quote/marks"
	"rasad/internal/quote/office"
	"rasad/internal/quote/parts"
	"rasad/internal/quote/refer"
	"rasad/internal/quote/setting"
	"rasad/internal/quote/word"
)

// speakerOf returns the speaker the phrase [a, b) names: the first person
// entity in it; else the entity it opens with (an organisation or a country may
// speak); else a described speaker, with the words of the phrase, the country
// they name (a place entity, a country adjective, or through a possessive
// pronoun the channel's country: "وسائل إعلام صينية ... وزير دفاعها") and, when
// the phrase opens with a role, the entity holding that role.
func (st *state) speakerOf(a, b int, viaCountry string) *news.Speaker {
	if a >= b {
		return nil
	}
	if j := st.speaksFor(a, b); j >= 0 {
		// The words of the whole phrase, so that a later bare noun can take
		// it up (وأضاف التحليل).
		sp := st.entitySpeaker(j)
		if a > 0 && st.tk[a].q >= 0 && st.tk[a-1].q == st.tk[a].q {
			a-- // the opening mark of a quoted name
		}
		sp.Start = st.toks[a].Start
		sp.Text = st.text[sp.Start:sp.End]
		return sp
	}
	for j := a; j < b; j++ {
		if st.tk[j].Cls&word.Link != 0 && st.tk[j].ent < 0 {
			// متحدث باسم بان كي مون: the spokesman, not Ban; but the name
			// after the body spoken for is the spokesman's own (المتحدث
			// باسم برنامج الأغذية العالمي بيتر سميردون).
			j = st.mentionEnd(j + 1)
			continue
		}
		if e := st.tk[j].ent; e >= 0 && st.ents[e].Type == news.PER {
			if st.inBodyName(j, a) || parts.Genitive(st.toks, j, a) {
				j = st.mentionEnd(j) // لمركز الملك سلمان: the centre's name, not its speaker; نائب البشير: the deputy's
				continue
			}
			return st.officer(a, j, st.entitySpeaker(j))
		}
	}
	if st.tk[a].ent >= 0 {
		return st.entitySpeaker(a)
	}
	if o := st.outletAt(a, b); o >= 0 { // صحيفة «ديلي ميرور»: the paper speaks for itself
		sp := st.entitySpeaker(o)
		sp.Start, sp.End, sp.Text = st.toks[a].Start, st.toks[b-1].End, st.spanText(a, b)
		sp.Country = setting.Outlet(&st.ents[st.tk[o].ent], st.held.CountryIn(st.mentionEnd(o)+1, b))
		return sp
	}
	if e := setting.Named(st.ents, st.toks[a+1:b]); e >= 0 && st.headsBody(a) && st.tk[a+1].ent < 0 { // موقع ويكيليكس, the name written again
		n := &st.ents[e]
		return &news.Speaker{Name: cmp.Or(n.Name, n.NameAr), Country: n.Country, Actor: n.Actor, Text: st.spanText(a, b), Start: st.toks[a].Start, End: st.toks[b-1].End}
	}
	sp := &news.Speaker{Text: st.spanText(a, b), Start: st.toks[a].Start, End: st.toks[b-1].End}
	country := st.held.CountryIn(a, b)
	if country == "" && viaCountry != "" && st.tk[b-1].Pronoun {
		country = viaCountry // وزير دفاعها: the channel's country
	}
	sp.Country = country
	if body := setting.International(st.ents, sp.Start, sp.End); body != "" {
		sp.Country, sp.Actor = "", body // المبعوث الأممي: the body's official
	}
	if n := st.trailingName(a, b); n > 0 {
		// A role and a name the entity stage missed: the name is the
		// speaker's (السفيرة الأمريكية ... سامانثا باور).
		sp.Name = st.spanText(b-n, b)
		return st.officer(a, b-n, sp) // المتحدث باسم الوزارة غابريل فيرنشتدت: the ministry named before
	}
	h := a
	for h < b && st.tk[h].Cls&word.Title != 0 {
		h++
	}
	if h < b {
		if st.tk[h].Role {
			key := st.held.Key(h, b)
			e := st.held.Resolve(key, country, st.res)
			if e == nil && st.bodyIn(h, b) {
				// نائب رئيس مجلس إدارة سابك: the office of a body the
				// phrase names is one post, whatever its holder's country.
				if k := st.held.Index.Holder(key, "", true); k >= 0 {
					e = &st.ents[k]
				}
			}
			if e != nil {
				sp.Name = e.Name
				if sp.Name == "" {
					sp.Name = e.NameAr
				}
				sp.Actor = e.Actor
				if sp.Country == "" {
					sp.Country = e.Country
				}
			}
		}
	}
	return sp
}

// officer returns sp, the person at j after a role [a, j), with no country of
// his own that of the body named there or taken up (للمركز: setting.Antecedent).
func (st *state) officer(a, j int, sp *news.Speaker) *news.Speaker {
	for k := a; a >= 0 && st.tk[a].Role && k < j && sp.Country+sp.Actor == ""; k++ {
		if stem, _ := lexicon.StemOf(&st.toks[k]); st.tk[k].ent >= 0 && st.ents[st.tk[k].ent].Type == news.ORG {
			sp.Country = st.ents[st.tk[k].ent].Country
		} else if st.tk[k].ent < 0 && strings.HasPrefix(stem, parts.AlS) && st.bodyNoun(k) {
			sp.Country = setting.Antecedent(st.ents, st.bare(k), st.toks[a].Start)
		}
	}
	return sp
}

// outletAt returns the first token of the outlet a media noun at a names
// in the phrase [a, b) (صحيفة «آس»، موقع "بي سي ماجازين"), or of the body
// a noun that heads bodies' names names (منظمة «هيومن رايتس ووتش»، حركة
// «النهضة»): the body speaks for itself, with its own country or none,
// not the country it reports on. -1 when the phrase is neither, or when
// after a body's noun one unquoted word no list knows stands (فريق رقابي:
// an adjective the entity stage took for a name).
func (st *state) outletAt(a, b int) int {
	j := a + 1
	if j < b && st.toks[j].Kind == news.Punctuation && st.tk[j].q >= 0 {
		j++
	}
	if !st.headsBody(a) || j >= b || st.tk[j].ent < 0 || st.ents[st.tk[j].ent].Type != news.ORG {
		return -1
	}
	if e := &st.ents[st.tk[j].ent]; !st.tk[a].Media && j == a+1 && e.Actor == "" && e.Country == "" && !strings.Contains(strings.TrimSpace(e.NameAr), " ") {
		return -1
	}
	return j
}

// headsBody reports whether the word at a is an indefinite media noun or
// a noun that heads bodies' names (صحيفة، موقع، منظمة; not الصحيفة).
func (st *state) headsBody(a int) bool {
	return (st.tk[a].Media || st.bodyNoun(a)) && !st.tk[a].Article
}

// bodyIn reports whether the phrase [a, b) names an organisation.
func (st *state) bodyIn(a, b int) bool {
	for j := a; j < b; j++ {
		if e := st.tk[j].ent; e >= 0 && st.ents[e].Type == news.ORG {
			return true
		}
	}
	return false
}

// inBodyName reports whether the person mentioned at token j (in a phrase
// from a) is in the name of a body whose noun stands before it in the
// construct state, after titles or none (لمركز الملك سلمان، جامعة الأمير
// سلطان; not رئيس المجلس محمد الناصر, nor لأوبك عبدالله البدري, a whole name).
func (st *state) inBodyName(j, a int) bool {
	k := j - 1
	for k > a && st.tk[k].Cls&word.Title != 0 {
		k--
	}
	stem, _ := lexicon.StemOf(&st.toks[max(k, 0)])
	if k < a || st.tk[j-1].ent == st.tk[j].ent || strings.HasPrefix(stem, parts.AlS) || st.toks[k].Kind != news.Word ||
		st.tk[k].Cls&word.Title != 0 || !st.bodyNoun(k) {
		return false
	}
	e := st.tk[k].ent // the body's own mention runs over the name
	return e < 0 || st.ents[e].Type == news.ORG && st.ents[e].Mentions[st.tk[k].men].End > st.toks[j].Start
}

// speaksFor returns the token of the entity that speaks through the phrase
// [a, b), or -1: the name after على لسان right after the phrase (وبينت
// «سابك» على لسان يوسف البنيان), or after عن or من when the phrase ends with
// الصادر (التحليل الأسبوعي الصادر عن بنك قطر الوطني: the bank speaks).
func (st *state) speaksFor(a, b int) int {
	at := -1
	if b < len(st.toks) && st.toks[b].Kind == news.Punctuation && st.tk[b].q >= 0 {
		b++ // the closing mark of a quoted name: «سابك» على لسان
	}
	switch {
	case b+2 < len(st.toks) && st.tk[b].Cls&word.Stop != 0 && st.tk[b+1].Cls&word.SpeaksFor != 0:
		at = b + 2 // على لسان X
	case b > a && b+1 < len(st.toks) && st.tk[b-1].Cls&word.SpeaksFor != 0 && st.tk[b].Cls&word.From != 0:
		at = b + 1 // الصادر عن X
	}
	if at < 0 || st.tk[at].ent < 0 {
		return -1
	}
	switch st.ents[st.tk[at].ent].Type {
	case news.PER, news.ORG:
		return at
	}
	return -1
}

// mentionEnd returns the last token of the mention at token j, or of the
// run of definite words there (the name of a body the gazetteer lacks:
// باسم الأجهزة الأمنية الفلسطينية), or j-1 when neither starts at j.
func (st *state) mentionEnd(j int) int {
	if j >= len(st.toks) {
		return j - 1
	}
	if e := st.tk[j].ent; e >= 0 {
		for j+1 < len(st.toks) && st.tk[j+1].ent == e && st.tk[j+1].men == st.tk[j].men {
			j++
		}
		return j
	}
	k := j - 1
	for k+1 < len(st.toks) && st.toks[k+1].Kind == news.Word && st.tk[k+1].ent < 0 && (st.tk[k+1].Article || st.tk[k+1].Nisba != "") {
		k++
	}
	return k
}

// entitySpeaker returns the speaker for the entity mentioned at token j,
// with the words of that mention.
func (st *state) entitySpeaker(j int) *news.Speaker {
	e := &st.ents[st.tk[j].ent]
	m := e.Mentions[st.tk[j].men]
	name := e.Name
	if name == "" {
		name = e.NameAr
	}
	if t := st.toks[j]; e.Country == "" && e.Actor == "" && !strings.Contains(strings.TrimSpace(e.NameAr), " ") && t.Start <= m.Start && t.End >= m.End && st.tk[j].Common {
		name = "" // الوكالة (one definite noun heading bodies' names, not الأزهر): a description settle resolves
	}
	if e.Type == news.PER && e.Actor == "" && !strings.Contains(strings.TrimSpace(e.NameAr), " ") {
		name = st.wholeName(j, name)
	}
	country := e.Country
	if e.Type == news.PER && strings.HasPrefix(e.Actor, "IGO") {
		country = "" // the GCC's secretary-general speaks for it (his actor), not for his country
	}
	return &news.Speaker{Name: name, Country: country, Actor: e.Actor, Text: st.text[m.Start:m.End], Start: m.Start, End: m.End}
}

// wholeName returns the name of the one-word person at token j with the
// words no list knows that the entity stage cut off it (doc.go: عن خولة
// الخطيب، الإعلامية رائدة محمد، سارة ليا ويتسن مديرة القسم), or name when
// it cut none.
func (st *state) wholeName(j int, name string) string {
	first, last := j, j
	if k := j - 1; k > 0 && st.nameLike(k) && len(st.toks[k].Parts) <= 1 {
		if p := st.tk[k-1]; st.toks[k-1].Kind == news.Word && p.ent < 0 &&
			(p.Role || p.Article && name == st.ents[st.tk[j].ent].NameAr && k > 1 && st.tk[k-2].ent < 0 && (st.tk[k-2].Role || st.tk[k-2].Cls&(word.Cue|word.Title|word.Link) != 0) ||
				p.Cls&(word.From|word.To|word.In|word.Cue|word.Title) != 0) { // a description after a verb or role: وقالت الإعلامية رائدة محمد; not المتابعين شجّع مي
			first = k
		}
	}
	if !st.tk[j].Article && lexicon.Default().Has(st.toks[j].Norm, "given-name") {
		for k := j + 1; k < len(st.toks) && k-j <= 2 && st.nameLike(k); k++ {
			_, cl := lexicon.StemOf(&st.toks[k])
			if _, conj := lexicon.WithoutConjunction(&st.toks[k]); cl.Prep != "" || conj && k == j+1 {
				break // بولاك وزملاؤه; ليا ويتسن goes on
			}
			last = k
		}
		if n, in := last+1, st.tk[min(last+1, len(st.tk)-1)]; last > j && n < len(st.toks) && !(st.toks[n].Kind == news.Punctuation ||
			in.q >= 0 || in.Role || in.Cls&(word.Comp|word.To|word.From|word.In) != 0 || st.toks[n].Norm == parts.MinS) {
			last = j // the phrase goes on: no name
		}
	}
	if first == j && last == j {
		return name
	}
	return st.spanText(first, last+1)
}

// before returns the speaker named right before the verb at v (بوتين قال،
// أوساط معارضة قالت بأن، لكن الوزارة ذكرت أن): an entity whose mention
// ends there, or a phrase that opens with a role or a definite common noun
// of a body or a medium at the start of a clause.
func (st *state) before(v, a int) *news.Speaker {
	p := v - 1
	if p < a || st.tk[p].q >= 0 {
		return nil
	}
	if e := st.tk[p].ent; e >= 0 {
		if t := st.ents[e].Type; t == news.PER || t == news.ORG {
			return st.entitySpeaker(p)
		}
		return nil
	}
	const ends = word.Stop | word.Comp | word.Cue | word.From | word.To | word.In | word.Relative | word.NotComp | word.Via
	start := -1
	for k := p; k >= a && p-k < 4; k-- {
		if st.toks[k].Kind != news.Word || st.tk[k].q >= 0 || st.tk[k].Cls&ends != 0 {
			break
		}
		if st.tk[k].Role && !st.tk[k].RolePrep || st.tk[k].Common {
			start = k
		}
	}
	if start < 0 {
		return nil
	}
	if start == a || st.toks[start-1].Kind == news.Punctuation || st.tk[start-1].Cls&(word.Comp|word.Stop|word.NotComp) != 0 && st.tk[start-1].Cls&(word.From|word.To|word.In) == 0 { // not إلى السوق قال
		return st.speakerOf(start, v, "")
	}
	return nil
}

// governing returns the subject of the verb that ب and the verbal noun of
// قال at v follow: a description right after that verb (أجابت الرومانية
// بالقول), else the first person who stands as a subject in the clause
// before v (أجاب أوباما بالنفي بقوله:, انتقد أوباما نتنياهو، بقوله إنه), from
// the last comma not right before it in the sentence that starts at a.
func (st *state) governing(v, a int) *news.Speaker {
	s := v
	for s > a+1 && st.tk[s-1].Article && st.tk[s-1].ent < 0 && st.tk[s-1].q < 0 && (st.tk[s-1].Role || st.tk[s-1].Common || st.tk[s-1].Nisba != "") {
		s--
	}
	if _, cl := lexicon.StemOf(&st.toks[s-1]); s < v && st.toks[s-1].Kind == news.Word && st.tk[s-1].ent < 0 && st.tk[s-1].q < 0 && !st.tk[s-1].Known && cl.Prep == "" && !st.tk[s-1].Article && st.tk[s-1].Cls&word.This == 0 {
		return st.speakerOf(s, v, "") // the verb, no word quote knows, and its subject (نفى ذلك بقوله: ذلك is the object)
	}
	k := v - 1
	for k > a && (st.toks[k].Kind == news.Punctuation || st.tk[k].q >= 0) {
		k--
	}
	for ; k > a && !marks.Comma(st.toks[k].Text); k-- {
		if q := st.tk[k].q; q >= 0 {
			k = st.spans[q].Open
		}
	}
	if j := st.firstSubject(k, v); j >= 0 {
		return st.entitySpeaker(j)
	}
	return nil
}

// subjectPerson returns the first person of tokens [a, upto) who stands as a
// subject: not after a preposition (مع بوتين، للرئيس بوتين), not inside a
// relative clause (الذي حضره شويغو،) and not inside quotation marks.
//
// The first such person of a sentence is found once and kept, so that many
// verbs in one long sentence cost one walk.
func (st *state) subjectPerson(a, upto int) *news.Speaker {
	if st.subjSent != a {
		st.subjSent, st.subjAt, st.subjEnd = a, -1, -1
		if k, e := st.openingSubject(a, st.sentEnd); k >= 0 {
			st.subjAt, st.subjEnd = k, e
		} else {
			st.subjAt = st.firstSubject(a, st.sentEnd)
		}
	}
	if st.subjAt < 0 || st.subjAt >= upto {
		return nil
	}
	if st.subjEnd > 0 {
		return st.speakerOf(st.subjAt, st.subjEnd, "")
	}
	return st.entitySpeaker(st.subjAt)
}

// firstSubject returns the token where the first person who stands as a
// subject in [a, b) is mentioned, or -1. An organisation that follows the
// verb opening the sentence is its subject, and a person named after it
// the object (ونعت كتائب القسام ... عبد الرحمن أبو نقيرة، وقالت: the
// Brigades speak, not the man they mourn): then the organisation's token.
func (st *state) firstSubject(a, b int) int {
	if k := st.openingBody(a, b); k >= 0 {
		return k
	}
	rel := false
	for j := a; j < b; j++ {
		if q := st.tk[j].q; q >= 0 {
			j = st.spans[q].End()
			continue
		}
		t := st.toks[j]
		if t.Kind == news.Punctuation {
			if marks.Comma(t.Text) {
				rel = false
			}
			continue
		}
		if st.tk[j].Cls&word.Relative != 0 && st.tk[j].ent < 0 {
			rel = true
			continue
		}
		e := st.tk[j].ent
		if e < 0 || rel || st.ents[e].Type != news.PER {
			continue
		}
		if j > a && st.tk[j-1].ent == e && st.tk[j-1].men == st.tk[j].men {
			continue // inside a mention already judged
		}
		if w := st.held.Words(); (!st.objectPosition(j, a) || office.OfRole(w, j, a)) && !office.Object(w, j, a) {
			return j
		}
	}
	return -1
}

// author returns the speaker of a verb whose في and pronoun take up the
// speech noun before it (doc.go: تغريدة للناشط علي النعيمي، جاء فيها), or
// the role whose phrase ends at the noun; nil when the verb does not so continue.
func (st *state) author(v, a int) *news.Speaker {
	if v+1 >= len(st.toks) || st.toks[v+1].Kind != news.Word {
		return nil
	}
	if stem, cl := lexicon.StemOf(&st.toks[v+1]); cl.Pronoun == "" || st.lx.Of(stem)&word.In == 0 {
		return nil
	}
	n := -1 // the speech noun
	for j := v - 1; j >= a && v-j <= maxBack+2; j-- {
		if st.tk[j].Cls&word.SpeechNoun != 0 || st.tk[j].Document || st.lx.Of(st.bare(j))&word.SpeechNoun != 0 {
			n = j
			break
		}
	}
	if j := refer.Maker(n, v, a, func(j int) bool {
		return st.tk[j].Cls&word.SpeechNoun != 0 || st.lx.Of(st.bare(j))&word.SpeechNoun != 0
	}, func(j int) bool {
		e := st.tk[j].ent
		return e >= 0 && st.ents[e].Type == news.PER && (st.tk[j-1].ent != e || st.tk[j-1].men != st.tk[j].men) && !st.objectPosition(j, a)
	}, func(k int) bool {
		_, cl := lexicon.StemOf(&st.toks[k])
		return st.toks[k].Kind == news.Word && st.tk[k].ent < 0 && cl.Pronoun != "" && cl.Prep == ""
	}); j > 0 {
		return st.entitySpeaker(j) // تصريحات المقدشي مع أخرى أطلقها … أحمد عسيري، قال فيها: the nearest words' maker
	} else if n < 0 {
		return nil
	}
	if k := n + 1; k < v && st.toks[k].Kind == news.Word {
		if _, cl := lexicon.StemOf(&st.toks[k]); cl.Prep == parts.LamS {
			for j := k; j < v && st.toks[j].Kind == news.Word; j++ {
				if e := st.tk[j].ent; e >= 0 && (st.ents[e].Type == news.PER || st.ents[e].Type == news.ORG) {
					return st.entitySpeaker(j)
				}
			}
		}
	}
	for j := n - 1; j >= a; j-- {
		e := st.tk[j].ent
		if e < 0 || st.ents[e].Type != news.PER && st.ents[e].Type != news.ORG ||
			j > 0 && st.tk[j-1].ent == e && st.tk[j-1].men == st.tk[j].men {
			continue
		}
		if !st.objectPosition(j, a) {
			return st.entitySpeaker(j)
		}
	}
	for j := n - 1; j >= a && n-j <= maxPhrase; j-- {
		if st.tk[j].Role && st.tk[j].ent < 0 && !st.afterPreposition(j) && st.phrase(j, n) == n {
			return st.speakerOf(j, n, "") // ألقى وزير الزراعة كلمة قال فيها: the office right before the noun
		}
	}
	return nil
}

// relativeSubject returns the antecedent of a relative pronoun right before the
// speech verb at v that has no subject of its own: the person whose name ends
// before it (الرئيس الفرنسي فرانسوا هولاند الذي قال إنه), or the official of a
// body named there (ممثل صندوق النقد الدولي الذي قال إنه: the representative,
// not the fund), or a document and the word after it that the relative agrees
// with (التقارير الغربية التي أكدت; not دراسة الطب والذي); else nil.
func (st *state) relativeSubject(v, a int) *news.Speaker {
	r, j := v-1, st.beforeRole(v-2, a)
	if j < a || (st.tk[r].Cls|st.withoutConjunction(r))&word.Relative == 0 || st.tk[r].ent >= 0 {
		return nil
	}
	if d := j - 1; st.tk[j].ent < 0 && d >= a && st.tk[d].Document && st.tk[j].Article && !(strings.HasSuffix(st.toks[r].Norm, "الذي") && agree.Feminine(st.bare(d))) {
		return st.speakerOf(d, r, "") // التقارير الغربية التي أكدت: the document and its adjective
	} else if st.tk[j].ent < 0 {
		return nil
	}
	e, start := st.tk[j].ent, j
	for start > a && st.tk[start-1].ent == e && st.tk[start-1].men == st.tk[j].men {
		start--
	}
	switch {
	case st.ents[e].Type == news.PER:
		return st.entitySpeaker(start)
	case st.ents[e].Type == news.ORG && start > a && st.tk[start-1].Role:
		return st.speakerOf(start-1, r, "")
	}
	return nil
}

// beforeRole returns the name before «، role phrase،» that ends at the comma
// j (تسيبي ليفني، وزيرة العدل السابقة، التي أشارت: Livni), else j.
func (st *state) beforeRole(j, a int) (k int) {
	for k = j - 1; j > a && k > a && j-k <= maxPhrase && st.toks[k].Kind == news.Word && st.tk[k].ent < 0 && st.tk[k].q < 0 && (st.tk[k].Role || st.tk[k].Article || st.tk[k].Nisba != ""); k-- {
	}
	if j > a && marks.Comma(st.toks[j].Text) && k > a && k < j-1 && marks.Comma(st.toks[k].Text) && st.tk[k+1].Role {
		return k - 1
	}
	return j
}

// openingBody returns the token of the organisation named right after the
// verb with و or ف that opens the sentence, or after it and a body noun
// (واتهمت منظمة «هيومن رايتس ووتش»): the verb's subject; -1 when the
// sentence does not open so (قرار أممي: a noun).
func (st *state) openingBody(a, b int) int {
	k := a + 1
	if k < b && st.toks[k].Kind == news.Word && st.tk[k].ent < 0 && st.bodyNoun(k) {
		if k++; k < b && st.tk[k].q >= 0 && st.spans[st.tk[k].q].Open == k {
			k++ // منظمة «…»
		}
	}
	if k < b && st.ref.BodyStarts(k) && st.opensWithVerb(a, b, st.mentionEnd(k)+1) && !st.objectAfter(a, a+1) {
		return k
	}
	return -1
}

// opensWithVerb reports whether the sentence [a, b) opens with a verb
// and و or ف (واتهمت، ورد، فقال): a word with the conjunction that is no
// preposition, particle, name or noun the lexicon knows as one; without
// the conjunction, as a report's lead opens, before an indefinite role
// (قلل دبلوماسيون …), its subject, or a verb of issuing whose object, an
// indefinite noun no list knows, follows its subject at obj (قدمت الحكومة
// الفلسطينية طلبا; not أصدر المتحدث … عن قبيلة, نشرت جريدة «عكاظ» في).
func (st *state) opensWithVerb(a, b, obj int) bool {
	_, conj := lexicon.WithoutConjunction(&st.toks[a])
	issued := obj > a+1 && obj < b && st.tk[a].Cls&word.Issue != 0 && st.toks[obj].Kind == news.Word && !st.tk[obj].Article && st.tk[obj].ent < 0 && st.tk[obj].Cls == 0
	return a+1 < b && (conj || st.indefiniteRole(a+1) || issued) && st.toks[a].Kind == news.Word && st.tk[a].ent < 0 && st.tk[a].q < 0 &&
		(st.tk[a].Cls|st.withoutConjunction(a))&(word.From|word.To|word.In|word.Stop|word.NotComp|word.Comp|word.Relative|word.This|word.Neg) == 0 && !st.tk[a].Article &&
		!st.tk[a].Role && !st.tk[a].Media && !st.tk[a].Document && st.lx.Of(st.bare(a))&(word.Body|word.SpeechNoun) == 0
}

// objectPosition reports whether the mention that starts at token j stands
// after a preposition, directly (لبوتين، مع بوتين) or before its role
// phrase (مع وزير الدفاع الصيني لي شانغفو، للزعيم الصيني شي).
func (st *state) objectPosition(j, a int) bool {
	t := st.toks[j]
	m := st.ents[st.tk[j].ent].Mentions[st.tk[j].men]
	if m.Start > t.Start && m.Start <= t.End {
		if _, cl := lexicon.StemOf(&st.toks[j]); cl.Prep != "" {
			return true // لبوتين: the name after a preposition
		}
	}
	k := j - 1
	for ; k >= a && j-k <= maxBack; k-- {
		if st.toks[k].Kind != news.Word || st.tk[k].q >= 0 || st.tk[k].ent >= 0 {
			break
		}
		if st.tk[k].Role {
			if st.tk[k].RolePrep {
				return true
			}
			continue
		}
		if st.tk[k].Nisba != "" || st.tk[k].Cls&word.Title != 0 ||
			(st.tk[k].Article && st.tk[k].Cls&(word.Relative|word.Cue) == 0) {
			continue
		}
		break
	}
	return k >= a && st.toks[k].Kind == news.Word && st.tk[k].ent < 0 &&
		st.tk[k].Cls&(word.Stop|word.From|word.To|word.In|word.NotComp) != 0 && st.tk[k].Cls&word.He == 0 // وهو عبدالعزيز جاجة
}

// trailingName returns how many words at the end of the phrase [a, b) are
// a name after its role (nameRun), or 0.
func (st *state) trailingName(a, b int) int {
	if !st.opensRole(a) {
		return 0
	}
	for n := 3; n >= 2; n-- {
		// After a definite word or a name: السفيرة الأمريكية ... سامانثا
		// باور, not مدير عرب نت.
		if p := b - n - 1; p >= a && (st.tk[p].Article || st.tk[p].ent >= 0) && st.nameRun(b-n, b) == n {
			return n
		}
	}
	return 0
}
