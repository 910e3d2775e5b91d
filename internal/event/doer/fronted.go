package doer

import (
	"rasad/internal/event/frame"
	"rasad/internal/event/morph"
	"rasad/internal/event/vocab"
)

// Fronted reports whether the definite noun at j, whose phrase (if any)
// ends at x, stands right before the verb at k with only relative
// adjectives between (التصريحات السعودية حذرت إيران من اللعب بالنار): a
// clause that opens with a noun is a nominal sentence whose subject is
// that noun, so the actor after the verb is its object (the one warned),
// not its subject. A noun that is itself an act (البحث, الهجوم), a span
// of time (الأسبوع الماضي حث الرئيس) or an indefinite word is not read so.
func Fronted(s frame.Sentence, j, x, k int) bool {
	if !s.Token(j).Definite || s.Token(j).Suffix || vocab.TimeSpan(s.Token(j).Word) {
		return false
	}
	for ; x < k; x++ {
		if t := s.Token(x); !t.Definite || t.Event || t.Bound || t.Quote || t.IsPrep || t.Prep != "" || !morph.NisbaShape(t.Word) && t.Place == "" || vocab.SpanAdjective(t.Word) {
			return false
		}
	}
	return x == k && s.Token(k).Verb && !s.Token(k).Noun && !s.Token(k).And // (التهديد العراقي وحشد القوات: a noun joined by و, not a verb)
}
