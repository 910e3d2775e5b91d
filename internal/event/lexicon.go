package event

import (
	"embed"
	"fmt"
	"io"
	"slices"
	"sort"
	"strconv"
	"strings"
	"sync"

	"rasad/internal/arabic"
	"rasad/internal/bloom"
	"rasad/internal/event/cameo"
	"rasad/internal/event/morph"
	"rasad/internal/event/report"
	"rasad/internal/lexicon"
)

// kind is what a lexicon line describes.
type kind uint8

const (
	kindVerb kind = iota + 1
	kindNoun
)

// pattern is one event pattern of the lexicon: a verb or an event noun, its
// CAMEO code and how its arguments are found.
type pattern struct {
	code  string
	kind  kind
	lemma string
	// tgt lists the prepositions that introduce the target; "_" stands for
	// a direct object.
	tgt []string
	// with lists complement words, one of which must follow the trigger
	// closely (وقع اتفاقية, شن هجوما); empty when the word suffices.
	with map[string]bool
	// recip marks a symmetric act (meet, discuss): a coordinated or dual
	// subject without a target yields an event in each direction.
	recip bool
	// patient marks an event noun whose genitive is its target, not its
	// agent (اغتيال الوزير, اعتقال الناشطين).
	patient bool
	// adjacent: the complement must be the next word (حقق في, تحقيق مع: to
	// investigate; حقق تقدما, تحقيق الاستقرار: to achieve)
	adjacent bool
	// needTarget: the act is no event without a target (استقبل hosts
	// someone: استقبل 95 حسابا is not hosting)
	needTarget bool
	// prior is how often the word reports an act rather than mentions one,
	// in log odds against the average (see report.go); 0 if unknown.
	prior float64
	where string // file:line, for messages
}

// person is the agreement a word form carries.
type person = morph.Person

const (
	third  = morph.Third
	dual   = morph.Dual
	plural = morph.Plural
	first  = morph.First
)

// form is one inflected spelling of a pattern.
type form struct {
	p       *pattern
	person  person
	passive bool
	present bool
	pron    bool // an enclitic pronoun is attached
	pronDu  bool // the pronoun is dual or plural (ـهما, ـهم)
}

// cue is a word that changes the polarity of the acts that follow it, or
// that delimits arguments.
type cue uint8

const (
	cueNone       cue = iota
	cueNeg            // لم لن لا ليس عدم: negates the next act
	cueDeny           // نفى نفي أنكر: negates the acts of its complement
	cueIntent         // ينوي يعتزم يخطط: the act is intended, not done
	cueAccuse         // اتهم زعم: the act is alleged
	cueCond           // إذا لو: a condition, not a fact
	cueFuture         // سوف
	cueBound          // الذي التي لكن بينما: ends a clause
	cueAgentBy        // يد قبل (على يد, من قبل): introduces the agent of a passive
	cueUntil          // حتى: a date after it is an end, not the date of the act
	cueRecent         // أمس, اليوم, الأحد: the act is news, not background
	cueCasualty       // قتلى, جرحى, مصرعهم: the toll of an incident
	cueBackground     // جريمة, محاكمة, ذكرى: the act is the background of the news
	cueQuestion       // ؟ هل: a question
	cueAux            // كان قد: between a subject and its verb
	cueDoer           // شنتها نفذه: the subject that follows did the act named before
	cueLight          // قام ب: a light verb whose subject does the act of its noun
	cueNumber         // خمسة, عشرة: a number written in words
	cueReport         // أعلن أفاد: a verb that reports news
	cueUndergo        // تعرض ل: its subject undergoes the act of its noun
	cueMonth          // يناير, نيسان: a month name
	cueSince          // منذ: the start of a span of time
	cueStat           // حصيلة, إجمالي: a count of acts over time
	cueAfter          // بعد, إثر, عقب: what follows is the time frame of another act
	cueDemand         // احتجاجا, مطالبين, رافعين: the purpose or manner of a protest
	cueStreet         // شوارع, ساحة, ميدان: where protests are held
	cueOccur          // اندلعت, نظموا, خرجوا: a verb in the past by which an act took place or was held
	cueSite           // مواقع, مقر, معسكرات: a place an attack hits, whose owner is the target
	cueRecall         // يذكر, يشار (أن): what follows is background the article recalls
)

