package entity

import (
	"slices"
	"strings"

	"rasad/internal/actor"
	"rasad/internal/arabic"
	"rasad/internal/entity/agent"
	"rasad/internal/entity/body"
	"rasad/internal/entity/byline"
	"rasad/internal/entity/kingdom"
	"rasad/internal/entity/national"
	"rasad/internal/entity/outlet"
	"rasad/internal/entity/shape"
	"rasad/internal/entity/span"
	"rasad/internal/lexicon"
	"rasad/internal/news"
)

// addInstitutions finds the names of bodies that the gazetteer and the
// recogniser miss but that say whose they are: a word that heads an
// organisation's name (the lexicon's org-cue: وزارة, مجلس, نادي, مستشفى,
// الجيش) followed by definite words and a nisba adjective or a place that
// gives its country: وزارة الداخلية المصرية, نادي الأسير الفلسطيني,
// المجلس التشريعي الفلسطيني, مستشفى جنين الحكومي, الشبكة السورية لحقوق
// الإنسان, الجيش التركي. The body is an organisation of that country; its
// actor code is the country's with the agent code of its head where the
// gazetteer has one (وزارة الخارجية التركية → TURGOV); armed forces, police
// and security services (الجيش التركي) stay an agent and an adjective,
// which the event coder reads. The adjective or place inside
// its name stays a mention of its country or place, as readers count them.
// A name the gazetteer knows (مجلس الأمن الدولي) is left to it, so is a
// head word that is itself a name (الدعوة), a market (span.Market), leading (span.Leading)
// and a set phrase (shape.Idiom: هيئة التدريس, the teaching staff).
func (l *Linker) addInstitutions(doc *news.Document, sc *scan, ms []found, sentEnd []int) []found {
	toks := sc.toks
	lx := lexicon.Default()
	return addEach(sc, ms, false, func(i int, at []int, add func(found)) int {
		if f, ok := l.coined(doc.Text, sc, ms, at, i, sentEnd[i]); ok {
			add(f) // شركة كيشو للطاقة, دار فضاءات للنشر والتوزيع
			return f.last
		}
		w, _ := lx.Stem(&toks[i])
		eponym := w.Has("eponym-body") // دوري عبداللطيف جميل: a body only by the person's name after it
		if !w.Has("org-cue") && !eponym || span.Market(toks, i, l.lex) || span.Leading(toks, i) || shape.Idiom(toks, i) {
			return i
		}
		if stem, _ := lexicon.StemOf(&toks[i]); arabic.Definite(stem) {
			// A head word is a common noun, listed with and without the
			// article (الوزارة, وزارة); one listed only with it is the
			// name of a body (الحياة, الدعوة).
			if bare, _ := lexicon.BareOf(&toks[i]); bare == stem || !lx.Word(bare).Has("org-cue") {
				return i
			}
		}
		if n, hits := l.g.Match([]string{sc.wkeys[i]}); n == 1 && len(hits) > 0 {
			return i // a name of its own (الدعوة, حماس), not a head
		}
		code, armed := agent.Code(l.g, toks[i]), false
		free := func(j int) bool { return at[j] == 0 }
		switch code {
		case "UAF", "REB", "MIL":
			// Armed men, rebels and armies with their country
			// (المسلحين السوريين, الجيش التركي) stay an agent and a
			// nisba, which the event coder reads as such (as a body, the
			// army takes the GSR's ASSAULT source country from 0.76 to
			// 0.71).
			return i
		case "COP", "SPY":
			armed = true
		}
		last, country, idafa, person, place, fields := -1, "", false, -1, -1, false
		for j := i + 1; j < sentEnd[i] && j-i < body.MaxWords; j++ {
			t := toks[j]
			if t.Kind != news.Word {
				break
			}
			_, cl := lexicon.StemOf(&t)
			if j == i+1 && at[j] == 0 && j+1 < sentEnd[i] && at[j+1] > 0 && ms[at[j+1]-1].typ == news.PER && shape.EponymPair(lx, toks, j) {
				continue // غرفة عمليات عمر المختار: the head's second word
			}
			if k := at[j] - 1; k >= 0 {
				m := ms[k]
				if m.typ == news.PER && country == "" && m.first == j && shape.Eponymous(lx, toks, j) && j-i <= 3 {
					// A university, a hospital or a mosque named after a
					// person (جامعة الأميرة نورة, مستشفى الملك فهد, جامع
					// الإمام علي بن أبي طالب): the name is the body's, of
					// the person's country or else the article's.
					person, last = k, m.last
					for last > m.first && shape.HasPrepClitic(toks[last]) {
						last-- // جامع الإمام تركي بن عبدالله بالرياض: the place after it is none of the name
					}
					if f := body.Field(l.lex, toks, sc.wkeys, free, last+1, sentEnd[i]); last == m.last && f > 0 {
						last = f // مركز الملك سلمان للإغاثة والأعمال الإنسانية: and its field
					}
					if m.act != nil {
						country = m.act.Country
					}
					break
				}
				c := knownPlaceCountry(m)
				if m.nisba {
					c = m.act.Country
				}
				if c == "" || m.first < j || country != "" || cl.Prep != "" || cl.Conj != "" || sc.treaties.Name(m.first, m.last) {
					break // a person or body, a second place, a place after a preposition: another phrase; a treaty's (مركز بازل)
				}
				if m.nisba && !arabic.Definite(sc.wkeys[j]) {
					break // صحيفة روسية, شركة سعودية: a description, not a name
				}
				if stem, _ := lexicon.StemOf(&toks[i]); !m.nisba && j == i+1 && (arabic.Definite(stem) && !shape.Relational(sc.wkeys[j]) || arabic.SearchKey(stem) == "مصلحه") {
					// منح الصندوق الأردن: a definite head heads no idafa; the place is another
					// phrase. لمصلحة إيران is Iran's interest: a مصلحة is named by its field.
					break
				}
				country, j, last, place = c, m.last, m.last, k
				continue
			}
			if !l.definite(t) {
				break
			}
			if cl.Conj != "" && country == "" {
				if w, _ := lx.AfterConjunction(&toks[j]); w.Has("org-cue") {
					break // وزارة الدفاع والجيش الإسرائيلي: two bodies, not one
				}
				fields = true
			}
			if country == "" {
				continue // وزارة الشباب والرياضة (اليمنية)
			}
			// After the country: its adjectives (مستشفى جنين الحكومي),
			// and one field, definite after ل (الشبكة السعودية للمدفوعات,
			// الجمعية السعودية للثقافة والفنون) or in an idafa (الشبكة
			// السورية لحقوق الإنسان).
			switch {
			case cl.Conj != "":
			case cl.Prep == string(arabic.Lam) && !idafa && strings.HasPrefix(t.Norm, string(arabic.Lam)+string(arabic.Lam)):
				idafa, last = true, j
				if j+1 < sentEnd[i] && l.definite(toks[j+1]) {
					if _, next := lexicon.StemOf(&toks[j+1]); next.Conj == string(arabic.Waw) {
						last, j = j+1, j+1
					}
				}
				continue
			case cl.Prep != "" && !idafa && j+1 < sentEnd[i] && l.definite(toks[j+1]) && !span.Verb(toks, j, l.lex): // ليكسر الاحتكار: a verb
				idafa, last, j = true, j+1, j+1
				continue
			case cl.Prep == "" && shape.Relational(sc.wkeys[j]):
				last = j
				continue
			}
			break
		}
		if eponym && person < 0 || armed && (country == "" || idafa || person >= 0) {
			return i // police and security services are named by their country or city alone (شرطة دبي, الشرطة الفرنسية)
		}
		if stem, _ := lexicon.StemOf(&toks[i]); last == i+1 && shape.Described(arabic.SearchKey(stem)) {
			return i // النادي الكرواتي: one of a country's many clubs, named elsewhere
		}
		ag, portfolio := "", false
		if country == "" && person < 0 {
			// No nisba or place: a body named by its fields joined by و
			// (وزارة الشباب والرياضة, صندوق النشء والشباب, شركة التبغ
			// والكبريت) is one of the country the article is about, as
			// news leaves its own story's bodies unmarked.
			if last = body.FieldsEnd(l.lex, toks, sc.wkeys, free, i, sentEnd[i]); last < 0 {
				// وزارة الصحة: a ministry named by its portfolio alone
				if last, portfolio = shape.Portfolio(toks, at, i, sentEnd[i], l.definite), true; last < 0 {
					return i
				}
			}
			ag = code
		} else if last < 0 {
			return i
		}
		if person >= 0 {
			ms[person].dropped = true
		}
		if place >= 0 && !ms[place].nisba && ms[place].act.Type == actor.Country && shape.Club(toks, i) {
			ms[place].dropped = true // نادي الكويت: the club's name, not a mention of the country
		}
		start := toks[i].Start
		if _, s := shape.StemKey(toks[i]); s > start {
			start = s // the proclitic stays outside the span
		}
		f := found{first: i, last: last, start: start, end: toks[last].End, typ: news.ORG,
			country: country, body: person < 0, agent: ag, portfolio: portfolio}
		if country != "" || !f.body {
			f.code = country + code
		}
		nameEnd := toks[last].End
		if fields && place >= 0 && ms[place].nisba && ms[place].last == last && shape.SameGender(toks[i], toks[last]) {
			// A body named by its fields bears a nisba in agreement with
			// its head as its country, not as its name: مركز الدراسات
			// والإعلام الاقتصادي اليمني is the مركز الدراسات والإعلام
			// الاقتصادي named again without it; one that agrees with a
			// field is the field's (الائتلاف الوطني لقوى المعارضة والثورة
			// السورية).
			nameEnd = toks[ms[place].first-1].End
		}
		f.key = arabic.SearchKey(doc.Text[start:nameEnd])
		if stem, _ := lexicon.StemOf(&toks[i]); arabic.Definite(stem) &&
			!arabic.Definite(arabic.Normalize(doc.Text[start:toks[i].End])) {
			// After ل the article lost its alif (للمجلس → ل + لمجلس):
			// the name has it back.
			f.name = string(arabic.Alef) + doc.Text[start:nameEnd]
		} else if nameEnd != toks[last].End {
			f.name = doc.Text[start:nameEnd]
		}
		add(f)
		return last
	})
}

