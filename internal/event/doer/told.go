package doer

import (
	"strings"

	"rasad/internal/event/frame"
	"rasad/internal/event/vocab"
	"rasad/internal/lexicon"
)

// Told reports whether the act at k stands in a clause opened by إن or أن
// (قال الوزير إن ..., أكدت أن ...) whose own subject is a noun named right
// after the particle (إن العالم رحب بالاتفاق, إن التونسي أنشأ حسابا كان
// يبعث منه رسائل تهديد, أن المبعوث الدولي سيذهب إلى الرياض حيث يلتقي):
// what that clause tells is its subject's, so the one who tells it, the
// speaker of the statement, is not the doer of an act that clause leaves
// without a named actor. The nearest such particle before k governs it; a
// particle with a pronoun (أنه, أنها) has the pronoun for its subject,
// which may be the teller's own, and so does a noun with a pronoun (إن
// بلاده ستدعم: his country) or «the country» (lexicon class own-land: إن
// البلاد مستعدة, said by its minister). The noun is definite or a name (an actor
// phrase), and stands before k: an act noun right after the particle is
// the clause's subject itself (أكد أن التفاوض هو الحل).
func Told(s frame.Sentence, k int) bool {
	a, _ := s.Span()
	for j := k - 1; j >= a; j-- {
		t := s.Token(j)
		if t.Bound && (t.Norm == "." || t.Norm == "؟" || t.Norm == "!") {
			return false // a new sentence inside a quotation: «... مثل هذا. وقدم نتنياهو التعازي»
		}
		if w := strings.TrimPrefix(t.Word, "ان"); w != t.Word && enclitic[w] {
			return false // أننا, أنه: a pronoun subject, maybe the teller's
		}
		if t.Word != "ان" && t.Norm != "ان" {
			continue
		}
		if t.Suffix || t.Prep != "" || t.IsPrep {
			return false
		}
		n := j + 1
		for n < k && s.Token(n).Quote {
			n++
		}
		if n >= k {
			return false
		}
		x := s.Token(n)
		if l := lexicon.Default(); l.Has(x.Norm, "own-land") || l.Has(x.Plain, "own-land") {
			return false // إن البلاد مستعدة: the teller's own country
		}
		return (x.Definite || x.Phrase != 0) && !x.Suffix && !x.Bound && !x.IsPrep && x.Prep == "" && !x.Event && !x.Number && x.Cue == vocab.CueNone
	}
	return false
}

// enclitic holds the pronouns that attach to إن and أن (أنه, أنها, أننا,
// إني), as Normalize writes them (lexicon class enclitic-pronoun).
var enclitic = vocab.Set(lexicon.Default().Forms("enclitic-pronoun")...)

// Teller returns the record of the teller, xs, as the doer of the act at
// k, or an empty slice that is not nil (a subject is named, though no
// actor) when the act is Told of another: the teller does only what a
// first person (سنواصل) or a pronoun that agrees with him (أنه) says he
// does. own is true when the act is the teller's whatever the clause's
// subject: a first person, or a predicate whose subject suffers it (إن
// إيران متورطة: the teller accuses Iran).
func Teller[T any](s frame.Sentence, k int, own bool, xs []T) []T {
	if !own && Told(s, k) {
		return []T{}
	}
	return xs
}
