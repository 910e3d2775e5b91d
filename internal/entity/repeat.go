package entity

import (
	"strings"

	"rasad/internal/actor"
	"rasad/internal/entity/shape"
	"rasad/internal/lexicon"
	"rasad/internal/news"
)

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
		if quoted[i] && !nameQuoted(toks, i) {
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
	at := mentionAt(ms, len(toks))
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

// nameQuoted reports whether the quotation around token i holds a name
// alone (مديرية أمن «أسان يورط»): marks around a name are no one's words.
func nameQuoted(toks []news.Token, i int) bool {
	j := i
	for j > 0 && toks[j-1].Kind == news.Word && i-j < maxRepeat {
		j--
	}
	k := i
	for k+1 < len(toks) && toks[k+1].Kind == news.Word && k-i < maxRepeat {
		k++
	}
	return j > 0 && k+1 < len(toks) && toks[j-1].Kind == news.Punctuation && shape.Opening(toks[j-1].Text) &&
		toks[k+1].Kind == news.Punctuation && shape.Closing(toks[k+1].Text)
}