// definite reports whether a word may continue an institution's name
// (body.Definite).
func (l *Linker) definite(t news.Token) bool { return body.Definite(l.lex, t) }

// addNationalBodies adds the national bodies named without their nisba, as
// a story of one country names its own (package national: مجلس الشيوخ in a
// story of Washington is the US Senate), and the bodies every state has
// (national.Bodies.State: النيابة العامة) as the home country's; home is
// the country the article is about.
func (l *Linker) addNationalBodies(text string, sc *scan, ms []found, home string) []found {
	toks := sc.toks
	var mv *mentions // made once: an interface value made per word would be a heap object per word
	return addEach(sc, ms, false, func(i int, at []int, add func(found)) int {
		if mv == nil {
			mv = &mentions{ms, at}
		}
		body, last, start := l.national.At(toks, sc.wkeys, i, at, mv, home)
		if body != nil {
			add(found{first: i, last: last, start: start, end: toks[last].End, act: body, typ: news.ORG})
		} else if code, last, start := l.national.State(toks, sc.wkeys, i, at); code != "" {
			// المحكمة الجزائية المتخصصة, النيابة العامة: the home country's
			country, ok := national.Owner(toks, last, at, func(k int) string {
				if m := ms[at[k]-1]; at[k] > 0 && m.first == k && !m.nisba {
					return knownPlaceCountry(m)
				}
				return ""
			}, home)
			if !ok {
				return last
			}
			f := found{first: i, last: last, start: start, end: toks[last].End, typ: news.ORG,
				key: arabic.SearchKey(text[start:toks[last].End]), country: country, code: country + code, body: true}
			if stem, _ := lexicon.StemOf(&toks[i]); arabic.Definite(stem) && !arabic.Definite(arabic.Normalize(text[start:toks[i].End])) {
				f.name = string(arabic.Alef) + text[start:f.end] // للنيابة العامة → النيابة العامة
			}
			add(f)
			return last
		}
		return last
	})
}

