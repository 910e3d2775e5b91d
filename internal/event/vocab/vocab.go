// Package vocab holds the event coder's vocabulary (package event): the
// event patterns of its lexicon with every inflected form morph generates,
// the cue words that frame an act (negation, intent, background, clause
// bounds), the agent nouns that name an unnamed actor, titles and
// prepositions. It reads the lexicon files (format: package lexfile) and
// the word-knowledge layer (package lexicon), and answers one question:
// what is known of a word form.
package vocab

import (
	"cmp"
	"fmt"
	"io"
	"slices"
	"sort"
	"strings"

	"rasad/internal/arabic"
	"rasad/internal/bloom"
	"rasad/internal/event/cameo"
	"rasad/internal/event/lexfile"
	"rasad/internal/event/morph"
	"rasad/internal/lexicon"
)

// Kind is what a pattern describes.
type Kind uint8

// The kinds of pattern.
const (
	Verb Kind = iota + 1
	Noun
)

// Pattern is one event pattern of the lexicon: a verb or an event noun, its
// CAMEO code and how its arguments are found.
type Pattern struct {
	Code  string
	Kind  Kind
	Lemma string
	// Tgt lists the prepositions that introduce the target; "_" stands for
	// a direct object.
	Tgt []string
	// With lists complement words, one of which must follow the trigger
	// closely (وقع اتفاقية, شن هجوما); empty when the word suffices.
	With map[string]bool
	// Recip marks a symmetric act (meet, discuss): a coordinated or dual
	// subject without a target yields an event in each direction.
	Recip bool
	// Patient marks an event noun whose genitive is its target, not its
	// agent (اغتيال الوزير, اعتقال الناشطين).
	Patient bool
	// Adjacent: the complement must be the next word (حقق في, تحقيق مع: to
	// investigate; حقق تقدما, تحقيق الاستقرار: to achieve)
	Adjacent bool
	// NeedTarget: the act is no event without a target (استقبل hosts
	// someone: استقبل 95 حسابا is not hosting)
	NeedTarget bool
	// Owner: the act needs a target, but not as its object: the owner of
	// what it is about will do (وصف موقف العراق بأنه مخيب: Iraq is
	// criticised). It sets NeedTarget too.
	Owner bool
	// Scene: a person's act whose target, when the sentence names none, is
	// where it happens, the country of the sentence's places or of the
	// article's scene (مشاركة بوتين في الافتتاح: Egypt's, in a report from
	// Cairo)
	Scene bool
	// Person: the target must be a person named with a role (أبلغ الوزير:
	// he told the minister; أبلغ المصدر وكالة الأنباء tells the press, no
	// consultation)
	Person bool
	// Foreign: the target must be an actor of another country than the
	// source's, named or a force with its country, never civilians (سمحت
	// تركيا للولايات المتحدة: a state lets a foreign actor in; سمحت الشرطة
	// للمستوطنين lets its own people)
	Foreign bool
	// Visitor: an arrival (وصل, توجه) that is a visit only when a person
	// named with a role goes to another country (not a plane, a force, a
	// team); it is the target's country, else no record (see emit)
	Visitor bool
	// Prior is how often the word reports an act rather than mentions one,
	// in log odds against the average (see the coder's report gate); 0 if
	// unknown.
	Prior float64
	At    string // file:line, for messages
}

// Form is one inflected spelling of a pattern.
type Form struct {
	P       *Pattern
	Person  morph.Person
	Passive bool
	Present bool
	Fem     bool // the third person feminine singular (طالبت, تطالب)
	// Participle: the active participle of a circumstance (مشيدا, مثمنا),
	// whose doer is the subject of the clause it follows.
	Participle bool
	Pron       bool // an enclitic pronoun is attached
	PronDu     bool // the pronoun is dual or plural (ـهما, ـهم)
	Jussive    bool // the apocopated present of a weak verb (morph.Form)
}

// Cue is the kind of a word that changes the polarity of the acts that follow it, or
// that delimits arguments.
type Cue uint8

