package doer

import (
	"strings"

	"rasad/internal/news"
)

// NamedPlace reports whether a place that opens an actor phrase (opens:
// no noun of the phrase before it) and is named at byte offset pos is an
// actor of its own, so that a person or an organisation named right after
// it heads another phrase: in verb–subject–object order two names after
// the verb are its subject and its object (واتهمت إسرائيل حماس بإطلاق
// الصواريخ: Israel accuses Hamas; وانتقدت تركيا حزب العمال). A place
// stands for its government there. Only a place written by its name is
// read so: its relative adjective (the mention's Nisba, or a word rest
// without clitics in the masculine of a nisba: الروسي, الروسيين) describes
// the name after it (الإسباني رافائيل نادال), and a place after the noun
// that heads the phrase is that noun's genitive or adjective (وزير خارجية
// إسرائيل أفيغدور ليبرمان, الرئيس الروسي فلاديمير بوتين), not opening it.
func NamedPlace(e news.Entity, pos int, rest string, opens bool) bool {
	if e.Type != news.LOC || !opens || strings.HasSuffix(rest, "ي") || strings.HasSuffix(rest, "يين") || strings.HasSuffix(rest, "يون") {
		return false
	}
	for _, m := range e.Mentions {
		if m.Start <= pos && pos < m.End {
			return !m.Nisba && !m.Role
		}
	}
	return false
}
