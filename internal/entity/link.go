package entity

import (
	"slices"
	"strconv"
	"strings"

	"rasad/internal/actor"
	"rasad/internal/arabic"
	"rasad/internal/entity/alef"
	"rasad/internal/entity/ambiguous"
	"rasad/internal/entity/body"
	"rasad/internal/entity/byline"
	"rasad/internal/entity/nameparts"
	"rasad/internal/entity/national"
	"rasad/internal/entity/placename"
	"rasad/internal/entity/shape"
	"rasad/internal/entity/span"
	"rasad/internal/entity/surname"
	"rasad/internal/lexicon"
	"rasad/internal/ner"
	"rasad/internal/news"
)

// Linker turns the names of an article into its entities: it finds the
// gazetteer's actors by their Arabic names (through clitics), takes the
// statistical recogniser's spans for the names the gazetteer lacks, attaches
// titles and descriptors to the names they describe, and groups every
// mention of one person, place or organisation into one entity. It is safe
// for concurrent use.
type Linker struct {
	g        *actor.Gazetteer
	lex      *arabic.Segmenter       // its lexicon tells names from common words
	rec      *ner.Recognizer         // nil: gazetteer only
	national *national.Bodies        // the national bodies named without their nisba
	kingdoms map[string]*actor.Actor // by country code
}

// NewLinker returns a Linker over a gazetteer, the lexicon of a segmenter
// and a recogniser; rec may be nil, and then only the gazetteer's names are
// found.
func NewLinker(g *actor.Gazetteer, lex *arabic.Segmenter, rec *ner.Recognizer) *Linker {
	return &Linker{g: g, lex: lex, rec: rec, national: national.New(g), kingdoms: g.Kingdoms()}
}

// maxPhrase is the most words a gazetteer phrase is looked up with.
const maxPhrase = 8

// found is one mention the linker has decided on.
type found struct {
	first, last int // token range
	start, end  int // byte range in the text
	typ         news.EntityType
	act         *actor.Actor // nil for a name the gazetteer lacks
	key         string       // grouping key of an unknown name: its normalised words
	country     string       // of an unknown name, from a descriptor before it
	home        bool         // country is the article's, not read around the name
	headed      bool         // a place introduced by its head noun (قرية زركله)
	descriptor  bool         // a role and a country naming a person ("وزير الدفاع الصيني")
	nisba       bool         // a nisba adjective mentioning its country (الروسية)
	dropped     bool         // part of a longer name found later; to be removed
	code        string       // of an unknown name: the CAMEO code it was given (an institution's)
	name        string       // of an unknown name: its Arabic name when not its text (للمجلس → المجلس)
	body        bool         // an unknown body read from its head, coded by its country once known
	agent       string       // of such a body: the agent code of its head (GOV of وزارة), or ""
	portfolio   bool         // of such a body: named by its portfolio alone (وزارة الصحة), so dropped where no country is the article's
}

// descriptor is a role noun with the country that qualifies it: الرئيس
// الروسي, وزير الدفاع الصيني, مسؤول كبير في كييف.
type descriptor struct {
	first, last int
	head        int // the last token of its role noun (last may reach its country)
	agent       *actor.Actor
	country     string
	former      bool // السابق, الأسبق: who held the office before
	adj         int  // the token of its country's adjective, or 0
}

