package quote

import (
	"bufio"
	"embed"
	"fmt"
	"io"
	"strings"
	"sync"

	"rasad/internal/arabic"
)

//go:embed data/lexicon.txt data/nisba.txt
var dataFS embed.FS

// class is a set of roles a word can play in attributing speech.
type class uint32

const (
	cSay        class = 1 << iota // speech verb: قال، أكد، يقول
	cPart                         // circumstantial participle: قائلا، مشيرا
	cMasdar                       // verbal noun with a pronoun: قوله
	cRelay                        // a channel reports a speaker: نقلت X عن Y
	cRelayAdv                     // نقلا عن Y
	cVia                          // بحسب X، وفق X
	cViaVerb                      // نقلها X
	cComp                         // complementizer: إن، أن، بأن
	cNotComp                      // بعد أن، إلا أن
	cStop                         // ends a speaker's phrase
	cFrom                         // عن
	cIn                           // في
	cTo                           // ل، إلى
	cSpeechNoun                   // تصريحات، بيان
	cRole                         // وزير، مسؤول
	cTitle                        // السيد
	cRelative                     // الذي، التي
	cLink                         // باسم
	cClauseEnd                    // في إشارة، على حد قوله
	cImpersonal                   // يذكر أن
	cNeg                          // لم، لن، لا
	cVague                        // بحسب ما
	cMedia                        // وكالة، صحيفة: لوكالة رويترز
	cQuant                        // العديد (من)
	cTimeHead                     // صباح (اليوم)
	cPartComp                     // مذكرة، a participle only before أن

	// cUsed marks a speech verb whose quote has been read.
	cUsed class = 1 << 30
	// cProcl marks a class found after stripping a و or ف proclitic.
	cProcl class = 1 << 31
)

// cue classes start an attribution.
const cCue = cSay | cPart | cRelay

// proclitic classes may carry و or ف in front (وقال، فقال، ونقلت، وبحسب،
// ونقلتها).
const cProclitic = cSay | cPart | cRelay | cRelayAdv | cVia | cViaVerb | cRelative | cMasdar

var sections = map[string]class{
	"say":                              cSay,
	"participle":                       cPart,
	"masdar":                           cMasdar,
	"relay":                            cRelay,
	"relay-adverb":                     cRelayAdv,
	"via":                              cVia,
	"via-verb":                         cViaVerb,
	"complementizer":                   cComp,
	"not-complementizer":               cNotComp,
	"stop":                             cStop,
	"from":                             cFrom,
	"in":                               cIn,
	"to":                               cTo,
	"speech-noun":                      cSpeechNoun,
	"role":                             cRole,
	"title":                            cTitle,
	"relative":                         cRelative,
	"link":                             cLink,
	"clause-end":                       cClauseEnd,
	"impersonal":                       cImpersonal,
	"negation":                         cNeg,
	"vague":                            cVague,
	"media":                            cMedia,
	"quantifier":                       cQuant,
	"time-head":                        cTimeHead,
	"participle-before-complementizer": cPartComp,
}

// lexicon holds the embedded word lists, keyed by normalised form.
type lexicon struct {
	words map[string]class
	nisba map[string]string // normalised adjective → ISO 3166-1 alpha-3
}

var loadLexicon = sync.OnceValues(func() (*lexicon, error) {
	lx := &lexicon{words: map[string]class{}, nisba: map[string]string{}}
	f, err := dataFS.Open("data/lexicon.txt")
	if err != nil {
		return nil, err
	}
	defer f.Close()
	if err := lx.readWords("data/lexicon.txt", f); err != nil {
		return nil, err
	}
	g, err := dataFS.Open("data/nisba.txt")
	if err != nil {
		return nil, err
	}
	defer g.Close()
	if err := lx.readNisba("data/nisba.txt", g); err != nil {
		return nil, err
	}
	return lx, nil
})

// lex returns the embedded lexicon; the data is part of the binary and
// checked by the tests, so a failure to read it is a programming error.
func lex() *lexicon {
	lx, err := loadLexicon()
	if err != nil {
		panic(err)
	}
	return lx
}

func (lx *lexicon) readWords(name string, r io.Reader) error {
	sc := bufio.NewScanner(r)
	var cur class
	for line := 1; sc.Scan(); line++ {
		s := sc.Text()
		if i := strings.IndexByte(s, '#'); i >= 0 {
			s = s[:i]
		}
		s = strings.TrimSpace(s)
		if s == "" {
			continue
		}
		if strings.HasPrefix(s, "[") {
			c, ok := sections[strings.Trim(s, "[]")]
			if !ok || !strings.HasSuffix(s, "]") {
				return fmt.Errorf("load quote lexicon %s:%d: unknown section %q", name, line, s)
			}
			cur = c
			continue
		}
		if cur == 0 {
			return fmt.Errorf("load quote lexicon %s:%d: word before any section", name, line)
		}
		for _, w := range strings.Fields(s) {
			lx.words[arabic.Normalize(w)] |= cur
		}
	}
	if err := sc.Err(); err != nil {
		return fmt.Errorf("load quote lexicon %s: %w", name, err)
	}
	return nil
}

