package setting

import (
	"strings"

	"rasad/internal/lexicon"
	"rasad/internal/news"
)

// International returns the CAMEO code of the international body that a
// speaker's description [start, end) names before any country (المبعوث
// الأممي، المفوضية العليا للأمم المتحدة، المنظمة الدولية للهجرة): its
// official speaks for the body, not for the country where the story
// happens nor for a country named after it (المبعوث الأممي إلى ليبيا). ""
// when the first name of the description is no international body's (سفير
// اليمن لدى الأمم المتحدة is Yemen's).
func International(ents []news.Entity, start, end int) string {
	first, code := end, ""
	for _, e := range ents {
		for _, m := range e.Mentions {
			if m.Start < start || m.End > end || m.Start >= first {
				continue
			}
			first, code = m.Start, ""
			if e.Country == "" && strings.HasPrefix(e.Actor, "IGO") {
				code = e.Actor
			}
		}
	}
	return code
}

// friends holds the writer's own friends and colleagues, with the
// possessive of the first person (أحد أصدقائي، زميلي، صديقنا), normalised.
var friends = map[string]bool{"صديقي": true, "صديقتي": true, "اصدقائي": true, "زميلي": true, "زميلتي": true, "زملائي": true,
	"صديقنا": true, "اصدقائنا": true, "اصدقاؤنا": true, "زميلنا": true, "زملائنا": true, "زملاؤنا": true}

// Personal reports whether a speaker's description is a friend or a
// colleague of the writer (يقول أحد أصدقائي، قال لي زميلي): a column's
// acquaintance, whose country is the writer's, not the story's.
func Personal(words []news.Token) bool {
	for i := range words {
		w, _ := lexicon.WithoutConjunction(&words[i])
		if friends[strings.TrimPrefix(w, "ل")] {
			return true
		}
		if stem, cl := lexicon.StemOf(&words[i]); (cl.Pronoun == "ي" || cl.Pronoun == "نا") && friends[stem+cl.Pronoun] {
			return true
		}
	}
	return false
}