// Link returns the entities of doc, whose Tokens (with Parts), Sentences,
// Dates and Published are set. Entities are in the order of their first mention.
func (l *Linker) Link(doc *news.Document) []news.Entity {
	toks := doc.Tokens
	if len(toks) == 0 {
		return []news.Entity{}
	}
	quoted := arabic.Quoted(doc.Text, toks)
	sentEnd := shape.SentenceEnds(doc, toks)
	var spans []ner.Span
	if l.rec != nil {
		sents := doc.Sentences
		if len(sents) == 0 {
			sents = arabic.Sentences(doc.Text, toks)
		}
		spans = span.Mend(doc.Text, toks, l.rec.RecognizeSentences(doc.Text, toks, sents), l.lex)
	}
	nerAt := make(map[int]ner.Span, len(spans)) // by first token
	for _, s := range spans {
		nerAt[s.First] = s
	}

	var ms []found
	var descs []descriptor
	sc, families := newScan(toks, l.lex), nameparts.NewFamilies(lexicon.Default(), spans)
	for i := 0; i < len(toks); i++ {
		if toks[i].Kind != news.Word && toks[i].Kind != news.Latin {
			continue
		}
		// A role noun and its country: a title before a name, or a
		// descriptor that stands for a person.
		if d, ok := l.descriptorAt(sc, i, sentEnd[i]); ok {
			descs = append(descs, d)
		}
		n, hits, start := l.matchAt(sc, i, sentEnd[i])
		if k := len(descs) - 1; n > 0 && k >= 0 && descs[k].first == i && descs[k].head >= i+n {
			// A body's name that opens a longer role noun is not that body:
			// مجلس الأمن القومي الأمريكي is no مجلس الأمن (the UN's).
			n = 0
		}
		if k := len(ms) - 1; n == 0 && k >= 0 && ms[k].last == i-1 { // مكة والمدينة: Medina
			if a, at := nameparts.Paired(l.g, toks, i, ms[k].act); a != nil {
				ms = append(ms, found{first: i, last: i, start: at, end: toks[i].End, act: a, typ: a.EntityType()})
			}
		}
		if n == 0 || n == 1 && (shape.Undermining(toks, i) || shape.Idiom(toks, i) || nameparts.OpensChain(toks, i)) || (span.InCommand(toks, i) && hits[0].Actor.EntityType() == news.LOC || n == 1 && hits[0].Actor.Type == actor.City && sc.treaties.Place(i)) || nameparts.Patronymic(toks, i, func(f int) (int, bool) {
			s, ok := nerAt[f]
			return s.Last, ok && s.Type == news.PER
		}) {
			continue
		}
		// The nisba of a role before it (الرئيس السوداني) is its country's,
		// not a person's name spelt alike (السوداني, al-Sudani).
		ofRole := len(descs) > 0 && descs[len(descs)-1].adj == i && i > 0
		var pick *actor.Actor
		for _, h := range hits {
			if !h.Adjective && !(ofRole && h.Actor.Type == actor.Person) {
				pick = h.Actor
				break
			}
		}
		adjective := false
		if pick == nil && hits[0].Actor.Type == actor.Org && !hits[0].Actor.Ambiguous {
			// An organisation's adjective names the organisation: الحوثيين
			// (the Houthis), المقاتلين الحوثيين (Houthi fighters).
			pick = hits[0].Actor
		}
		if pick == nil {
			// A nisba adjective (الروسية, الأوكرانية) mentions its country:
			// القوات الأوكرانية are Ukraine's.
			if pick = l.g.CountryOf(hits[0].Actor); pick == nil || hits[0].Actor.Ambiguous || n == 1 && (shape.Language(toks, i) || shape.Roman(toks, i)) {
				continue // no country, a language (إلى الفرنسية والإنجليزية), or Rome (الإمبراطور الروماني)
			}
			if n == 1 && (i > 0 && shape.NamesNext(&toks[i-1]) && !shape.StartsWithWaw(toks[i]) && !lexicon.Definite(&toks[i]) || families.Name(toks, i, len(ms) > 0 && ms[len(ms)-1].last == i-1)) {
				// An indefinite word cannot be the adjective of a definite
				// title: it is a given name (الأمير تركي بن محمد); nor is
				// a family name (عبدالله التركي, nameparts.Families).
				continue
			}
			adjective = true
		}
		m := found{first: i, last: i + n - 1, start: start, end: toks[i+n-1].End, act: pick, typ: pick.EntityType()}
		if adjective {
			m.nisba = true
			ms = append(ms, m)
			i += n - 1
			continue
		}
		if _, inNER := nerAt[i-1]; n == 1 && pick.Type == actor.Person && i > 1 && !inNER && (len(ms) == 0 || ms[len(ms)-1].last < i-1) && shape.NamesNext(&toks[i-2]) && !nameparts.Son(toks[i-2]) && l.otherGivenName(pick, toks, ner.Span{First: i - 1, Last: i}, i, i) {
			m.first, m.start, m.act, m.key = i-1, toks[i-1].Start, nil, arabic.SearchKey(doc.Text[toks[i-1].Start:m.end]) // a namesake: النائب آلان عون is not Michel Aoun
		}
		if n == 1 && (pick.Ambiguous || pick.Type == actor.Person && l.common(doc.Text[start:m.end])) {
			m.act = nil // decided below, once the whole article is read
		}
		ms = append(ms, m)
		i += n - 1
	}

	ms, spans = l.dropDuals(sc, ms, spans, nerAt)

	// Ambiguous one-word names: a person's short form counts where the
	// article names the person in full elsewhere and the word is not inside
	// a quotation (لي inside Li's own words is "to me"); a place needs a cue
	// before it or the recogniser's word.
	named := map[*actor.Actor]bool{}
	for _, m := range ms {
		if m.act != nil {
			named[m.act] = true
		}
	}
	actorAt := make([]*actor.Actor, len(toks)) // the actor of the mention ending at each token
	for _, m := range ms {
		actorAt[m.last] = m.act
	}
	kept := ms[:0]
	var pending []found
	amb := ambiguous.Context{G: l.g, Lex: l.lex, Text: doc.Text, Toks: toks, Named: named, Quoted: quoted, NerAt: nerAt, ActorAt: actorAt}
	for _, m := range ms {
		if m.act == nil && m.key == "" {
			a := amb.Resolve(ambiguous.Name{First: m.first, Last: m.last, Start: m.start, End: m.end}) // package ambiguous
			k, s := shape.FirstKey(toks[m.first], m.start), nerAt[m.first]
			if a == nil && s.Type == news.PER && s.First == m.first && s.Last == m.first && !familyNamed(sc, k, ms, spans) &&
				(m.first == 0 || !nameparts.GivenName(lexicon.Default(), toks[m.first-1])) { // not تركي المالكي
				if n, hits := l.g.Match([]string{k}); n == 1 && len(hits) == 1 && nameparts.Statesman(hits[0].Actor, actorAt, sentEnd, m.first) {
					a = hits[0].Actor // فهل لو كان ابتعد المالكي, after العراق
				}
			}
			if a == nil {
				pending = append(pending, m)
				continue
			}
			m.act = a
		}
		kept = append(kept, m)
	}
	outlet := byline.Document(lexicon.Default(), doc.Source, doc.Text, toks) // the feed's name, or the paper a speaker told (لـ«عكاظ»)
	if outlet == "" && len(l.kingdomMentions(sc, kept)) > 0 && l.kingdomNamed(kept, "") != nil {
		outlet = l.kingdomNamed(kept, "").Country // a paper that calls a kingdom «المملكة» alone writes from it
	}
	ms = l.placedElsewhere(doc.Text, kept, pending, toks, quoted, articleCountry(kept, outlet), nerAt)

	// Names the gazetteer lacks, from the recogniser, and the people it
	// missed after a title (الفريق ضاحي خلفان).
	ms = l.addRecognised(doc, sc, ms, spans, descs)
	l.runOn(doc.Text, sc, ms, descs, sentEnd)
	ms = l.addIntroduced(doc, sc, ms, descs, sentEnd)

	// Bodies named by a head word and their country (وزارة الداخلية
	// المصرية), which neither found.
	ms = l.addInstitutions(doc, sc, ms, sentEnd)
	ms = l.addClubs(sc, ms, sentEnd, outlet)  // نادي الفتح, then الفتح
	ms = l.addStocks(sc, ms, sentEnd, outlet) // سهم أملاك للتمويل 3.6

	// Small places introduced by a noun of settlement (قرية كنصفرة, بولاية
	// قارص, جبل الأكراد).
	ms = l.addHeadedPlaces(doc, sc, ms, sentEnd)

	// Small places listed with known ones (في بنغازي ومرتوبة والبيضاء).
	ms = l.addListed(doc, sc, ms)

	// News outlets by their quoted titles (لـ"الاقتصادية", صحيفة "صنداي
	// تايمز" البريطانية).
	ms = l.addOutlets(doc, sc, ms, sentEnd)

	// Military formations named by a number (الفرقة الرابعة).
	ms = l.addUnits(doc, sc, ms)

	// Descriptors that stand alone name the person of the article who holds
	// that role in that country on the publication date.
	ms = l.addDescribed(doc, ms, descs)

	// A place read after ب, ك or ل before a bare alef stands only when
	// the article names it again (package alef).
	ms = alef.Keep(ms, func(m found) (*actor.Actor, bool) {
		return m.act, m.act != nil && m.act.EntityType() == news.LOC && alef.Split(toks[m.first], m.start)
	})

	// A city placed in another country is a namesake there; names the
	// gazetteer lacks take a country from what introduces them.
	l.namesakes(doc.Text, sc, ms, sentEnd)
	own := outlet
	if own == "" && doc.Source == "" {
		var city string
		own, city = byline.Dateline(l.g, lexicon.Default(), doc.Text, toks, sc.wkeys) // سبق- الرياض:, واس - جدة /: the paper or agency the dateline names
		if own == "" {
			own = city // عين اليوم – أبها: the city the story is filed from
		}
	}
	l.giveCountries(doc.Text, sc, ms, descs, sentEnd, outlet, own)
	ms = slices.DeleteFunc(ms, func(m found) bool {
		return m.dropped || m.typ == news.PER && shape.Eponymous(lexicon.Default(), toks, m.first)
	})
	l.bodyNamesakes(sc, ms)
	l.placeNamesakes(sc, ms)

	// A surname alone after the full name is the same person; a place or
	// a body named again is the one named before.
	ms = l.addSurnames(doc, sc, ms, quoted, nerAt)
	ms = l.addRepeats(doc, sc, ms, quoted)
	ms = l.addShortForms(sc, ms)
	ms = l.addForceHeads(sc, ms)
	ms = l.addKingdom(sc, ms, outlet)
	ms = l.addNationalBodies(doc.Text, sc, ms, articleCountry(ms, outlet))

	// A name inside a quoted title names no one (فيلم «علي معزة وإبراهيم»).
	work := shape.Works(lexicon.Default(), toks, quoted)
	ms = slices.DeleteFunc(ms, func(m found) bool { return work[m.first] })
	return l.group(doc, ms)
}