// Partner is national.Mentions.Partner.
func (m mentions) Partner(n int) string {
	if f := m.ms[n]; f.act != nil && !f.nisba && !f.descriptor && (f.act.Type == actor.Org || f.act.Type == actor.Person) {
		return f.act.Country
	}
	return ""
}

// addOutlets adds the news outlets, bodies and armed groups the text names
// by their titles or quoted names (package outlet: صحيفة الوسط,
// لـ"الاقتصادية", شركة «معادن», ميليشيا «الدفاع الوطني»), and the
// reporter a byline names before his paper's (byline.Reporter: مهنا
// التميمي- سبق- الجوف:), a person whatever the recogniser read there; the
// mentions inside those names go.
func (l *Linker) addOutlets(doc *news.Document, sc *scan, ms []found, sentEnd []int) []found {
	toks := sc.toks
	at := mentionAt(ms, len(toks), sc.at...)
	var added []found
	for _, o := range outlet.Find(l.g, doc.Text, toks, sc.wkeys, sentEnd, at, mentions{ms, at}) {
		added = append(added, found{first: o.First, last: o.Last, start: toks[o.First].Start, end: toks[o.Last].End,
			typ: news.ORG, key: o.Key, country: o.Country, code: o.Code, act: o.Act})
	}
	for j := range toks {
		r := byline.Reporter(doc.Text, toks, j)
		if r < 0 || at[r] > 0 && ms[at[r]-1].typ == news.PER {
			continue
		}
		if slices.ContainsFunc(at[r:j], func(k int) bool { return k > 0 && (ms[k-1].first < r || ms[k-1].last >= j) }) {
			continue // a mention running out of the name
		}
		for _, k := range at[r:j] {
			if k > 0 {
				ms[k-1].dropped = true
			}
		}
		added = append(added, found{first: r, last: j - 1, start: toks[r].Start, end: toks[j-1].End,
			typ: news.PER, key: strings.Join(sc.wkeys[r:j], " ")})
	}
	return withAdded(ms, added, true)
}

