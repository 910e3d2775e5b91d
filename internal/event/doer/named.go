package doer

import (
	"strings"

	"rasad/internal/news"
)

// NamedPlace reports whether a place named at byte offset pos, which
// opens the actor phrase right after a verb (after: no noun of the phrase
// and no preposition before it), is the verb's subject on its own, so
// that a person or an organisation named right after it heads another
// phrase, the verb's object: in verb–subject–object order two names
// after the verb are its subject and its object (واتهمت إسرائيل حماس
// بإطلاق الصواريخ: Israel accuses Hamas; وانتقدت تركيا حزب العمال). A
// place after a verb of acting stands for its government. Only a place
// written by its name is read so: its relative adjective (the mention's
// Nisba, or a word rest without clitics in the masculine of a nisba:
// الروسي, الروسيين) describes the name after it (الإسباني رافائيل نادال),
// and a place after the noun that heads the phrase is that noun's
// genitive or adjective (وزير خارجية ألمانيا فرانك شتاينماير, رئيس إقليم
// كردستان مسعود بارزاني), not the verb's subject.
//
// A relative adjective of the same place right after its name describes
// the name after it, not the place, which no adjective of itself
// describes (اعتقلت إسرائيل الصهيوني مردخاي ماير: Israel arrests the
// Zionist Meir), so the place is then the subject too.
func NamedPlace(e news.Entity, pos int, rest string, after bool) bool {
	if e.Type == news.LOC && after && ownNisba(e, pos) {
		return true
	}
	if e.Type != news.LOC || !after || strings.HasSuffix(rest, "ي") || strings.HasSuffix(rest, "يين") || strings.HasSuffix(rest, "يون") {
		return false
	}
	for _, m := range e.Mentions {
		if m.Start <= pos && pos < m.End {
			return !m.Nisba && !m.Role
		}
	}
	return false
}

// ownNisba reports whether the mention of place e at byte offset pos is
// its relative adjective, written right after a mention of its name
// (إسرائيل الصهيوني: one space between them).
func ownNisba(e news.Entity, pos int) bool {
	for _, m := range e.Mentions {
		if m.Start > pos || pos >= m.End || !m.Nisba {
			continue
		}
		for _, n := range e.Mentions {
			if !n.Nisba && !n.Role && n.End < m.Start && m.Start-n.End <= 1 {
				return true
			}
		}
	}
	return false
}
