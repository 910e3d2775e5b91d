package quote

import (
	"strings"

	"rasad/internal/lexicon"
	"rasad/internal/news"
	"rasad/internal/quote/head"
	"rasad/internal/quote/marks"
	"rasad/internal/quote/parts"
	"rasad/internal/quote/setting"
	"rasad/internal/quote/spans"
	"rasad/internal/quote/word"
)

// isVerb reports whether the cue word at i stands as a verb: not a verbal
// noun after a preposition (عن كشف، بعد إعلان), not denied (لم يقل), not
// an impersonal "يذكر أن" or "يتوقع أن", not a view after كان (كان يرى
// أن), and not after أن (أن يقول) unless a time word stands before it
// (بعد أن قال). After كما it is one (كما أكد).
func (st *state) isVerb(i, a int) bool {
	if i > a {
		p := st.tk[i-1]
		if st.toks[i-1].Kind == news.Word && p.ent < 0 && p.Cls&(word.From|word.To|word.In|word.NotComp|word.Neg) != 0 && p.Cls&word.VerbConj == 0 {
			return false
		}
	}
	if st.tk[i].Cls&word.Impersonal != 0 && i+1 < len(st.toks) && st.tk[i+1].Cls&word.Comp != 0 {
		return false
	}
	if i > a && st.tk[i].Cls&word.View != 0 && (st.tk[i-1].Cls|st.withoutConjunction(i-1))&word.Was != 0 {
		return false // كان يرى أن: a past belief, not words said
	}
	if _, conj := lexicon.WithoutConjunction(&st.toks[i]); i > a && !conj && (st.tk[i-1].Cls|st.withoutConjunction(i-1))&word.This != 0 && st.tk[i-1].ent < 0 &&
		(i-1 == a || (st.tk[i-2].Cls|st.withoutConjunction(i-2))&(word.In|word.Stop|word.From|word.To) == 0) {
		// وأن ذلك يعتبر، هذا يعني أن، وهذا يؤكد أن: a thing is its subject; not هذا
		// وأوضح ("moreover"), وفي ذلك يقول, ومع ذلك قال.
		return false
	}
	if i > a && st.tk[i-1].Cls&word.Comp != 0 && st.tk[i-1].ent < 0 {
		// أن يقول، إما أن أوضح: a verb after أن is its clause's, not an
		// attribution; but بعد أن قال is one.
		if p := i - 2; p < a || (st.tk[p].Cls|st.withoutConjunction(p))&word.NotComp == 0 {
			return false
		}
	}
	return true
}

// source reports whether the word at i introduces the speaker a channel
// reports: عن (نقلت X عن Y), or من after a verb of learning (علمت
// «الاقتصادية» من مصادر في الوزارة أن).
func (st *state) source(i int, c word.Class) bool {
	if st.tk[i].ent >= 0 || st.toks[i].Kind != news.Word {
		return false
	}
	return st.tk[i].Cls&word.From != 0 || c&word.Learn != 0 && st.toks[i].Norm == parts.MinS
}

// withoutConjunction returns the classes of the word at j without the و or
// ف the segmenter split off it (وبعد), 0 when it has none.
func (st *state) withoutConjunction(j int) word.Class {
	if rest, ok := lexicon.WithoutConjunction(&st.toks[j]); ok {
		return st.lx.Of(rest)
	}
	return 0
}

// cameIn reads "في [speech noun]" after جاء or ورد at v and returns where
// the phrase naming whose words they are would start; false when no في
// follows (جاء الرد: not a cue).
func (st *state) cameIn(v, b int) (int, bool) {
	k := v + 1
	if k >= b || st.toks[k].Kind != news.Word {
		return 0, false
	}
	stem, cl := lexicon.StemOf(&st.toks[k])
	switch {
	case st.tk[k].Cls&word.In != 0:
		k++ // جاء في
	case cl.Prep != "" && st.tk[k].Cls&word.SpeechNoun != 0:
		return k + 1, true // جاء بتصريحه
	case stem != "" && cl.Pronoun != "" && st.lx.Of(stem)&word.In != 0:
		return k + 1, true // جاء فيها: the speaker is carried
	default:
		return 0, false
	}
	if k < b && (st.tk[k].Cls&word.SpeechNoun != 0 || st.toks[k].Norm == "رد") {
		k++ // جاء في رد المسؤولين: the reply, a noun here (ورد الناطق is the verb)
	}
	return k, true
}

