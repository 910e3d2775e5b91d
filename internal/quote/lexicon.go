package quote

import (
	"sync"

	"rasad/internal/arabic"
	"rasad/internal/lexicon"
	"rasad/internal/news"
)

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

// sections gives the class of each lexicon class that quote reads (see
// ../lexicon/data/README.md).
var sections = map[string]class{
	"speech-verb":                   cSay,
	"speech-participle":             cPart,
	"speech-masdar":                 cMasdar,
	"relay-verb":                    cRelay,
	"relay-adverb":                  cRelayAdv,
	"via":                           cVia,
	"via-verb":                      cViaVerb,
	"complementizer":                cComp,
	"not-complementizer":            cNotComp,
	"phrase-end":                    cStop,
	"prep:from":                     cFrom,
	"prep:in":                       cIn,
	"prep:to":                       cTo,
	"speech-noun":                   cSpeechNoun,
	"role":                          cRole,
	"title":                         cTitle,
	"relative":                      cRelative,
	"link":                          cLink,
	"clause-end":                    cClauseEnd,
	"impersonal":                    cImpersonal,
	"negation":                      cNeg,
	"vague-source":                  cVague,
	"media":                         cMedia,
	"quantifier":                    cQuant,
	"time-head":                     cTimeHead,
	"speech-participle-before-that": cPartComp,
}

// wordSet is what quote reads of the lexicon: the classes above as bits, by
// form, indexed once from lexicon.Default().
type wordSet struct {
	lex   *lexicon.Lexicon
	words map[string]class
}

var defaultWords = sync.OnceValue(func() *wordSet {
	lx := lexicon.Default()
	ws := &wordSet{lex: lx, words: make(map[string]class)}
	for name, c := range sections {
		for _, f := range lx.Forms(name) {
			ws.words[f] |= c
		}
	}
	return ws
})

// read fills what prepare needs to know of a word token: its classes (of
// the word as written, else, for the classes that take one, of the word
// without the conjunction و or ف the segmenter split off: وقال، فقال،
// وبحسب), whether its stem is a role noun or a media noun, its country as a
// nisba adjective, its article, its preposition and its pronoun.
func (ws *wordSet) read(t *news.Token, in *tokInfo) {
	if c, ok := ws.words[t.Norm]; ok {
		in.cls = c
	} else if rest, ok := lexicon.WithoutConjunction(t); ok {
		if c := ws.words[rest] & cProclitic; c != 0 {
			in.cls = c | cProcl
		}
	}
	stem, cl := lexicon.StemOf(t)
	bare, _ := lexicon.BareOf(t)
	in.bare = bare
	in.article = cl.Prep == "" && len(bare) < len(stem)
	in.pronoun = cl.Pronoun == "ه" || cl.Pronoun == "ها" || cl.Pronoun == "هم" || cl.Pronoun == "هما"
	switch {
	case in.cls&cRole != 0:
		in.role = true
	case (ws.words[stem]|ws.words[bare])&cRole != 0:
		in.role, in.rolePrep = true, cl.Prep != ""
	}
	in.media = (in.cls|ws.words[stem]|ws.words[bare])&cMedia != 0
	in.mediaAfterLam = cl.Prep == "ل" && ws.words[stem]&cMedia != 0
	if w := ws.lex.Whole(t); w != nil {
		in.nisba = w.Value("nisba")
	} else if w, ok := ws.lex.AfterConjunction(t); ok {
		in.nisba = w.Value("nisba")
	}
}

// Letters the rules name.
var (
	wawS = string(arabic.Waw)
	lamS = string(arabic.Lam)
	minS = string(arabic.Meem) + string(arabic.Noon) // من
)