// scan is the working state of one Link call.
type scan struct {
	toks     []news.Token
	wkeys    []string       // the search key of each token; "" for punctuation
	keys     []string       // a buffer for phrase keys
	at       []int          // the buffer of mentionAt, for Link's passes one at a time (addEach's and others')
	treaties *span.Treaties // the places the article names treaties by
}

func newScan(toks []news.Token, lex *arabic.Segmenter) *scan {
	sc := &scan{toks: toks, wkeys: make([]string, len(toks)), keys: make([]string, 0, maxPhrase), treaties: span.NewTreaties(toks, lex)}
	for i, t := range toks {
		switch t.Kind {
		case news.Word, news.Latin, news.Number:
			sc.wkeys[i] = arabic.SearchKey(t.Norm)
		}
	}
	return sc
}

// phrase returns the search keys of the words from i to the end of the
// sentence (at most maxPhrase), first standing for the key of word i.
func (sc *scan) phrase(i, end int, first string) []string {
	k := append(sc.keys[:0], first)
	for j := i + 1; j < end && len(k) < maxPhrase && sc.wkeys[j] != ""; j++ {
		k = append(k, sc.wkeys[j])
	}
	sc.keys = k
	return k
}

// matchAt looks up the gazetteer at word i, as written and without its
// proclitics, a dotted abbreviation or a head and its quoted name there, and returns how many tokens
// the longer match spans, its hits and where its text starts.
func (l *Linker) matchAt(sc *scan, i, end int) (int, []actor.Hit, int) {
	if n, hits := nameparts.DottedAt(l.g, sc.toks, sc.wkeys, i, end); n > 0 {
		return n, hits, sc.toks[i].Start
	}
	n, hits := l.g.Match(sc.phrase(i, end, sc.wkeys[i]))
	if n2, hits2 := nameparts.QuotedAt(l.g, sc.toks, sc.wkeys, i, end); n2 > 0 && n2 >= n {
		return n2, hits2, sc.toks[i].Start // تنظيم «الدولة الإسلامية»
	}
	start := sc.toks[i].Start
	if sk, at := shape.StemKey(sc.toks[i]); sk != "" {
		if n2, hits2 := l.g.Match(sc.phrase(i, end, sk)); n2 > n || n2 == n && n2 > 0 && actor.PreferStripped(hits, hits2) {
			n, hits, start = n2, hits2, at
		}
	} else if n == 0 && shape.StartsWithWaw(sc.toks[i]) {
		// A known name after a و the segmenter left on, not knowing the
		// word (وتنزانيا).
		w, at := shape.AfterWaw(sc.toks[i])
		if n2, hits2 := l.g.Match(sc.phrase(i, end, arabic.SearchKey(w))); n2 > 0 {
			n, hits, start = n2, hits2, at
		}
	}
	return n, hits, start
}

