package entity

import (
	"strings"

	"rasad/internal/actor"
	"rasad/internal/entity/ambiguous"
	"rasad/internal/entity/shape"
	"rasad/internal/lexicon"
	"rasad/internal/ner"
	"rasad/internal/news"
)

// addSurnames adds a mention for each later word that is the surname of a
// person the article has named in full before it (شكري after سامح شكري,
// هويدي after فهمي هويدي), as a reader takes it: Arabic news names a
// person in full once, then by the family name (by the word before the
// particle that ends a compound one: تشاوش after مولود تشاوش أوغلو,
// lexicon class family-end). The word must not be inside
// another mention or a quotation (unless it opens a clause after its
// verb: a quotation left open), and must not be a common word (لي, شكري
// "my thanks") unless the recogniser marks it a person there or it follows
// a verb of speech or stance as its subject (وشدد بحر). The headline may
// name him so before the body names him in full. A surname two people of
// the article share names neither.
func (l *Linker) addSurnames(doc *news.Document, sc *scan, ms []found, quoted []bool, nerAt map[int]ner.Span) []found {
	bySurname := map[string]*surnamed{}
	for _, m := range ms {
		if m.typ != news.PER || m.last == m.first {
			continue
		}
		keys := []string{sc.wkeys[m.last]}
		if m.last-1 > m.first && lexicon.Default().Whole(&sc.toks[m.last]).Has("family-end") {
			keys = append(keys, sc.wkeys[m.last-1]) // تشاوش after مولود تشاوش أوغلو
		}
		for _, key := range keys {
			if key == "" || len([]rune(key)) < 3 || shape.DivineName(key) {
				continue
			}
			p := bySurname[key]
			switch {
			case p == nil:
				bySurname[key] = &surnamed{m: m}
			case !samePerson(p.m, m):
				p.twice = true
			}
		}
	}
	if len(bySurname) == 0 {
		return ms
	}
	// A surname the recogniser found alone, as a name it does not know, is
	// the person named in full before it (شكري after سامح شكري); so is a
	// surname the gazetteer knows alone as another person's (جونسون after
	// جيه جونسون is Jeh Johnson, not Boris Johnson), unless it follows the
	// noun of a ruler's power (نظام الأسد). A city's name is the surname
	// too where no word of place or ب, ل introduces it (وقال ليون after
	// برناردينو ليون, not في ليون), and a lone word the recogniser typed a
	// place or a body, that nothing else names (وعاد الجمري after منصور
	// الجمري: its type of one word alone is the weakest).
	for k := range ms {
		m := &ms[k]
		city := m.act != nil && m.act.Type == actor.City && !m.nisba && !shape.HasPrepClitic(sc.toks[m.first]) &&
			(m.first == 0 || !l.isLocCue(&sc.toks[m.first-1]))
		s, ok := nerAt[m.first]
		lone := ok && s.First == s.Last && m.act == nil && m.typ != news.PER && !m.headed && !m.body && m.code == "" &&
			(m.first == 0 || !l.isLocCue(&sc.toks[m.first-1]) || motion(&sc.toks[m.first-1])) // (شاطئ بوجعفر: a place; وعاد الجمري: a person)
		if m.typ != news.PER && !city && !lone || m.first != m.last {
			continue
		}
		p := bySurname[sc.wkeys[m.first]]
		if m.act == nil {
			p = bySurname[m.key]
		}
		if p == nil || p.twice || p.m.start >= m.start || samePerson(p.m, *m) && !lone {
			continue
		}
		switch {
		case city || lone:
			*m = p.at(m.first, m.start, m.end)
		case m.act == nil && p.m.act != nil:
			m.act, m.key, m.country = p.m.act, p.m.key, p.m.country
		case m.act != nil && m.act.Type == actor.Person && p.m.act == nil && !m.descriptor &&
			(m.first == 0 || !ambiguous.HeadsRuler(l.g, sc.toks[m.first-1])):
			m.act, m.key, m.country, m.code, m.home = nil, p.m.key, p.m.country, p.m.code, p.m.home
		}
	}
	covered := make([]bool, len(sc.toks))
	for _, m := range ms {
		for t := m.first; t <= m.last; t++ {
			covered[t] = true
		}
	}
	added, headline := false, strings.IndexByte(doc.Text, '\n')
	for i, t := range sc.toks {
		if covered[i] || quoted[i] && !shape.OpensClause(sc.toks, i) || t.Kind != news.Word {
			continue
		}
		key, start := sc.wkeys[i], t.Start
		p := bySurname[key]
		if p == nil {
			if sk, at := shape.StemKey(t); sk != "" {
				key, start = sk, at
				p = bySurname[key]
			}
		}
		if p == nil || p.twice || p.m.start >= t.Start && (t.End > headline || i > 0 && afterNoun(sc, i)) {
			continue // a headline names by the surname whom its body names in full (باحميد: …), not a house (كلية آل مكتوم) nor an adjective (مجلس الدفاع العربي)
		}
		if s, ok := nerAt[i]; !(ok && s.Type == news.PER && s.First == s.Last) && !shape.AfterVerb(sc.toks, i) && l.common(doc.Text[start:t.End]) {
			continue
		}
		f := p.at(i, start, t.End)
		if f.name == "" && f.act == nil {
			f.name = doc.Text[p.m.start:p.m.end] // named before his full name, as the headline does
		}
		ms = append(ms, f)
		added = true
	}
	if added {
		inTextOrder(ms)
	}
	return ms
}

// samePerson reports whether two mentions are of one person: one actor, or
// one unknown name.
func samePerson(a, b found) bool {
	if a.act != nil || b.act != nil {
		return a.act == b.act
	}
	return a.key == b.key || strings.HasSuffix(a.key, " "+b.key) || strings.HasSuffix(b.key, " "+a.key)
}

// surnamed is a person named in full, found again by his surname.
type surnamed struct {
	m     found // the first full mention
	twice bool  // another person has the same surname
}

// at returns the person's mention by his surname alone at token i, bytes
// start..end.
func (p *surnamed) at(i, start, end int) found {
	m := p.m
	m.first, m.last, m.start, m.end = i, i, start, end
	m.descriptor, m.nisba = false, false
	return m
}

// motion reports whether a word is a verb of going (the lexicon's class
// motion-verb: عاد, وصل, غادر), a cue of a place after it whose subject,
// right after it, is a person as often.
func motion(tok *news.Token) bool {
	w, _ := lexicon.Default().AfterConjunction(tok)
	return w.Has("motion-verb")
}

// afterNoun reports whether word i follows what makes it no surname of its
// own: آل or another particle of a name (آل مكتوم: the house), or a
// definite word that a relational adjective agrees with (الدفاع العربي).
func afterNoun(sc *scan, i int) bool {
	prev := &sc.toks[i-1]
	return lexicon.Default().Whole(prev).Has("name-particle") ||
		prev.Kind == news.Word && lexicon.Definite(prev) && shape.Relational(sc.wkeys[i])
}

// familyNamed reports whether the article names a person in full, by two
// words or more, whose last word has the search key k: a lone family name
// is then his before any statesman's of that name.
func familyNamed(sc *scan, k string, ms []found, spans []ner.Span) bool {
	for _, m := range ms {
		if m.typ == news.PER && m.last > m.first && sc.wkeys[m.last] == k {
			return true
		}
	}
	for _, s := range spans {
		if s.Type == news.PER && s.Last > s.First && sc.wkeys[s.Last] == k {
			return true
		}
	}
	return false
}