const (
	CueNone       Cue = iota
	CueNeg            // لم لن لا ليس عدم: negates the next act
	CueDeny           // نفى نفي أنكر: negates the acts of its complement
	CueIntent         // ينوي يعتزم يخطط: the act is intended, not done
	CueAccuse         // اتهم زعم: the act is alleged
	CueCond           // إذا لو: a condition, not a fact
	CueFuture         // سوف
	CueBound          // الذي التي لكن بينما: ends a clause
	CueAgentBy        // يد قبل (على يد, من قبل): introduces the agent of a passive
	CueUntil          // حتى: a date after it is an end, not the date of the act
	CueRecent         // أمس, اليوم, الأحد: the act is news, not background
	CueCasualty       // قتلى, جرحى, مصرعهم: the toll of an incident
	CueBackground     // جريمة, محاكمة, ذكرى: the act is the background of the news
	CueQuestion       // ؟ هل: a question
	CueAux            // كان قد: between a subject and its verb
	CueDoer           // شنتها نفذه: the subject that follows did the act named before
	CueLight          // قام ب: a light verb whose subject does the act of its noun
	CueNumber         // خمسة, عشرة: a number written in words
	CueReport         // أعلن أفاد: a verb that reports news
	CueUndergo        // تعرض ل: its subject undergoes the act of its noun
	CueMonth          // يناير, نيسان: a month name
	CueSince          // منذ: the start of a span of time
	CueStat           // حصيلة, إجمالي: a count of acts over time
	CueAfter          // بعد, إثر, عقب: what follows is the time frame of another act
	CueDemand         // احتجاجا, مطالبين, رافعين: the purpose or manner of a protest
	CueStreet         // شوارع, ساحة, ميدان: where protests are held
	CueOccur          // اندلعت, نظموا, خرجوا: a verb in the past by which an act took place or was held
	CueSite           // مواقع, مقر, معسكرات: a place an attack hits, whose owner is the target
	CueRecall         // يذكر, يشار (أن): what follows is background the article recalls
	CueLaunch         // بدأ, واصل, صعد: a verb whose subject does the act of the noun it governs
	CueDecide         // قرر: the act of the noun it governs is decided, not done (an intent); its subject is the doer
	CueReceive        // تلقى: its subject undergoes the act of the noun it governs, done by the actor after من
	CuePassive        // تم, يتم: a passive support verb; the act of the noun after it names no doer in its clause
	CueFace           // واجه: its subject undergoes the act of the noun it takes as object (واجه انتقادات)
	CueLightNoun      // قيام ب, إقدام على: the verbal noun of a light verb, whose genitive does the act of its noun
	CueEffect         // استهدف, أودى: a verb in the past that tells what an act did, its noun the subject after it
	CueHappen         // وقع, اندلع, دار: a verb of occurrence (as CueOccur) whose subject is the act itself, no doer
	// the classes of mood (package report's MoodOf), in Word.Mood
	CueHabit     // باستمرار, دائما, عادة: the act is a habit, not an event
	CueRemain    // يزال, مازال, ظل: the act goes on as a standing state
	CuePredicate // يشكل, يمثل, يعد, يثير: an event noun after it characterises, it is no act
	CueState     // مناخ, حالة, أجواء: an event noun in its genitive names a state, not an act
	CueReact     // وصف, رد: an event noun of words after it is another's, the topic of the reaction
	CueHalt      // جمد, ألغى, أنهى: the act of the noun it governs stops or does not happen
	CueMedia     // صحفي, تلفزيوني: a meeting it qualifies is one with the press (مؤتمر صحفي)
	CueTopic     // تناول, تطرق: an event noun it governs is what talks are about, no act
	CueMatch     // لقاء, التقى, قمة: a meeting, or a match where the sentence speaks of sport
	CueSport     // مباراة, الدوري, لاعب: the sentence speaks of sport
)