// Coder codes the events of documents with one pattern lexicon. It is safe
// for concurrent use.
type Coder struct {
	forms  map[string][]form
	cues   map[string]cue
	agents map[string]string // agent noun → CAMEO role (MIL, COP, CVL ...)
	// protesters are the agent nouns that name demonstrators: what they
	// do is a protest (see trigger.go).
	protesters map[string]bool
	// crowds are the agent nouns that count people (آلاف, حشود)
	crowds map[string]bool
	// agentPron are agent nouns with a possessive pronoun (جنوده, قواتها):
	// their country is that of the actor the pronoun refers to.
	agentPron map[string]bool
	// agentCC are agent nouns whose referent in Arabic news is one country
	// (الاحتلال is Israel's forces): the country of the phrase they head.
	agentCC map[string]string
	// definite are the agent nouns that name an actor only with the
	// article (الاحتلال; احتلال العراق is an act)
	definite map[string]bool
	// air are the agent nouns of aircraft (الطائرات, الطيران): their
	// attacks are aerial (195)
	air    map[string]bool
	titles map[string]bool // titles and descriptors inside an actor phrase
	preps  map[string]bool // prepositions written as words
	// words joins what the maps above know of each form, for analyse: one
	// look-up a reading instead of five to eight. index builds it once all
	// the lexicon is loaded, and drops the maps but forms (which Forms
	// reads): they only gather the lexicon while it loads.
	words map[string]wordInfo
	known *bloom.Filter // the forms of words, to skip most words of a text without a lookup
	codes map[string]cameo.Code
	// builtin are the patterns the coder itself assigns (a protesters'
	// act recoded as a protest).
	builtin map[string]*pattern
	roles   RoleFinder
	nPat    int
	// mentions keeps acts mentioned as background (see report.go).
	mentions bool
	// report are the models of report.go: [0] protests, [1] violence.
	report [2]report.Model
	// trace, when set (WithTrace), sees the evidence of every decision of
	// the report models.
	trace func(group int, score float64, x []float64, words []string)
}

func newCoder() *Coder {
	return &Coder{
		forms:      map[string][]form{},
		cues:       map[string]cue{},
		agents:     map[string]string{},
		protesters: map[string]bool{},
		crowds:     map[string]bool{},
		agentPron:  map[string]bool{},
		agentCC:    map[string]string{},
		air:        map[string]bool{},
		definite:   map[string]bool{},
		titles:     map[string]bool{},
		preps:      map[string]bool{},
		codes:      cameo.Codes(),
		report:     report.Default(),
		builtin: map[string]*pattern{
			"141": {code: "141", kind: kindNoun, lemma: "متظاهر", where: "built-in"},
			"145": {code: "145", kind: kindNoun, lemma: "متظاهر", where: "built-in"},
		},
	}
}

// LoadCoder reads a pattern lexicon (the format of data/*.txt, described in
// data/README.md) and returns a Coder over it. Errors name the line.
func LoadCoder(r io.Reader) (*Coder, error) {
	c := newCoder()
	if err := c.load("lexicon", r); err != nil {
		return nil, err
	}
	c.index()
	return c, nil
}

// wordInfo is what the lexicon knows of one form (see Coder.words).
type wordInfo struct {
	forms                       []form
	cue                         cue
	agent, agentCC              string
	title, prep                 bool
	protester, agentPron, crowd bool
	air, definite               bool
}

// index builds c.words from the lexicon's maps.
func (c *Coder) index() {
	m := map[string]*wordInfo{}
	get := func(s string) *wordInfo {
		w := m[s]
		if w == nil {
			w = &wordInfo{}
			m[s] = w
		}
		return w
	}
	for s, fs := range c.forms {
		get(s).forms = fs
	}
	for s, cu := range c.cues {
		get(s).cue = cu
	}
	for s, ag := range c.agents {
		get(s).agent = ag
	}
	for s, cc := range c.agentCC {
		get(s).agentCC = cc
	}
	for _, f := range []struct {
		m   map[string]bool
		set func(w *wordInfo)
	}{
		{c.titles, func(w *wordInfo) { w.title = true }},
		{c.preps, func(w *wordInfo) { w.prep = true }},
		{c.protesters, func(w *wordInfo) { w.protester = true }},
		{c.agentPron, func(w *wordInfo) { w.agentPron = true }},
		{c.crowds, func(w *wordInfo) { w.crowd = true }},
		{c.air, func(w *wordInfo) { w.air = true }},
		{c.definite, func(w *wordInfo) { w.definite = true }},
	} {
		for s, b := range f.m {
			if b {
				f.set(get(s))
			}
		}
	}
	// Values, not pointers: no object of its own for the collector to
	// mark for each word.
	c.words = make(map[string]wordInfo, len(m))
	for s, w := range m {
		c.words[s] = *w
	}
	c.known = bloom.Of(c.words)
	c.cues, c.agents, c.agentCC, c.air, c.definite, c.titles, c.preps, c.protesters, c.agentPron, c.crowds = nil, nil, nil, nil, nil, nil, nil, nil, nil, nil
}