// Mention is outlet.Mentions.Mention.
func (m mentions) Mention(n int) outlet.Mention {
	f := m.ms[n]
	o := outlet.Mention{First: f.first, Last: f.last, Nisba: f.nisba, Place: knownPlaceCountry(f) != "", Known: f.act != nil}
	if f.act != nil {
		o.Country, o.Loc = f.act.Country, !f.nisba && f.act.EntityType() == news.LOC
	}
	return o
}

// Drop is outlet.Mentions.Drop.
func (m mentions) Drop(n int) { m.ms[n].dropped = true }

// addKingdom adds the mentions of «المملكة» standing alone for the kingdom
// it stands for (package kingdom); outlet is the country of the document's
// outlet, "" when unknown.
func (l *Linker) addKingdom(sc *scan, ms []found, outlet string) []found {
	added := l.kingdomMentions(sc, ms)
	if len(added) == 0 {
		return ms
	}
	k := l.kingdomNamed(ms, outlet)
	if k == nil {
		return ms
	}
	for i := range added {
		added[i].act = k
	}
	return withAdded(ms, added, false)
}

// kingdomNamed is kingdom.Named over the mentions ms.
func (l *Linker) kingdomNamed(ms []found, outlet string) *actor.Actor {
	named := make([]kingdom.Mention, len(ms))
	for k, m := range ms {
		named[k] = kingdom.Mention{Country: m.country, Start: m.start}
		if m.act != nil {
			named[k].Country = m.act.Country
		}
	}
	return kingdom.Named(l.kingdoms, outlet, named)
}

