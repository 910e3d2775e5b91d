package nameparts

import (
	"strings"

	"rasad/internal/actor"
	"rasad/internal/arabic"
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
func JoinedTo(tok news.Token, before, person *actor.Actor) bool {
	if before == nil || before == person || before.Country != person.Country || before.Country == "" {
		return false
	}
	if _, cl := lexicon.StemOf(&tok); cl.Conj != string(arabic.Waw) {
		return false
	}
	return before.Type == actor.Org || before.Type == actor.Person
}