// Word is what the vocabulary knows of one form.
type Word struct {
	Forms          []Form
	Cue            Cue
	Agent, AgentCC string // an agent noun's CAMEO role, and the one country it stands for (الاحتلال)
	Title, Prep    bool
	Protester      bool   // an agent noun that names demonstrators
	AgentPron      bool   // an agent noun with a possessive pronoun (جنوده)
	Construct      bool   // an agent noun in the construct state (مسؤولي): its genitive may name the actor better
	Crowd          bool   // an agent noun that counts people (آلاف, حشود)
	Air            bool   // an agent noun of aircraft (الطائرات, الطيران)
	Definite       bool   // an agent noun that names an actor only with the article (الاحتلال)
	Common         string // an agent noun that, without the article before a common noun, names a thing: "any" (نظام دفاع, نظام الدعم) or only before an "indefinite" one (تنظيم حفلات)
	Ceremony       bool   // a noun of a ceremony: an agent nisba after it is its adjective (حرس الشرف العسكري, مراسم عسكرية)
	Mood           Cue    // a class of mood (CueHabit and after), read apart from Cue
	Past           bool   // a cue verb in the past (a cue line marked past: تمكنت, تجددت, whose ت the present shares)
}

// Vocab is the vocabulary of a coder: built by Read, AddAgents and
// AddTitles, then Index; read-only (and safe for concurrent use) after.
type Vocab struct {
	forms map[string][]Form
	// the words as they are gathered while the lexicon loads; Index joins
	// them in words, one look-up a word instead of five to eight
	building map[string]*Word
	words    map[string]Word
	known    *bloom.Filter // the words' forms: most words of a text are turned away without a map look-up
	codes    map[string]cameo.Code
	nPat     int
}

// New returns an empty vocabulary.
func New() *Vocab {
	return &Vocab{forms: map[string][]Form{}, building: map[string]*Word{}, codes: cameo.Codes()}
}

// Lookup returns what is known of a normalised form, and whether anything is.
func (v *Vocab) Lookup(s string) (Word, bool) {
	if v.known != nil && !v.known.MayHave(s) {
		return Word{}, false
	}
	w, ok := v.words[s]
	return w, ok
}

// Patterns returns the number of event patterns loaded.
func (v *Vocab) Patterns() int { return v.nPat }

func (v *Vocab) word(s string) *Word {
	w := v.building[s]
	if w == nil {
		w = &Word{}
		v.building[s] = w
	}
	return w
}

// Read reads one lexicon file (format: package lexfile); errors name
// file:line.
func (v *Vocab) Read(name string, r io.Reader) error {
	return lexfile.Read(r, name, v.apply)
}

var cueNames = map[string]Cue{
	"neg": CueNeg, "deny": CueDeny, "intent": CueIntent, "accuse": CueAccuse,
	"cond": CueCond, "future": CueFuture, "bound": CueBound, "agentby": CueAgentBy,
	"until":  CueUntil,
	"recent": CueRecent, "casualty": CueCasualty, "background": CueBackground, "question": CueQuestion, "aux": CueAux, "doer": CueDoer, "light": CueLight, "number": CueNumber, "report": CueReport, "undergo": CueUndergo, "month": CueMonth, "since": CueSince, "after": CueAfter, "demand": CueDemand, "street": CueStreet, "occur": CueOccur, "stat": CueStat, "site": CueSite, "recall": CueRecall, "launch": CueLaunch, "decide": CueDecide, "receive": CueReceive, "passive": CuePassive, "face": CueFace, "lightnoun": CueLightNoun, "effect": CueEffect, "happen": CueHappen,
	"habit": CueHabit, "remain": CueRemain, "predicate": CuePredicate, "state": CueState, "react": CueReact, "halt": CueHalt, "media": CueMedia, "topic": CueTopic, "match": CueMatch, "sport": CueSport,
}

