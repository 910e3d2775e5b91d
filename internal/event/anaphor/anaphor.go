// Package anaphor resolves the definite nouns by which Arabic news refers
// back to a group it has named (package event reads them as that group):
// after جماعة الحوثي, «الجماعة» is the Houthis; after حزب العمال
// الكردستاني, «معسكرات الحزب» are the PKK's; the place an article is
// set in, which its sentences may leave unnamed (Scene); and the country
// whose government «الحكومة» is (Government). Words are normalised
// (arabic.Normalize).
package anaphor

import (
	"strings"

	"rasad/internal/arabic"
	"rasad/internal/lexicon"
	"rasad/internal/news"
)

// heads are the nouns that head the names of groups and, with the article,
// stand for the group last named with them.
var heads = map[string]bool{"جماعة": true, "حزب": true, "حركة": true, "تنظيم": true, "ميليشيا": true, "مليشيا": true}

// Antecedent returns the index in doc.Entities of the organisation that the
// word tok of doc refers back to, or -1: a head noun with the article
// (الجماعة, والحزب) refers to the organisation named last before it by a
// mention that opens with the same noun (جماعة الحوثي).
func Antecedent(doc *news.Document, tok *news.Token) int {
	stem, _ := lexicon.StemOf(tok)
	stem = strings.TrimPrefix(stem, "ال")
	if tok.Kind != news.Word || !heads[stem] || !strings.Contains(tok.Norm, "ال"+stem) {
		return -1
	}
	pos := tok.Start
	best, at := -1, -1
	for ei, e := range doc.Entities {
		if e.Type != news.ORG {
			continue
		}
		for _, m := range e.Mentions {
			if m.End <= pos && m.Start > at && strings.HasPrefix(arabic.Normalize(m.Text), stem+" ") {
				best, at = ei, m.Start
			}
		}
	}
	return best
}