// namesSomeone reports whether the phrase [a, b) mentions a person or an
// organisation, or opens with a role: whose words a speech noun holds.
func (st *state) namesSomeone(a, b int) bool {
	for j := a; j < b; j++ {
		if e := st.tk[j].ent; e >= 0 && (st.ents[e].Type == news.PER || st.ents[e].Type == news.ORG) {
			return true
		}
	}
	return st.opensRole(a)
}

// cue reads the attribution that the speech verb (or participle, or relay
// verb) at v opens, inside sentence [a, b), and emits its quotes. It returns
// the speaker it named, whether it emitted a quote, and the end of the
// reported clause it read (v+1 when none).
func (st *state) cue(v, a, b, si int, named *news.Speaker) (*news.Speaker, bool, int) {
	c := st.tk[v].Cls
	if v > a+1 && st.toks[v-1].Norm == "من" && (st.tk[v-2].Cls|st.withoutConjunction(v-2))&word.Exist != 0 {
		return nil, false, v + 1 // هناك من يقول إن: those who say it, unnamed
	}
	subj := [2]int{-1, -1}
	var docSp *news.Speaker // the issuer of a document that is the subject
	var via string
	var viaCountry string
	i := v + 1
	for k := i; i < b && st.tk[i].q < 0 && (i == k && st.tk[i].ent < 0 && (parts.LamDefinite(&st.toks[i]) && !st.tk[i].MediaAfterLam || parts.InIt(st.toks, i) && (st.tk[i+1].Common || st.namesSomeone(i+1, i+2))) || i > k && (st.tk[i].Article && st.tk[i].Nisba != "" || parts.Emphatic(&st.toks[i]))); i++ {
	} // قال للصحفيين (وزير الخارجية) إن، للعالم أجمع: the addressee, its adjectives and emphasis, never the subject; قال فيه (متحدث): the time or words it was said in, before someone named
	topic := -1 // وقال بهذا الخصوص: what the words are about, never their speaker
	if e := parts.Topic(st.toks, i, b, func(k int) bool { return st.tk[k].Role || st.tk[k].ent >= 0 }); e > i && st.tk[i].ent < 0 && st.tk[i].q < 0 {
		i, topic = e, e
	}
	switch {
	case c&word.Came != 0:
		// جاء في بيان القيادة: the words of whoever the speech noun's
		// phrase names; جاء في تغريدة أخرى, جاء فيها: a carried speaker.
		k, ok := st.cameIn(v, b)
		if !ok {
			return nil, false, v + 1
		}
		if j := st.phrase(k, b); j > k && st.namesSomeone(k, j) {
			subj = [2]int{k, j}
			i = j
		} else if i = k; k < b && st.tk[k].Document && st.tk[k].ent < 0 {
			docSp = st.documentSpeaker(k, b) // وجاء في لائحة الاتهام أن: its issuer's, not the speaker's before
		} else if st.tk[k-1].Document && st.tk[k-1].ent < 0 {
			docSp = st.documentSpeaker(k-1, b) // جاء في بيان أن
		}
	case c&(word.Say|word.Relay) != 0 && c&word.BySaying == 0: // بقوله: its subject is the verb's before it
		if j := st.phrase(i, b); j > i {
			subj = [2]int{i, j}
			i = j
		} else if e := parts.Paren(st.toks, i, b, maxPhrase, func(a, e int) bool { return st.phrase(a, e) == e }); e > 0 {
			subj = [2]int{i + 1, e - 1} // كما يقول (علماء النفس) أن
			i = e
		} else if k := parts.Aside(st.toks, i, b, maxPhrase, func(j int) bool { return st.tk[j].Cls&word.TimeHead != 0 }); k > 0 && st.phrase(k, b) > k {
			subj = [2]int{k, st.phrase(k, b)} // قالت، عصر أمس، وزارة الخارجية إنها
			i = subj[1]
		} else if c&word.Say != 0 {
			docSp = st.documentSpeaker(i, b) // أوضح بيان صدر عن المنظمة أن
		}
	}
	described := false // وصف X Y بأنه: Y, after the subject, is no speaker
	if subj[0] >= 0 && c&word.Say != 0 {
		if e := st.describer(v, a, subj[0], subj[1]); e < subj[1] {
			described, i, subj[1] = true, e, e
			if e == subj[0] {
				subj = [2]int{-1, -1}
			}
		}
	}
	sourced := false // the speaker after عن (or من after علمت) was read
	if c&word.Relay != 0 && i < b && st.source(i, c) {
		// نقلت X عن Y: X is the channel, Y the speaker.
		sourced = true
		if subj[0] >= 0 {
			via, viaCountry = st.spanText(subj[0], subj[1]), st.held.CountryIn(subj[0], subj[1])
		}
		subj = [2]int{-1, -1}
		if j := st.phrase(i+1, b); j > i+1 {
			subj = [2]int{i + 1, j}
			i = j
		} else {
			i++
		}
	} else if stem, cl := lexicon.StemOf(&st.toks[min(i, b-1)]); c&word.Relay != 0 && subj[0] >= 0 && i < b &&
		st.tk[i].ent < 0 && cl.Pronoun != "" && st.lx.Of(stem)&word.From != 0 {
		// نقلت وسائل اعلامية عنه: the channel of the speaker named before.
		sourced = true
		via, viaCountry = st.spanText(subj[0], subj[1]), st.held.CountryIn(subj[0], subj[1])
		subj = [2]int{-1, -1}
		i++
	}
	const (
		none = iota
		direct
		reported
	)
	kind, quote, comp, colon := none, int32(-1), -1, -1
	pointedTo := false // the clause is what أشار إلى points to
	regionPer, adjunct := -1, false
	apart := false          // a word that ends an apposition was read: على، عن، التي، كان, a speech noun (في رسالة بعثها لـ…)
	quotedSubj := int32(-1) // a quotation taken for the subject: قالت "هيومن رايتس ووتش" اليوم إن
	spokenIn := topic       // the end of the words spoken in (وقال في تصريح لـ«عكاظ»), or of the topic, -1 if none
	steps := 0
	relayed := c&word.Relay == 0 || via != ""
scan:
	for ; i < b && steps < maxRegion; i++ {
		t := st.toks[i]
		if q := st.tk[i].q; q >= 0 {
			if st.spans[q].Open != i {
				break
			}
			if st.directAfter(q, v, i, b, subj[1]) {
				kind, quote = direct, q
				break
			}
			// A name in quote marks: the subject right after the verb
			// (قالت "هيومن رايتس ووتش" اليوم إن), the channel when ل or
			// إلى stands before it.
			p := parts.Prev(st.toks, i, v)
			if p == v && subj[0] < 0 && c&word.Part == 0 {
				subj = [2]int{st.spans[q].First, st.spans[q].Last + 1}
				quotedSubj = q
			} else if subj[0] >= 0 && i == subj[1] {
				subj[1] = st.spans[q].End() + 1 // مصادر «المستقبل»
			}
			if p > v && st.tk[p].Cls&word.To != 0 && via == "" {
				via = st.spanText(st.spans[q].First, st.spans[q].Last+1)
				if k := st.spans[q].End() + 1; subj[0] < 0 && c&word.Part == 0 && parts.Prev(st.toks, p, v) == v {
					// كشف لـ«الرياض» مصدر في الشركة بأن: the channel
					// first, then the subject.
					if j := st.phrase(k, b); j > k {
						subj = [2]int{k, j}
						i = j - 1
						continue
					}
				}
			}
			i = st.spans[q].End()
			continue
		}
		steps++
		if t.Kind == news.Punctuation {
			if marks.Terminal(t.Text) || marks.Comma(t.Text) && i+1 < b && parts.Fa(&st.toks[i+1]) {
				break // ، فبعمل بعض التعديلات يمكن … أن: أن is that clause's
			}
			if t.Text == ":" && (i == v+1 || i == subj[1] || i == spokenIn) && i+1 < b && st.tk[i+1].q < 0 && st.tk[i+1].Cls&(word.Comp|word.Cue) == 0 {
				kind, colon = direct, i // وقال الوزير: الحل سياسي — speech with no quotation marks
				break
			}
			if t.Text == "(" {
				// A parenthesis is an aside: its words attribute nothing.
				for i+1 < b && st.toks[i].Text != ")" {
					i++
				}
			}
			continue
		}
		cl := st.tk[i].Cls
		if !relayed && st.source(i, c) {
			// نقلت صحيفة «صنداي تايمز» البريطانية في عددها أمس عن Y: the
			// channel runs from the verb to its first preposition.
			relayed, sourced = true, true
			e := v + 1
			for e < i && (st.tk[e].q >= 0 || st.tk[e].Cls&(word.In|word.Stop|word.From|word.To) == 0) {
				e++
			}
			if e > v+1 {
				via, viaCountry = st.spanText(v+1, e), st.held.CountryIn(v+1, e)
			}
			subj = [2]int{-1, -1}
			if j := st.phrase(i+1, b); j > i+1 {
				subj = [2]int{i + 1, j}
				i = j - 1
			}
			continue
		}
		if st.tk[i].ent >= 0 {
			// A person after the subject is the speaker when the subject
			// opens with a role the name stands in apposition to (رئيس
			// اللجنة ... في كرة القدم فرانتس بكنباور), or when there is no
			// subject and no adjunct came first (بعد مغادرة الحريري).
			// A described subject must open with a role too: مكتب منسق ...
			// خافيير سولانا is Solana's office, not Solana.
			// A person named after the words spoken in (في رسالة بعثها
			// لمفوض الأمم المتحدة زيد رعد الحسين) is their addressee.
			if regionPer < 0 && !apart && !described && (subj[0] < 0 && !adjunct || st.opensRole(subj[0])) && st.ents[st.tk[i].ent].Type == news.PER && !st.objectPosition(i, a) && !st.eponym(i) {
				regionPer = i
			}
			continue
		}
		if cl&(word.Stop|word.To|word.From|word.NotComp) != 0 ||
			cl&word.In != 0 && !(i+1 < b && (st.tk[i+1].ent >= 0 || st.tk[i+1].q >= 0)) {
			// An adjunct (بعد مغادرة الحريري، في كلمة): a person named in
			// it is not the speaker; في before a name (في «معهد واشنطن») is
			// no adjunct.
			adjunct = true
		}
		if cl&(word.SpeechNoun|word.Relative) != 0 || st.tk[i].Document || (cl|st.withoutConjunction(i))&word.Was != 0 { // عن مذبحة، كانت ميليشيات ... صالح تنوي: another clause's subject
			apart = true
		}
		switch {
		case st.pointed(v, i, b):
			kind, comp, pointedTo = reported, i, true // أشار إلى أهمية التعاون
			break scan
		case cl&word.Comp != 0:
			if p := parts.Prev(st.toks, i, v); p > v && (st.tk[p].Cls&(word.NotComp|word.Claim) != 0 || parts.Which(st.toks, p)) {
				break scan // بعد أن، إلا أن: another clause; نفى الاتهامات بأن: the accusers' claim; مما يعني أن: ما's verb's
			}
			kind, comp = reported, i
			break scan
		case cl&word.Cue != 0 && st.isVerb(i, a):
			break scan
		case cl&word.RelayAdv != 0 && i+1 < b && st.tk[i+1].Cls&word.From != 0:
			// X نقلا عن Y: X becomes the channel, Y the speaker.
			if subj[0] >= 0 && via == "" {
				via, viaCountry = st.spanText(subj[0], subj[1]), st.held.CountryIn(subj[0], subj[1])
			}
			if j := st.phrase(i+2, b); j > i+2 {
				subj = [2]int{i + 2, j}
				i = j - 1
			}
		case cl&word.ViaVerb != 0:
			if j := st.phrase(i+1, b); j > i+1 {
				via, viaCountry = st.spanText(i+1, j), st.held.CountryIn(i+1, j)
				i = j - 1
			}
		case cl&word.Via != 0:
			k := i + 1
			if k < b && st.tk[k].Cls&word.To != 0 {
				k++
			}
			if k < b && st.tk[k].Cls&word.Vague != 0 {
				break // بحسب ما جاء في ...: no channel named
			}
			if j := st.phrase(k, b); j > k {
				via, viaCountry = st.spanText(k, j), st.held.CountryIn(k, j)
				i = j - 1
			}
		case via == "" && st.tk[i].MediaAfterLam:
			// قال X لوكالة رويترز إن: the channel.
			if v2, vc, j := st.channelAfter(i, b); v2 != "" {
				via, viaCountry = v2, vc
				i = j - 1
			}
		case cl&word.SpeechNoun != 0 && !(i+1 < b && st.pointed(v, i+1, b)): // في مقاله إلى النشاطات: what he pointed to
			n := i
			if v2, vc, j := st.channelAfter(i+1, b); v2 != "" {
				via, viaCountry = v2, vc
				i = j - 1
			}
			if n > v+1 && st.tk[n-1].Cls&word.In != 0 && st.tk[n-1].ent < 0 {
				spokenIn = i + 1 // وقال في تصريح لـ«عكاظ»: the colon right after opens his words
			}
		}
	}

	// A quotation right after the verb is its subject only when a
	// complementizer or a colon follows; otherwise it was said: تقول
	// «سنواصل التحاور» مع موسكو «لكن ...».
	var said int32 = -1
	if quotedSubj >= 0 && !(kind == reported || kind == direct && (colon >= 0 || marks.AfterColon(st.toks, st.spans[quote].Open))) {
		subj = [2]int{-1, -1}
		if kind == direct {
			said = quotedSubj
		}
	}

	switch h := head.Of(st.toks[max(subj[0], 0):max(subj[1], 0)], func(k int) bool { return st.tk[subj[0]+k].ent >= 0 }); {
	case h == head.Work:
		return nil, false, v + 1 // ويقول مقطع من الأغنية: no one's speech
	case h == head.Fragment || subj[0] == v+1 && st.objectAfter(v, v+1):
		subj = [2]int{-1, -1} // يقول كلمتين، وطالب الدول الغربية بـ (gender): the object; the speaker is carried
	}

	// The speaker: named after the verb, before it, or carried over.
	var sp *news.Speaker
	if c&word.Part == 0 {
		if subj[0] >= 0 && !st.thing(subj[0], subj[1]) {
			sp = st.speakerOf(subj[0], subj[1], viaCountry)
			if sp != nil && sp.Name == "" && sp.Country == "" && setting.Broadcaster(via) {
				sp.Country = viaCountry // مصدر عسكري للإذاعة العامة الإسرائيلية: the state's own source
			}
		}
		if sp == nil {
			sp = docSp
		}
		if sp == nil && c&word.BySaying != 0 && kind != none {
			sp = st.governing(v, a) // أجاب أوباما بالنفي بقوله: the verb's subject, not the word before
		} else if sp == nil && c&word.Say != 0 && c&word.Came == 0 {
			// Not before جاء في: كتب عددا من التغريدات جاء في إحداها.
			sp = st.before(v, a)
		}
		if regionPer >= 0 && (sp == nil || sp.Name == "" || st.trailingName(subj[0], subj[1]) > 0) {
			sp = st.officer(subj[0], regionPer, st.entitySpeaker(regionPer))
		} else if n := st.appositeName(subj[0], subj[1], b); n > 0 && sp != nil && sp.Name == "" && n <= i {
			sp.Name, sp.Text, sp.End = st.spanText(subj[1]+1, n), st.spanText(subj[0], n), st.toks[n-1].End // رئيس مجلس قضاء الخالدية …، علي داود
		}
	}
	explicit := sp
	st.noteGender(explicit, v)
	if c&word.Learn != 0 && !sourced || c&(word.Relay|word.Say) == word.Relay && !sourced && kind == none {
		// علمت الوزارة أن: what it learned, not who said it; سيناريوهات
		// نقل الغاز: a relay verb without its source names no speaker.
		return nil, false, v + 1
	}
	if kind == none && explicit != nil {
		// ...، حسبما يقول ضباط بالجيش، بحسب ما أكد مكتبه: theirs; not وفقا لما ورد في رسالة (in accordance with).
		if p := parts.AsSaid(st.toks, v, a, b, func(j int) bool { return (st.tk[j].Cls|st.withoutConjunction(j))&word.AsSaid != 0 }, func(j int) bool { return c&word.Came == 0 && st.tk[j].Cls&(word.Via|word.Procl) == word.Via }); p > a && st.emitBefore(a, p, explicit, via) {
			st.last = explicit
			return explicit, true, v + 1
		}
	}
	if (pointedTo || kind == reported && subj[0] < 0 && st.tk[v].Cls&word.PointTo != 0) && st.pointsAsThing(v, a, subj, sp, !pointedTo) || subj[0] < 0 && st.tk[v].Cls&word.PointTo != 0 && v > a && (st.toks[v-1].Norm == "ما" || st.toks[v-1].Norm == "مما") {
		return nil, false, v + 1 // تشير المؤشرات إلى …، تهديد تشير أنهم، وهو ما يشير إلى أن: a thing indicates, not speech
	}
	if kind == none {
		// A verb that quotes nothing still names the sentence's speaker,
		// when the name is sure: an entity, a role (مسؤول كبير) or a
		// definite noun (الجيش السوداني) or one of a group (أحد الشهود) —
		// not any words after a word that only looks like a verb (راي
		// مستشارين: the name Ray), nor the subject of a view that says
		// nothing: the passive or a predication (تعتبر الأكثر مبيعا).
		if sp != nil && sp.Name == "" && subj[0] >= 0 {
			// A body's noun with its name after the verb that opens the
			// sentence speaks too (أعلن جهاز مكافحة الإرهاب في العراق); not
			// after a verb within it, whose object it may be (وأكد الوزير
			// ...، كما دعا فريق العمل إلى).
			body := v == a && st.tk[subj[0]].Cls&word.Body != 0 && subj[1]-subj[0] >= 2
			if !st.tk[subj[0]].Role && !st.tk[subj[0]].Article && st.tk[subj[0]].Cls&word.Title == 0 && !body && !head.OneOf(st.toks[subj[0]:subj[1]]) || st.tk[v].Cls&word.View != 0 {
				explicit = nil
			}
		}
		return explicit, false, v + 1
	}
	open := colon // where the words said open
	if quote >= 0 {
		open = st.spans[quote].Open
	}
	if kind == direct && head.InWork(st.toks[max(a, v-4):open]) {
		return nil, false, v + 1 // في المسرحية يقول كلمتين: «…»: a play's line
	}
	if via == "" {
		via = st.viaBefore(a, v)
	}
	if sp == nil && c&word.Say != 0 {
		sp = st.author(v, a)
	}
	if sp == nil && c&word.Say != 0 {
		sp = st.relativeSubject(v, a)
	}
	n := st.toks[v].Norm // قالوا، يقولون، مؤكدين: a masculine plural
	many := sp == nil && (c&word.Say != 0 && (strings.HasSuffix(n, "وا") || strings.HasSuffix(n, "ون")) || c&word.Part != 0 && strings.HasSuffix(n, "ين"))
	if many {
		sp = st.pluralBefore(a, v)
	}
	// وصلتني رسالة تقول إن: an unnamed message speaks, no one carried.
	unnamed := sp == nil && v > a && st.tk[v-1].ent < 0 && !st.afterPreposition(v-1) && head.Unnamed(&st.toks[v-1])
	if sp == nil && !unnamed {
		sp = named
	}
	if sp == nil && !unnamed {
		if sp = st.subjectPerson(a, v); sp != nil && !st.agrees(v) {
			sp = nil // مبينا after وتسعى الهيئة: the man carried on, not the body
		}
	}
	if sp == nil && !unnamed {
		sp = st.wasSubject(a, v)
	}
	var man *news.Speaker // the man a body's words interrupt
	if sp == nil && !unnamed {
		sp = st.last
		if st.tk[v].Cls&word.Feminine != 0 && st.aMan(sp) {
			// وقالت after a man's words: the body named before it, whose
			// words do not make it the speaker carried on.
			if f := st.feminineSubject(v); f != nil {
				man, sp = sp, f
			}
		}
	}

	if carried := sp != nil && sp == st.last && sp != named; carried && kind != none {
		// وأضاف: «بن همام يعد قامة…»: a man carried over is not named in
		// his own words; the speaker before him says them.
		from, to := comp+1, 0
		switch {
		case quote >= 0:
			from, to = st.spans[quote].First, st.spans[quote].Last+1
		case colon >= 0:
			from = colon + 1
		}
		if to == 0 {
			to = st.clause(from, b)
		}
		if o := st.speakerBefore(sp); o != nil && st.opensWith(sp, from, to) {
			sp = o
		}
	}
	if many && c&word.Part != 0 && sp != nil && sp == st.last && sp != named && st.onePerson(sp) {
		sp = nil // أعرب تجار …، مشيرين: no one man carried from before
	}
	if many && sp != nil && c&word.Part == 0 {
		if e := st.speakerEntity(sp); e >= 0 && st.ents[e].Type == news.PER {
			sp = nil // قالوا never continues one man's or woman's words
		}
	}
	if sp == nil && st.tk[v].Cls&word.View != 0 {
		return nil, false, v + 1 // والمتأمل في الأحداث يرى أن: a view no one named holds is the writer's
	}
	emitted, through := false, v+1
	st.tk[v].Cls |= word.Used
	switch kind {
	case direct:
		if said >= 0 {
			st.emitDirect(said, sp, via, si)
		}
		if colon >= 0 {
			// A speaker with a name, or a body's definite noun right after
			// the verb (وأوضحت الهيئة في بيانها: …); no description.
			emitted = sp != nil && (sp.Name != "" || sp == explicit && subj[0] >= 0 && st.tk[subj[0]].Common && !st.tk[subj[0]].Role) && st.afterColon(colon, b, sp, via, si)
			break
		}
		st.emitDirect(quote, sp, via, si)
		emitted = true
	case reported:
		if to := st.emitReported(comp+1, b, sp, via, si); to > comp+1 {
			through, emitted = to, true
		}
	}
	if man != nil {
		st.last = man
		return nil, emitted, through
	}
	if sp != nil {
		st.last = sp
	}
	if explicit == nil {
		explicit = sp
	}
	return explicit, emitted, through
}

