package entity

import (
	"strings"

	"rasad/internal/actor"
	"rasad/internal/arabic"
	"rasad/internal/entity/ambiguous"
	"rasad/internal/entity/armed"
	"rasad/internal/entity/locate"
	"rasad/internal/entity/nameparts"
	"rasad/internal/entity/placename"
	"rasad/internal/entity/shape"
	"rasad/internal/lexicon"
	"rasad/internal/ner"
	"rasad/internal/news"
)

// maxQuotedPlace is the most words a quoted place name after its head
// noun is read over (قضاء «صاري قامش»).
const maxQuotedPlace = 3

// addHeadedPlaces finds the places that neither the gazetteer nor the
// recogniser knows but that the text introduces by a noun of settlement
// or district in apposition, as Arabic news writes a small place: قرية
// كنصفرة, بلدة عتمان, بولاية قارص, قضاء «صاري قامش», سجن «جلبوع». The
// head is written without the article (a construct: مدينة حلب, not
// المدينة حلب); its name is the next word, a quotation, or an indefinite
// word and the definite one it governs (بلدتا خراب الشحم). A dictionary
// word is a name only after a head that rarely takes a common noun (ولاية
// قارص, but not منطقة عازلة or مديرية أمن), and never an adjective
// (قرية صغيرة) or a definite common noun (منطقة الحدود). A dual or plural
// head (بلدتي, بلدات, بولايات) heads a list joined by و and commas:
// بلدات كنصفرة والبارة وبليون. A geographic noun that is part of the name
// heads it with itself (جبل الأكراد, جبال قنديل), in place of what the
// recogniser made of the word after it. The places' countries are given
// later, as for any unknown place.
func (l *Linker) addHeadedPlaces(doc *news.Document, sc *scan, ms []found, sentEnd []int) []found {
	toks := sc.toks
	lx := lexicon.Default()
	return addEach(sc, ms, true, func(i int, at []int, add func(found)) int {
		w := shape.HeadWord(lx, &toks[i])
		if w == nil {
			return i
		}
		end := sentEnd[i]
		if w.Has("place-part") {
			if f, ok := l.partPlace(doc.Text, sc, ms, at, i, end, w.Has("place-head-loose")); ok {
				add(f)
				return f.last
			}
			return i
		}
		if !w.Has("place-head") {
			return i
		}
		loose, list := w.Has("place-head-loose"), w.Has("place-list")
		j := i + 1
		if k := retype(toks, ms, at, j, end); k >= 0 {
			// What the recogniser took for a name after a place's head is a
			// place (قضاء «جيلان بينار»), introduced as such.
			ms[k].typ, ms[k].headed = news.LOC, true
			if m := &ms[k]; m.first == m.last {
				// The recogniser's البو alone is the clan's first word.
				if last := placename.ClanName(toks, m.first, end); last > m.last && at[last] == 0 {
					m.last, m.end = last, toks[last].End
					m.key = arabic.SearchKey(doc.Text[m.start:m.end])
				}
			}
		}
		for j < end {
			f, ok := l.headedName(doc.Text, sc, ms, at, i, j, end, loose, list, j > i+1)
			if !ok {
				if j < end && at[j] > 0 && list {
					// A known place in the list (بولايات غازي عنتاب، وملاطيا).
					j = ms[at[j]-1].last + 1
				} else {
					break
				}
			} else {
				add(f)
				j = f.last + 1
			}
			if !list {
				break
			}
			if j < end && toks[j].Kind == news.Punctuation && (toks[j].Text == "،" || toks[j].Text == ",") {
				j++
			}
			if j >= end || toks[j].Kind != news.Word || !shape.StartsWithWaw(toks[j]) && toks[j-1].Kind != news.Punctuation {
				break
			}
		}
		return j - 1
	})
}

// addListed finds the places neither the gazetteer nor the recogniser
// knows that news lists with known ones where something happens: a word
// joined by و or a comma to a known town or place, in a list that في or
// the locative ب opens (في بنغازي ومرتوبة والبيضاء), is a place of that
// town's country, where the word may name a new place (placename.Listed).
// A country's list is left: a word after one may be another country.
func (l *Linker) addListed(doc *news.Document, sc *scan, ms []found) []found {
	toks := sc.toks
	return addEach(sc, ms, false, func(i int, at []int, add func(found)) int {
		k := shape.Conjunct(toks, i)
		if k < 0 || at[k] <= 0 {
			return i
		}
		m := ms[at[k]-1]
		c := knownPlaceCountry(m)
		if c == "" || m.last != k || m.act.Type == actor.Country || !locate.Locative(toks, locate.ListStart(toks, m.first, mentions{ms, at})) {
			return i
		}
		if start, ok := placename.Listed(l.lex, toks, i, func(j int) bool { return ambiguous.PlaceAt(l.g, toks, j, true) }); ok {
			f := l.placeFound(doc.Text, i, i, start, toks[i].End)
			f.country = c
			add(f)
		}
		return i
	})
}

