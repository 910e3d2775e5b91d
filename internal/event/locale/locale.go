// Package locale tells a place named as the setting of an act from a
// party to it. Arabic news names where an act happens after the locative
// prepositions في and بـ, on the name itself (اجتمعا بأربيل, العاملين في
// جدة) or on a noun of place whose genitive the name is (في مدينة داريا,
// ببلدة الجش بمحافظة القطيف). A place so named is the scene: the act's
// doer or the one it is done to is another phrase of the clause (the
// factions working in Darayya, the two who met in Erbil), never the
// place itself, unless the verb governs that preposition (رحب بـ, شارك
// في: package event checks the pattern's target prepositions).
package locale

import (
	"slices"
	"strings"

	"rasad/internal/event/frame"
	"rasad/internal/lexicon"
	"rasad/internal/news"
)

// Fi is the locative preposition في; Bi the attached preposition بـ as
// the segmenter splits it off (Token.Prep).
const (
	Fi = "في"
	Bi = "ب"
)

// Scene reports whether e, name number n of the document (1 + its
// index, as Token.Actor), is a place below a country (its gazetteer key
// not its country's) that the sentence names only as the scene of an act
// (Setting): no party to it.
func Scene(s frame.Sentence, e *news.Entity, n int, governs func(prep string) bool) bool {
	return e.Type == news.LOC && e.ActorID != strings.ToLower(e.Country) && Setting(s, n, governs)
}

// Setting reports whether name e (1 + its entity index, as Token.Actor)
// is mentioned in the sentence and every mention of it stands where a
// place of the scene does (At). governs reports whether the act's verb
// takes its target after a preposition: a place after that preposition is
// governed, not the scene.
func Setting(s frame.Sentence, e int, governs func(prep string) bool) bool {
	a, b := s.Span()
	seen := false
	for j := a; j < b; j++ {
		t := s.Token(j)
		if t.Actor != e || !t.NameStart && j > a && s.Token(j-1).Actor == e {
			continue
		}
		p, ok := At(s, j)
		if !ok || governs(p) {
			return false
		}
		seen = true
	}
	return seen
}

// At reports whether the name that starts at token j is governed by a
// locative preposition, and which: بـ on the name (بأربيل), في before it
// (في اربيل), or either on a noun that heads a place's name (place-head) whose
// genitive the name is (في مدينة داريا, بمحافظة القطيف).
func At(s frame.Sentence, j int) (string, bool) {
	a, _ := s.Span()
	t := s.Token(j)
	if t.Prep == Bi && !t.IsPrep {
		return Bi, true
	}
	if j <= a {
		return "", false
	}
	if prev := s.Token(j - 1); fi(prev) {
		return Fi, true
	} else if !placeNoun(prev) || prev.Actor != 0 {
		return "", false
	} else if prev.Prep == Bi && !prev.IsPrep {
		return Bi, true
	}
	if j-1 > a && fi(s.Token(j-2)) {
		return Fi, true
	}
	return "", false
}

// fi reports whether t is the preposition في written as a word.
func fi(t frame.Token) bool { return t.IsPrep && (t.Prep == Fi || t.Word == Fi) }

// placeNoun reports whether t is a noun that heads a place's name
// (lexicon class place-head: مدينة, محافظة, بلدة, حي).
func placeNoun(t frame.Token) bool {
	l := lexicon.Default()
	return l.Has(t.Norm, "place-head") || l.Has(t.Word, "place-head")
}

// Governed returns whether the act of CAMEO code, whose pattern takes its
// target after the prepositions tgt, governs a preposition: a place after
// it is the target, not the scene (رحب بـ, شارك في). A verb of meeting
// or consulting (04) takes after بـ the one met (التقى بالرئيس); a place
// after it is where they meet (اجتمعا بأربيل).
func Governed(code string, tgt []string) func(prep string) bool {
	return func(p string) bool {
		return slices.Contains(tgt, p) && !(p == Bi && len(code) >= 2 && code[:2] == "04")
	}
}

// Reaches reports whether the act of CAMEO code goes to a place: a visit
// (042, 043: شارك في افتتاح المعرض بالقاهرة is a visit to Egypt) or aid
// (07: وصل فريق فني من قطر ... في عدن helps Yemen). Where it happens is
// whom it is for, and the place is its target.
func Reaches(code string) bool {
	return code == "042" || code == "043" || len(code) >= 2 && code[:2] == "07"
}
