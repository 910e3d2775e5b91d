package event

import (
	"sort"
	"strings"

	"rasad/internal/arabic"
	"rasad/internal/event/anaphor"
	"rasad/internal/event/morph"
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

// Proclitics and the article, as the strings the segmenter's parts are.
var (
	article = string(arabic.Alef) + string(arabic.Lam)
	seen    = string(arabic.Seen)
)

// cand is one reading of a word: its stem, and the proclitics the segmenter
// split off before it.
type cand struct {
	rest       string
	conj, fut  bool
	prep       string
	hasArticle bool
}

// lookup fills t from the first reading of w that the lexicon knows.
func (c *Coder) lookup(t *tok, cs []cand) bool {
	for _, k := range cs {
		w, ok := c.v.Lookup(k.rest)
		if !ok {
			continue
		}
		fs := vocab.Readable(w.Forms, k.hasArticle, k.prep)
		cu, ag, ti, pr := w.Cue, w.Agent, w.Title, w.Prep
		cc := w.AgentCC
		if w.Definite && !k.hasArticle && !strings.HasPrefix(k.rest, article) {
			// احتلال العراق is an act; الاحتلال, قوات الاحتلال an actor
			ag, cc = "", ""
		}
		if len(fs) == 0 && cu == vocab.CueNone && ag == "" && !ti && !pr && w.Mood == vocab.CueNone {
			continue
		}
		if k.fut && len(fs) == 0 && cu != vocab.CueLaunch && cu != vocab.CueDecide {
			continue // س only before a verb (سيبدأ, سيقرر)
		}
		t.rest, t.conj, t.prep, t.future = k.rest, k.conj, k.prep, k.fut
		t.forms, t.cue, t.agent, t.title, t.agentCC, t.mood = fs, cu, ag, ti, cc, w.Mood
		t.protester, t.agentPron, t.crowd, t.air = w.Protester, w.AgentPron, w.Crowd, w.Air && ag != ""
		t.construct = w.Construct
		if pr {
			t.isPrep, t.prep = true, k.rest
		}
		return true
	}
	return false
}

// analyse reads every token of the document once.
func (c *Coder) analyse(doc *news.Document, toks []news.Token) []tok {
	info := infos.Get(len(toks))
	var cs []cand
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
		cs = c.partCandidates(t, cs[:0])
		if !c.lookup(ti, cs) {
			// unknown word: its stem and proclitics, for the phrase
			// structure
			k := cs[len(cs)-1]
			ti.rest, ti.conj, ti.prep = k.rest, k.conj, k.prep
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
		if info[k].actor != 0 {
			continue // asked only outside an actor's phrase: it scans the mentions before
		}
		if a := anaphor.Antecedent(doc, &toks[k]); a >= 0 {
			info[k].actor, info[k].mstart, info[k].forms = a+1, true, nil // الجماعة: the group named before
		}
	}
	return info
}

// opensClause reports whether token k opens its clause or its line.
func opensClause(text string, toks []news.Token, info []tok, k int) bool {
	return k == 0 || info[k-1].bound || strings.Contains(text[toks[k-1].End:toks[k].Start], "\n")
}

// partCandidates reads a word through the parts the segmenter found: its
// proclitics, then its stem with its enclitic (the whole word if it has no
// parts).
func (c *Coder) partCandidates(t *news.Token, out []cand) []cand {
	if len(t.Parts) == 0 {
		return append(out, cand{rest: t.Norm})
	}
	k, stem := cand{}, make([]string, 0, 4) // the stem and its enclitic: one part is taken as it is, not copied
	for _, p := range t.Parts {
		f := arabic.Normalize(p.Form)
		switch p.Role {
		case news.Proclitic:
			switch f {
			case string(arabic.Waw), string(arabic.Feh):
				k.conj = true
			case string(arabic.Beh), string(arabic.Lam), string(arabic.Kaf):
				k.prep = f
			case seen:
				k.fut = true
			case article:
				k.hasArticle = true
			}
		default:
			stem = append(stem, f)
		}
	}
	k.rest = strings.Join(stem, "")
	out = append(out, k)
	if bare, ok := arabic.CutArticle(k.rest); ok {
		k2 := k
		k2.rest, k2.hasArticle = bare, true
		out = append(out, k2)
	}
	if l, w, _ := arabic.KeptProclitic(t); (l == string(arabic.Waw) || l == string(arabic.Feh)) && len(c.word(w).Forms) > 0 {
		// the segmenter kept و or ف on a word it does not know (وأدان, وشن):
		// its second reading, when the lexicon knows that one
		out = append(out, cand{rest: w, conj: true, prep: k.prep, hasArticle: k.hasArticle})
	}
	if k.rest != t.Norm && len(c.word(t.Norm).Forms) > 0 {
		// the segmenter took the first letter of an event verb for a
		// clitic (فتحت read ف+تحت, فجر read ف+جر): the whole word, when
		// the reading above means nothing to the lexicon
		out = append(out, cand{rest: t.Norm})
	}
	return out
}
