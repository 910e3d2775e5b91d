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
// stand for the group last named with them, each mapped to the one form
// its spellings and its plural share: a militia is written ميليشيا or
// مليشيا, and a group's militiamen are its ميليشيات (after ميليشيات
// الحوثي, «تجمعات الميليشيات» are the Houthis').
var heads = map[string]string{"جماعة": "جماعة", "حزب": "حزب", "حركة": "حركة", "تنظيم": "تنظيم",
	"ميليشيا": "ميليشيا", "مليشيا": "ميليشيا", "ميليشيات": "ميليشيا", "مليشيات": "ميليشيا"}

// Antecedent returns the index in doc.Entities of the organisation that the
// word tok of doc refers back to, or -1: a head noun with the article
// (الجماعة, والحزب, الميليشيات) refers to the organisation named last
// before it by a mention that opens with the same noun, in any of its
// spellings or its plural (جماعة الحوثي, ميليشيات الحوثي).
func Antecedent(doc *news.Document, tok *news.Token) int {
	stem, _ := lexicon.StemOf(tok)
	stem = arabic.WithoutArticle(stem)
	head := heads[stem]
	if tok.Kind != news.Word || head == "" || !strings.Contains(tok.Norm, "ال"+stem) {
		return -1
	}
	pos := tok.Start
	best, at := -1, -1
	for ei, e := range doc.Entities {
		if e.Type != news.ORG {
			continue
		}
		for _, m := range e.Mentions {
			first, _, named := strings.Cut(arabic.Normalize(m.Text), " ")
			if m.End <= pos && m.Start > at && named && heads[first] == head {
				best, at = ei, m.Start
			}
		}
	}
	return best
}