// descriptorAt reads a role noun at word i and the country that follows it:
// a nisba adjective (الروسي), or في/من and a place (في كييف).
func (l *Linker) descriptorAt(sc *scan, i, end int) (descriptor, bool) {
	toks := sc.toks
	n, hits := l.g.MatchAgent(sc.phrase(i, end, sc.wkeys[i]))
	if n == 0 {
		if sk, _ := shape.StemKey(toks[i]); sk != "" {
			n, hits = l.g.MatchAgent(sc.phrase(i, end, sk))
		}
	}
	if n == 0 {
		return descriptor{}, false
	}
	d := descriptor{first: i, last: i + n - 1, head: i + n - 1, agent: hits[0].Actor}
	// Up to three words on: adjectives such as كبير may stand between.
	for j := i + n; j < end && j < i+n+3; j++ {
		if toks[j].Kind != news.Word {
			break
		}
		if shape.Former(sc.wkeys[j]) {
			d.former, d.last = true, j
			continue
		}
		m, hs := l.g.Match(sc.phrase(j, end, sc.wkeys[j]))
		if m > 0 && hs[0].Adjective {
			d.country, d.last, d.adj = hs[0].Actor.Country, j+m-1, j
			if j+m < end && shape.Former(sc.wkeys[j+m]) {
				d.former, d.last = true, j+m // الرئيس الأميركي الأسبق
			}
			break
		}
		if w := toks[j].Norm; (w == "في" || w == "من") && j+1 < end {
			if m, hs := l.g.Match(sc.phrase(j+1, end, sc.wkeys[j+1])); m > 0 && !hs[0].Adjective && !hs[0].Actor.Ambiguous {
				d.country, d.last = hs[0].Actor.Country, j+m
			}
			break
		}
	}
	return d, true
}