// apply adds one entry of the lexicon: a pattern's inflected forms, a cue,
// an agent noun, a title or a preposition.
func (v *Vocab) apply(e lexfile.Entry) error {
	switch e.Keyword {
	case "verb", "noun":
		if _, ok := v.codes[e.Code]; !ok {
			return fmt.Errorf("unknown CAMEO code %q", e.Code)
		}
		p := &Pattern{Code: e.Code, Tgt: e.Fields["tgt"], Recip: e.Flags["recip"], Patient: e.Flags["patient"],
			Adjacent: e.Flags["adjacent"], NeedTarget: e.Flags["target"] || e.Flags["owner"], Owner: e.Flags["owner"], Scene: e.Flags["scene"], Person: e.Flags["person"], Foreign: e.Flags["foreign"], Visitor: e.Flags["visitor"], Prior: e.Prior, Lemma: e.Lemma(), At: e.Where}
		if w := e.Fields["with"]; len(w) > 0 {
			p.With = map[string]bool{}
			for _, s := range w {
				p.With[s] = true
			}
		}
		if e.Keyword == "verb" {
			p.Kind = Verb
			for _, s := range e.Fields["past"] {
				morph.Past(s, v.inflected(p, false))
			}
			for _, s := range e.Fields["pres"] {
				morph.Present(s, false, v.inflected(p, false))
			}
			for _, s := range e.Fields["part"] {
				// مشيدا, مشيدة, مشيدين: the accusative of circumstance
				for _, w := range []string{s + string(arabic.Alef), s + string(arabic.TehMarbuta), s + "ين"} {
					v.add(w, Form{P: p, Person: morph.Third, Participle: true})
				}
			}
			for _, s := range e.Fields["pass"] {
				if strings.HasPrefix(s, string(arabic.Yeh)) {
					morph.Present(s, true, v.inflected(p, true))
				} else {
					morph.Past(s, v.inflected(p, true))
				}
			}
		} else {
			p.Kind = Noun
			for _, s := range e.Fields["form"] {
				morph.Noun(s, v.inflected(p, false))
			}
		}
		v.nPat++
	case "cue":
		k, ok := cueNames[e.Code]
		if !ok {
			return fmt.Errorf("unknown cue kind %q", e.Code)
		}
		for _, s := range e.Fields["form"] {
			if k >= CueHabit {
				v.word(s).Mood = k // the classes of mood: no cue of the other rules
			} else {
				v.word(s).Cue = k
			}
			v.word(s).Past = v.word(s).Past || e.Flags["past"]
		}
	case "agent", "protester", "crowd":
		for _, s := range e.Fields["form"] {
			v.addAgent(e.Keyword, e.Code, s, e.Country(), e.Flags["air"], e.Flags["definite"])
		}
	case "title":
		for _, s := range e.Fields["form"] {
			v.word(s).Title = true
		}
	case "prep":
		for _, s := range e.Fields["form"] {
			v.word(s).Prep = true
		}
	}
	return nil
}

func (v *Vocab) add(s string, fm Form) {
	for _, old := range v.forms[s] {
		if old.P == fm.P && old.Passive == fm.Passive && old.Present == fm.Present {
			return
		}
	}
	v.forms[s] = append(v.forms[s], fm)
}

// inflected hands v.add the forms morph generates of a word of pattern p.
func (v *Vocab) inflected(p *Pattern, passive bool) func(string, morph.Form) {
	return func(w string, f morph.Form) {
		v.add(w, Form{P: p, Person: f.Person, Passive: passive, Present: f.Present, Fem: f.Fem, Pron: f.Pron, PronDu: f.PronDu, Jussive: f.Jussive})
	}
}

// agentOrder is the order in which AddAgents reads the agent nouns, by
// kind (protester, crowd) or role: a form generated from two nouns (an
// accusative, a pronoun, a construct) takes the first's role. Roles not
// listed come last, in code order.
var agentOrder = []string{"MIL", "COP", "protester", "CVL", "crowd", "REB", "UAF", "UAFMUS", "CRM", "GOV", "LEG", "JUD", "OPP", "MED"}

