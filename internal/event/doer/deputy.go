package doer

import (
	"strings"

	"rasad/internal/event/frame"
	"rasad/internal/event/vocab"
	"rasad/internal/lexicon"
	"rasad/internal/news"
)

// deputies holds the nouns of one who serves another (lexicon class
// deputy), inNameOf the words between a spokesman and the one he speaks
// for (class in-name-of).
var (
	deputies = vocab.Set(lexicon.Default().Forms("deputy")...)
	inNameOf = vocab.Set(lexicon.Default().Forms("in-name-of")...)
)

// Deputy reports whether the person ent (an index of the document's
// entities) is named in the agent phrase [start, end) as the one a deputy,
// an adviser or a spokesman serves: right after a noun of serving in the
// construct state, without the article (واستنكر نائب داود أوغلو, قال
// مستشار أوباما), or after باسم or بلسان (المتحدث باسم بان كي مون). The
// deputy acts, not the person, who is his genitive. A name right after
// such a noun with the article is the deputy's own (المستشار محمد,
// النائب خالد), and so is one after a title in between (نائب الرئيس
// خالد بحاح: the vice-president himself).
func Deputy(s frame.Sentence, start, end, ent int) bool {
	for j := start; j < end; j++ {
		if s.Token(j).Actor != ent+1 {
			continue
		}
		i := j - 1
		for i >= start && (inNameOf[s.Token(i).Word] || inNameOf[s.Token(i).Norm]) {
			i--
		}
		if i < start {
			return false
		}
		t := s.Token(i)
		return deputies[t.Word] && (!t.Definite || i < j-1)
	}
	return false
}

// Role returns the role of the agent phrase [start, end), whose agent
// noun gives it role: the role of the person best that a deputy serves
// (Deputy) where his actor code gives one (نائب داود أوغلو, TURGOV: the
// government's, though نائب alone names a lawmaker), else role. best is
// an index of ents, -1 for none. Gunmen or militias loyal to the
// government side (Loyalist) are its military.
func Role(s frame.Sentence, start, end int, ents []news.Entity, best int, role string) string {
	if (role == "REB" || role == "UAF") && Loyalist(s, start, end, ents) {
		return "MIL" // a pro-government militia
	}
	if best < 0 || ents[best].Type != news.PER || !Deputy(s, start, end, best) {
		return role
	}
	a, c := ents[best].Actor, ents[best].Country // an official of no country (IGOUNO) gives no role
	if c != "" && len(a) > len(c) && strings.HasPrefix(a, c) {
		return a[len(c):min(len(c)+3, len(a))]
	}
	return role
}