//go:embed data/*.txt
var dataFS embed.FS

var (
	defaultOnce  sync.Once
	defaultCoder *Coder
)

// DefaultCoder returns the Coder over the lexicon embedded in the binary,
// loaded once.
func DefaultCoder() *Coder {
	defaultOnce.Do(func() {
		c := newCoder()
		names, err := dataFS.ReadDir("data")
		if err != nil {
			panic(err)
		}
		for _, n := range names {
			if !strings.HasSuffix(n.Name(), ".txt") {
				continue
			}
			f, err := dataFS.Open("data/" + n.Name())
			if err != nil {
				panic(err)
			}
			if err := c.load(n.Name(), f); err != nil {
				panic(err) // the embedded data is tested
			}
			f.Close()
		}
		c.addAgents(lexicon.Default())
		c.index()
		defaultCoder = c
	})
	return defaultCoder
}

// agentClasses are the lexicon's classes of agent nouns (kind:ROLE) in the
// order the coder reads them: a form of two classes takes the later's role.
var agentClasses = []string{"agent:MIL", "agent:COP", "protester:CVL", "agent:CVL", "crowd:CVL",
	"agent:REB", "agent:CRM", "agent:GOV", "agent:LEG", "agent:JUD", "agent:OPP", "agent:MED"}

// addAgents adds the agent nouns of the lexicon.
func (c *Coder) addAgents(lx *lexicon.Lexicon) {
	for _, class := range agentClasses {
		kind, role, _ := strings.Cut(class, ":")
		for _, s := range lx.Forms(class) {
			w := lx.Word(s)
			c.addAgent(kind, role, s, w.Value("home"), w.Has("air"), w.Has("definite"))
		}
	}
}

// addAgent adds a noun (normalised) of an unnamed actor with its CAMEO
// role; kind is agent, protester or crowd. cc is the one country its
// referent is in Arabic news ("" if none: الاحتلال is Israel), air marks
// aircraft (their attacks are aerial) and definite a noun that names an
// actor only with the article. Its accusative (مسلحا) and its forms with a
// pronoun (جنوده) are added too, where no other noun has them.
func (c *Coder) addAgent(kind, role, s, cc string, air, definite bool) {
	c.agents[s] = role
	if cc != "" {
		c.agentCC[s] = cc
	}
	if air {
		c.air[s] = true
	}
	if definite {
		c.definite[s] = true
	}
	if kind == "protester" {
		c.protesters[s] = true
	}
	if kind == "crowd" {
		c.crowds[s] = true
	}
	base := s
	if strings.HasSuffix(base, tehM) {
		base = strings.TrimSuffix(base, tehM) + teh
	}
	if !strings.HasSuffix(s, tehM) && !strings.HasSuffix(s, alef) {
		if _, ok := c.agents[s+alef]; !ok {
			c.agents[s+alef] = role // مسلحا
		}
	}
	for _, pr := range morph.Pronouns() {
		if _, ok := c.agents[base+pr]; !ok {
			c.agents[base+pr] = role
			c.agentPron[base+pr] = true
		}
	}
}

// WithRoles returns a copy of c that asks rf for the CAMEO actor code of an
// entity on the date of each event, instead of using Entity.Actor.
func (c *Coder) WithRoles(rf RoleFinder) *Coder {
	d := *c
	d.roles = rf
	return &d
}

// WithMentions returns a copy of c that also codes the acts of material
// conflict that a sentence mentions without reporting them as news (the
// attack an inquiry is about). Use it where recall of every act matters
// more than telling news from background, as in span annotation.
func (c *Coder) WithMentions() *Coder {
	d := *c
	d.mentions = true
	return &d
}

