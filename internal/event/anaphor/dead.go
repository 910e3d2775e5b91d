package anaphor

import (
	"strings"

	"rasad/internal/lexicon"
	"rasad/internal/news"
)

// Dead returns the country of the dead an article tells of before token k
// of toks: the first word of dying or of the dead (lexicon classes death,
// dead: استشهد رضيع فلسطيني, مقتل 13 شخصا هم أربعة جنود ماليين, شهداء
// الإمارات) followed within six words, in its clause and before any
// preposition (في مدينة نابلس: where they fell, not who they were), by a
// mention of a country or its adjective. The families of the dead that
// condolences go to (frame.Bereaved) are of that country, not of the
// place the condoler speaks of. It returns "" when the article names no
// such country.
func Dead(doc *news.Document, toks []news.Token, k int) string {
	l := lexicon.Default()
	for i := 0; i < k && i < len(toks); i++ {
		w, _ := lexicon.BareOf(&toks[i])
		if toks[i].Kind != news.Word || !l.Has(w, "death") && !l.Has(w, "dead") {
			continue
		}
		for j := i + 1; j < len(toks) && j <= i+6; j++ {
			t := &toks[j]
			if t.Kind == news.Punctuation {
				break
			}
			if _, p := lexicon.AfterPreposition(t); p != "" || l.Has(lexicon.Plain(t), "prep") {
				break
			}
			if cc := countryAt(doc, t.Start); cc != "" {
				return cc
			}
		}
	}
	return ""
}

// countryAt returns the country of the entity mentioned at byte offset pos
// of doc's text, "" if none.
func countryAt(doc *news.Document, pos int) string {
	for _, e := range doc.Entities {
		for _, m := range e.Mentions {
			if m.Start <= pos && pos < m.End && e.Country != "" && !strings.HasPrefix(e.Actor, "IGO") {
				return e.Country
			}
		}
	}
	return ""
}
