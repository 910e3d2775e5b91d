package nameparts

import (
	"strings"

	"rasad/internal/actor"
	"rasad/internal/arabic"
	"rasad/internal/entity/shape"
	"rasad/internal/lexicon"
	"rasad/internal/news"
)

// GivenKey returns the search key of a known person's given name, the
// first word of his canonical Arabic name (علي of علي عبد الله صالح).
func GivenKey(a *actor.Actor) string {
	w, _, _ := strings.Cut(arabic.SearchKey(a.NameAr), " ")
	return w
}

// JoinedTo reports whether a person's short name tok is joined by و to
// the mention of a body or person of the same country just before it
// (ميليشيا الحوثي وصالح, قوات الأسد وحزب الله): the conjunction joins
// like things, actors of one conflict, so the word is that person's name.
// So too an ambiguous town or region joined to an unambiguous town or
// region of its country (الفلوجة والرمادي, تعز وعدن): the word is that
// place.
func JoinedTo(tok news.Token, before, person *actor.Actor) bool {
	if before == nil || before == person || before.Country != person.Country || before.Country == "" {
		return false
	}
	if _, cl := lexicon.StemOf(&tok); cl.Conj != string(arabic.Waw) {
		return false
	}
	if person.Type == actor.City || person.Type == actor.Place {
		return (before.Type == actor.City || before.Type == actor.Place) && !before.Ambiguous
	}
	return before.Type == actor.Org || before.Type == actor.Person
}

// OtherHead reports whether tok is a head noun of bodies (the lexicon's
// org-cue: بنك, نادي) that none of a's names begins with, where some of
// them begin with one (قناة الجزيرة, شبكة الجزيرة): the bare name after
// it is another body's (بنك الجزيرة, نادي الجزيرة), not a's.
func OtherHead(lx *lexicon.Lexicon, tok news.Token, a *actor.Actor) bool {
	stem, _ := lx.Stem(&tok)
	if !stem.Has("org-cue") {
		return false
	}
	head, headed := lexicon.Key(lexicon.Plain(&tok)), false
	for _, n := range a.Names {
		first, rest, ok := strings.Cut(n, " ")
		if first = lexicon.Key(first); !ok || rest == "" || !lx.Has(first, "org-cue") {
			continue
		}
		if first == head {
			return false
		}
		headed = true
	}
	return headed
}

// Paired returns the place that tok, a common word after و, names because
// it is joined to the place mentioned just before (المدينة after مكة is
// Medina: the gazetteer's joined: line), and where its name starts; nil
// where the word is not joined so, or an adjective follows it and makes
// it the common noun (مكة والمدينة الصناعية).
func Paired(g *actor.Gazetteer, toks []news.Token, i int, before *actor.Actor) (*actor.Actor, int) {
	if before == nil || before.Type != actor.City && before.Type != actor.Place {
		return nil, 0
	}
	if _, cl := lexicon.StemOf(&toks[i]); cl.Conj != string(arabic.Waw) || cl.Prep != "" {
		return nil, 0
	}
	if i+1 < len(toks) && toks[i+1].Kind == news.Word && len(toks[i+1].Parts) < 2 && lexicon.Definite(&toks[i+1]) {
		return nil, 0
	}
	key, start := shape.StemKey(toks[i])
	if a := g.JoinedAfter(before, key); a != nil {
		return a, start
	}
	return nil, 0
}

// SpelledOtherwise returns the foreign person g knows whose name the
// person's name from token first to last (its text name) spells another
// way (إسحاق هيرتزوج for إسحاق هرتسوغ, actor.Variant), or nil. Only a
// name of two words or more, none of them definite (an Arabic family
// name: العامري is not لعمامرة), ending on no dictionary word (as
// dictionary says) or given name (إسلام), of a person of no Arab state:
// Arabic names that differ by a long vowel are other names (عطيف, عطاف).
func SpelledOtherwise(g *actor.Gazetteer, toks []news.Token, first, last int, name string, person bool, dictionary func(string) bool) *actor.Actor {
	if !person || last == first {
		return nil
	}
	for k := first; k <= last; k++ {
		if lexicon.Definite(&toks[k]) {
			return nil
		}
	}
	if end := toks[last]; dictionary(end.Norm) || lexicon.Default().Word(arabic.Normalize(end.Norm)).Has("given-name") {
		return nil // محمد إسلام: an Arabic word or name, not a spelling of Eslami
	}
	if a := g.PersonVariant(name); a != nil && !ArabState(a.Country) {
		return a
	}
	return nil
}
