package frame

import (
	"strings"

	"rasad/internal/event/morph"
	"rasad/internal/event/vocab"
)

// NisbaAdjective reports whether the word at k, an agent noun of the
// shape of a nisba (عسكري, a soldier), is the adjective of the word before
// it rather than an actor: a nisba is an adjective first and a noun only
// where a noun must stand, so an indefinite singular one after an
// indefinite noun describes that noun (تدخل عسكري, a military
// intervention; رتلا عسكريا, a military column). It is
// the noun, the soldier, after a number (300 عسكري), a title or agent
// noun it describes in turn (قائد عسكري, one phrase), a name, a noun with
// the article, a quantifier (أي عسكري) and a word the coder reads as an
// act: a verb whose subject or object it is (قتل عسكري, قتلوا جنديا), a
// noun of an act done to persons whose genitive it is (مقتل عسكري), or an
// attack that the adjective gives a doer (هجوم انتحاري, the bomber's).
// Nor before a word of affiliation (تابعا للحوثيين), which names the
// force the thing belongs to, the actor it stands for.
// Only a nisba of the armed forces (role MIL) is read so: others give
// the noun before them a doer (مفجر انتحاري, the suicide bomber). prevAgent
// tells whether the word before is an agent noun.
func NisbaAdjective(s Sentence, k int, role string, prevAgent bool) bool {
	a, _ := s.Span()
	if k-1 < a {
		return false
	}
	t, p := s.Token(k), s.Token(k-1)
	w := strings.TrimSuffix(t.Word, "ا") // (رتلا عسكريا: the accusative)
	if t.Definite || t.Norm != t.Word || !strings.HasSuffix(w, "ي") || strings.HasSuffix(w, "يي") || !morph.NisbaShape(w) {
		return false
	}
	if role != "MIL" || prevAgent || p.Number || p.Bound || p.Quote || p.IsPrep || p.Cue != vocab.CueNone || p.Definite || p.Title || p.Actor != 0 || p.Suffix {
		return false
	}
	if _, b := s.Span(); k+1 < b && vocab.Affiliation(strings.TrimSuffix(s.Token(k+1).Word, "ا")) {
		return false // رتلا عسكريا تابعا للحوثيين: the force it belongs to is named
	}
	return !p.Event && !quantifiers[p.Word]
}

// quantifiers make the nisba after them the noun they count (أي عسكري,
// كل عسكري), as Normalize writes them.
var quantifiers = map[string]bool{"اي": true, "كل": true, "احد": true, "بعض": true}
