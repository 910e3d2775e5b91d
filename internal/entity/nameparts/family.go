package nameparts

import (
	"strings"

	"rasad/internal/arabic"
	"rasad/internal/entity/shape"
	"rasad/internal/lexicon"
	"rasad/internal/ner"
	"rasad/internal/news"
)

// Families holds the nisba family names an article gives its people: a
// definite masculine nisba after a given name (عبدالله التركي, محمد
// المصري) is the person's family name, not Türkiye's or Egypt's adjective,
// and once the article has named him so, the same word after a title
// (الدكتور التركي) or after a word it cannot qualify, which is not
// definite (واستنكر التركي, عن التركي: an adjective agrees with its noun
// in definiteness), is that person again. Elsewhere (الجانب التركي,
// الرئيس التركي, نظيره التركي) the word stays the country's adjective.
type Families struct {
	lx     *lexicon.Lexicon
	named  map[string]bool // search keys of the family names met so far
	bodies map[int]bool    // last tokens of the recogniser's names of places and bodies
}

// NewFamilies returns an empty record of an article's nisba family names,
// given the recogniser's spans of the article.
func NewFamilies(lx *lexicon.Lexicon, spans []ner.Span) *Families {
	f := &Families{lx: lx, named: map[string]bool{}, bodies: map[int]bool{}}
	for _, s := range spans {
		if s.Type != news.PER {
			f.bodies[s.Last] = true
		}
	}
	return f
}

// Name reports whether the definite nisba at token i (one word, the text
// read in order) is a family name there, and records it when a given name
// introduces it. known tells that a name the gazetteer knows ends just
// before it (ميشال عون اللبناني): the nisba is its adjective, as it is
// after a body or place the recogniser found (نادي ميلان الإيطالي). Nor is it a family name with و or a preposition on it
// (والإيطالي فابيو كانافارو), or before a given name, which it introduces
// (طالب البوليفي كارلوس, "the Bolivian Carlos demanded").
func (f *Families) Name(toks []news.Token, i int, known bool) bool {
	t := toks[i]
	key := arabic.SearchKey(t.Norm)
	if i == 0 || known || f.bodies[i-1] || !lexicon.Definite(&t) || !strings.HasSuffix(key, yeh) || len(t.Parts) > 1 ||
		i+1 < len(toks) && GivenName(f.lx, toks[i+1]) {
		return false
	}
	if f.givenBefore(toks, i) {
		f.named[key] = true
		return true
	}
	if !f.named[key] {
		return false
	}
	p := &toks[i-1]
	w, c := f.lx.Stem(p)
	return w.Has("title") || p.Kind == news.Word && !lexicon.Definite(p) && c.Pronoun == ""
}

// givenBefore reports whether the word before token i ends an Arab given
// name: one word (عبدالله, محمد), or the two of a theophoric name (عبد
// الله). A nisba family name is an Arab one: after a foreign given name
// (جيورجيو, جاك: the lexicon's foreign-name) the nisba is the country's
// adjective, of a person or of a club that bears the name (أسترا جيورجيو
// الروماني, the Romanian club Astra Giurgiu).
func (f *Families) givenBefore(toks []news.Token, i int) bool {
	p := toks[i-1]
	if p.Kind != news.Word || lexicon.Definite(&p) && !shape.DivineName(arabic.SearchKey(p.Norm)) {
		return false
	}
	if GivenName(f.lx, p) {
		return !f.lx.Whole(&p).Has("foreign-name")
	}
	return i >= 2 && toks[i-2].Kind == news.Word && f.lx.Word(toks[i-2].Norm+" "+p.Norm).Has("given-name")
}