// AddAgents adds the agent nouns of the word-knowledge layer: the forms of
// class event-agent with their kind (protester, crowd), flags (home:ISO,
// air, definite) and role: their CAMEO code (agent:CODE), or CVL for a
// noun of class civilian (students EDU, protesters OPP), as the coder's
// rules know unarmed people who act for no state or group.
func (v *Vocab) AddAgents(lx *lexicon.Lexicon) {
	type agent struct{ form, kind, role string }
	var agents []agent
	for _, s := range lx.Forms("event-agent") {
		w := lx.Word(s)
		a := agent{s, "agent", w.Value("agent")}
		if w.Has("civilian") {
			a.role = "CVL"
		}
		if w.Has("protester") {
			a.kind = "protester"
		} else if w.Has("crowd") {
			a.kind = "crowd"
		}
		agents = append(agents, a)
	}
	rank := func(a agent) (int, string) {
		key := a.role
		if a.kind != "agent" {
			key = a.kind
		}
		if i := slices.Index(agentOrder, key); i >= 0 {
			return i, ""
		}
		return len(agentOrder), key
	}
	slices.SortStableFunc(agents, func(a, b agent) int {
		ra, ka := rank(a)
		rb, kb := rank(b)
		return cmp.Or(cmp.Compare(ra, rb), strings.Compare(ka, kb))
	})
	for _, a := range agents {
		w := lx.Word(a.form)
		v.addAgent(a.kind, a.role, a.form, w.Value("home"), w.Has("air"), w.Has("definite"))
		if w.Has("of-genitive") {
			// وفد المعارضة: a delegation is of the body its genitive
			// names, whose role it takes (OPP), as a noun in construct
			v.word(a.form).Construct = true
		}
	}
	for _, s := range lx.Forms("common-head") {
		v.word(s).Common = lx.Word(s).Value("common-head")
	}
	for _, s := range lx.Forms("ceremony") {
		v.word(s).Ceremony = true
	}
}

// titleClasses are the lexicon's classes of words that describe a person
// by office or rank: inside an actor phrase they are titles (وزير الدفاع
// الصيني لي شانغفو, اللواء). Not its name particles: الله, سان, دير are
// more often the end of a place's name (رام الله) than a link in a
// person's; the event lexicon lists the few it needs (بن, أبو).
var titleClasses = []string{"title", "rank", "role"}

// AddLexicon adds what the word-knowledge layer knows of agents, titles,
// months and the words of the day of the news (AddAgents, AddTitles,
// AddMonths, AddRecent).
func (v *Vocab) AddLexicon(lx *lexicon.Lexicon) {
	v.AddAgents(lx)
	v.AddTitles(lx)
	v.AddMonths(lx)
	v.AddRecent(lx)
}

// AddRecent gives the words of the lexicon's class recent (أمس, اليوم,
// فجرا, الخميس: what is told on the day of the news or just before it) the
// cue CueRecent, where no cue of the event lexicon claims the word.
func (v *Vocab) AddRecent(lx *lexicon.Lexicon) {
	for _, s := range lx.Forms("recent") {
		if w := v.word(s); w.Cue == CueNone {
			w.Cue = CueRecent
		}
	}
}

// AddMonths gives the names of the months of the Gregorian calendar in the
// lexicon (class month:N with calendar:gregorian: يناير, نيسان, جانفي) the
// cue CueMonth, where no cue of the event lexicon claims the word; of a
// name of two words (كانون الثاني, تشرين الأول) the first word alone, as
// news writes the month with its ordinal as a separate word.
func (v *Vocab) AddMonths(lx *lexicon.Lexicon) {
	for _, s := range lx.Forms("month") {
		if lx.Word(s).Value("calendar") != "gregorian" {
			continue
		}
		s, _, _ = strings.Cut(s, " ")
		if w := v.word(s); w.Cue == CueNone {
			w.Cue = CueMonth
		}
	}
}

// AddTitles adds the one-word forms of the lexicon's title classes as
// titles; phrases (وزير الخارجية) are read word by word anyway.
func (v *Vocab) AddTitles(lx *lexicon.Lexicon) {
	for _, class := range titleClasses {
		for _, s := range lx.Forms(class) {
			if !strings.Contains(s, " ") {
				v.word(s).Title = true
			}
		}
	}
}

const (
	alef = string(arabic.Alef)
	teh  = string(arabic.Teh)
	tehM = string(arabic.TehMarbuta)
)