// isLocCue reports whether tok announces a place (في, مدينة, وفي, شمال):
// after one, an ambiguous name is a place. Its stem is looked up in the
// lexicon's class loc-cue.
func (l *Linker) isLocCue(tok *news.Token) bool {
	w, _ := lexicon.Default().Stem(tok)
	return w.Has("loc-cue")
}

// common is placename.CommonWord.
func (l *Linker) common(word string) bool { return placename.CommonWord(l.lex, word) }

// dictionaryWord is placename.DictionaryWord.
func (l *Linker) dictionaryWord(word string) bool { return placename.DictionaryWord(l.lex, word) }

// addRecognised adds the recogniser's spans that no gazetteer mention
// covers. A span that holds a gazetteer person inside it (a longer form of
// the name) becomes that person.
func (l *Linker) addRecognised(doc *news.Document, sc *scan, ms []found, spans []ner.Span, descs []descriptor) []found {
	text, toks := doc.Text, doc.Tokens
	if len(spans) == 0 {
		return ms
	}
	covered := make([]int, len(toks)) // 1 + index into ms, 0 for none
	for k, m := range ms {
		for t := m.first; t <= m.last; t++ {
			covered[t] = k + 1
		}
	}
	for _, s := range spans {
		overlap := -1
		for t := s.First; t <= s.Last; t++ {
			if covered[t] != 0 {
				overlap = covered[t] - 1
				break
			}
		}
		if overlap >= 0 {
			m := &ms[overlap]
			around := s.First <= m.first && s.Last >= m.last && s.Last-s.First > m.last-m.first
			switch {
			case around && m.act != nil && m.act.Type == actor.Person && s.Type == news.PER && m.first == s.First+1 && m.last > m.first && l.wordBeforeName(toks[s.First]):
				// A word before a known full name that is no Arabic given name (a child's) is no name of it: بول ياسر عرفات is "the urine of" Arafat.
			case around && m.act != nil && m.act.Type == actor.Person && s.Type == news.PER && !l.otherGivenName(m.act, toks, s, m.first, m.last):
				// A longer span around a known person is the same person.
				m.first, m.last, m.start, m.end = s.First, s.Last, s.Start, s.End
			case around && m.act != nil && m.act.Type == actor.Person && s.Type == news.PER, nisbaSurname(toks, s, *m):
				// Another given name before a known surname is another
				// person: سوزان رايس is not Condoleezza Rice; so is a
				// name ending on a nisba (nisbaSurname).
				*m = found{first: s.First, last: s.Last, start: s.Start, end: s.End, typ: s.Type,
					key: arabic.SearchKey(text[s.Start:s.End])}
				for _, d := range descs {
					if l.describes(toks, d, s.First) {
						m.country = d.country
					}
				}
			case around && s.Type == news.ORG && placeOrNisba(*m) && !m.descriptor && !sc.treaties.Name(m.first, m.last):
				// An organisation's name holds a place or a nisba, which
				// gives its country: جامعة القاهرة is an Egyptian
				// organisation, not Cairo; نادي الأسير الفلسطيني a
				// Palestinian one.
				*m = found{first: s.First, last: s.Last, start: s.Start, end: s.End, typ: s.Type,
					key: arabic.SearchKey(text[s.Start:s.End]), country: m.act.Country}
				dropInside(ms, covered, overlap, s)
			case around && m.act != nil && m.act.Ambiguous && m.first == m.last && s.Type == m.act.EntityType() && !m.nisba && !m.descriptor:
				// An ambiguous one-word name inside a longer name of its
				// kind is a word of that name: جبل الزاوية is not Zawiya.
				*m = found{first: s.First, last: s.Last, start: s.Start, end: s.End, typ: s.Type,
					key: arabic.SearchKey(text[s.Start:s.End])}
			case around && m.act != nil && s.Type != news.MISC && s.Type != m.act.EntityType() && !m.nisba && !m.descriptor && !l.commonHead(s, toks[s.First]):
				// A longer name of another kind holds the known one; no
				// person's name opens on a definite common noun (العدوان
				// الحوثي is the Houthis' aggression).
				*m = found{first: s.First, last: s.Last, start: s.Start, end: s.End, typ: s.Type,
					key: arabic.SearchKey(text[s.Start:s.End])}
			}
			continue
		}
		if s.Type == news.MISC || l.overlapsDate(doc, s) {
			continue
		}
		if s.First == s.Last && l.common(text[s.Start:s.End]) {
			continue // one common word: لي "to me", not a Mr Li
		}
		m := found{first: s.First, last: s.Last, start: s.Start, end: s.End, typ: s.Type,
			key: arabic.SearchKey(text[s.Start:s.End]), act: nameparts.SpelledOtherwise(l.g, toks, s.First, s.Last, text[s.Start:s.End], s.Type == news.PER, l.dictionaryWord)}
		for _, d := range descs {
			if l.describes(toks, d, s.First) && m.act == nil {
				m.country = d.country
			}
		}
		ms = append(ms, m)
	}
	ms = slices.DeleteFunc(ms, func(m found) bool { return m.dropped })
	inTextOrder(ms)
	return ms
}