// retype returns the index of an unknown name (not MISC) that starts at
// token j, or just inside a quotation opening there, or -1.
func retype(toks []news.Token, ms []found, at []int, j, end int) int {
	if j < end && toks[j].Kind == news.Punctuation && shape.Opening(toks[j].Text) {
		j++
	}
	if j >= end || at[j] <= 0 {
		return -1
	}
	k := at[j] - 1
	if m := ms[k]; m.first != j || m.act != nil || m.typ == news.MISC {
		return -1
	}
	return k
}

// headedName reads the name of a place at token j after its head noun at
// i: a quotation of up to maxQuotedPlace words, or a word (and the
// definite word it governs), a common one where the head or what follows
// makes it a name (placename.Placed). inList is set for a later name of a
// list, which may carry the conjunction و.
func (l *Linker) headedName(text string, sc *scan, ms []found, at []int, i, j, end int, loose, plural, inList bool) (found, bool) {
	toks := sc.toks
	if toks[j].Kind == news.Punctuation && shape.Opening(toks[j].Text) && !inList {
		k := j + 1
		for k < end && toks[k].Kind == news.Word && k-j <= maxQuotedPlace {
			k++
		}
		if k == j+1 || k >= end || toks[k].Kind != news.Punctuation || !shape.Closing(toks[k].Text) {
			return found{}, false
		}
		for t := j + 1; t < k; t++ {
			if at[t] != 0 || l.function(toks[t].Norm) || t > j+1 && shape.StartsWithWaw(toks[t]) {
				// «النوار ومرتوبة» after محور lists two places, no name of two words.
				return found{}, false
			}
		}
		return l.placeFound(text, j+1, k-1, toks[j+1].Start, toks[k-1].End), true
	}
	if toks[j].Kind != news.Word || at[j] != 0 {
		return found{}, false
	}
	word, start := toks[j].Norm, toks[j].Start
	if inList {
		if !shape.StartsWithWaw(toks[j]) {
			return found{}, false
		}
		word, start = shape.AfterWaw(toks[j])
	}
	compound := !inList && at[min(j+1, end-1)] == 0 && placename.Compound(l.lex, toks, j, end) // عين كاوة
	if !compound && !placename.Word(l.lex, toks[j], word, loose, plural) && !placename.Placed(l.lex, toks, i, j, end, word) || j+1 < end && placename.Resumptive(l.lex, toks[j+1]) {
		return found{}, false
	}
	last := j
	if compound {
		last = j + 1
	} else if placename.Clan(word) {
		if last = placename.ClanName(toks, j, end); last == j || at[last] != 0 {
			return found{}, false // البو alone names no clan
		}
	} else if !arabic.Definite(word) && j+1 < end && at[j+1] == 0 && toks[j+1].Kind == news.Word &&
		arabic.Definite(toks[j+1].Norm) && !shape.Relational(sc.wkeys[j+1]) && !l.common(toks[j+1].Norm) {
		last = j + 1 // an idafa: خراب الشحم
	} else if k := at[min(j+1, end-1)] - 1; j+1 < end && k >= 0 && !arabic.Definite(word) && governedPlace(ms[k], toks[j+1]) {
		// An idafa whose second word is itself a place's name: قرية قصر
		// البريج in Aleppo's countryside is no Bureij camp of Gaza.
		ms[k].dropped = true
		last = j + 1
	} else if arabic.Definite(word) && j+1 < end && at[j+1] == 0 && toks[j+1].Kind == news.Word &&
		!shape.StartsWithWaw(toks[j+1]) && lexicon.Definite(&toks[j+1]) && shape.Relational(sc.wkeys[j+1]) && shape.Quarter(sc.wkeys[j+1]) {
		last = j + 1 // the quarter of the compass that tells two places apart: الصمدانية الغربية
	}
	return l.placeFound(text, j, last, start, toks[last].End), true
}

// governedPlace reports whether a mention is a known town or place of one
// definite word (البريج), no country, capital or adjective: the second word
// of an idafa that names a smaller place after a head noun.
func governedPlace(m found, tok news.Token) bool {
	return m.act != nil && m.first == m.last && !m.nisba && !m.descriptor && lexicon.Definite(&tok) &&
		(m.act.Type == actor.City && !m.act.Capital || m.act.Type == actor.Place)
}

