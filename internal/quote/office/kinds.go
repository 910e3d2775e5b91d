package office

import (
	"sync"

	"rasad/internal/arabic"
	"rasad/internal/lexicon"
)

// The lexicon's classes of nouns that head a person's description
// (lexicon/data/roles.txt), of words that name a time (lexicon/data/time.txt,
// months.txt) or an occasion people attend (ceremony, gathering: the object
// a verb may put before its subject, شرّف الحفل محافظ الرس); and the particles before a verb
// (verb-particle, lexicon/data/closed.txt).
var (
	describing = []string{"role", "title", "rank", "profession", "descriptor", "kin"}
	timing     = []string{"day", "weekday", "month", "recent", "time-unit", "time-head", "date-head", "period-edge", "ceremony", "gathering"}
)

// kind is what Kinds tells of a form.
type kind uint8

const (
	kDescribes kind = 1 << iota
	kTime
	kParticle
)

// kinds indexes the forms of those classes once.
var kinds = sync.OnceValue(func() map[string]kind {
	lx, m := lexicon.Default(), map[string]kind{}
	for k, classes := range map[kind][]string{kDescribes: describing, kTime: timing, kParticle: {"verb-particle"}} {
		for _, c := range classes {
			for _, f := range lx.Forms(c) {
				m[f] |= k
			}
		}
	}
	return m
})

// Kinds reports what the lexicon tells of a noun, given as it stands
// with its article and without it: whether it heads a person's
// description (الشاب، المحامي، الوزير), whether it names a time or an
// occasion (الثلاثاء، الأسبوع، الحفل) or has under three letters after
// ال (القى، الغى: a verb's hamza, not the article), or is a particle a verb opening its clause
// may follow (قد، لقد، ثم).
func Kinds(stem, bare string) (describes, time, particle bool) {
	m := kinds()
	k := m[stem] | m[bare]
	return k&kDescribes != 0, k&kTime != 0 || !arabic.AtLeastRunes(bare, 3), k&kParticle != 0
}