// commonHead reports whether a person's span opens on a definite
// dictionary word that is no given name (العدوان, "the aggression").
func (l *Linker) commonHead(s ner.Span, t news.Token) bool {
	return s.Type == news.PER && lexicon.Definite(&t) && l.dictionaryWord(t.Norm) && !nameparts.GivenName(lexicon.Default(), t)
}

// placeOrNisba reports whether a mention is of a country, city or place, or
// is a nisba adjective: what an organisation's name takes its country from.
func placeOrNisba(m found) bool {
	if m.act == nil {
		return false
	}
	switch m.act.Type {
	case actor.Country, actor.City, actor.Place:
		return m.act.Country != ""
	}
	return false
}

// dropInside marks the mentions other than ms[keep] that lie inside the
// span s: the places and adjectives of a name that has become one
// organisation (مجلس التعاون لدول الخليج العربية).
func dropInside(ms []found, covered []int, keep int, s ner.Span) {
	for t := s.First; t <= s.Last; t++ {
		k := covered[t] - 1
		if k < 0 || k == keep || ms[k].dropped {
			continue
		}
		if ms[k].first >= s.First && ms[k].last <= s.Last && placeOrNisba(ms[k]) {
			ms[k].dropped = true
		}
	}
}

// overlapsDate reports whether a span overlaps a date expression of the
// document (نيسان the month, not Nissan the company).
func (l *Linker) overlapsDate(doc *news.Document, s ner.Span) bool {
	for _, d := range doc.Dates {
		if d.Start < s.End && s.Start < d.End {
			return true
		}
	}
	return false
}