func (lx *lexicon) readNisba(name string, r io.Reader) error {
	sc := bufio.NewScanner(r)
	for line := 1; sc.Scan(); line++ {
		s := sc.Text()
		if i := strings.IndexByte(s, '#'); i >= 0 {
			s = s[:i]
		}
		f := strings.Fields(s)
		if len(f) == 0 {
			continue
		}
		if len(f) < 2 || len(f[0]) != 3 || strings.ToUpper(f[0]) != f[0] {
			return fmt.Errorf("load quote nisba %s:%d: want a country code and its adjectives", name, line)
		}
		for _, w := range f[1:] {
			base := arabic.Normalize(w)
			for _, suf := range []string{"", "ة", "ين", "ون", "يين", "يون"} {
				if strings.HasPrefix(suf, "ي") {
					// صيني → صينيين: the plural doubles the yeh of the nisba.
					if !strings.HasSuffix(base, "ي") {
						continue
					}
				}
				form := base + suf
				lx.nisba[form] = f[0]
				lx.nisba["ال"+form] = f[0]
			}
		}
	}
	if err := sc.Err(); err != nil {
		return fmt.Errorf("load quote nisba %s: %w", name, err)
	}
	return nil
}

// classOf returns the classes of a normalised word, and whether they were
// found after a و or ف proclitic. The proclitic is stripped only for the
// classes that take one, and only when a word of at least two letters is left.
func (lx *lexicon) classOf(norm string) (class, bool) {
	if c, ok := lx.words[norm]; ok {
		return c, false
	}
	if len(norm) >= 6 && (strings.HasPrefix(norm, wawS) || strings.HasPrefix(norm, fehS)) {
		if c := lx.words[norm[len(wawS):]] & cProclitic; c != 0 {
			return c | cProcl, true
		}
	}
	return 0, false
}

// Letters and clitics the rules name.
var (
	wawS  = string(arabic.Waw)
	fehS  = string(arabic.Feh)
	lamS  = string(arabic.Lam)
	behS  = string(arabic.Beh)
	kafS  = string(arabic.Kaf)
	alS   = string(arabic.Alef) + string(arabic.Lam)                       // ال
	lilS  = string(arabic.Lam) + string(arabic.Lam)                        // لل
	bilS  = string(arabic.Beh) + string(arabic.Alef) + lamS                // بال
	haS   = string(arabic.Heh) + string(arabic.Alef)                       // ها
	hS    = string(arabic.Heh)                                             // ه
	humS  = string(arabic.Heh) + string(arabic.Meem)                       // هم
	humaS = string(arabic.Heh) + string(arabic.Meem) + string(arabic.Alef) // هما
	aS    = string(arabic.Alef)                                            // ا
	minS  = string(arabic.Meem) + string(arabic.Noon)                      // من
)

// stem strips the conjunction و, the article and the prepositional
// proclitics that may stand before a role noun or adjective: والوزير،
// الوزير، للوزير، بالوزير. prep reports whether a preposition was stripped.
// و is stripped only before the article or a role noun, so وزير stays.
func (lx *lexicon) stem(norm string) (s string, prep bool) {
	s = norm
	if rest, ok := strings.CutPrefix(s, wawS); ok && len(rest) > 4 &&
		(strings.HasPrefix(rest, alS) || strings.HasPrefix(rest, lilS) || strings.HasPrefix(rest, bilS) || lx.words[rest]&cRole != 0) {
		s = rest
	}
	switch {
	case strings.HasPrefix(s, bilS) && len(s) > len(bilS)+2:
		return s[len(bilS):], true
	case strings.HasPrefix(s, lilS) && len(s) > len(lilS)+2:
		return s[len(lilS):], true
	case strings.HasPrefix(s, alS) && len(s) > len(alS)+2:
		return s[len(alS):], false
	}
	return s, false
}

// roleOf reports whether a normalised word is a role noun (وزير، الوزير،
// للوزير) and whether a preposition stands before it.
func (lx *lexicon) roleOf(norm string) (role, prep bool) {
	if lx.words[norm]&cRole != 0 {
		return true, false
	}
	s, p := lx.stem(norm)
	if lx.words[s]&cRole != 0 {
		return true, p
	}
	if len(s) > 4 && (strings.HasPrefix(s, lamS) || strings.HasPrefix(s, behS) || strings.HasPrefix(s, kafS)) {
		if lx.words[s[len(lamS):]]&cRole != 0 {
			return true, true
		}
	}
	return false, false
}

// mediaAfterLam returns, for a word that is ل and a media noun (لوكالة،
// للتلفزيون), whether it is one.
func (lx *lexicon) mediaAfterLam(norm string) bool {
	if !strings.HasPrefix(norm, lamS) || len(norm) < 8 {
		return false
	}
	rest := norm[len(lamS):]
	if lx.words[rest]&cMedia != 0 {
		return true
	}
	return strings.HasPrefix(rest, lamS) && lx.words[aS+rest]&cMedia != 0
}

// nisbaOf returns the country of a country adjective (الصيني، صينية), or "".
func (lx *lexicon) nisbaOf(norm string) string {
	if c, ok := lx.nisba[norm]; ok {
		return c
	}
	if strings.HasPrefix(norm, wawS) {
		return lx.nisba[norm[len(wawS):]]
	}
	return ""
}
