package quote

import (
	"sort"

	"rasad/internal/news"
	"rasad/internal/quote/agent"
	"rasad/internal/quote/agree"
	"rasad/internal/quote/head"
	"rasad/internal/quote/holder"
	"rasad/internal/quote/marks"
	"rasad/internal/quote/office"
	"rasad/internal/quote/parts"
	"rasad/internal/quote/refer"
	"rasad/internal/quote/sentence"
	"rasad/internal/quote/setting"
	"rasad/internal/quote/word"
	"rasad/internal/reuse"
)

// Resolver names the entity that holds a role: the person a described
// speaker ("وزير دفاعها", "وزير الدفاع الصيني") refers to. role is the
// normalised role phrase without the article, country adjectives or a
// possessive pronoun ("وزير دفاع"); country is the ISO 3166-1 alpha-3 code
// the description points to, "" when it names none. Resolve returns nil when
// it does not know. A gazetteer of people with dated roles can implement it.
type Resolver interface {
	Resolve(role, country string) *news.Entity
}

// Finder finds quotes. Its zero value resolves described speakers only from
// the article itself (a role written before a person's name, as in "وزير
// الدفاع الصيني لي شانغفو"); Resolver, when set, is asked next.
type Finder struct {
	Resolver Resolver
}

// Find returns the quotes of text with their speakers, in text order, using
// the zero Finder. See Finder.Find.
func Find(text string, toks []news.Token, sents []news.Sentence, ents []news.Entity) []news.Quote {
	return Finder{}.Find(text, toks, sents, ents)
}

// Find returns the quotes of text with their speakers, in text order. toks are
// text's tokens with their Parts (arabic.Tokenize, then a Segmenter: words are
// looked up through the clitics it split off), sents its sentences
// (arabic.Sentences) and ents the entities found in it, whose mentions are byte
// spans of text. Direct quotes span the quoted words without the marks;
// reported speech spans the clause after إن/أن/بأن.
func (f Finder) Find(text string, toks []news.Token, sents []news.Sentence, ents []news.Entity) []news.Quote {
	if len(toks) == 0 {
		return nil
	}
	st := &state{res: f.Resolver, lx: word.Default(), text: text, toks: toks, ents: ents, story: setting.NewStory(text, ents)}
	st.prepare()
	st.run(sents)
	st.headlines(sentence.Ranges(st.toks, sents))
	st.settle(sents)
	sort.SliceStable(st.out, func(i, j int) bool { return st.out[i].Start < st.out[j].Start })
	tokInfos.Put(st.tk) // no quote refers to it
	return st.out
}

// Limits that keep the search local and the cost linear.
const (
	maxPhrase = 10 // tokens in the phrase that names a speaker or channel
	maxRegion = 24 // tokens between a speech verb and its quote or clause
	maxBack   = 5  // tokens walked back over a role phrase
)

// tokInfo is what the finder knows of one token.
type tokInfo struct {
	word.Info       // what the lexicon tells of the word (word.Set.Read)
	ent       int32 // index into ents of the entity mentioned here, -1 if none
	men       int32 // index of that mention in the entity's Mentions
	q         int32 // index into spans of the quotation holding the token, -1 if none
}

var tokInfos reuse.Slices[tokInfo] // the arrays of state.tk, reused document after document
type state struct {
	res   Resolver
	lx    *word.Set
	text  string
	toks  []news.Token
	ents  []news.Entity
	tk    []tokInfo
	spans []marks.Span
	done  []bool // spans already attributed

	held holder.Article // who holds the offices the article writes (package holder)

	sentEnd  int // the end of the sentence being read
	subjSent int // the sentence (its first token) subjAt was found for, -1 for none
	subjAt   int // the first subject person's token in that sentence, -1 if none
	subjEnd  int // the end of the phrase at subjAt when it describes its subject (openingSubject), else -1
	viaSent  int // the sentence viaAt was found for, -1 for none
	viaAt    int // the first channel word in that sentence, -1 if none

	gender agree.Genders // person entities by the gender of the verbs they were subjects of

	issued [][2]int       // document nouns and the organisations that issued them (settle), nil until needed
	story  *setting.Story // what settle knows of the whole article
	ref    refer.Text     // what package refer reads of the article, made once (prepare)

	last     *news.Speaker // the speaker carried over to a bare verb
	lastQ    int           // index in out of the last direct quote, -1 if none
	lastQEnd int           // the sentence index of that quote
	spoken   int           // the byte after the last words without marks read after a colon (afterColon), -1 once a paragraph ends
	spokenN  int           // len(out) once those words were read: a quote after them ends them
	out      []news.Quote
}