// thing reports whether the phrase [a, b) is a demonstrative and a noun that
// cannot speak before what it is called (واعتبر هذا الادعاء «فضيحة»: the
// object), not a role, a body, a medium or a document (قال هذا المسؤول).
func (st *state) thing(a, b int) bool {
	if b-a != 2 || b >= len(st.toks) || st.tk[a].Cls&word.This == 0 || st.tk[a].ent >= 0 {
		return false
	}
	n := st.tk[a+1]
	if q := st.tk[b].q; q < 0 || st.spans[q].Open != b || st.toks[a+1].Kind != news.Word {
		return false
	}
	return n.ent < 0 && !n.Role && !n.Common && !n.Media && !n.Document && n.Cls&(word.Title|word.Quant) == 0
}

// emitReported emits the reported clause that starts at from, in the
// sentence that ends at b, and the quotations inside it; it returns the end
// of the clause. A quotation of three words or more in the clause is a
// direct quote (unless it is a short name after a preposition: وفداً من
// «جبهة الخلاص الوطني السورية», a name alone: والفنان «عبد الله السدحان», or
// a short one that opens with a noun of names, title-noun: إن «عملية الحسم
// الأصيل» تحقق), as is one that makes up the whole clause;
// the clause itself is kept unless quotations cover all but three of its
// words.
func (st *state) emitReported(from, b int, sp *news.Speaker, via string, si int) int {
	to := st.clause(from, b)
	if from >= to {
		return to
	}
	hasDirect, outside := false, 0
	for j := from; j < to; j++ {
		if q := st.tk[j].q; q >= 0 {
			end := st.spans[q].End()
			if st.spans[q].Open == j {
				n := st.words(q)
				named := j > from && (n <= 4 && (st.namePreposition(j-1) || st.tk[j-1].Cls&word.Title != 0) || st.tk[j-1].NameNoun) || n <= 4 && marks.OneName(st.toks, st.spans[q], func(x int) (int32, int32) { return st.tk[x].ent, st.tk[x].men }) ||
					n <= 4 && st.tk[st.spans[q].First].NameNoun // «عملية الحسم الأصيل»: a name, its noun inside the marks
				if n >= 3 && !named || (j == from && end >= to-1) {
					st.emitDirect(q, sp, via, si)
					hasDirect = true
				}
			}
			j = end
			continue
		}
		if marks.Wordy(st.toks[j].Kind) {
			outside++
		}
	}
	if !hasDirect || outside >= 4 {
		start, end := st.toks[from].Start, st.toks[to-1].End
		st.out = append(st.out, news.Quote{Speaker: setting.Copy(sp), Text: st.text[start:end], Direct: false, Via: via, Start: start, End: end})
	}
	return to
}

