package event

import (
	"slices"
	"strconv"

	"rasad/internal/arabic"
	"rasad/internal/event/act"
	"rasad/internal/event/background"
	"rasad/internal/event/doer"
	"rasad/internal/event/force"
	"rasad/internal/event/morph"
	"rasad/internal/event/polarity"
	"rasad/internal/event/report"
	"rasad/internal/event/retell"
	"rasad/internal/event/sense"
	"rasad/internal/event/vocab"
	"rasad/internal/news"
)

// RoleFinder gives the CAMEO actor code that the actor of an entity
// (Entity.ActorID, the gazetteer's key) held on a date (YYYY-MM-DD, YYYY-MM
// or YYYY): the actor gazetteer's dated roles. It returns "" when it does
// not know, and the coder then uses Entity.Actor.
type RoleFinder interface {
	ActorCode(actorID, date string) string
}

// phrase is a run of tokens that names one actor or describes one: titles,
// nisba adjectives, agent nouns and names (وزير الدفاع الصيني لي شانغفو).
type phrase struct {
	start, end int    // token range [start, end)
	prep       string // the preposition that governs it, "" if none
	coord      bool   // joined to the previous phrase by و
	shared     bool   // its preposition governs the noun before it, joined to it by و (chunk.sharedPrep)
	ents       []int  // entity indices named inside it
	role       string // an agent noun's role (MIL, COP ...)
	cc         string // the country an agent noun of it stands for (الاحتلال)
	air        bool   // its agent noun names aircraft (الطائرات التركية)
	protester  bool   // its agent noun names demonstrators
	pron       bool   // its agent noun carries a possessive pronoun
}

// actorRef is an actor that a phrase, a pronoun or a quote's speaker stands
// for.
type actorRef struct {
	ent     int // entity index, -1 if none
	role    string
	country string
	name    string
	actor   string // a CAMEO code given directly (a quote's speaker)
	// protester marks demonstrators: what they do is a protest.
	protester bool
	// placed: the country is that of the scene (placeAgents), not one the
	// text gives the actor
	placed bool
	air    bool // aircraft: their attacks are aerial
	// said: the speaker of the quote the act is reported in, who is the
	// source of what it announces but not of the fighting it reports
	said bool
}

func (a actorRef) key() string {
	if a.ent >= 0 {
		return "e" + strconv.Itoa(a.ent)
	}
	return a.country + a.role + "|" + a.name
}

// sentence holds the state of coding one sentence.
type sentence struct {
	c       *Coder
	doc     *news.Document
	toks    []news.Token
	info    []tok
	a, b    int // token range of the sentence
	phrases []phrase
	ph      []int     // token → 1 + phrase index, 0 if none
	idx     int       // sentence index
	done    []trigger // the triggers whose arguments are found, in order
	ws      []report.Word
	story   string // the country of the force whose act the sentence before reported (force.Story)
}

// trigger is one event word found in a sentence, with its arguments.
type trigger struct {
	at       int
	f        form
	compl    int // token of the complement, -1 if none
	sources  []actorRef
	target   *actorRef
	polarity news.Polarity
	date     string
	dated    bool // the date comes from a date expression of the sentence
	dateGap  int  // how many tokens lie between the word and that expression
	// dateEntry: the word follows its date expression and a colon, as an
	// entry of a chronology does (21 مايو 2005: اغتيال ...)
	dateEntry bool
	where     string
	whereCC   string // the country of the place
	// hypothetical: a condition governs the act (في حال, إذا): no event
	hypothetical bool
	home         string // the country of an unnamed doer (see placeAgents)
	// launched: an event noun whose doer is the subject of a verb in the
	// past that starts or continues the act (بدأت أنقرة حملة ضربات)
	launched bool
	// inferred: the doer is the other side of the clashes the toll fell
	// in, which the text does not name as the doer (see clashedWith)
	inferred bool
	mutual   bool // the sources are the sides after بين (see frame.Sides)
	sequel   bool // an earlier step of the story the sentence before told (see asserts)
	cause    int  // the word of the act a toll fell in (sense.Cause), 0 if none
}

