// Package word reads what package quote needs to know of a word from the
// lexicon: the roles it can play in attributing speech (a speech verb, a
// channel, a complementizer, a role noun, ...) as bits of a Class, and the
// facts of its stem (a role noun, a media noun, a document noun, its
// article, its pronoun, its country as a nisba adjective), indexed once.
package word

import (
	"sync"

	"rasad/internal/arabic"
	"rasad/internal/lexicon"
	"rasad/internal/news"
	"rasad/internal/quote/lexclass"
	"rasad/internal/quote/parts"
)

// Class is a set of roles a word can play in attributing speech.
type Class uint64

const (
	Say        Class = 1 << iota // speech verb: قال، أكد، يقول
	Part                         // circumstantial participle: قائلا، مشيرا
	Masdar                       // verbal noun with a pronoun: قوله
	Relay                        // a channel reports a speaker: نقلت X عن Y
	RelayAdv                     // نقلا عن Y
	Via                          // بحسب X، وفق X
	ViaVerb                      // نقلها X
	Comp                         // complementizer: إن، أن، بأن
	NotComp                      // بعد أن، إلا أن
	Stop                         // ends a speaker's phrase
	From                         // عن
	In                           // في
	To                           // ل، إلى
	SpeechNoun                   // تصريحات، بيان
	Role                         // وزير، مسؤول
	Title                        // السيد
	Relative                     // الذي، التي
	Link                         // باسم
	ClauseEnd                    // في إشارة، على حد قوله
	Impersonal                   // يذكر أن
	Neg                          // لم، لن، لا
	Vague                        // بحسب ما
	Media                        // وكالة، صحيفة: لوكالة رويترز
	Quant                        // العديد (من)
	TimeHead                     // صباح (اليوم)
	PartComp                     // مذكرة، a participle only before أن
	SpeaksFor                    // لسان (على لسان X), الصادر (عن X): X is who speaks
	Came                         // جاء، ورد: a cue only before في (جاء في بيان X)
	NameNoun                     // عنوان، شعار: a quotation after them is a title
	VerbConj                     // كما: a speech verb after it is still a verb (كما أكد)
	Feminine                     // قالت، أضافت، مؤكدة: a feminine singular speech word
	Body                         // الوزارة، الشركة: a noun that heads the name of a body
	Learn                        // علمت X من Y أن: a cue only with its source after من
	AsSaid                       // حسبما: the clause before it is the words of the speaker after
	Document                     // تقرير، بيان، دراسة: a document that speaks for the body that issued it
	This                         // هذا، ذلك: a thing that speaks only with a speaker's noun after it
	He                           // هو، وهي، لكن: a name after it is a subject, no object
	PointTo                      // أشار، مشيرا: the noun phrase after إلى is reported
	Group                        // دول، بلدان: several countries
	View                         // يرى، يعتبر: a view, no speech after كان
	Was                          // كان، كانت: before a view, a past belief
	Issue                        // أصدر، قدم: its subject issued the document after it
	Claim                        // اتهامات، مزاعم: the clause after them and أن is others' claim
	Exist                        // هناك، ثمة: هناك من يقول, unnamed people say
	Label                        // تقرير، فيديو: a title's label before its colon, no speaker
	BySaying                     // بقوله، بالقول: speech of the subject of the verb before it
	Act                          // إعلان، تأكيد: a verbal noun of speech, a cue with its speaker's genitive and أن (package quote/agent)

	// Used marks a speech verb whose quote has been read.
	Used Class = 1 << 62
	// Procl marks a class found after stripping a و or ف proclitic.
	Procl Class = 1 << 63
)

// Cue classes start an attribution.
const Cue = Say | Part | Relay

// Proclitic classes may carry و or ف in front (وقال، فقال، ونقلت، وبحسب،
// ونقلتها، ويذكر أن).
const Proclitic = Say | Part | Relay | RelayAdv | Via | ViaVerb | Relative | Masdar | Came | Feminine | Learn | AsSaid | PointTo | Impersonal | Issue

// sections gives the class of each lexicon section that quote reads (see
// ../../lexicon/data/README.md).
var sections = map[string]Class{
	"speech-verb":                   Say,
	"speech-participle":             Part,
	"speech-masdar":                 Masdar,
	"speech-by-saying":              Say | BySaying,
	"relay-verb":                    Relay,
	"relay-adverb":                  RelayAdv,
	"via":                           Via,
	"via-verb":                      ViaVerb,
	"complementizer":                Comp,
	"not-complementizer":            NotComp,
	"phrase-end":                    Stop,
	"prep:from":                     From,
	"prep:in":                       In,
	"prep:to":                       To,
	"speech-noun":                   SpeechNoun,
	"role":                          Role,
	"title":                         Title,
	"honorific":                     Title,
	"relative":                      Relative,
	"link":                          Link,
	"clause-end":                    ClauseEnd,
	"impersonal":                    Impersonal,
	"negation":                      Neg,
	"vague-source":                  Vague,
	"media":                         Media,
	"quantifier":                    Quant,
	"time-head":                     TimeHead,
	"speech-participle-before-that": PartComp,
	"speaks-for":                    SpeaksFor,
	"speech-came":                   Came,
	"title-noun":                    NameNoun,
	"verb-conjunction":              VerbConj,
	"speech-feminine":               Feminine,
	"org-cue":                       Body,
	"speaking-body":                 Body,
	"learn-verb":                    Learn,
	"as-said":                       AsSaid,
	"document":                      Document,
	"demonstrative-thing":           This,
	"subject-pronoun":               He,
	"clause-opening":                He,
	"point-to":                      PointTo,
	"country-group":                 Group,
	"view-present":                  View,
	"was":                           Was,
	"issue-verb":                    Issue,
	"claim-noun":                    Claim,
	"existential":                   Exist,
	"headline-label":                Label,
	"speech-act-noun":               Act,
}