// kingdomMentions returns the mentions of «المملكة» standing alone
// (kingdom.Alone) among the tokens no mention of ms covers, with no actor
// yet.
func (l *Linker) kingdomMentions(sc *scan, ms []found) []found {
	at := mentionAt(ms, len(sc.toks), sc.at...)
	var added []found
	free := func(i int) bool { return at[i] == 0 }
	nisba := func(i int) bool { return at[i] != 0 && ms[at[i]-1].nisba }
	for _, w := range kingdom.Alone(sc.toks, sc.wkeys, free, nisba) {
		added = append(added, found{first: w.At, last: w.At, start: w.Start, end: sc.toks[w.At].End, typ: news.LOC})
	}
	return added
}

// addClubs adds the clubs an article names by their head and the one word
// after it (package body: نادي الفتح, and in sports news الفتح alone).
// Sports news names its own country's clubs unmarked: a club is of the
// outlet's country, else of the one country of the known bodies the
// article names (the league: دوري عبداللطيف جميل), else of the article's.
func (l *Linker) addClubs(sc *scan, ms []found, sentEnd []int, outlet string) []found {
	at := mentionAt(ms, len(sc.toks), sc.at...)
	clubs, sports := body.Clubs(l.lex, sc.toks, func(j int) bool { return at[j] == 0 }, sentEnd)
	country := ""
	for _, m := range ms {
		if c := m.act; sports && outlet == "" && m.typ == news.ORG && c != nil && c.Country != "" {
			if country != "" && c.Country != country {
				country = ""
				break
			}
			country = c.Country
		}
	}
	if sports && outlet != "" {
		country = outlet
	}
	var added []found
	for _, c := range clubs {
		f := found{first: c.First, last: c.Last, start: c.Start, end: sc.toks[c.Last].End,
			typ: news.ORG, key: c.Key, name: c.Name, body: true, country: country}
		if country != "" {
			f.code = country
		}
		added = append(added, f)
	}
	return withAdded(ms, added, false)
}

// addStocks adds the listed companies a market report names by their share
// (body.Stocks: وانخفض سهم أملاك للتمويل 3.6 في المئة), each of the
// country of the market named last before it (marketOf), else the outlet's.
// A name may hold a place or its nisba (بنك الإمارات دبي الوطني, البنك
// السعودي الفرنسي) or a body read from its own head (بنك الإمارات), whose
// mentions it then takes; it begins with no known name.
func (l *Linker) addStocks(sc *scan, ms []found, sentEnd []int, outlet string) []found {
	at := mentionAt(ms, len(sc.toks), sc.at...)
	inner := func(j int) bool { return at[j] == 0 || ms[at[j]-1].typ == news.LOC || ms[at[j]-1].act == nil }
	var added []found
	for _, s := range body.Stocks(l.lex, sc.toks, inner, sentEnd) {
		if h := at[s.First]; h != 0 && (ms[h-1].act != nil || ms[h-1].first != s.First) || at[s.Last] != 0 && s.Last+1 < len(at) && at[s.Last+1] == at[s.Last] {
			continue
		}
		for j := s.First; j <= s.Last; j++ {
			if at[j] != 0 {
				ms[at[j]-1].dropped = true
			}
		}
		market := outlet
		for _, k := range s.Markets {
			market = marketOf(ms, at, k, market)
		}
		added = append(added, found{first: s.First, last: s.Last, start: s.Start, end: sc.toks[s.Last].End,
			typ: news.ORG, key: s.Key, body: true, country: market, code: market})
	}
	return withAdded(ms, added, true)
}

// marketOf returns the country of the market an index's or exchange's word
// at token k names: the exchange it begins (البورصة المصرية), else the
// place after it (مؤشر دبي, بورصة قطر); else market.
func marketOf(ms []found, at []int, k int, market string) string {
	for _, j := range [2]int{k, k + 1} {
		if m := at[j]; m != 0 && ms[m-1].act == nil && ms[m-1].country != "" && j == k {
			return ms[m-1].country
		} else if m != 0 && ms[m-1].act != nil && ms[m-1].act.Country != "" && (j == k || ms[m-1].typ == news.LOC) {
			return ms[m-1].act.Country
		}
	}
	return market
}
