package event

import (
	"sort"
	"strings"
	"unicode/utf8"

	"rasad/internal/arabic"
	"rasad/internal/event/morph"
	"rasad/internal/news"
)

// tok is what the coder knows of one token of the document.
type tok struct {
	rest      string // the word without its proclitics (and article)
	conj      bool   // و or ف attached
	prep      string // an attached preposition (ب ل ك), or the preposition this token is
	isPrep    bool   // the token is a preposition written as a word
	future    bool   // س attached
	forms     []form // event patterns the word matches
	cue       cue
	agent     string // CAMEO role of an agent noun
	agentCC   string // the one country an agent noun stands for (الاحتلال)
	air       bool   // the agent noun names aircraft
	protester bool   // the agent noun names demonstrators
	crowd     bool   // the agent noun counts people (آلاف, حشود)
	agentPron bool   // the agent noun carries a possessive pronoun (جنوده)
	title     bool   // a title or descriptor (وزير, الدفاع, الروسي)
	bound     bool   // punctuation or a word that ends a clause
	quote     bool   // a quotation mark
	actor     int    // 1 + index of the entity the token names, 0 if none
	mstart    bool   // the first token of a mention
	used      bool   // consumed as the complement of another trigger
}

// Proclitic letters, as the strings they are matched by.
var (
	procConj = []string{string(arabic.Waw), string(arabic.Feh)}
	procPrep = []string{string(arabic.Beh), string(arabic.Lam), string(arabic.Kaf)}
	article  = string(arabic.Alef) + string(arabic.Lam)
	lamLam   = string(arabic.Lam) + string(arabic.Lam)
	seen     = string(arabic.Seen)
)

// cand is one reading of a word: what is left after some proclitics.
type cand struct {
	rest       string
	conj, fut  bool
	prep       string
	hasArticle bool
}

func runeLen(s string) int { return len([]rune(s)) }

// candidates lists the readings of a normalised word, fewest clitics first:
// the word itself, without و/ف, without ب/ل/ك/س, without the article ال (and
// لل read as ل + ال).
func candidates(w string, out []cand) []cand {
	out = append(out[:0], cand{rest: w})
	n := len(out)
	for i := 0; i < n; i++ {
		for _, p := range procConj {
			if strings.HasPrefix(out[i].rest, p) && runeLen(out[i].rest) > 2 {
				c := out[i]
				c.rest, c.conj = out[i].rest[len(p):], true
				out = append(out, c)
			}
		}
	}
	n = len(out)
	for i := 0; i < n; i++ {
		r := out[i].rest
		if strings.HasPrefix(r, lamLam) && runeLen(r) > 3 {
			c := out[i]
			c.rest, c.prep, c.hasArticle = r[len(lamLam):], string(arabic.Lam), true
			out = append(out, c)
			continue
		}
		for _, p := range procPrep {
			if strings.HasPrefix(r, p) && runeLen(r) > 2 {
				c := out[i]
				c.rest, c.prep = r[len(p):], p
				out = append(out, c)
			}
		}
		if strings.HasPrefix(r, seen) && runeLen(r) > 3 {
			if x, _ := utf8.DecodeRuneInString(r[len(seen):]); x == arabic.Yeh || x == arabic.Teh || x == arabic.Noon {
				c := out[i]
				c.rest, c.fut = r[len(seen):], true
				out = append(out, c)
			}
		}
	}
	n = len(out)
	for i := 0; i < n; i++ {
		if strings.HasPrefix(out[i].rest, article) && runeLen(out[i].rest) > 3 && !out[i].hasArticle {
			c := out[i]
			c.rest, c.hasArticle = out[i].rest[len(article):], true
			out = append(out, c)
		}
	}
	return out
}

// lookup fills t from the first reading of w that the lexicon knows.
func (c *Coder) lookup(t *tok, cs []cand) bool {
	for _, k := range cs {
		if !c.known.MayHave(k.rest) {
			continue
		}
		w, ok := c.words[k.rest]
		if !ok {
			continue
		}
		fs := w.forms
		if len(fs) > 0 && (k.hasArticle || k.prep != "") {
			fs = nounsOnly(fs, k)
		}
		cu, ag, ti, pr := w.cue, w.agent, w.title, w.prep
		cc := w.agentCC
		if w.definite && !k.hasArticle && !strings.HasPrefix(k.rest, article) {
			// احتلال العراق is an act; الاحتلال, قوات الاحتلال an actor
			ag, cc = "", ""
		}
		if len(fs) == 0 && cu == cueNone && ag == "" && !ti && !pr {
			continue
		}
		if k.fut && len(fs) == 0 {
			continue // س only before a verb
		}
		t.rest, t.conj, t.prep, t.future = k.rest, k.conj, k.prep, k.fut
		t.forms, t.cue, t.agent, t.title, t.agentCC = fs, cu, ag, ti, cc
		t.protester, t.agentPron, t.crowd, t.air = w.protester, w.agentPron, w.crowd, w.air && ag != ""
		if pr {
			t.isPrep, t.prep = true, k.rest
		}
		return true
	}
	return false
}