// Patterns returns the number of event patterns loaded.
func (c *Coder) Patterns() int { return c.nPat }

func (c *Coder) load(name string, r io.Reader) error {
	err := lexicon.ReadLines(r, name, func(n int, text string) error {
		if i := strings.Index(text, "#"); i >= 0 {
			text = text[:i]
		}
		if fields := strings.Fields(text); len(fields) > 0 {
			return c.parseLine(fields, fmt.Sprintf("%s:%d", name, n))
		}
		return nil
	})
	if err != nil {
		return fmt.Errorf("load event lexicon %w", err)
	}
	return nil
}

var cueNames = map[string]cue{
	"neg": cueNeg, "deny": cueDeny, "intent": cueIntent, "accuse": cueAccuse,
	"cond": cueCond, "future": cueFuture, "bound": cueBound, "agentby": cueAgentBy,
	"until":  cueUntil,
	"recent": cueRecent, "casualty": cueCasualty, "background": cueBackground, "question": cueQuestion, "aux": cueAux, "doer": cueDoer, "light": cueLight, "number": cueNumber, "report": cueReport, "undergo": cueUndergo, "month": cueMonth, "since": cueSince, "after": cueAfter, "demand": cueDemand, "street": cueStreet, "occur": cueOccur, "stat": cueStat, "site": cueSite, "recall": cueRecall,
}

func splitList(v string) []string {
	var out []string
	for _, s := range strings.Split(v, ",") {
		if s = strings.TrimSpace(s); s != "" {
			out = append(out, arabic.Normalize(s))
		}
	}
	return out
}

// parseLine reads one line: a keyword, then fields.
//
//	verb CODE past=… pres=… pass=… with=… tgt=… [recip]
//	noun CODE form=… with=… tgt=… [recip]
//	cue KIND form=…
//	agent ROLE [air] [definite] country=… form=…     (protester ROLE, crowd ROLE: agents that name demonstrators, that count people)
//	title form=…
//	prep form=…
func (c *Coder) parseLine(f []string, where string) error {
	opts := map[string][]string{}
	flags := map[string]bool{}
	start := 1
	if f[0] == "verb" || f[0] == "noun" || f[0] == "cue" || f[0] == "agent" || f[0] == "protester" || f[0] == "crowd" {
		if len(f) < 2 {
			return fmt.Errorf("%s needs a code", f[0])
		}
		start = 2
	}
	for _, x := range f[start:] {
		k, v, ok := strings.Cut(x, "=")
		if !ok {
			flags[x] = true
			continue
		}
		if k == "prior" {
			if _, err := strconv.ParseFloat(v, 64); err != nil {
				return fmt.Errorf("prior=%s: %w", v, err)
			}
			opts[k] = []string{v}
			continue
		}
		if _, dup := opts[k]; dup {
			return fmt.Errorf("field %s given twice", k)
		}
		opts[k] = splitList(v)
	}
	check := func(allowed ...string) error {
		for k := range opts {
			if !slices.Contains(allowed, k) {
				return fmt.Errorf("unknown field %q", k)
			}
		}
		for k := range flags {
			if k != "recip" && k != "patient" && k != "adjacent" && k != "target" && !((k == "air" || k == "definite") && f[0] == "agent") {
				return fmt.Errorf("unknown flag %q", k)
			}
		}
		return nil
	}
	switch f[0] {
	case "verb", "noun":
		code := f[1]
		if _, ok := c.codes[code]; !ok {
			return fmt.Errorf("unknown CAMEO code %q", code)
		}
		p := &pattern{code: code, tgt: opts["tgt"], recip: flags["recip"], patient: flags["patient"], adjacent: flags["adjacent"], needTarget: flags["target"], where: where}
		if p.adjacent && len(opts["with"]) == 0 {
			return fmt.Errorf("adjacent needs with=")
		}
		if v := opts["prior"]; len(v) == 1 {
			p.prior, _ = strconv.ParseFloat(v[0], 64)
		}
		if w := opts["with"]; len(w) > 0 {
			p.with = map[string]bool{}
			for _, s := range w {
				p.with[s] = true
			}
		}
		if f[0] == "verb" {
			if err := check("past", "pres", "pass", "with", "tgt", "prior"); err != nil {
				return err
			}
			p.kind = kindVerb
			if len(opts["past"])+len(opts["pres"])+len(opts["pass"]) == 0 {
				return fmt.Errorf("verb needs past=, pres= or pass=")
			}
			for _, s := range opts["past"] {
				morph.Past(s, c.inflected(p, false))
			}
			for _, s := range opts["pres"] {
				if !strings.HasPrefix(s, string(arabic.Yeh)) {
					return fmt.Errorf("present form %q must start with ي", s)
				}
				morph.Present(s, false, c.inflected(p, false))
			}
			for _, s := range opts["pass"] {
				if strings.HasPrefix(s, string(arabic.Yeh)) {
					morph.Present(s, true, c.inflected(p, true))
				} else {
					morph.Past(s, c.inflected(p, true))
				}
			}
			p.lemma = first3(opts["past"], opts["pres"], opts["pass"])
		} else {
			if err := check("form", "with", "tgt", "prior"); err != nil {
				return err
			}
			p.kind = kindNoun
			if len(opts["form"]) == 0 {
				return fmt.Errorf("noun needs form=")
			}
			for _, s := range opts["form"] {
				morph.Noun(s, c.inflected(p, false))
			}
			p.lemma = opts["form"][0]
		}
		c.nPat++
	case "cue":
		if err := check("form"); err != nil {
			return err
		}
		k, ok := cueNames[f[1]]
		if !ok {
			return fmt.Errorf("unknown cue kind %q", f[1])
		}
		for _, s := range opts["form"] {
			c.cues[s] = k
		}
	case "agent", "protester", "crowd":
		if err := check("form", "country"); err != nil {
			return err
		}
		cc := ""
		if v := opts["country"]; len(v) > 0 {
			if len(v) != 1 || len(v[0]) != 3 || strings.ToUpper(v[0]) != v[0] {
				return fmt.Errorf("country=%s: want one ISO 3166-1 alpha-3 code", strings.Join(v, ","))
			}
			cc = v[0]
		}
		for _, s := range opts["form"] {
			c.addAgent(f[0], f[1], s, cc, flags["air"], flags["definite"])
		}
	case "title", "prep":
		if err := check("form"); err != nil {
			return err
		}
		m := c.titles
		if f[0] == "prep" {
			m = c.preps
		}
		for _, s := range opts["form"] {
			m[s] = true
		}
	default:
		return fmt.Errorf("unknown keyword %q", f[0])
	}
	return nil
}