// partPlace reads a geographic noun that is part of the name it heads
// (جبل الأكراد, بجبل التركمان, جبال قنديل): the noun and the next word,
// which the recogniser may have taken for something else (الأكراد the
// people); a known name after it (جبل الشيخ in the gazetteer) is left.
// After a loose one (ملعب), a dictionary word is none (ملعب المباراة)
// unless it is a given name, the eponym's (ملعب جابر).
func (l *Linker) partPlace(text string, sc *scan, ms []found, at []int, i, end int, loose bool) (found, bool) {
	toks := sc.toks
	j := i + 1
	if j >= end || toks[j].Kind != news.Word || shape.HasPrepClitic(toks[j]) || shape.StartsWithWaw(toks[j]) ||
		at[j] == 0 && !arabic.Definite(sc.wkeys[j]) && shape.Relational(sc.wkeys[j]) && !l.name(toks[j].Norm) && !nameparts.GivenName(lexicon.Default(), toks[j]) {
		return found{}, false // بئر زراعية, جبال بركانية: an indefinite relational adjective, no name; بئر أحمد is a name
	}
	if loose && placename.Common(toks[i], toks[j]) {
		return found{}, false // قاعدة محصنة, منفذ جوازات
	}
	if k := at[j] - 1; k >= 0 {
		m := &ms[k]
		if m.first != j || m.last != j || m.act != nil && !m.nisba && !m.act.Ambiguous || m.nisba && !arabic.Definite(sc.wkeys[j]) {
			// A known place is left, and an indefinite nisba is the
			// head's adjective (قاعدة تركية), the country's mention.
			return found{}, false
		}
		m.dropped = true
		at[j] = 0
	}
	if l.function(toks[j].Norm) || loose && !placename.Word(l.lex, toks[j], toks[j].Norm, true, false) && !nameparts.GivenName(lexicon.Default(), toks[j]) {
		return found{}, false
	}
	last := placename.ClanName(toks, j, end) // تل البو عيثة
	for loose && last+1 < end && at[last+1] == 0 && placename.Foreign(l.lex, toks[last+1]) {
		last++ // a foreign name of more words: ملعب أليانز أرينا
	}
	start := toks[i].Start
	if _, s := shape.StemKey(toks[i]); s > start {
		start = s
	}
	return l.placeFound(text, i, last, start, toks[last].End), true
}

// placeFound makes the mention of an unknown place over tokens first..last
// and bytes start..end.
func (l *Linker) placeFound(text string, first, last, start, end int) found {
	return found{first: first, last: last, start: start, end: end, typ: news.LOC,
		key: arabic.SearchKey(text[start:end]), headed: true}
}

// name reports whether the lexicon knows a word as a name.
func (l *Linker) name(word string) bool {
	info, ok := l.lex.Lookup(word)
	return ok && info.Name
}

// function reports whether a word is a function word of the lexicon.
func (l *Linker) function(word string) bool {
	info, ok := l.lex.Lookup(word)
	return ok && info.Function
}

// minPlaced is how many times the article must name a place unambiguously
// for its ambiguous word to be that place elsewhere; minPlacedHome, for a
// place of the country the article is about, whose own places a reader
// expects again (وفي البيضاء (وسط اليمن), then جبهات البيضاء in a story
// of Yemen), unless the word is of the lexicon's class common-place, as
// often a noun of news as the place (مشهد "scene").
const minPlaced, minPlacedHome = 2, 1

// placedElsewhere adds to ms the ambiguous one-word names of pending that
// name a place the article has named at least minPlaced times
// unambiguously or after a cue (عدن once في عدن is read), or minPlacedHome
// times for a place of home, the article's country, where the recogniser
// does not read the word as a body (nerAt): the same word is
// that place again, as a reader takes it, unless it is quoted, stands
// after a definite word as its adjective (الدار البيضاء) or after a
// demonstrative (هذا الفحص), or heads an idafa (صور التحرش): a word
// after it with a preposition or و, or a title, is no genitive of it
// (locate.Attributive: بصحة الطائف بالنيابة, تعليم الخرج الدكتور).
func (l *Linker) placedElsewhere(text string, ms, pending []found, toks []news.Token, quoted []bool, home string, nerAt map[int]ner.Span) []found {
	if len(pending) == 0 {
		return ms
	}
	placed := map[*actor.Actor]int{}
	for _, m := range ms {
		if m.act != nil && !m.nisba && m.act.EntityType() == news.LOC {
			placed[m.act]++
		}
	}
	added := false
	for _, m := range pending {
		if quoted[m.first] || m.first > 0 && toks[m.first-1].Kind == news.Word && (lexicon.Definite(&toks[m.first-1]) || shape.Demonstrative(toks[m.first-1])) {
			continue
		}
		if next := m.last + 1; locate.Attributive(toks, next) && !shape.Relational(arabic.SearchKey(toks[next].Norm)) {
			continue // the head of an idafa: صور التحرش
		}
		atHome := home != "" && !shape.CommonPlace(text[m.start:m.end]) && nerAt[m.first].Type != news.ORG // a club or a council by its city's name (دورتموند) stays the recogniser's
		_, hits := l.g.Match([]string{shape.FirstKey(toks[m.first], m.start)})
		for _, h := range hits {
			if !h.Adjective && (placed[h.Actor] >= minPlaced || atHome && h.Actor.Country == home && placed[h.Actor] >= minPlacedHome) {
				m.act = h.Actor
				ms = append(ms, m)
				added = true
				break
			}
		}
	}
	if added {
		inTextOrder(ms)
	}
	return ms
}

