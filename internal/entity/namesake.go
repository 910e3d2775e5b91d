package entity

import (
	"rasad/internal/actor"
	"rasad/internal/news"
)

// bodyNamesakes relinks a body whose name several bodies of different
// countries bear (المقاومة الشعبية in Yemen and in Palestine, أنصار
// الشريعة in Libya, Yemen and Tunisia; the gazetteer marks them
// ambiguous): a reader takes the one of the country the article names
// most, by its name, places and nisba adjectives, as articleCountry
// counts them. Where none of their countries is named, or two are named
// as often, the match stands.
func (l *Linker) bodyNamesakes(sc *scan, ms []found) {
	var counts map[string]int
	for k := range ms {
		m := &ms[k]
		if m.act == nil || m.act.Type != actor.Org || !m.act.Ambiguous || m.nisba || m.descriptor {
			continue
		}
		keys := append([]string{firstKey(sc.toks[m.first], m.start)}, sc.wkeys[m.first+1:m.last+1]...)
		n, hits := l.g.Match(keys)
		if n != m.last-m.first+1 {
			continue
		}
		if counts == nil {
			counts = countryCounts(ms)
		}
		best, most, tie := m.act, counts[m.act.Country], false
		for _, h := range hits {
			a := h.Actor
			if h.Adjective || a.Type != actor.Org || a == m.act || a.Country == "" {
				continue
			}
			switch c := counts[a.Country]; {
			case c > most:
				best, most, tie = a, c, false
			case c == most && best != a:
				tie = true
			}
		}
		if most > 0 && !tie {
			m.act, m.typ = best, news.ORG
		}
	}
}
