package entity

import (
	"slices"

	"rasad/internal/actor"
	"rasad/internal/entity/dual"
	"rasad/internal/entity/namesake"
	"rasad/internal/entity/shape"
	"rasad/internal/ner"
	"rasad/internal/news"
	"rasad/internal/scene"
)

// bodyNamesakes relinks a body whose name several bodies of different
// countries bear (المقاومة الشعبية in Yemen and in Palestine, أنصار
// الشريعة in Libya, Yemen and Tunisia; the gazetteer marks them
// ambiguous): a reader takes the one of the country the article names
// most, by its name, places and nisba adjectives, as articleCountry
// counts them (namesake.Body).
func (l *Linker) bodyNamesakes(sc *scan, ms []found) {
	var counts *scene.Count
	for k := range ms {
		m := &ms[k]
		if m.act == nil || m.act.Type != actor.Org || !m.act.Ambiguous || m.nisba || m.descriptor {
			continue
		}
		keys := append([]string{shape.FirstKey(sc.toks[m.first], m.start)}, sc.wkeys[m.first+1:m.last+1]...)
		n, hits := l.g.Match(keys)
		if n != m.last-m.first+1 {
			continue
		}
		if counts == nil {
			c := countryCounts(ms)
			counts = &c
		}
		if best, ok := namesake.Body(m.act, hits, counts.Of); ok {
			m.act, m.typ = best, news.ORG
		}
	}
}

// dropDuals drops a one-word name that is the dual of a noun whose
// adjectives follow it (dual.Of), and the recogniser's span of that word
// alone.
func (l *Linker) dropDuals(sc *scan, ms []found, spans []ner.Span, nerAt map[int]ner.Span) ([]found, []ner.Span) {
	duals := map[int]bool{}
	ms = slices.DeleteFunc(ms, func(m found) bool {
		if m.first != m.last || m.last+1 >= len(sc.toks) || sc.wkeys[m.last+1] == "" {
			return false
		}
		duals[m.first] = dual.Of(l.g, shape.FirstKey(sc.toks[m.first], m.start), sc.wkeys[m.last+1])
		return duals[m.first]
	})
	if len(duals) == 0 {
		return ms, spans
	}
	return ms, slices.DeleteFunc(spans, func(s ner.Span) bool {
		if s.First == s.Last && duals[s.First] {
			delete(nerAt, s.First)
			return true
		}
		return false
	})
}

// placeNamesakes relinks a country's one-word name that is also a city of
// another country (عمان: Oman, and Amman of Jordan) to the city where the
// article's other mentions name the city's country more often than the
// named country: عمان in a story of Jordan is its capital, while سلطنة
// عمان or the Omani nisba keep Oman, and so does a country joined by و or
// a comma to another (الأردن، وعمان، والكويت): و joins like things; so
// does a country alone in brackets, a name's nationality (الشكيلي (عمان)).
func (l *Linker) placeNamesakes(sc *scan, ms []found) {
	at := mentionAt(ms, len(sc.toks), sc.at...)
	country := func(j int) bool {
		return j >= 0 && at[j] != 0 && ms[at[j]-1].act != nil && ms[at[j]-1].act.Type == actor.Country
	}
	for k := range ms {
		m := &ms[k]
		if m.act == nil || m.act.Type != actor.Country || m.nisba || m.first != m.last {
			continue
		}
		if country(shape.Conjunct(sc.toks, m.first)) || country(shape.NextConjunct(sc.toks, m.last)) || shape.Bracketed(sc.toks, m.first, m.last) {
			continue
		}
		key := shape.FirstKey(sc.toks[m.first], m.start)
		var city *actor.Actor
		if n, hits := l.g.Match([]string{key}); n == 1 {
			for _, h := range hits {
				if !h.Adjective && h.Actor.Type == actor.City && h.Actor.Country != m.act.Country {
					city = h.Actor
				}
			}
		}
		if city == nil {
			continue
		}
		counts := countryCounts(slices.DeleteFunc(slices.Clone(ms), func(o found) bool {
			return o.first == o.last && shape.FirstKey(sc.toks[o.first], o.start) == key
		}))
		if counts.Of(city.Country) > counts.Of(m.act.Country) {
			m.act, m.typ = city, news.LOC
		}
	}
}