// Code returns the events that doc reports, one record per event: the same
// (date, source, target, code, polarity) in several sentences is one Event
// listing them all. doc.Tokens and doc.Sentences are computed from doc.Text
// when empty. Entities, Quotes and Dates are read when present: entities give
// the actors (a place with a country stands for its government), a quote's
// speaker is the source of what the quote announces, and a date expression
// in the sentence gives the date of the act it is nearest to (else the
// publication date).
func (c *Coder) Code(doc *news.Document) []news.Event {
	toks := doc.Tokens
	if len(toks) == 0 {
		toks = arabic.Tokenize(doc.Text)
	}
	if !morph.Segmented(toks) {
		// the words are read through the segmenter's parts (as every
		// stage reads them): a document the pipeline did not segment is
		// segmented here, on a copy
		toks = slices.Clone(toks)
		arabic.DefaultSegmenter().Segment(toks)
	}
	sents := doc.Sentences
	if len(sents) == 0 {
		sents = arabic.Sentences(doc.Text, toks)
	}
	info, phs := c.analyse(doc, toks), phrasesAt.Get(len(toks))
	defer infos.Put(info) // no record refers to them
	defer phrasesAt.Put(phs)
	pat := func(k int) (string, bool) {
		if fs := info[k].forms; len(fs) > 0 {
			return fs[0].P.Lemma, fs[0].P.Kind == vocab.Verb
		}
		return "", false
	}
	for _, k := range sense.Measures(toks, pat) {
		info[k].cue = vocab.CueNone // شن سلسلة غارات: the quantity of the act launched, no background (package sense)
	}
	idle := append(sense.Idle(toks, sents, pat), sense.Prayers(toks, pat)...) // (دعا الله, داعيا له بالشفاء: a prayer)
	for _, k := range idle {
		info[k].forms = nil // a sense that names no act: فجرا at dawn, احتل المركز ranked (package sense)
	}
	var out []news.Event
	seen, tensed := map[string]int{}, map[int]bool{}
	var pair []actorRef // the last coordinated pair of actors, for ـهما and dual verbs
	lastSubj := []actorRef(nil)
	var ws []report.Word                                                                       // the words of a sentence for package report, one buffer
	ti, n0, chronicle := 0, 0, len(sents) > 0 && background.Chronicle(doc.Text[:sents[0].End]) // حدث في مثل هذا اليوم
	for si, s := range sents {
		for ti < len(toks) && toks[ti].Start < s.Start {
			ti++
		}
		a := ti
		b := a
		for b < len(toks) && toks[b].End <= s.End {
			b++
		}
		if b == a {
			continue
		}
		st := &sentence{c: c, doc: doc, toks: toks, info: info, a: a, b: b, ph: phs[a:b:b], idx: si, ws: ws, story: force.Story(out[n0:])}
		n0 = len(out)
		st.prune()
		st.chunk()
		trigs := st.triggers()
		for i := range trigs {
			st.arguments(&trigs[i], &pair, &lastSubj)
			if i > 0 {
				st.coordinated(&trigs[i], &trigs[i-1])
			}
			st.done = append(st.done, trigs[i])
		}
		trigs = st.protests(trigs)
		st.bombings(trigs)
		for i := range trigs {
			st.placeParties(&trigs[i])
		}
		st.dates(trigs)
		st.moods(trigs)
		ws = st.ws
		// the sentence reports its acts of material conflict as news, or
		// mentions them as background, all together: they describe one
		// incident (protests and violence apart; see report.go)
		var isNews [2]bool
		for g := range isNews {
			isNews[g] = st.isNews(g, trigs)
		}
		// the acts of one clause are one record (trigger.go); a verb that
		// names both sides of an act of violence states it (report.go)
		if !c.mentions {
			trigs = st.merge(trigs)
			isNews[1] = isNews[1] || st.asserts(trigs)
		}
		if traceSentence != nil {
			traceSentence(st, trigs, isNews)
		}
		for _, t := range trigs {
			if !c.mentions && (t.hypothetical || !t.sequel && doc.Published != "" && (!t.dated && t.date == "" || chronicle && (!t.dated || t.date >= doc.Published[:min(4, len(doc.Published))]))) {
				// background without a date of its own (dates: none given),
				// or a chronicle's act not dated in a past year: no record
				continue
			}
			if filtered(c.codes[t.f.P.Code].Plover) && !c.mentions {
				if t.polarity == news.Asserted && !isNews[force.Group(t.f.P.Code)] && !doer.Claimed(st, t.at, func(j int) bool { return force.Claim(st.info[j].forms) }) { // a claimed act took place
					continue
				}
				// kept, and never counted as the act itself; but an act
				// that nobody denies doing to anybody says nothing
				if t.polarity != news.Asserted && len(t.sources) == 0 && t.target == nil {
					continue
				}
			}
			if t.f.P.Code[:2] == "04" && t.polarity == news.Alleged && polarity.Intended(st, t.at) {
				// a meeting, a visit to come (سيصل وفد, سيبحث مع): CAMEO
				// codes the announcement, an intent to meet (036)
				q := *t.f.P
				q.Code = "036"
				t.f.P, t.polarity = &q, news.Asserted
			}
			if t.f.P.Kind == vocab.Verb && !t.f.Participle && !(t.f.Present && st.headline()) || t.f.P.Kind != vocab.Verb && background.Done(st, t.at) {
				tensed[toks[t.at].Start] = true // a verb that tells its act's time (background.Plans)
			}
			out = st.emit(out, seen, t)
		}
	}
	if c.mentions {
		return out
	}
	out = background.Plans(out, doc.Published, func(sp *news.Span) bool { return sp != nil && tensed[sp.Start] })
	return background.Headline(retell.Merge(act.Merge(out, doc.Published, act.States(doc.Entities)), toks, doc.Published), doc) // one act told in several sentences is one record; a headline in the present of an act to come
}

// traceSentence, when set (by a test or a local build), sees the acts of
// every sentence and whether the sentence reports them as news.
var traceSentence func(st *sentence, trigs []trigger, isNews [2]bool)