func first3(a, b, c []string) string {
	for _, l := range [][]string{a, b, c} {
		if len(l) > 0 {
			return l[0]
		}
	}
	return ""
}

func (c *Coder) add(s string, fm form) {
	for _, old := range c.forms[s] {
		if old.p == fm.p && old.passive == fm.passive && old.present == fm.present {
			return
		}
	}
	c.forms[s] = append(c.forms[s], fm)
}

// inflected hands c.add the forms morph generates of a word of pattern p.
func (c *Coder) inflected(p *pattern, passive bool) func(string, morph.Form) {
	return func(w string, f morph.Form) {
		c.add(w, form{p: p, person: f.Person, passive: passive, present: f.Present, pron: f.Pron, pronDu: f.PronDu})
	}
}

// Forms lists the word forms a pattern word matches, sorted; for tests and
// for documenting the lexicon.
func (c *Coder) Forms(lemma string) []string {
	lemma = arabic.Normalize(lemma)
	var out []string
	for w, fs := range c.forms {
		for _, f := range fs {
			if f.p.lemma == lemma {
				out = append(out, w)
				break
			}
		}
	}
	sort.Strings(out)
	return out
}

const (
	alef = string(arabic.Alef)
	teh  = string(arabic.Teh)
	tehM = string(arabic.TehMarbuta)
)

// Label returns the CAMEO label of code, "" if the code is unknown.
func Label(code string) string { return DefaultCoder().codes[code].Label }

// Plover returns the PLOVER event type that code maps to, "" if none.
func Plover(code string) string { return DefaultCoder().codes[code].Plover }

// Root is one of the twenty CAMEO root categories (package cameo).
type Root = cameo.Root

// RootOf returns the root category of a CAMEO code ("042" → 04) and
// whether there is one (cameo.RootOf).
func RootOf(code string) (Root, bool) { return cameo.RootOf(code) }
