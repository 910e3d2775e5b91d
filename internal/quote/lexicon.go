package quote

import (
	"sync"

	"rasad/internal/arabic"
	"rasad/internal/lexicon"
	"rasad/internal/news"
	"rasad/internal/quote/lexclass"
	"rasad/internal/quote/parts"
)

// class is a set of roles a word can play in attributing speech.
type class uint64

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
	cSpeaksFor                    // لسان (على لسان X), الصادر (عن X): X is who speaks
	cCame                         // جاء، ورد: a cue only before في (جاء في بيان X)
	cNameNoun                     // عنوان، شعار: a quotation after them is a title
	cVerbConj                     // كما: a speech verb after it is still a verb (كما أكد)
	cFeminine                     // قالت، أضافت، مؤكدة: a feminine singular speech word
	cBody                         // الوزارة، الشركة: a noun that heads the name of a body
	cLearn                        // علمت X من Y أن: a cue only with its source after من
	cAsSaid                       // حسبما: the clause before it is the words of the speaker after
	cDocument                     // تقرير، بيان، دراسة: a document that speaks for the body that issued it
	cThis                         // هذا، ذلك: a thing that speaks only with a speaker's noun after it
	cHe                           // هو، وهي: a name after it says who someone is
	cPointTo                      // أشار، مشيرا: the noun phrase after إلى is reported
	cGroup                        // دول، بلدان: several countries
	cView                         // يرى، يعتبر: a view, no speech after كان
	cWas                          // كان، كانت: before a view, a past belief
	cIssue                        // أصدر، قدم: its subject issued the document after it
	cClaim                        // اتهامات، مزاعم: the clause after them and أن is others' claim
	cExist                        // هناك، ثمة: هناك من يقول, unnamed people say

	// cUsed marks a speech verb whose quote has been read.
	cUsed class = 1 << 62
	// cProcl marks a class found after stripping a و or ف proclitic.
	cProcl class = 1 << 63
)

// cue classes start an attribution.
const cCue = cSay | cPart | cRelay

// proclitic classes may carry و or ف in front (وقال، فقال، ونقلت، وبحسب،
// ونقلتها، ويذكر أن).
const cProclitic = cSay | cPart | cRelay | cRelayAdv | cVia | cViaVerb | cRelative | cMasdar | cCame | cFeminine | cLearn | cAsSaid | cPointTo | cImpersonal | cIssue

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
	"honorific":                     cTitle,
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
	"speaks-for":                    cSpeaksFor,
	"speech-came":                   cCame,
	"title-noun":                    cNameNoun,
	"verb-conjunction":              cVerbConj,
	"speech-feminine":               cFeminine,
	"org-cue":                       cBody,
	"speaking-body":                 cBody,
	"learn-verb":                    cLearn,
	"as-said":                       cAsSaid,
	"document":                      cDocument,
	"demonstrative-thing":           cThis,
	"subject-pronoun":               cHe,
	"point-to":                      cPointTo,
	"country-group":                 cGroup,
	"view-present":                  cView,
	"was":                           cWas,
	"issue-verb":                    cIssue,
	"claim-noun":                    cClaim,
	"existential":                   cExist,
}

// wordSet is what quote reads of the lexicon: the classes above as bits,
// and the country of each nisba adjective, by form, indexed once from
// lexicon.Default().
type wordSet struct {
	m map[string]lexclass.Facts[class]
}

var defaultWords = sync.OnceValue(func() *wordSet {
	return &wordSet{m: lexclass.Index(lexicon.Default(), sections)}
})

// read fills what prepare needs to know of a word token: its classes (of
// the word as written, else, for the classes that take one, of the word
// without the conjunction و or ف the segmenter split off: وقال، فقال،
// وبحسب), whether its stem is a role noun or a media noun, its country as a
// nisba adjective, its article and its pronoun.
func (ws *wordSet) read(t *news.Token, in *tokInfo) {
	whole := ws.m[t.Norm]
	in.cls, in.nisba = whole.Class, whole.Nisba
	stem, cl := lexicon.StemOf(t)
	stemCls := whole.Class
	if stem != t.Norm {
		if rest, ok := lexicon.WithoutConjunction(t); ok {
			r := ws.m[rest]
			if in.cls == 0 && r.Class&cProclitic != 0 {
				in.cls = r.Class&cProclitic | cProcl
			}
			in.cls |= r.Class & cFeminine // وقالت as written is the recogniser's cue
			if in.nisba == "" {
				in.nisba = r.Nisba
			}
		}
		stemCls = ws.m[stem].Class
	}
	if in.cls&cSay != 0 && parts.HamzaBelow(t) {
		// إبان "during", not أبان "made clear": a past speech verb of the
		// form أفعل is written with hamza above; one written with hamza
		// below is a preposition or a verbal noun.
		in.cls &^= cSay | cFeminine | cProcl
	}
	bareCls := stemCls
	if rest, ok := arabic.CutArticle(stem); ok {
		bareCls = ws.m[rest].Class
		in.article = cl.Prep == ""
	}
	in.cls |= (stemCls | bareCls) & cClaim // الاتهامات، بالمزاعم
	in.pronoun = cl.Pronoun == "ه" || cl.Pronoun == "ها" || cl.Pronoun == "هم" || cl.Pronoun == "هما"
	switch {
	case in.cls&cRole != 0:
		in.role = true
	case (stemCls|bareCls)&cRole != 0:
		in.role, in.rolePrep = true, cl.Prep != ""
	}
	in.media = (in.cls|stemCls|bareCls)&cMedia != 0
	in.nameNoun = (in.cls|stemCls)&cNameNoun != 0
	in.common = in.article && bareCls&(cBody|cMedia|cRole) != 0
	in.known = (in.cls | stemCls | bareCls) != 0
	in.document = (stemCls|bareCls)&cDocument != 0
	in.mediaAfterLam = cl.Prep == "ل" && stemCls&cMedia != 0
}