// maxRepeat is the most words of a name found again later in the article.
const maxRepeat = 4

// addRepeats adds the later mentions of names the article has introduced,
// as a reader links them: a place the gazetteer lacks, introduced by its
// head noun, found again as written, with or without a preposition on it (قرية زركله, then بزركلة),
// a body read from its head and its fields (شركة التبغ والكبريت) named
// again, and the first two words of a known organisation named in full before
// (حزب العمال after حزب العمال الكردستاني), and the first word of a known
// place of several words where the recogniser found it as a place (الضفة
// after الضفة الغربية). A one-word place that is also
// a dictionary word (حضر) is not looked for again, nor a name inside a
// quotation.
func (l *Linker) addRepeats(doc *news.Document, sc *scan, ms []found, quoted []bool) []found {
	toks := sc.toks
	names := map[string]found{} // by the search keys of its words
	for _, m := range ms {
		if m.dropped || m.descriptor || m.nisba {
			continue
		}
		switch {
		case m.act == nil && m.typ == news.LOC && m.headed:
			if m.first == m.last && l.dictionaryWord(m.key) {
				continue
			}
			if _, ok := names[m.key]; !ok {
				names[m.key] = m
			}
		case m.act == nil && m.body && strings.Contains(m.key, " "):
			// A body read from its head and its fields, named again
			// (شركة التبغ والكبريت).
			if _, ok := names[m.key]; !ok {
				names[m.key] = m
			}
		case m.act != nil && m.act.Type == actor.Org && m.last-m.first >= 2:
			k := sc.wkeys[m.first] + " " + sc.wkeys[m.first+1]
			if _, ok := names[k]; !ok && sc.wkeys[m.first] != "" {
				names[k] = m
			}
		}
	}
	// A known place of several words, by its first word (الضفة after الضفة
	// الغربية): only where the recogniser found that word as a place.
	short := map[string]found{}
	for _, m := range ms {
		if knownPlaceCountry(m) != "" && m.last > m.first && !m.descriptor {
			if _, ok := short[sc.wkeys[m.first]]; !ok && sc.wkeys[m.first] != "" {
				short[sc.wkeys[m.first]] = m
			}
		}
	}
	// A known body of several words, by its first word, the definite noun
	// that heads it (الاتحاد after الاتحاد الأوروبي): only where the
	// recogniser found that word as a body, and one body of the article
	// begins with it.
	heads := map[string]found{}
	for _, m := range ms {
		if m.act == nil || m.act.Type != actor.Org || m.last == m.first || m.descriptor || m.nisba || !lexicon.Definite(&toks[m.first]) {
			continue
		}
		k := shape.FirstKey(toks[m.first], m.start)
		if o, ok := heads[k]; ok && o.act != m.act {
			heads[k] = found{} // two bodies begin with it: neither
		} else if !ok {
			heads[k] = m
		}
	}
	if len(names) == 0 && len(short) == 0 && len(heads) == 0 {
		return ms
	}
	// A name the recogniser found again as an unknown one is the one named
	// before (حزب العمال, which it took for a body of its own).
	for k := range ms {
		m := &ms[k]
		if m.act != nil || m.nisba || m.descriptor {
			continue
		}
		o, ok := names[strings.Join(sc.wkeys[m.first:m.last+1], " ")]
		if !ok && m.first == m.last && m.typ == news.LOC {
			o, ok = short[sc.wkeys[m.first]]
		}
		if !ok && m.first == m.last && m.typ == news.ORG {
			o, ok = heads[sc.wkeys[m.first]]
			ok = ok && o.act != nil
		}
		if ok && o.start < m.start && (o.act != nil || o.key != m.key) {
			m.act, m.key, m.country, m.typ, m.code = o.act, o.key, o.country, o.typ, o.code
		}
	}
	if len(names) == 0 {
		return ms
	}
	firsts := make(map[string]bool, len(names)) // the first word of each name
	for k := range names {
		w, _, _ := strings.Cut(k, " ")
		firsts[w] = true
	}
	return addEach(sc, ms, false, func(i int, at []int, add func(found)) int {
		if !firsts[sc.wkeys[i]] && !firsts[firstOf(shape.RepeatKey(toks[i], firsts))] {
			return i
		}
		if quoted[i] && !shape.NameQuoted(toks, i, maxRepeat) {
			return i
		}
		for n := min(maxRepeat, len(toks)-i); n >= 1; n-- {
			if at[i+n-1] != 0 || toks[i+n-1].Kind != news.Word {
				continue
			}
			first, start := shape.RepeatKey(toks[i], firsts)
			key := strings.Join(append([]string{first}, sc.wkeys[i+1:i+n]...), " ")
			m, ok := names[key]
			if !ok && first != sc.wkeys[i] {
				key = strings.Join(sc.wkeys[i:i+n], " ")
				m, ok = names[key]
				start = toks[i].Start
			}
			if !ok || m.start >= toks[i].Start {
				continue
			}
			m.first, m.last, m.start, m.end = i, i+n-1, start, toks[i+n-1].End
			add(m)
			return m.last
		}
		return i
	})
}