// Set is what quote reads of the lexicon: the classes above as bits,
// and the country of each nisba adjective, by form, indexed once from
// lexicon.Default().
type Set struct {
	m map[string]lexclass.Facts[Class]
}

// Default returns the Set of lexicon.Default(), built on first use.
var Default = sync.OnceValue(func() *Set {
	return &Set{m: lexclass.Index(lexicon.Default(), sections)}
})

// Of returns the classes of the written form f.
func (ws *Set) Of(f string) Class { return ws.m[f].Class }

// Info is what the lexicon tells of one word token (Set.Read).
type Info struct {
	Cls           Class  // the classes of the word (or, marked Procl, of the word without و or ف)
	Nisba         string // the country of a nisba adjective
	Role          bool   // the stem is a role noun (وزير، الوزير، للوزير)
	RolePrep      bool   // ... after a preposition (للوزير)
	Media         bool   // the stem is a media noun (وكالة، صحيفة)
	MediaAfterLam bool   // ل and a media noun (لوكالة، للتلفزيون)
	NameNoun      bool   // the stem is a noun that a title follows (عنوان، بعنوان)
	Known         bool   // the word, its stem or its bare stem is in a class quote reads (لسوق، ببنك)
	Common        bool   // a definite noun whose bare form heads names of bodies, media or offices (الوكالة، الوزارة، الوزير)
	Document      bool   // the stem, with or without the article, is a document noun (التقرير، بيان، لتقرير)
	Article       bool   // the stem has the article and no preposition stands before it
	Pronoun       bool   // a possessive pronoun ends it (ه ها هم هما)
}

// Read fills what quote needs to know of a word token: its classes (of
// the word as written, else, for the classes that take one, of the word
// without the conjunction و or ف the segmenter split off: وقال، فقال،
// وبحسب), whether its stem is a role noun or a media noun, its country as a
// nisba adjective, its article and its pronoun.
func (ws *Set) Read(t *news.Token, in *Info) {
	whole := ws.m[t.Norm]
	in.Cls, in.Nisba = whole.Class, whole.Nisba
	stem, cl := lexicon.StemOf(t)
	stemCls := whole.Class
	if stem != t.Norm {
		if rest, ok := lexicon.WithoutConjunction(t); ok {
			r := ws.m[rest]
			if in.Cls == 0 && r.Class&Proclitic != 0 {
				in.Cls = r.Class&Proclitic | Procl
			}
			in.Cls |= r.Class & Feminine // وقالت as written is the recogniser's cue
			if in.Nisba == "" {
				in.Nisba = r.Nisba
			}
		}
		stemCls = ws.m[stem].Class
	}
	if in.Cls&Say != 0 && parts.HamzaBelow(t) {
		// إبان "during", not أبان "made clear": a past speech verb of the
		// form أفعل is written with hamza above; one written with hamza
		// below is a preposition or a verbal noun.
		in.Cls &^= Say | Feminine | Procl
	}
	bareCls := stemCls
	if rest, ok := arabic.CutArticle(stem); ok {
		bareCls = ws.m[rest].Class
		in.Article = cl.Prep == ""
	}
	in.Cls |= (stemCls | bareCls) & Claim // الاتهامات، بالمزاعم
	in.Pronoun = cl.Pronoun == "ه" || cl.Pronoun == "ها" || cl.Pronoun == "هم" || cl.Pronoun == "هما"
	switch {
	case in.Cls&Role != 0:
		in.Role = true
	case (stemCls|bareCls)&Role != 0:
		in.Role, in.RolePrep = true, cl.Prep != ""
	}
	in.Media = (in.Cls|stemCls|bareCls)&Media != 0
	in.NameNoun = (in.Cls|stemCls)&NameNoun != 0
	in.Common = in.Article && bareCls&(Body|Media|Role) != 0
	in.Known = (in.Cls | stemCls | bareCls) != 0
	in.Document = (stemCls|bareCls)&Document != 0
	in.MediaAfterLam = cl.Prep == "ل" && stemCls&Media != 0
}

// LabelAlone reports whether the word toks[a] is a title's label (the
// class headline-label: شاهد، المشهد، رسمياً) with no word after it before
// the colon, so no speaker though it may be a role noun too (شاهد: the
// imperative "watch"; شاهد عيان: a witness, who speaks).
func (ws *Set) LabelAlone(toks []news.Token, a int) bool {
	stem, _ := lexicon.StemOf(&toks[a])
	return (ws.m[toks[a].Norm].Class|ws.m[stem].Class)&Label != 0 && (a+1 >= len(toks) || toks[a+1].Kind != news.Word)
}
