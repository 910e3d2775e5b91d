package setting

import (
	"strings"

	"rasad/internal/lexicon"
	"rasad/internal/news"
	"rasad/internal/quote/marks"
	"rasad/internal/quote/parts"
)

// maxApposed is how many words after its role noun the role in apposition
// after a name is read over for the body it names (الرئيس التنفيذي لمجموعة
// الخطوط الجوية القطرية).
const maxApposed = 7

// Apposed returns the country, or the international body's code, of what
// a role in apposition after a speaker's name names: news introduces a
// person the reader does not know by his name, a comma and his office
// (أكبر الباكر، الرئيس التنفيذي لمجموعة الخطوط الجوية القطرية; فلان،
// المتحدث باسم برنامج الأغذية العالمي), and he speaks for the body of
// that office, not for the country the story is about. After the comma at
// token b comes a role noun, with no preposition or conjunction on it;
// then, within maxApposed words and no punctuation but quotation marks,
// the first name decides: a body's country, or its code when it is an
// international body of no country; a place's or a country adjective's
// country. A person (مستشار الرئيس أوباما: whose adviser, not of what),
// a body of no known country, or no name at all gives "", "".
func Apposed(toks []news.Token, ents []news.Entity, b int) (country, code string) {
	if b+1 >= len(toks) || toks[b].Kind != news.Punctuation || !marks.Comma(toks[b].Text) {
		return "", ""
	}
	if w, cl := lexicon.Default().Bare(&toks[b+1]); !w.Has("role") || cl.Prep != "" || cl.Conj != "" {
		return "", ""
	}
	for k, words := b+2, 0; k < len(toks) && words < maxApposed; k++ {
		t := &toks[k]
		if t.Kind != news.Word {
			if marks.Mark(t.Text) {
				continue // a body's quoted name: الرئيس التنفيذي لشركة «...»
			}
			return "", ""
		}
		words++
		e := entityAt(ents, t.Start)
		if e == nil {
			continue
		}
		switch {
		case e.Type == news.PER:
			return "", ""
		case e.Country == "" && strings.HasPrefix(e.Actor, "IGO"):
			return "", e.Actor
		case e.Type == news.ORG || e.Type == news.LOC:
			return e.Country, ""
		}
		return "", ""
	}
	return "", ""
}

// entityAt returns the entity one of whose mentions covers the byte
// offset at, or nil.
func entityAt(ents []news.Entity, at int) *news.Entity {
	for i := range ents {
		for _, m := range ents[i].Mentions {
			if m.Start <= at && at < m.End {
				return &ents[i]
			}
		}
	}
	return nil
}

// Earlier returns the speaker that a bare definite noun, whose form
// without article and clitics is head, in a speaker's words that begin at
// byte offset start, takes up: that of the latest of the quotes prev
// whose speaker stands before it and whose speaker's words open with the same
// noun (وكالة «آرا نيوز», موقع «الدرر»: within its first two tokens), or,
// for a name of several words that names nobody the entity stage knows
// (Name "") and opens with no role, end with it, a word the lexicon does
// not know: a surname alone after the full name is the same person
// (الباكر after أكبر الباكر). nil for none.
func Earlier(toks []news.Token, prev []news.Quote, start int, head string) *news.Speaker {
	lx := lexicon.Default()
	for k := len(prev) - 1; k >= 0; k-- {
		p := prev[k].Speaker
		if p == nil || p.Start >= start {
			continue
		}
		pa, pb := parts.Within(toks, p.Start, p.End)
		for j := pa; j < pb && j < pa+2; j++ {
			if toks[j].Kind != news.Word {
				continue
			}
			if h, _ := lexicon.BareOf(&toks[j]); h == head {
				return p
			}
			break
		}
		if w, _ := lx.Bare(&toks[pa]); p.Name == "" && pb-pa >= 2 && !w.Has("role") && toks[pb-1].Kind == news.Word {
			if h, _ := lexicon.BareOf(&toks[pb-1]); h == head && lx.Word(h) == nil { // (a family name, no word the lexicon knows: not تقديرات المفوضية)
				return p
			}
		}
	}
	return nil
}

// Same reports whether the word is the emphatic "same" after a noun (نفسه,
// ذاتها, عينه: lexicon class same-emphatic): المصدر نفسه takes up the
// source named before as المصدر alone does, not a new speaker.
func Same(t *news.Token) bool {
	return t.Kind == news.Word && lexicon.Default().Whole(t).Has("same-emphatic")
}

// First returns the speaker of the first quote of prev whose speaker's
// words are sp's (the same span): the source as the article introduced it,
// which «المصدر نفسه» takes up with its country, not as a later sentence
// of the same source placed it (مصدر في شركة صلة …، ثم «في لندن»).
func First(prev []news.Quote, sp *news.Speaker) *news.Speaker {
	for _, q := range prev {
		if q.Speaker != nil && q.Speaker.Start == sp.Start && q.Speaker.End == sp.End {
			return q.Speaker
		}
	}
	return sp
}