// emitBefore emits, as reported speech of sp, the clause of the sentence
// that starts at a which runs up to token p (حسبما): the words before an
// attribution that follows them (package spans).
func (st *state) emitBefore(a, p int, sp *news.Speaker, via string) (ok bool) {
	st.out, ok = spans.Before(st.text, st.toks, a, p, func(j int) bool { return st.tk[j].q >= 0 }, st.out, news.Quote{Speaker: setting.Copy(sp), Via: via})
	return ok
}

// viaBefore returns the channel named before the verb at v in the sentence
// that starts at a: "وفي تصريحات لـ«الشرق الأوسط» أمس، أكد", "وحسب وكالة
// الصحافة الفرنسية أكد".
//
// Only the first channel word of the sentence is tried, found once per
// sentence.
func (st *state) viaBefore(a, v int) string {
	if st.viaSent != a {
		st.viaSent, st.viaAt = a, -1
		for i := a; i < st.sentEnd; i++ {
			if q := st.tk[i].q; q >= 0 {
				i = st.spans[q].End()
				continue
			}
			if st.tk[i].Cls&(word.Via|word.SpeechNoun) != 0 {
				st.viaAt = i
				break
			}
		}
	}
	if st.viaAt < 0 || st.viaAt >= v {
		return ""
	}
	i := st.viaAt
	if st.tk[i].Cls&word.Via != 0 {
		k := i + 1
		if k < v && st.tk[k].Cls&word.To != 0 {
			k++
		}
		if j := st.phrase(k, v); j > k {
			return st.spanText(k, j)
		}
		return ""
	}
	// A speech noun: في تصريحات لـ«الشرق الأوسط», في تصريحات لوكالة ...
	k := parts.Skip(st.toks, i+1, v)
	if k < v && st.tk[k].Cls&word.To != 0 {
		if k = parts.Skip(st.toks, k+1, v); k < v {
			if q := st.tk[k].q; q >= 0 && st.spans[q].Open == k {
				return st.spanText(st.spans[q].First, st.spans[q].Last+1)
			}
		}
	}
	v2, _, _ := st.channelAfter(i+1, v)
	return v2
}

