package event

import (
	"sort"
	"strings"

	"rasad/internal/arabic"
	"rasad/internal/event/anaphor"
	"rasad/internal/event/force"
	"rasad/internal/event/morph"
	"rasad/internal/event/reading"
	"rasad/internal/event/vocab"
	"rasad/internal/lexicon"
	"rasad/internal/news"
	"rasad/internal/reuse"
)

// tok is what the coder knows of one token of the document.
type tok struct {
	rest, plain string // the word without its proclitics (and article); plain: without the conjunction only (lexicon.Plain)
	conj, and   bool   // و or ف attached; and: the conjunction is و (lexicon.And)
	prep        string // an attached preposition (ب ل ك), or the preposition this token is
	isPrep      bool   // the token is a preposition written as a word
	future      bool   // س attached
	forms       []form // event patterns the word matches
	cue         cue
	mood        cue    // a class of mood (vocab.Word.Mood)
	past        bool   // a cue verb in the past (vocab.Word.Past)
	agent       string // CAMEO role of an agent noun
	agentCC     string // the one country an agent noun stands for (الاحتلال)
	air         bool   // the agent noun names aircraft
	protester   bool   // the agent noun names demonstrators
	crowd       bool   // the agent noun counts people (آلاف, حشود)
	agentPron   bool   // the agent noun carries a possessive pronoun (جنوده)
	construct   bool   // the agent noun is in the construct state (مسؤولي الأمن)
	title       bool   // a title or descriptor (وزير, الدفاع, الروسي)
	bound       bool   // punctuation or a word that ends a clause
	quote       bool   // a quotation mark
	actor       int    // 1 + index of the entity the token names, 0 if none
	mstart      bool   // the first token of a mention
	used        bool   // consumed as the complement of another trigger
}

var infos reuse.Slices[tok]     // analyse's token arrays, reused document after document (Code puts them back)
var phrasesAt reuse.Slices[int] // the sentences' ph arrays, one a document, each sentence its range of it

// analyse reads every token of the document once.
func (c *Coder) analyse(doc *news.Document, toks []news.Token) []tok {
	info := infos.Get(len(toks))
	rd := reading.New(c.v)
	for i := range toks {
		t, ti := &toks[i], &info[i]
		ti.plain, ti.and = lexicon.Plain(t), lexicon.And(t) // read once: the views of a token (sentence.Token, Word) ask for them per call
		switch t.Kind {
		case news.Punctuation:
			ti.quote, ti.rest = vocab.QuoteMark(t.Text), t.Text
			ti.bound = !ti.quote
			ti.cue = c.word(t.Text).Cue
			continue
		case news.Word:
		default:
			ti.rest = t.Norm
			continue
		}
		w, ok := rd.Read(t) // (an unknown word: its stem and proclitics, for the phrase structure)
		ti.rest, ti.conj, ti.prep = w.Rest, w.Conj, w.Prep
		if ok {
			ti.future, ti.isPrep, ti.forms, ti.cue, ti.mood, ti.agent, ti.agentCC, ti.past = w.Future, w.IsPrep, vocab.Circumstance(w.Forms, t.Norm, i > 0 && info[i-1].bound), w.Cue, w.Mood, w.Agent, w.AgentCC, w.Past
			ti.title, ti.protester, ti.agentPron, ti.crowd, ti.air, ti.construct = w.Title, w.Protester, w.AgentPron, w.Crowd, w.Air, w.Construct
		}
		if ti.cue == vocab.CueBound {
			ti.bound = true
		}
		if ti.title || ti.agent != "" {
			continue
		}
		if morph.IsNisba(ti.rest, t.Norm) {
			ti.title = true
		}
	}
	for ei, e := range doc.Entities {
		for _, m := range e.Mentions {
			j := sort.Search(len(toks), func(k int) bool { return toks[k].End > m.Start })
			if e.Type == news.PER && j+2 < len(toks) && toks[j+2].Start < m.End && opensClause(doc.Text, toks, info, j) && vocab.PastVerb(info[j].forms) {
				// دان مسعود البرزاني: a verb in the past that opens its
				// clause before a name of two words or more is the verb
				// of that name, not a part of it
				j++
			}
			if j < len(toks) && (info[j].isPrep || vocab.PrepPronoun(info[j].rest) || vocab.PrepPronoun(toks[j].Norm)) && (j+1 == len(toks) || toks[j+1].Start >= m.End) {
				continue // بيني وبين: a preposition with its pronoun names nobody
			}
			for k := j; k < len(toks) && toks[k].Start < m.End; k++ {
				ti := &info[k]
				if ti.actor != 0 {
					continue
				}
				ti.actor = ei + 1
				if k == j {
					ti.mstart = true
					ti.forms = nil                                                                                  // a name is not an event word
					ti.cue, ti.mood, ti.bound = vocab.CueNone, vocab.CueNone, ti.bound && toks[k].Kind != news.Word // (بان كي مون is no بأن)
					ti.isPrep = false
					ti.prep, ti.conj = "", false
					if m.Start > toks[k].Start && m.Start <= toks[k].End {
						for _, r := range arabic.Normalize(doc.Text[toks[k].Start:m.Start]) {
							switch r {
							case arabic.Waw, arabic.Feh:
								ti.conj = true
							case arabic.Beh, arabic.Lam, arabic.Kaf:
								ti.prep = string(r)
							}
						}
					}
				} else {
					ti.forms, ti.cue, ti.mood, ti.isPrep, ti.prep, ti.conj, ti.bound = nil, vocab.CueNone, vocab.CueNone, false, "", false, ti.bound && toks[k].Kind != news.Word
				}
			}
		}
	}
	for k := range toks {
		x, next := &info[k], &info[min(k+1, len(toks)-1)]
		if x.actor != 0 {
			continue // asked only outside an actor's phrase: it scans the mentions before
		}
		if !x.isPrep && !x.bound { // (the lexicon asked only of a word that may head a command or a ruling body)
			if role := force.Command(x.rest, next.rest); role != "" {
				x.agent, next.agent, next.forms, next.cue = role, role, nil, vocab.CueNone // قيادة عمليات الأنبار: the armed forces' command
			} else if k+1 < len(toks) && x.agent == "" && len(x.forms) == 0 && lexicon.Definite(&toks[k]) {
				if role := anaphor.Ruling(next.rest); role != "" {
					x.agent, next.agent = role, role // الحزب الحاكم: the body in power, not the party named before
					continue
				}
			}
		}
		if a := anaphor.Antecedent(doc, &toks[k]); a >= 0 {
			x.actor, x.mstart, x.forms = a+1, true, nil // الجماعة: the group named before
		}
	}
	return info
}

// opensClause reports whether token k opens its clause or its line.
func opensClause(text string, toks []news.Token, info []tok, k int) bool {
	return k == 0 || info[k-1].bound || strings.Contains(text[toks[k-1].End:toks[k].Start], "\n")
}