func (st *state) prepare() {
	st.tk = tokInfos.Get(len(st.toks))
	st.ref = refer.Text{Toks: st.toks, Ents: st.ents, Mention: func(j int) (int32, int32) { return st.tk[j].ent, st.tk[j].men }, Quote: func(j int) int32 { return st.tk[j].q }, Nisba: func(j int) string { return st.tk[j].Nisba },
		Info: func(j int) *word.Info { return &st.tk[j].Info }, Phrase: st.phrase, CountryIn: st.held.CountryIn, BodyNoun: st.bodyNoun}
	st.held.Text = st.ref
	for i, t := range st.toks {
		in := &st.tk[i]
		in.ent, in.men, in.q = -1, -1, -1
		if t.Kind == news.Word {
			st.lx.Read(&st.toks[i], &in.Info)
		}
	}
	for i := range st.tk {
		if st.tk[i].Cls&word.PartComp != 0 && i+1 < len(st.tk) && st.tk[i+1].Cls&word.Comp != 0 {
			st.tk[i].Cls |= word.Part
		}
		if head.Explains(st.toks, i) || head.Resumes(st.toks, i) {
			st.tk[i].Cls |= word.Say // وبين المشرف أن: the verb بيّن; وفق ما أعلنه الوزير
		}
	}
	parts.EachMentionToken(len(st.text), st.toks, st.ents, func(j, e, m int) {
		if st.tk[j].ent < 0 && !(st.ents[e].Type == news.PER && j > 0 && st.tk[j-1].Role && office.Qualifier(st.toks[j].Norm)) { // الرئيس الدوري: no al-Douri
			st.tk[j].ent, st.tk[j].men = int32(e), int32(m)
		}
	})
	st.spans = marks.Pair(st.text, st.toks)
	st.done = make([]bool, len(st.spans))
	for q, s := range st.spans {
		for j := s.Open; j <= s.End(); j++ {
			st.tk[j].q = int32(q)
		}
	}
	st.lastQ, st.spoken = -1, -1
	st.subjSent, st.viaSent = -1, -1
}

func (st *state) run(sents []news.Sentence) {
	next := 0 // the first span that may open in the sentence
	for si, r := range sentence.Split(sentence.Ranges(st.toks, sents), marks.StrayEnds(st.toks, st.spans)) {
		a, b := r[0], r[1]
		st.sentEnd = b
		named, i0 := st.accord(a, b, si) // named: a speaker named so far in the sentence; verbs are read after the words accord emits
		quoted := named != nil
		for i := i0; i < b; i++ {
			if q := st.tk[i].q; q >= 0 {
				i = st.spans[q].End()
				continue
			}
			if st.tk[i].Cls&word.Act != 0 && st.tk[i].Cls&word.Cue == 0 && st.tk[i].ent < 0 && agent.Speaks(agent.Sentence{Phrase: st.phrase, Names: st.namesSomeone,
				Comp: func(k int) bool { return st.tk[k].Cls&word.Comp != 0 }, Word: func(k int) string { return st.toks[k].Norm }}, i, b) {
				st.tk[i].Cls |= word.Say // بعد إعلان وزارة الدفاع أن: the noun reads as its verb
			} else if st.tk[i].Cls&word.Cue == 0 || st.tk[i].ent >= 0 || !st.isVerb(i, a) {
				continue
			}
			sp, emitted, through := st.cue(i, a, b, si, named)
			if sp != nil {
				named = sp
			}
			quoted = quoted || emitted
			// Speech verbs inside the reported clause belong to it.
			i = max(i, through-1)
		}
		// Spans are in text order: skip those before the sentence.
		for next < len(st.spans) && st.spans[next].Open < a {
			next++
		}
		for q := next; q < len(st.spans) && st.spans[q].Open < b; q++ {
			if !st.done[q] && st.unattributed(int32(q), a, b, si) {
				quoted = true
			}
		}
		st.sourcedAfter(a, b)
		switch {
		case quoted:
			// st.last was set by the quotes.
		case named != nil:
			st.last = named
		default:
			// A person: narrative about a body (وتسعى الهيئة إلى …) does not
			// interrupt the last speaker, but is the one a bare verb after it continues when none spoke before (ووقعت الهيئة … وأكدت أن).
			if p := st.subjectPerson(a, b); p != nil && (st.subjEnd < 0 || st.last == nil) && !st.stillSpoken(a) {
				st.last = p
			}
		}
	}
}

// carry returns the speaker a bare verb refers to at token i of the sentence
// that starts at a.
func (st *state) carry(a, i int) *news.Speaker {
	if p := st.subjectPerson(a, i); p != nil {
		return p
	}
	return st.last
}

func (st *state) emitDirect(q int32, sp *news.Speaker, via string, si int) {
	if st.done[q] || st.words(q) == 0 {
		return
	}
	st.done[q] = true
	start, end := st.spans[q].Bytes(st.toks)
	st.out = append(st.out, news.Quote{Speaker: setting.Copy(sp), Text: st.text[start:end], Direct: true, Via: via, Start: start, End: end})
	st.lastQ, st.lastQEnd = len(st.out)-1, si
	if sp != nil {
		st.last = sp
	}
}

// words counts the words of quotation q.
func (st *state) words(q int32) int { return marks.Words(st.toks, st.spans[q]) }

func (st *state) spanText(i, j int) string {
	return st.text[st.toks[i].Start:st.toks[j-1].End]
}