// directAfter decides whether the quotation q, found at token i in the
// region of the cue at v, is what the speaker said, or a name in quote marks
// ("مصادر «المستقبل»") within the phrase that names the speaker.
func (st *state) directAfter(q int32, v, i, b, subjEnd int) bool {
	p := parts.Prev(st.toks, i, v)
	if p != v && st.tk[p].NameNoun {
		return false // تحت عنوان «الحملة الوطنية لفرحة العيد»: a title
	}
	if p == v && st.tk[v].Cls&word.Relay != 0 {
		return false // كما نقلت «رويترز»: the channel
	}
	if s := st.spans[q]; p == v && st.tk[s.First].ent >= 0 && st.tk[s.First].ent == st.tk[s.Last].ent && st.ents[st.tk[s.First].ent].Type != news.LOC {
		return false // قال «المرصد السوري لحقوق الإنسان»: «…»: a name, the subject
	}
	if n := st.spans[q].End() + 1; p != v && p == subjEnd-1 && n+1 < b &&
		(st.tk[n].Cls&word.Comp != 0 || st.tk[n].Cls&word.To != 0 && st.tk[n+1].Cls&word.Comp != 0) {
		return false // أشارت أم محمد «أرملة وأم لطفلين» إلى أنها …: words on the speaker, then the speech
	}
	if pt := st.toks[p]; pt.Kind == news.Punctuation {
		switch pt.Text {
		case ":", "،", ",", "-", "–", "—":
			return true
		}
	}
	if st.words(q) >= 4 {
		return true
	}
	if p != v && st.tk[p].Cls&(word.To|word.In) != 0 {
		return false
	}
	if p > v && st.toks[p].Norm == parts.BehS {
		p = parts.Prev(st.toks, p, v) // وصفته بـ«…», وصفه الوزير بـ«…»: what it was called
	}
	// A short quotation right after the verb or its subject ends the
	// sentence: وقال بوتين «نعم». One that the sentence goes on after is a
	// name: قالت "هيومن رايتس ووتش" اليوم.
	if p != v && p != subjEnd-1 {
		return false
	}
	n := st.spans[q].End() + 1
	return n >= b || st.toks[n].Kind == news.Punctuation && marks.Terminal(st.toks[n].Text)
}

