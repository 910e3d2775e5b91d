package quote

import (
	"sort"
	"strings"

	"rasad/internal/arabic"
	"rasad/internal/news"
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

// Find returns the quotes of text with their speakers, in text order. toks
// are text's tokens (arabic.Tokenize), sents its sentences (arabic.Sentences)
// and ents the entities found in it, whose mentions are byte spans of text.
// Direct quotes span the quoted words without the marks; reported speech
// spans the clause after إن/أن/بأن.
func (f Finder) Find(text string, toks []news.Token, sents []news.Sentence, ents []news.Entity) []news.Quote {
	if len(toks) == 0 {
		return nil
	}
	st := &state{res: f.Resolver, lx: lex(), text: text, toks: toks, ents: ents}
	st.prepare()
	st.run(sents)
	sort.SliceStable(st.out, func(i, j int) bool { return st.out[i].Start < st.out[j].Start })
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
	cls class
	ent int32 // index into ents of the entity mentioned here, -1 if none
	men int32 // index of that mention in the entity's Mentions
	q   int32 // index into spans of the quotation holding the token, -1 if none
}

type state struct {
	res   Resolver
	lx    *lexicon
	text  string
	toks  []news.Token
	ents  []news.Entity
	tk    []tokInfo
	spans []span
	done  []bool // spans already attributed

	roles      map[string]int // "role|country" → entity index, -1 when ambiguous
	rolesBuilt bool

	sentEnd  int // the end of the sentence being read
	subjSent int // the sentence (its first token) subjAt was found for, -1 for none
	subjAt   int // the first subject person's token in that sentence, -1 if none
	viaSent  int // the sentence viaAt was found for, -1 for none
	viaAt    int // the first channel word in that sentence, -1 if none

	last     *news.Speaker // the speaker carried over to a bare verb
	lastQ    int           // index in out of the last direct quote, -1 if none
	lastQEnd int           // the sentence index of that quote
	out      []news.Quote
}

func (st *state) prepare() {
	st.tk = make([]tokInfo, len(st.toks))
	for i, t := range st.toks {
		in := &st.tk[i]
		in.ent, in.men, in.q = -1, -1, -1
		if t.Kind == news.Word {
			in.cls, _ = st.lx.classOf(t.Norm)
		}
	}
	for i := range st.tk {
		if st.tk[i].cls&cPartComp != 0 && i+1 < len(st.tk) && st.tk[i+1].cls&cComp != 0 {
			st.tk[i].cls |= cPart
		}
	}
	for e := range st.ents {
		for m, mn := range st.ents[e].Mentions {
			if mn.Start < 0 || mn.End > len(st.text) || mn.Start >= mn.End {
				continue
			}
			j := sort.Search(len(st.toks), func(k int) bool { return st.toks[k].End > mn.Start })
			for ; j < len(st.toks) && st.toks[j].Start < mn.End; j++ {
				if st.tk[j].ent < 0 {
					st.tk[j].ent, st.tk[j].men = int32(e), int32(m)
				}
			}
		}
	}
	st.spans = findSpans(st.text, st.toks)
	st.done = make([]bool, len(st.spans))
	for q, s := range st.spans {
		end := s.close
		if end < 0 {
			end = s.last
		}
		for j := s.open; j <= end; j++ {
			st.tk[j].q = int32(q)
		}
	}
	st.lastQ = -1
	st.subjSent, st.viaSent = -1, -1
}

// spanEnd returns the last token index of quotation q, its closing mark
// included.
func (st *state) spanEnd(q int32) int {
	s := st.spans[q]
	if s.close >= 0 {
		return s.close
	}
	return s.last
}

// sentenceRanges turns sentences into token ranges, in order. Sentences that
// hold no token, or run backwards, are dropped; without sentences the whole
// text is one.
func (st *state) sentenceRanges(sents []news.Sentence) [][2]int {
	var out [][2]int
	from := 0
	for _, s := range sents {
		a := from + sort.Search(len(st.toks)-from, func(k int) bool { return st.toks[from+k].Start >= s.Start })
		b := a + sort.Search(len(st.toks)-a, func(k int) bool { return st.toks[a+k].Start >= s.End })
		if a < b {
			out = append(out, [2]int{a, b})
			from = b
		}
	}
	if len(out) == 0 {
		return [][2]int{{0, len(st.toks)}}
	}
	// Tokens after the last sentence join it.
	out[len(out)-1][1] = max(out[len(out)-1][1], len(st.toks))
	return out
}

func (st *state) run(sents []news.Sentence) {
	next := 0 // the first span that may open in the sentence
	for si, r := range st.sentenceRanges(sents) {
		a, b := r[0], r[1]
		st.sentEnd = b
		var named *news.Speaker // a speaker named earlier in this sentence
		quoted := false
		for i := a; i < b; i++ {
			if q := st.tk[i].q; q >= 0 {
				i = st.spanEnd(q)
				continue
			}
			if st.tk[i].cls&cCue == 0 || st.tk[i].ent >= 0 {
				continue
			}
			if !st.isVerb(i, a) {
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
		for next < len(st.spans) && st.spans[next].open < a {
			next++
		}
		for q := next; q < len(st.spans) && st.spans[q].open < b; q++ {
			if !st.done[q] && st.unattributed(int32(q), a, b, si) {
				quoted = true
			}
		}
		switch {
		case quoted:
			// st.last was set by the quotes.
		case named != nil:
			st.last = named
		default:
			if p := st.subjectPerson(a, b); p != nil {
				st.last = p
			}
		}
	}
}

// isVerb reports whether the cue word at i stands as a verb: not a verbal
// noun after a preposition (عن كشف، بعد إعلان), not denied (لم يقل), and
// not an impersonal "يذكر أن".
func (st *state) isVerb(i, a int) bool {
	if i > a {
		p := st.tk[i-1]
		if st.toks[i-1].Kind == news.Word && p.ent < 0 && p.cls&(cFrom|cTo|cIn|cNotComp|cNeg) != 0 {
			return false
		}
	}
	if st.tk[i].cls&cImpersonal != 0 && i+1 < len(st.toks) && st.tk[i+1].cls&cComp != 0 {
		return false
	}
	return true
}

// cue reads the attribution that the speech verb (or participle, or relay
// verb) at v opens, inside sentence [a, b), and emits its quotes. It returns
// the speaker it named, whether it emitted a quote, and the end of the
// reported clause it read (v+1 when none).
func (st *state) cue(v, a, b, si int, named *news.Speaker) (*news.Speaker, bool, int) {
	c := st.tk[v].cls
	subj := [2]int{-1, -1}
	var via string
	var viaCountry string
	i := v + 1
	if c&(cSay|cRelay) != 0 {
		if j := st.phrase(i, b); j > i {
			subj = [2]int{i, j}
			i = j
		}
	}
	if c&cRelay != 0 && i < b && st.tk[i].cls&cFrom != 0 && st.tk[i].ent < 0 {
		// نقلت X عن Y: X is the channel, Y the speaker.
		if subj[0] >= 0 {
			via, viaCountry = st.spanText(subj[0], subj[1]), st.countryIn(subj[0], subj[1])
		}
		subj = [2]int{-1, -1}
		if j := st.phrase(i+1, b); j > i+1 {
			subj = [2]int{i + 1, j}
			i = j
		} else {
			i++
		}
	}
	const (
		none = iota
		direct
		reported
	)
	kind, quote, comp := none, int32(-1), -1
	regionPer, adjunct := -1, false
	quotedSubj := int32(-1) // a quotation taken for the subject: قالت "هيومن رايتس ووتش" اليوم إن
	steps := 0
	relayed := c&cRelay == 0 || via != ""
scan:
	for ; i < b && steps < maxRegion; i++ {
		t := st.toks[i]
		if q := st.tk[i].q; q >= 0 {
			if st.spans[q].open != i {
				break
			}
			if st.directAfter(q, v, i, b, subj[1]) {
				kind, quote = direct, q
				break
			}
			// A name in quote marks: the subject right after the verb
			// (قالت "هيومن رايتس ووتش" اليوم إن), the channel when ل or
			// إلى stands before it.
			p := st.prevWord(i, v)
			if p == v && subj[0] < 0 && c&cPart == 0 {
				subj = [2]int{st.spans[q].first, st.spans[q].last + 1}
				quotedSubj = q
			} else if subj[0] >= 0 && i == subj[1] {
				subj[1] = st.spanEnd(q) + 1 // مصادر «المستقبل»
			}
			if p > v && st.tk[p].cls&cTo != 0 && via == "" {
				via = st.spanText(st.spans[q].first, st.spans[q].last+1)
			}
			i = st.spanEnd(q)
			continue
		}
		steps++
		if t.Kind == news.Punctuation {
			if isTerminal(t.Text) {
				break
			}
			if t.Text == "(" {
				// A parenthesis is an aside: its words attribute nothing.
				for i+1 < b && st.toks[i].Text != ")" {
					i++
				}
			}
			continue
		}
		cl := st.tk[i].cls
		if !relayed && cl&cFrom != 0 && st.tk[i].ent < 0 {
			// نقلت صحيفة «صنداي تايمز» البريطانية في عددها أمس عن Y: the
			// channel runs from the verb to its first preposition.
			relayed = true
			e := v + 1
			for e < i && (st.tk[e].q >= 0 || st.tk[e].cls&(cIn|cStop|cFrom|cTo) == 0) {
				e++
			}
			if e > v+1 {
				via, viaCountry = st.spanText(v+1, e), st.countryIn(v+1, e)
			}
			subj = [2]int{-1, -1}
			if j := st.phrase(i+1, b); j > i+1 {
				subj = [2]int{i + 1, j}
				i = j - 1
			}
			continue
		}
		if st.tk[i].ent >= 0 {
			// A person after the subject is the speaker when the subject
			// opens with a role the name stands in apposition to (رئيس
			// اللجنة ... في كرة القدم فرانتس بكنباور), or when there is no
			// subject and no adjunct came first (بعد مغادرة الحريري).
			// A described subject must open with a role too: مكتب منسق ...
			// خافيير سولانا is Solana's office, not Solana.
			if regionPer < 0 && (subj[0] < 0 && !adjunct || st.opensRole(subj[0])) && st.ents[st.tk[i].ent].Type == news.PER && !st.objectPosition(i, a) {
				regionPer = i
			}
			continue
		}
		if cl&(cStop|cTo|cFrom|cNotComp) != 0 ||
			cl&cIn != 0 && !(i+1 < b && (st.tk[i+1].ent >= 0 || st.tk[i+1].q >= 0)) {
			// An adjunct (بعد مغادرة الحريري، في كلمة): a person named in
			// it is not the speaker; في before a name (في «معهد واشنطن») is
			// no adjunct.
			adjunct = true
		}
		switch {
		case cl&cComp != 0:
			if p := st.prevWord(i, v); p > v && st.tk[p].cls&cNotComp != 0 {
				break scan // بعد أن، إلا أن: another clause
			}
			kind, comp = reported, i
			break scan
		case cl&cCue != 0 && st.isVerb(i, a):
			break scan
		case cl&cRelayAdv != 0 && i+1 < b && st.tk[i+1].cls&cFrom != 0:
			// X نقلا عن Y: X becomes the channel, Y the speaker.
			if subj[0] >= 0 && via == "" {
				via, viaCountry = st.spanText(subj[0], subj[1]), st.countryIn(subj[0], subj[1])
			}
			if j := st.phrase(i+2, b); j > i+2 {
				subj = [2]int{i + 2, j}
				i = j - 1
			}
		case cl&cViaVerb != 0:
			if j := st.phrase(i+1, b); j > i+1 {
				via, viaCountry = st.spanText(i+1, j), st.countryIn(i+1, j)
				i = j - 1
			}
		case cl&cVia != 0:
			k := i + 1
			if k < b && st.tk[k].cls&cTo != 0 {
				k++
			}
			if k < b && st.tk[k].cls&cVague != 0 {
				break // بحسب ما جاء في ...: no channel named
			}
			if j := st.phrase(k, b); j > k {
				via, viaCountry = st.spanText(k, j), st.countryIn(k, j)
				i = j - 1
			}
		case via == "" && st.lx.mediaAfterLam(t.Norm):
			// قال X لوكالة رويترز إن: the channel.
			if v2, vc, j := st.channelAfter(i, b); v2 != "" {
				via, viaCountry = v2, vc
				i = j - 1
			}
		case cl&cSpeechNoun != 0:
			if v2, vc, j := st.channelAfter(i+1, b); v2 != "" {
				via, viaCountry = v2, vc
				i = j - 1
			}
		}
	}

	// A quotation right after the verb is its subject only when a
	// complementizer or a colon follows; otherwise it was said: تقول
	// «سنواصل التحاور» مع موسكو «لكن ...».
	var said int32 = -1
	if quotedSubj >= 0 && !(kind == reported || kind == direct && st.afterColon(quote)) {
		subj = [2]int{-1, -1}
		if kind == direct {
			said = quotedSubj
		}
	}

	// The speaker: named after the verb, before it, or carried over.
	var sp *news.Speaker
	if c&cPart == 0 {
		if subj[0] >= 0 {
			sp = st.speakerOf(subj[0], subj[1], viaCountry)
		}
		if sp == nil && c&cSay != 0 {
			sp = st.before(v, a)
		}
		if regionPer >= 0 && (sp == nil || sp.Name == "") {
			sp = st.entitySpeaker(regionPer)
		}
	}
	explicit := sp
	if kind == none {
		// A verb that quotes nothing still names the sentence's speaker,
		// when the name is sure: an entity, a role (مسؤول كبير) or a
		// definite noun (الجيش السوداني) — not any words after a word
		// that only looks like a verb (راي مستشارين: the name Ray).
		if sp != nil && sp.Name == "" && subj[0] >= 0 {
			role, _ := st.lx.roleOf(st.toks[subj[0]].Norm)
			if !role && !hasArticle(st.toks[subj[0]].Norm) && st.tk[subj[0]].cls&cTitle == 0 {
				explicit = nil
			}
		}
		return explicit, false, v + 1
	}
	if via == "" {
		via = st.viaBefore(a, v)
	}
	if sp == nil {
		sp = named
	}
	if sp == nil {
		sp = st.subjectPerson(a, v)
	}
	if sp == nil {
		sp = st.last
	}

	emitted, through := false, v+1
	st.tk[v].cls |= cUsed
	switch kind {
	case direct:
		if said >= 0 {
			st.emitDirect(said, sp, via, si)
		}
		st.emitDirect(quote, sp, via, si)
		emitted = true
	case reported:
		from := comp + 1
		to := st.clause(from, b)
		if from >= to {
			break
		}
		through = to
		hasDirect, outside := false, 0
		for j := from; j < to; j++ {
			if q := st.tk[j].q; q >= 0 {
				end := st.spanEnd(q)
				if st.spans[q].open == j {
					n := st.words(q)
					// A short name after a preposition is no quote: وفداً
					// من «جبهة الخلاص الوطني السورية».
					named := n <= 4 && j > from && st.namePreposition(j-1)
					if n >= 3 && !named || (j == from && end >= to-1) {
						st.emitDirect(q, sp, via, si)
						hasDirect = true
					}
				}
				j = end
				continue
			}
			if isWordy(st.toks[j].Kind) {
				outside++
			}
		}
		if !hasDirect || outside >= 4 {
			start, end := st.toks[from].Start, st.toks[to-1].End
			st.out = append(st.out, news.Quote{Speaker: copySpeaker(sp), Text: st.text[start:end], Direct: false, Via: via, Start: start, End: end})
		}
		emitted = true
	}
	if sp != nil {
		st.last = sp
	}
	if explicit == nil {
		explicit = sp
	}
	return explicit, emitted, through
}

// viaBefore returns the channel named before the verb at v in the sentence
// that starts at a: "وفي تصريحات لـ«الشرق الأوسط» أمس، أكد", "وحسب وكالة
// الصحافة الفرنسية أكد".
//
// Only the first channel word of the sentence is tried, found once per
// sentence.
func (st *state) viaBefore(a, v int) string {
	if st.viaSent != a {
		st.viaSent, st.viaAt = a, -1
		for i := a; i < st.sentEnd; i++ {
			if q := st.tk[i].q; q >= 0 {
				i = st.spanEnd(q)
				continue
			}
			if st.tk[i].cls&(cVia|cSpeechNoun) != 0 {
				st.viaAt = i
				break
			}
		}
	}
	if st.viaAt < 0 || st.viaAt >= v {
		return ""
	}
	i := st.viaAt
	if st.tk[i].cls&cVia != 0 {
		k := i + 1
		if k < v && st.tk[k].cls&cTo != 0 {
			k++
		}
		if j := st.phrase(k, v); j > k {
			return st.spanText(k, j)
		}
		return ""
	}
	// A speech noun: في تصريحات لـ«الشرق الأوسط», في تصريحات لوكالة ...
	k := st.skipTatweel(i+1, v)
	if k < v && st.tk[k].cls&cTo != 0 {
		if k = st.skipTatweel(k+1, v); k < v {
			if q := st.tk[k].q; q >= 0 && st.spans[q].open == k {
				return st.spanText(st.spans[q].first, st.spans[q].last+1)
			}
		}
	}
	v2, _, _ := st.channelAfter(i+1, v)
	return v2
}

// skipTatweel returns the first token from k (before end) that is not a lone
// tatweel (ل ـ «السفير»).
func (st *state) skipTatweel(k, end int) int {
	for k < end && st.toks[k].Kind == news.Word && st.toks[k].Norm == "" {
		k++
	}
	return k
}

// directAfter decides whether the quotation q, found at token i in the
// region of the cue at v, is what the speaker said, or a name in quote marks
// ("مصادر «المستقبل»") within the phrase that names the speaker.
func (st *state) directAfter(q int32, v, i, b, subjEnd int) bool {
	p := st.prevWord(i, v)
	if pt := st.toks[p]; pt.Kind == news.Punctuation {
		switch pt.Text {
		case ":", "،", ",", "-", "–", "—":
			return true
		}
	}
	if st.words(q) >= 4 {
		return true
	}
	if p != v && st.tk[p].cls&(cTo|cIn) != 0 {
		return false
	}
	// A short quotation right after the verb or its subject ends the
	// sentence: وقال بوتين «نعم». One that the sentence goes on after is a
	// name: قالت "هيومن رايتس ووتش" اليوم.
	if p != v && p != subjEnd-1 {
		return false
	}
	n := st.spanEnd(q) + 1
	return n >= b || st.toks[n].Kind == news.Punctuation && isTerminal(st.toks[n].Text)
}

// namePreposition reports whether the word at j is a preposition that a
// name in quote marks follows far more often than quoted words: من، في، عن،
// ل (not على or إلى, which quoted words follow: دعا إلى «...»).
func (st *state) namePreposition(j int) bool {
	if st.tk[j].ent >= 0 || st.toks[j].Kind != news.Word {
		return false
	}
	n := st.toks[j].Norm
	return n == minS || n == lamS || st.tk[j].cls&(cIn|cFrom) != 0
}

// afterColon reports whether a colon stands right before quotation q.
func (st *state) afterColon(q int32) bool {
	p := st.spans[q].open - 1
	return p >= 0 && st.toks[p].Text == ":"
}

// prevWord returns the token before i, skipping tokens that normalise to
// nothing (a lone tatweel: "ل ـ «السفير»"), but never before lo.
func (st *state) prevWord(i, lo int) int {
	p := i - 1
	for p > lo && st.toks[p].Norm == "" {
		p--
	}
	if p < lo {
		return lo
	}
	return p
}

// phrase returns the end of the phrase that names a speaker or channel and
// starts at i: words up to a preposition, a time word, a complementizer, a
// speech word, punctuation or a quotation. في continues it only before an
// entity ("مسؤول كبير في كييف").
func (st *state) phrase(i, b int) int {
	const ends = cStop | cFrom | cTo | cComp | cCue | cMasdar | cVia | cViaVerb | cRelayAdv |
		cSpeechNoun | cRelative | cNotComp
	j := i
	definite := false // a word with the article has been read
	roleCtx := false  // the last word that is no country adjective opens a name
	for j < b && j-i < maxPhrase {
		t := st.toks[j]
		if isDash(t.Text) && j > i && j+1 < b && st.toks[j-1].End == t.Start && t.End == st.toks[j+1].Start {
			j++ // هارلي-ديفيدسون
			continue
		}
		if st.tk[j].q >= 0 || !isWordy(t.Kind) || t.Norm == "" {
			break
		}
		if t.Kind == news.Number {
			break
		}
		if st.tk[j].ent >= 0 {
			j++
			continue
		}
		c := st.tk[j].cls
		if j > i && st.tk[j-1].cls&cTitle != 0 && st.tk[j-1].ent < 0 {
			j++ // a name after a title, whatever it looks like: الدكتور لي
			continue
		}
		if st.lx.mediaAfterLam(t.Norm) {
			break // قال (المسؤول) لوكالة يونهاب: a channel
		}
		if c&cTimeHead != 0 && j+1 < b && st.tk[j+1].cls&cStop != 0 {
			break // صباح اليوم، فجر الأحد
		}
		if j > i && c&cFrom == 0 && c&cStop != 0 && st.tk[j-1].cls&cQuant != 0 && j+1 < b {
			j++ // العديد من المحللين
			continue
		}
		if hasArticle(t.Norm) {
			definite = true
			if st.lx.nisbaOf(t.Norm) == "" {
				roleCtx = st.opensName(j)
			}
		} else if definite && j > i && hasArticle(st.toks[j-1].Norm) && st.lx.nisbaOf(t.Norm) == "" && !roleCtx {
			// الجيش السوداني | قيام حركة: an indefinite word right after a
			// definite phrase starts the object, unless a title or role
			// stands before a name (السيناتور ريد، الرئيس الإيراني أحمدي).
			break
		} else {
			roleCtx = st.opensName(j)
		}
		if c&cIn != 0 {
			if j > i && j+1 < b && st.tk[j+1].ent >= 0 {
				j++
				continue
			}
			break
		}
		if c&cLink != 0 && j > i {
			j++
			continue
		}
		if c&ends != 0 {
			break
		}
		j++
	}
	return j
}

// channelAfter reads the channel named after a speech noun: "لـ X", "إلى X",
// or a word with ل attached ("لوكالة الأنباء"). It returns the channel, its
// country and the end of its phrase.
func (st *state) channelAfter(k, b int) (string, string, int) {
	k = st.skipTatweel(k, b)
	if k >= b || st.tk[k].q >= 0 {
		return "", "", k
	}
	if st.tk[k].cls&cTo != 0 {
		j := st.withQuotedName(st.phrase(k+1, b), b)
		if j > k+1 {
			return st.spanText(k+1, j), st.countryIn(k+1, j), j
		}
		return "", "", k
	}
	t := st.toks[k]
	if t.Kind == news.Word && strings.HasPrefix(t.Norm, lamS) && len(t.Norm) >= 8 && st.tk[k].cls == 0 {
		j := st.withQuotedName(st.phrase(k+1, b), b)
		head := strings.TrimLeft(t.Text[len(lamS):], "ـ")
		if strings.HasPrefix(arabic.Normalize(head), lamS) {
			head = aS + head // للتلفزيون → التلفزيون
		}
		rest := ""
		if j > k+1 {
			rest = " " + st.spanText(k+1, j)
		}
		return head + rest, st.countryIn(k, j), j
	}
	return "", "", k
}

// withQuotedName extends a channel's phrase that ends at j over a name in
// quote marks right after it: لبرنامج "آندرو مار".
func (st *state) withQuotedName(j, b int) int {
	if j < b {
		if q := st.tk[j].q; q >= 0 && st.spans[q].open == j && st.spans[q].close >= 0 && st.words(q) <= 4 {
			return min(st.spanEnd(q)+1, b)
		}
	}
	return j
}

// clause returns the end of the reported clause that starts at a: the end
// of the sentence, or a new attribution after a comma (", مشيرا", ", وقال",
// ", في إشارة", ", بحسب"). Trailing punctuation is left out.
func (st *state) clause(a, b int) int {
	j := a
	for ; j < b; j++ {
		if q := st.tk[j].q; q >= 0 {
			j = st.spanEnd(q)
			continue
		}
		t := st.toks[j]
		if t.Kind == news.Punctuation && isComma(t.Text) && j+2 < b && st.tk[j+2].cls&cClauseEnd != 0 {
			break
		}
		c := st.tk[j].cls
		if j > a && c&(cSay|cPart|cRelay|cVia|cRelayAdv) != 0 && st.tk[j].ent < 0 && st.isVerb(j, a) {
			if c&(cProcl|cPart) != 0 || isComma(st.toks[j-1].Text) {
				break
			}
		}
	}
	for j > a && st.toks[j-1].Kind == news.Punctuation && st.tk[j-1].q < 0 {
		j--
	}
	return j
}

// unattributed looks for the speaker of a quotation that no verb before it
// claimed: an attribution after it ("«...»، قال بوتين", "«...» بحسب X",
// "على حد قوله"), or the quotation before it that it continues (و«...» in the
// same sentence, or a paragraph that opens with a quotation after a quoted
// paragraph). Other quotations (scare quotes, titles) are left out.
func (st *state) unattributed(q int32, a, b, si int) bool {
	s := st.spans[q]
	end := st.spanEnd(q)
	k := end + 1
	for k < b && st.toks[k].Kind == news.Punctuation && (isComma(st.toks[k].Text) || isDash(st.toks[k].Text)) {
		k++
	}
	if k < b && st.tk[k].ent < 0 && s.close >= 0 {
		c := st.tk[k].cls
		switch {
		case c&cSay != 0 && c&(cProcl|cUsed) == 0 && st.words(q) >= 3:
			// «...»، قال بوتين — not «...»، وأضاف «...», nor a verb with
			// its own quote ("..." قال جنبلاط إن ...).
			var sp *news.Speaker
			if j := st.phrase(k+1, b); j > k+1 {
				sp = st.speakerOf(k+1, j, "")
			}
			if sp == nil {
				sp = st.carry(a, s.open)
			}
			st.emitDirect(q, sp, "", si)
			return true
		case c&cVia != 0 && st.words(q) >= 3:
			kk := k + 1
			if kk < b && st.tk[kk].cls&cTo != 0 {
				kk++
			}
			if kk < b && st.tk[kk].cls&cVague != 0 {
				break // بحسب ما جاء في ...
			}
			if j := st.phrase(kk, b); j > kk {
				sp := st.speakerOf(kk, j, "")
				via := ""
				if st.isChannel(kk) {
					// وفق وكالة رويترز: a channel; the speaker is carried
					// over. وفق بعض المعارضين: the speakers themselves.
					via = sp.Text
					sp = st.carry(a, s.open)
				}
				st.emitDirect(q, sp, via, si)
				return true
			}
		case c&cStop != 0 && k+2 < b && st.tk[k+1].cls&cClauseEnd != 0 && st.tk[k+2].cls&cMasdar != 0:
			st.emitDirect(q, st.carry(a, s.open), "", si)
			return true
		}
	}
	if st.words(q) < 3 || st.lastQ < 0 {
		return false
	}
	prev := st.out[st.lastQ]
	if st.lastQEnd == si && prev.End <= st.toks[s.open].Start {
		// و«...» or ، «...» right after the previous quotation.
		p := s.open - 1
		for p >= a && st.toks[p].End > prev.End && (st.toks[p].Kind == news.Punctuation || st.toks[p].Norm == wawS) {
			p--
		}
		if p >= a && st.toks[p].End <= prev.End {
			st.emitDirect(q, prev.Speaker, prev.Via, si)
			return true
		}
	}
	if st.lastQEnd == si-1 && s.open == a {
		st.emitDirect(q, prev.Speaker, prev.Via, si)
		return true
	}
	return false
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
	s := st.spans[q]
	last := s.last
	for s.close < 0 && last > s.first && st.toks[last].Kind == news.Punctuation {
		last-- // a quotation left open: its words without the full stop
	}
	start, end := st.toks[s.first].Start, st.toks[last].End
	st.out = append(st.out, news.Quote{Speaker: copySpeaker(sp), Text: st.text[start:end], Direct: true, Via: via, Start: start, End: end})
	st.lastQ, st.lastQEnd = len(st.out)-1, si
	if sp != nil {
		st.last = sp
	}
}

// words counts the words of quotation q.
func (st *state) words(q int32) int {
	s := st.spans[q]
	n := 0
	for j := s.first; j <= s.last; j++ {
		if isWordy(st.toks[j].Kind) && st.toks[j].Norm != "" {
			n++
		}
	}
	return n
}

func (st *state) spanText(i, j int) string {
	return st.text[st.toks[i].Start:st.toks[j-1].End]
}

func copySpeaker(sp *news.Speaker) *news.Speaker {
	if sp == nil {
		return nil
	}
	c := *sp
	return &c
}

// opensName reports whether the word at j may stand before a name or an
// indefinite complement: a title, a role noun or باسم.
func (st *state) opensName(j int) bool {
	if st.tk[j].cls&(cTitle|cLink) != 0 {
		return true
	}
	role, _ := st.lx.roleOf(st.toks[j].Norm)
	return role
}

// isChannel reports whether the phrase at j names a channel rather than a
// speaker: an organisation, or a media noun (وكالة، صحيفة، قناة).
func (st *state) isChannel(j int) bool {
	if e := st.tk[j].ent; e >= 0 {
		return st.ents[e].Type == news.ORG
	}
	s, _ := st.lx.stem(st.toks[j].Norm)
	return st.tk[j].cls&cMedia != 0 || st.lx.words[s]&cMedia != 0
}

// opensRole reports whether the phrase that starts at token j (-1 for
// none) opens with a role noun, after any title.
func (st *state) opensRole(j int) bool {
	if j < 0 {
		return false
	}
	for j < len(st.toks) && st.tk[j].cls&cTitle != 0 {
		j++
	}
	if j >= len(st.toks) {
		return false
	}
	role, _ := st.lx.roleOf(st.toks[j].Norm)
	return role
}

// hasArticle reports whether a normalised word opens with the article, alone
// or after و: الجيش، والإعلام.
func hasArticle(norm string) bool {
	return strings.HasPrefix(norm, alS) || strings.HasPrefix(norm, wawS+alS)
}

func isWordy(k news.TokenKind) bool {
	return k == news.Word || k == news.Latin || k == news.Number
}

func isTerminal(p string) bool {
	switch p[0] {
	case '.', '!', '?':
		return !strings.HasPrefix(p, "..")
	}
	return strings.HasPrefix(p, "؟") || p == "۔"
}

func isComma(p string) bool { return p == "،" || p == "," }

func isDash(p string) bool { return p == "-" || p == "–" || p == "—" }
