package frame

import (
	"rasad/internal/event/vocab"
	"rasad/internal/lexicon"
)

// Convened returns the body called upon by a call or a demand for a
// meeting of its own, after إلى at from: a noun of a meeting (lexicon
// class convened: اجتماع, جلسة, قمة), after a verbal noun of holding it if
// one stands first (lexicon class convene: عقد), then up to two words that
// describe it (طارئ, عاجلة), then the body whose meeting it is, as its
// genitive or after ل, with a collective noun before it if one stands
// there (دعا إلى اجتماع طارئ لدول حلف شمال الأطلسي: NATO; دعت إلى عقد
// جلسة عاجلة لمجلس الأمن: the Security Council). It returns -1 when no
// meeting follows إلى, or no actor phrase follows the meeting within those
// words (دعا إلى اجتماع في الرياض: where, not whose).
func Convened(s Sentence, from, r int) int {
	if from+2 >= r {
		return -1
	}
	if x := s.Token(from); !x.IsPrep || x.Word != "الي" {
		return -1
	}
	j := from + 1
	if bare(s.Token(j)) && lexicon.Default().Has(s.Token(j).Word, "convene") {
		j++
	}
	if j >= r || !bare(s.Token(j)) || !lexicon.Default().Has(s.Token(j).Norm, "convened") {
		return -1
	}
	for q := j + 1; q < r && q <= j+4; q++ {
		x := s.Token(q)
		if pi := PhraseAt(s, q); pi >= 0 {
			if ph := s.Phrase(pi); ph.Actor && !ph.Place && (ph.Prep == "" || ph.Prep == "ل" || q > j+1 && s.Token(q-1).Prep == "ل") {
				return pi
			}
			return -1
		}
		if !bare(x) && !(x.Prep == "ل" && !x.Definite && x.Phrase == 0 && !x.Event && !x.Bound) || x.Definite {
			return -1 // (لدول: a collective noun after ل, then whose it is)
		}
	}
	return -1
}

// bare reports whether x is a word that no phrase holds and that is
// no preposition, bound, verb, number or quotation mark.
func bare(x Token) bool {
	return x.Phrase == 0 && !x.IsPrep && x.Prep == "" && !x.Bound && !x.Verb && !x.Number && !x.Quote
}

// Carried returns the people a vehicle struck carries, the side struck
// (هجوم على حافلة تقل مسلحين حوثيين: the Houthi gunmen): within six words
// after from, a noun (the vehicle) that is the act's object (the first word
// at from, or right after a preposition: على حافلة), a verb of carrying
// right after it (lexicon class carry-verb: تقل, تحمل) and the actor phrase
// right after that, no place. It returns -1 otherwise, and when a bound or
// a verb comes first.
func Carried(s Sentence, from, r int) int {
	for j := from + 1; j+1 < r && j <= from+6; j++ {
		x := s.Token(j)
		if x.Bound || x.Verb {
			return -1
		}
		v := s.Token(j - 1)
		if !lexicon.Default().Has(x.Norm, "carry-verb") || !bare(v) || j-1 > from && !s.Token(j-2).IsPrep {
			continue
		}
		if pi := PhraseAt(s, j+1); pi >= 0 && s.Phrase(pi).Prep == "" && s.Phrase(pi).Actor && !s.Phrase(pi).Place {
			return pi
		}
		return -1
	}
	return -1
}

// Joined returns the body whose membership a request at from asks for:
// a noun of joining (lexicon class accession: عضوية, الانضمام), past words
// of the day, then the body as its genitive or after إلى or في, the
// article written apart or quotation marks between (تطلب عضوية الـ
// «إنتربول»; طلبت الانضمام إلى الاتحاد الأوروبي). It returns -1 when no
// such noun opens the object, or a place or no actor follows it (عضوية
// مجلس إدارة النادي names no one asked).
func Joined(s Sentence, from, r int) int {
	j := from
	for j < r && s.Token(j).Cue == vocab.CueRecent {
		j++
	}
	if j+1 >= r || !bare(s.Token(j)) || !lexicon.Default().Has(s.Token(j).Norm, "accession") {
		return -1
	}
	for q := j + 1; q < r && q <= j+4; q++ {
		x := s.Token(q)
		if pi := PhraseAt(s, q); pi >= 0 && s.Phrase(pi).Actor {
			if ph := s.Phrase(pi); !ph.Place && (ph.Prep == "" || ph.Prep == "الي" || ph.Prep == "في") {
				return pi
			}
			return -1
		}
		if x.Quote || x.Norm == "ال" || x.IsPrep && (x.Word == "الي" || x.Word == "في") && q == j+1 {
			continue // الـ «إنتربول», إلى الاتحاد
		}
		return -1
	}
	return -1
}