// namePreposition reports whether the word at j is a preposition that a
// name in quote marks follows far more often than quoted words: من، في، عن،
// ل (not على or إلى, which quoted words follow: دعا إلى «...»).
func (st *state) namePreposition(j int) bool {
	if st.tk[j].ent >= 0 || st.toks[j].Kind != news.Word {
		return false
	}
	n := st.toks[j].Norm
	return n == parts.MinS || n == parts.LamS || st.tk[j].Cls&(word.In|word.From) != 0
}

// clause returns the end of the reported clause that starts at a: the end
// of the sentence, or a new attribution after a comma (", مشيرا", ", وقال",
// ", في إشارة", ", بحسب"). Trailing punctuation is left out.
func (st *state) clause(a, b int) int {
	j := a
	for ; j < b; j++ {
		if q := st.tk[j].q; q >= 0 {
			j = st.spans[q].End()
			continue
		}
		t := st.toks[j]
		if t.Kind == news.Punctuation && marks.Comma(t.Text) && j+2 < b && st.tk[j+2].Cls&word.ClauseEnd != 0 {
			break
		}
		c := st.tk[j].Cls
		if j > a && c&(word.Say|word.Part|word.Relay|word.Via|word.RelayAdv) != 0 && st.tk[j].ent < 0 && st.isVerb(j, a) {
			if n := head.While(st.toks[a:j], j+1 < b && (st.tk[j+1].ent >= 0 || st.opensRole(j+1))); c&(word.Procl|word.Part) != 0 || marks.Comma(st.toks[j-1].Text) || n > 0 {
				j -= n // … ، فيما أوضح: the new clause starts at فيما
				break
			}
		}
	}
	for j > a && st.toks[j-1].Kind == news.Punctuation && st.tk[j-1].q < 0 {
		j--
	}
	return j
}

// describer returns the end of the subject of the phrase [s, e) after the
// cue at v in the sentence that starts at a: e unless the cue is وصف and
// the phrase holds the one described (package head, Describer).
func (st *state) describer(v, a, s, e int) int {
	if !head.Describes(&st.toks[v]) {
		return e
	}
	words := make([]head.Word, e-s)
	for j := s; j < e; j++ {
		in := st.tk[j]
		w := head.Word{Mention: -1, Nisba: in.Nisba != "", Article: in.Article, Body: st.bodyNoun(j), Title: in.Cls&word.Title != 0, Role: in.Role && !in.RolePrep}
		if in.ent >= 0 {
			w.Mention, w.Person = int(in.ent)<<16|int(in.men), st.ents[in.ent].Type == news.PER
		}
		words[j-s] = w
	}
	return s + head.Describer(st.toks[a:v], &st.toks[v], words, st.opensRole(s) || st.tk[s].Cls&word.Title != 0)
}