// firstOf returns its first argument.
func firstOf(s string, _ int) string { return s }

// addShortForms adds the mentions of a known body by the last word of its
// name, an adjective that is the body's own (الكردستاني of حزب العمال
// الكردستاني), where quotation marks set that word apart as a name:
// headlines and reports write «الكردستاني» for the PKK once the article
// names it in full, before or after. A word the recogniser took for an
// unknown body there becomes the known one.
func (l *Linker) addShortForms(sc *scan, ms []found) []found {
	toks := sc.toks
	byLast := map[string]found{}
	for _, m := range ms {
		if m.act == nil || m.act.Type != actor.Org || m.last == m.first || m.nisba || m.descriptor {
			continue
		}
		if k := sc.wkeys[m.last]; lexicon.Definite(&toks[m.last]) && len([]rune(k)) > 4 {
			if o, ok := byLast[k]; ok && o.act != m.act {
				byLast[k] = found{} // two bodies share it: neither
				continue
			}
			byLast[k] = m
		}
	}
	if len(byLast) == 0 {
		return ms
	}
	at := mentionAt(ms, len(toks), sc.at...)
	var added []found
	for i := 1; i+1 < len(toks); i++ {
		if toks[i].Kind != news.Word || toks[i-1].Kind != news.Punctuation || !shape.Opening(toks[i-1].Text) ||
			toks[i+1].Kind != news.Punctuation || !shape.Closing(toks[i+1].Text) {
			continue
		}
		o, ok := byLast[sc.wkeys[i]]
		if !ok || o.act == nil {
			continue
		}
		switch k := at[i] - 1; {
		case k < 0:
			o.first, o.last, o.start, o.end = i, i, toks[i].Start, toks[i].End
			added = append(added, o)
		case ms[k].act == nil && ms[k].first == i && ms[k].last == i && ms[k].typ == news.ORG:
			ms[k].act, ms[k].key, ms[k].country, ms[k].code = o.act, o.key, o.country, o.code
		}
	}
	return withAdded(ms, added, false)
}

// addForceHeads adds the mentions of a known armed body by the head noun
// of its name alone, where the article names it in full, before or after
// (المقاومة and المقاومة الشعبية: package armed), and one armed body of
// the article's begins with that head.
func (l *Linker) addForceHeads(sc *scan, ms []found) []found {
	heads := map[string]found{}
	for _, m := range ms {
		if m.act != nil && m.act.Type == actor.Org && m.last > m.first && !m.nisba && armed.Code(m.act.Code) {
			if k := armed.Head(sc.toks, m.first); k != "" {
				if o, ok := heads[k]; ok && o.act != m.act {
					m.act = nil // two bodies share it: neither
				}
				if _, ok := heads[k]; !ok || m.act == nil {
					heads[k] = m
				}
			}
		}
	}
	return addEach(sc, ms, false, func(i int, at []int, add func(found)) int {
		if o, ok := heads[armed.Alone(sc.toks, i)]; ok && o.act != nil {
			_, o.start = shape.StemKey(sc.toks[i])
			o.first, o.last, o.end = i, i, sc.toks[i].End
			add(o)
		}
		return i
	})
}
