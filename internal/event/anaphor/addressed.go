package anaphor

import "rasad/internal/news"

// Addressed returns the index in doc.Entities of the government that a
// protest of people of country cc names in its sentence, the byte range
// [from, to) of doc's text: a person or body coded as cc's government
// (خرج الأهالي إلى الشوارع ... مع تنامي السخط على حكومة رئيس الوزراء
// العراقي حيدر العبادي: Abadi's government, the one protested against).
// People of a country protesting at home address its government; the
// government of another country named there is not it. -1 if none.
func Addressed(doc *news.Document, from, to int, cc string) int {
	if cc == "" {
		return -1
	}
	for ei, e := range doc.Entities {
		if e.Country != cc || e.Actor != cc+"GOV" {
			continue
		}
		for _, m := range e.Mentions {
			if m.Start >= from && m.End <= to {
				return ei
			}
		}
	}
	return -1
}
