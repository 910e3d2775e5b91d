package act

import (
	"slices"
	"strings"

	"rasad/internal/arabic"
	"rasad/internal/lexicon"
	"rasad/internal/news"
)

// Places is what Merge knows of an article's entities: which of its places
// name a state at the country level, how the article names each state, and
// its persons and bodies of a country (who may speak for the state).
type Places struct {
	states   map[string]bool     // place ID: true for a state, false for a city
	mentions map[string][]string // state ID: the words that name it (قطر, القطري)
	people   []news.Entity       // persons, and bodies of a country
}

// States returns the places of ents: a place that names a state at the
// country level (تركيا, linked to the actor of Türkiye) is a state; one of
// its cities or provinces (أثينا) neither acts for the state nor is one of
// its bodies.
func States(ents []news.Entity) *Places {
	p := &Places{states: map[string]bool{}, mentions: map[string][]string{}}
	for _, e := range ents {
		switch {
		case e.Type == news.LOC:
			state := e.Country != "" && e.Actor == e.Country && e.ActorID == strings.ToLower(e.Country)
			p.states[e.ID] = state
			if state {
				for _, m := range e.Mentions {
					p.mentions[e.ID] = append(p.mentions[e.ID], m.Text)
				}
			}
		case e.ID != "" && (e.Country != "" || e.Type == news.PER):
			p.people = append(p.people, e)
		}
	}
	return p
}

// place reports whether id is a place of the article, and whether it names
// a state.
func (p *Places) place(id string) (place, state bool) {
	if p == nil {
		return false, false
	}
	state, place = p.states[id]
	return place, state
}

// nation reports whether one of a and b is a record of a state named at the
// country level and the other a record of a body or an official of that
// state (السلطات التركية TURGOV, نائب رئيس الوزراء بهاء الأعرجي), not a
// place, whom the state's record may stand for (see speaks).
func nation(a, b *news.Event, places *Places) bool {
	p, q := &a.Source, &b.Source
	switch {
	case p.Country == "" || p.Country != q.Country:
		return false
	case fuller(q, p, places):
		return places.speaks(a, b)
	case fuller(p, q, places):
		return places.speaks(b, a)
	}
	return false
}

// speaks reports whether s, a record whose source is a state named at the
// country level, may be the act of o's source. A sentence that names its
// speaker or doer beside the state is that one's act, not any official's of
// the state (a person of no known country may be of the state too): «قال
// مارك تونر» in a sentence coded the United States is
// Toner's statement, not the Pentagon's; «أعرب أمير قطر» is the emir's,
// not his foreign minister's. So s is o's act only when its sentence names
// o's source among the persons and bodies of the state it names, or, naming
// none of them, heads the state's name with an office (أمير قطر, وزير
// الخارجية الأميركي) that o's sentence gives too (وزير الخارجية الأميركي
// جون كيري), or names no office over the state at all (تركيا تعتقل).
func (p *Places) speaks(s, o *news.Event) bool {
	var named []string
	for _, e := range p.people {
		if (e.Country == s.Source.Country || e.Type == news.PER && e.Country == "") && e.ID != o.Source.Entity && mentioned(s.Text, e.Mentions) {
			named = append(named, e.ID)
		}
	}
	if o.Source.Entity != "" && slices.ContainsFunc(p.people, func(e news.Entity) bool {
		return e.ID == o.Source.Entity && mentioned(s.Text, e.Mentions)
	}) {
		return true // the sentence names o's source
	}
	if len(named) > 0 {
		return false // it names another of the state
	}
	offices := p.offices(s)
	if len(offices) == 0 {
		return true
	}
	said := map[string]bool{}
	for _, w := range strings.Fields(o.Text) {
		said[bare(w)] = true
	}
	return slices.ContainsFunc(offices, func(office []string) bool {
		return !slices.ContainsFunc(office, func(w string) bool { return !said[w] })
	})
}

// mentioned reports whether text holds one of ms's words.
func mentioned(text string, ms []news.Mention) bool {
	for _, m := range ms {
		if len([]rune(m.Text)) > 2 && strings.Contains(text, m.Text) {
			return true
		}
	}
	return false
}

// offices returns the offices that head the state's name in s's sentence
// (أمير قطر: أمير; نائب رئيس الوزراء العراقي: نائب رئيس وزراء), their
// words bare (see bare): the widest office of at most three words before
// each of the state's names.
func (p *Places) offices(s *news.Event) [][]string {
	lex := lexicon.Default()
	words := strings.Fields(s.Text)
	var out [][]string
	for k, w := range words {
		if !slices.ContainsFunc(p.mentions[s.Source.Entity], func(m string) bool {
			f := strings.Fields(m)
			return len(f) > 0 && strings.Contains(w, f[0])
		}) {
			continue
		}
		for j := max(k-3, 0); j < k; j++ {
			if lex.Has(bare(words[j]), "role") {
				var office []string
				for _, x := range words[j:k] {
					office = append(office, bare(x))
				}
				out = append(out, office)
				break
			}
		}
	}
	return out
}

// bare returns w normalized without its conjunction or preposition (و, ل,
// ب, ف) and its article: وزير, لوزير and الوزير are one word.
func bare(w string) string {
	w = arabic.Normalize(strings.Trim(w, "«»\"(),.:؛،"))
	if r := []rune(w); len(r) > 3 && strings.ContainsRune("ولبف", r[0]) && !lexicon.Default().Has(w, "role") {
		w = string(r[1:])
	}
	return strings.TrimPrefix(w, "ال")
}

// fuller reports whether b names the source of one act more fully than a:
// a body or an official of the state where a names the state alone.
func fuller(b, a *news.Party, places *Places) bool {
	bPlace, _ := places.place(b.Entity)
	_, aState := places.place(a.Entity)
	return aState && !bPlace && a.Country == b.Country
}