// addDescribed adds a mention for each descriptor that is not a title
// before a name and that names exactly one person of the article: the one
// who holds that role in that country on the publication date.
func (l *Linker) addDescribed(doc *news.Document, ms []found, descs []descriptor) []found {
	if len(descs) == 0 {
		return ms
	}
	var people []*actor.Actor
	seen := map[*actor.Actor]bool{}
	for _, m := range ms {
		if m.act != nil && m.act.Type == actor.Person && !seen[m.act] {
			seen[m.act] = true
			people = append(people, m.act)
		}
	}
	startsAt := map[int]bool{}
	for _, m := range ms {
		startsAt[m.first] = true
	}
	for _, d := range descs {
		if startsAt[d.last+1] || d.former || slices.ContainsFunc(ms, func(m found) bool { return m.typ == news.ORG && m.first < d.first && m.last > d.last }) {
			continue // a title before a name, or inside a body's (مركز الملك سلمان); a former holder is not the one of the day
		}
		// Without a country, a definite role (الرئيس, وزير الخارجية) is the
		// one person of the article holding it, whatever the country; an
		// indefinite one (وزير, رئيس) is anybody.
		if d.country == "" && !shape.AnyDefinite(doc.Tokens[d.first:d.last+1]) {
			continue
		}
		var who *actor.Actor
		for _, p := range people {
			r, ok := p.RoleOn(doc.Published)
			if !ok || d.country != "" && p.Country != d.country || !strings.Contains(r.Description, d.agent.Name) {
				continue
			}
			if d.country == "" && !strings.HasPrefix(r.Description, d.agent.Name) {
				continue // without a country, the role must be the person's first: not "minister" for a "king (prime minister …)"
			}
			if who != nil && who != p {
				who = nil // two holders: say nothing
				break
			}
			who = p
		}
		if who == nil || slices.ContainsFunc(ms, func(m found) bool { return m.first <= d.first && m.last >= d.last }) {
			continue // the title that opens a name is part of that mention, his or another's (تلقى الملك سلمان اتصالا من الملك حمد بن عيسى: Hamad's, not Salman's)
		}
		ms = append(ms, found{first: d.first, last: d.last, start: doc.Tokens[d.first].Start,
			end: doc.Tokens[d.last].End, act: who, typ: news.PER, descriptor: true})
	}
	inTextOrder(ms)
	return ms
}