// analyse reads every token of the document once.
func (c *Coder) analyse(doc *news.Document, toks []news.Token) []tok {
	info := make([]tok, len(toks))
	var cs []cand
	for i := range toks {
		t := &toks[i]
		ti := &info[i]
		switch t.Kind {
		case news.Punctuation:
			ti.bound = !isQuoteMark(t.Text)
			ti.quote = !ti.bound
			ti.rest = t.Text
			ti.cue = c.words[t.Text].cue
			continue
		case news.Word:
		default:
			ti.rest = t.Norm
			continue
		}
		if len(t.Parts) > 0 {
			cs = c.partCandidates(t, cs[:0])
		} else {
			cs = candidates(t.Norm, cs)
		}
		if !c.lookup(ti, cs) {
			// unknown word: keep the clitics that are certain (و, ب/ل/ك
			// before the article) for the phrase structure
			ti.rest = t.Norm
			for _, k := range cs {
				if k.hasArticle && !k.fut {
					ti.rest, ti.conj, ti.prep = k.rest, k.conj, k.prep
					break
				}
			}
			if len(t.Parts) > 0 && len(cs) > 0 {
				k := cs[len(cs)-1]
				ti.rest, ti.conj, ti.prep = k.rest, k.conj, k.prep
			}
		}
		if ti.cue == cueBound {
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
			for k := j; k < len(toks) && toks[k].Start < m.End; k++ {
				ti := &info[k]
				if ti.actor != 0 {
					continue
				}
				ti.actor = ei + 1
				if k == j {
					ti.mstart = true
					ti.forms = nil // a name is not an event word
					ti.cue = cueNone
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
					ti.forms, ti.cue, ti.isPrep, ti.prep, ti.conj = nil, cueNone, false, "", false
				}
			}
		}
	}
	return info
}

// partCandidates reads a word through the parts the segmenter found: its
// proclitics, then its stem with its enclitic.
func (c *Coder) partCandidates(t *news.Token, out []cand) []cand {
	var k cand
	var stem strings.Builder
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
			stem.WriteString(f)
		}
	}
	k.rest = stem.String()
	out = append(out, k)
	if strings.HasPrefix(k.rest, article) && runeLen(k.rest) > 3 {
		k2 := k
		k2.rest, k2.hasArticle = k.rest[len(article):], true
		out = append(out, k2)
	}
	if !k.conj && runeLen(k.rest) > 3 {
		if r, _ := utf8.DecodeRuneInString(k.rest); r == arabic.Waw || r == arabic.Feh {
			// the segmenter kept و or ف on a word it does not know (وأدان):
			// the reading without it, when the lexicon knows that one
			if w := k.rest[len(string(r)):]; len(c.words[w].forms) > 0 {
				out = append(out, cand{rest: w, conj: true, prep: k.prep, hasArticle: k.hasArticle})
			}
		}
	}
	if k.rest != t.Norm && len(c.words[t.Norm].forms) > 0 {
		// the segmenter took the first letter of an event verb for a
		// clitic (فتحت read ف+تحت, فجر read ف+جر): the whole word, when
		// the reading above means nothing to the lexicon
		out = append(out, cand{rest: t.Norm})
	}
	return out
}

func isQuoteMark(s string) bool {
	switch s {
	case "\"", "«", "»", "“", "”", "'", "‘", "’", "„":
		return true
	}
	return false
}

// nounsOnly drops the verb forms that a reading's proclitics exclude: a verb
// takes no article and no ب or ك, and ل only before the present tense.
func nounsOnly(fs []form, k cand) []form {
	keep := 0
	for _, f := range fs {
		if f.p.kind == kindNoun || (!k.hasArticle && k.prep == string(arabic.Lam) && f.present) {
			keep++
		}
	}
	if keep == len(fs) {
		return fs
	}
	out := make([]form, 0, keep)
	for _, f := range fs {
		if f.p.kind == kindNoun || (!k.hasArticle && k.prep == string(arabic.Lam) && f.present) {
			out = append(out, f)
		}
	}
	return out
}