// addAgent adds a noun (normalised) of an unnamed actor with its CAMEO
// role; kind is agent, protester or crowd. cc is the one country its
// referent is in Arabic news ("" if none: الاحتلال is Israel), air marks
// aircraft (their attacks are aerial) and definite a noun that names an
// actor only with the article. Its accusative (مسلحا), its forms with a
// pronoun (جنوده) and the construct form of a sound plural (مسلحي) are
// added too, where no other noun has them.
// dual returns the dual of the singular agent noun s (base: s with its
// ة written ت) in the accusative and genitive, ين (جنديين, طائرتين): two
// soldiers are soldiers, the dual names the agent its singular names. That
// case is the object's and the genitive's, the ones acted upon (قتل مسلحون
// جنديين, مقتل شرطيين); the nominative in ان is left out, its unvowelled
// verb mostly a passive whose subject suffered the act (وقتل جنديان, قُتل),
// which the coder would read as its doer. A word that is no singular has
// none: a sound plural or a dual (ون, ين, ات, ان), an accusative in ا, and
// the nouns that count people (آلاف, حشود), which are plurals. Only the
// nouns of persons and units that fight, police or suffer (roles MIL,
// COP, REB, UAF, CVL) are read so: two of a body of government name two
// parties, of two countries, not one actor (القيادتين الصينية والتركية,
// حل الدولتين).
func dual(s, base, kind, role string) []string {
	if kind == "crowd" || len([]rune(s)) < 3 || !slices.Contains([]string{"MIL", "COP", "REB", "UAF", "CVL"}, role) {
		return nil
	}
	for _, suf := range []string{"ون", "ين", "ات", "ان", alef} {
		if strings.HasSuffix(s, suf) {
			return nil
		}
	}
	return []string{base + "ين"}
}

func (v *Vocab) addAgent(kind, role, s, cc string, air, definite bool) {
	w := v.word(s)
	w.Agent = role
	if cc != "" {
		w.AgentCC = cc
	}
	w.Air = w.Air || air
	w.Definite = w.Definite || definite
	w.Protester = w.Protester || kind == "protester"
	w.Crowd = w.Crowd || kind == "crowd"
	base := s
	if strings.HasSuffix(base, tehM) {
		base = strings.TrimSuffix(base, tehM) + teh
	}
	if !strings.HasSuffix(s, tehM) && !strings.HasSuffix(s, alef) {
		if x := v.word(s + alef); x.Agent == "" {
			x.Agent = role // مسلحا
		}
	}
	for _, pr := range morph.Pronouns() {
		if x := v.word(base + pr); x.Agent == "" {
			x.Agent, x.AgentPron = role, true
		}
	}
	for _, d := range dual(s, base, kind, role) {
		if x := v.word(d); x.Agent == "" && len(v.forms[d]) == 0 {
			x.Agent, x.AgentCC, x.Air = role, cc, air // قتل مسلحون جنديين: two soldiers
		}
	}
	// a sound masculine plural loses its ن before its genitive: مسلحي
	// المقاومة, مقاتلو الحزب
	for _, suf := range []string{"ين", "ون"} {
		if stem, ok := strings.CutSuffix(s, suf); ok && len([]rune(stem)) >= 3 {
			if x := v.word(stem + suf[:len(suf)-len("ن")]); x.Agent == "" && len(v.forms[stem+suf[:len(suf)-len("ن")]]) == 0 {
				x.Agent, x.Construct, x.AgentCC = role, true, cc // مستوطني: Israel's as مستوطنين
			}
			for _, pr := range morph.Pronouns() {
				if x := v.word(stem + suf[:len(suf)-len("ن")] + pr); x.Agent == "" && len(v.forms[stem+suf[:len(suf)-len("ن")]+pr]) == 0 {
					x.Agent, x.AgentPron = role, true // مقاتليه, مسلحيها: the ن goes before a pronoun too
				}
			}
		}
	}
}

// Index joins what is known of each form; call it once all is read.
func (v *Vocab) Index() {
	for s, fs := range v.forms {
		v.word(s).Forms = fs
	}
	// Values, not pointers: no object of its own for the collector to
	// mark for each word.
	v.words = make(map[string]Word, len(v.building))
	for s, w := range v.building {
		v.words[s] = *w
	}
	v.known = bloom.Of(v.words)
	v.building = nil
}

// Forms lists the word forms a pattern word matches, sorted; for tests and
// for documenting the lexicon.
func (v *Vocab) Forms(lemma string) []string {
	lemma = arabic.Normalize(lemma)
	var out []string
	for w, fs := range v.forms {
		for _, f := range fs {
			if f.P.Lemma == lemma {
				out = append(out, w)
				break
			}
		}
	}
	sort.Strings(out)
	return out
}