// group makes one entity of all mentions of one actor, and of one unknown
// name with its shorter forms (a surname alone after the full name).
func (l *Linker) group(doc *news.Document, ms []found) []news.Entity {
	ents := []news.Entity{}
	byActor := map[*actor.Actor]int{}
	byKey := map[string]int{}
	home := map[int]bool{} // entities whose country is the article's
	for _, m := range ms {
		men := news.Mention{Start: m.start, End: m.end, Text: doc.Text[m.start:m.end], Nisba: m.nisba, Role: m.descriptor}
		if m.act != nil {
			k, ok := byActor[m.act]
			if !ok {
				k = len(ents)
				byActor[m.act] = k
				ents = append(ents, m.act.Entity(doc.Published))
			}
			ents[k].Mentions = append(ents[k].Mentions, men)
			continue
		}
		// A surname alone names the bearer mentioned last (الجبوري after the one
		// word الجبوري, then غزوان الجبوري, is Ghazwan); a first name alone keeps
		// the entity it began. The country of a person is read where he is named
		// in full, not from the article's, that his surname alone later carries.
		k, ok := byKey[m.key]
		joined := false
		if j, found := surname.Of(m.key, byKey, ents); m.typ == news.PER && found && (!ok || surname.Ends(ents[j], m.key) && surname.Latest(ents[j]) > surname.Latest(ents[k])) {
			k, ok, joined = j, true, m.home
		}
		if !ok {
			k = len(ents)
			byKey[m.key] = k
			nameAr := men.Text
			if m.name != "" {
				nameAr = m.name
			}
			ents = append(ents, news.Entity{
				Name: arabic.Normalize(nameAr), NameAr: nameAr, Type: m.typ, Country: m.country, Actor: m.code,
			})
			home[k] = m.home
		}
		// The article's country is no official's of an international body
		// (his actor code), named again by his surname.
		if !joined && (ents[k].Country == "" && !(m.home && m.typ == news.PER && ents[k].Actor != "") || home[k] && !m.home && m.country != "") {
			ents[k].Country = m.country
			home[k] = m.home
		}
		ents[k].Mentions = append(ents[k].Mentions, men)
	}
	ents = body.Shortened(surname.Merge(ents))
	for i := range ents {
		ents[i].ID = "e" + strconv.Itoa(i+1)
	}
	return ents
}

// inTextOrder sorts mentions by where they start in the text.
func inTextOrder(ms []found) {
	slices.SortFunc(ms, func(a, b found) int { return a.start - b.start })
}

// addEach runs a pass that adds mentions over the words of sc that no
// mention of ms covers, in text order: read looks at word i, adds what it
// finds there with add (whose words are then taken: at[t] is -1) and
// returns the last word it read, after which the pass goes on. The result
// is withAdded's, with drop.
func addEach(sc *scan, ms []found, drop bool, read func(i int, at []int, add func(found)) int) []found {
	sc.at = mentionAt(ms, len(sc.toks), sc.at...)
	at, added := sc.at, []found(nil)
	add := func(f found) {
		for t := f.first; t <= f.last; t++ {
			at[t] = -1
		}
		added = append(added, f)
	}
	for i := 0; i < len(sc.toks); i++ {
		if at[i] == 0 && sc.toks[i].Kind == news.Word {
			i = read(i, at, add)
		}
	}
	return withAdded(ms, added, drop)
}

// withAdded returns the mentions ms with those a pass added, in text
// order; with drop, the mentions the pass marked dropped (replaced by one
// it added) go.
func withAdded(ms, added []found, drop bool) []found {
	if len(added) == 0 {
		return ms
	}
	if drop {
		ms = slices.DeleteFunc(ms, func(m found) bool { return m.dropped })
	}
	ms = append(ms, added...)
	inTextOrder(ms)
	return ms
}
