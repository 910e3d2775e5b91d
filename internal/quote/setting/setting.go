// Package setting tells where a stretch of a story happens from the places
// its entity stage found: the one country of the places a sentence names
// outside a quote. Package quote gives it to speakers that name no country
// of their own (ناشطون، مصادر محلية), and when their sentence names none,
// the country the article's places name most (package scene). It also
// tells whose country other speakers have: an international body's
// official (International), the writer's acquaintance (Personal), a news
// outlet (Outlet).
package setting

import (
	"sort"

	"rasad/internal/news"
)

// Within returns the one country of the places (not their adjectives)
// named within [start, end) of the text, leaving out the mentions skip
// reports; "" when none, or two countries.
func Within(ents []news.Entity, start, end int, skip func(news.Mention) bool) string {
	country := ""
	for _, e := range ents {
		if e.Type != news.LOC || e.Country == "" {
			continue
		}
		for _, m := range e.Mentions {
			if m.Nisba || m.Start < start || m.End > end || skip(m) {
				continue
			}
			if country != "" && country != e.Country {
				return ""
			}
			country = e.Country
		}
	}
	return country
}

// Sentence returns the one country of the places named in the sentence
// of sents that holds the quote [start, end), outside the quote's words
// and outside any words the sentence quotes (quoted reports whether the
// byte offset is inside quotation marks), or "": the places a speaker
// speaks of (تم تدريبه في أحد معسكرات التدريب في تركيا، أن واشنطن سحبت
// الفيتو، «هدم المسجد»، لأن المسجد «يدعم الحشد في العراق») say nothing of
// who he is.
func Sentence(ents []news.Entity, sents []news.Sentence, start, end int, quoted func(int) bool) string {
	i := sort.Search(len(sents), func(k int) bool { return sents[k].End > start })
	if i == len(sents) {
		return ""
	}
	return Within(ents, sents[i].Start, sents[i].End, func(m news.Mention) bool {
		return m.End > start && m.Start < end || quoted(m.Start)
	})
}
