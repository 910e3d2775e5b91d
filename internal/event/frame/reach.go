package frame

import (
	"rasad/internal/event/vocab"
	"rasad/internal/lexicon"
)

// VerbalNounDoer returns the doer of the act noun at head when its
// genitive is its subject: a verbal noun (المصدر) may take its doer as
// genitive and its object after it, in the accusative or after ل (اقتحام
// المستوطنين المسجد الأقصى, اقتحام المستوطنين للأقصى: the settlers storm).
// The genitive is the actor phrase right after the noun, no place; the
// object, a name or a site with no preposition or after ل, follows it past
// the genitive's adjectives (المتطرفين), words of the day, a comma and a
// phrase of escort with its genitive (lexicon class escort: تحت حماية قوات
// الاحتلال), or is a name that starts inside the escort's phrase (the
// chunker joins an agent noun and the name after it: قوات الاحتلال المسجد
// الأقصى). Without such an object the genitive of a noun like اقتحام or
// قتل is the one who suffers it (قتل المدنيين): -1.
func VerbalNounDoer(s Sentence, head int) int {
	_, b := s.Span()
	pi := PhraseAt(s, head+1)
	if pi < 0 || !s.Token(head).Noun || s.Phrase(pi).Prep != "" || !s.Phrase(pi).Actor || s.Phrase(pi).Place || s.Phrase(pi).Coord {
		return -1
	}
	escort := false
	for q := s.Phrase(pi).End; q < b && q <= s.Phrase(pi).End+10; q++ {
		x := s.Token(q)
		if qi := PhraseAt(s, q); qi >= 0 {
			ph := s.Phrase(qi)
			for j := ph.Start + 1; escort && !x.NameStart && j < ph.End; j++ {
				if y := s.Token(j); y.NameStart && !lexicon.Default().Has(y.Norm, "nisba") {
					return pi // تحت حماية قوات الاحتلال المسجد الأقصى (not الإسرائيلي, the forces' own)
				}
			}
			if escort {
				escort, q = false, ph.End-1 // who protects, not what is stormed
				continue
			}
			if (ph.Prep == "" || ph.Prep == "ل") && ph.Named && x.NameStart && !x.OfAgent {
				return pi
			}
			return -1
		}
		switch {
		case lexicon.Default().Has(x.Norm, "escort") && x.Phrase == 0:
			escort = true
		case x.Phrase == 0 && (x.Cue == vocab.CueSite && (x.Prep == "" || x.Prep == "ل") || x.Prep == "ل" && x.Definite && !x.Event && !x.Bound):
			return pi // اقتحام المستوطنين منازل المواطنين, للمسجد
		case genitive(x) && !escort, x.Cue == vocab.CueRecent, vocab.Comma(x.Norm) && !escort:
			// المتطرفين, اليوم, a comma
		default:
			return -1
		}
	}
	return -1
}

// Convened returns the body called upon by a call or a demand for a
// meeting of its own, after إلى at from: a noun of a meeting (lexicon
// class convened: اجتماع, جلسة, قمة), after a verbal noun of holding it
// (class convene: عقد), indefinite words that describe it (طارئ, عاجلة),
// then the body as its genitive or after ل, a collective noun after ل
// before it if one stands there (دعا إلى اجتماع طارئ لدول حلف شمال
// الأطلسي: NATO), four words at most; -1 if none, or a
// place (دعا إلى اجتماع في الرياض: where, not whose).
func Convened(s Sentence, from, r int) int {
	if from+2 >= r || !s.Token(from).IsPrep || s.Token(from).Word != "الي" {
		return -1
	}
	j := from + 1
	if Bare(s.Token(j)) && lexicon.Default().Has(s.Token(j).Word, "convene") {
		j++
	}
	if j >= r || !Bare(s.Token(j)) || !lexicon.Default().Has(s.Token(j).Norm, "convened") {
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
		if x.Definite || !Bare(x) && (x.Prep != "ل" || x.Phrase != 0 || x.Event || x.Bound) {
			return -1
		}
	}
	return -1
}

// Bare reports whether x is a word that no phrase holds and that is no
// preposition, bound, verb, number or quotation mark.
func Bare(x Token) bool {
	return x.Phrase == 0 && !x.IsPrep && x.Prep == "" && !x.Bound && !x.Verb && !x.Number && !x.Quote
}

// Joined returns the body whose membership a request at from asks for: a
// noun of joining (lexicon class accession: عضوية, الانضمام) after words
// of the day, then the body as its genitive or after إلى or في, the
// article written apart or quotation marks between (تطلب عضوية الـ
// «إنتربول»; طلبت الانضمام إلى الاتحاد الأوروبي); -1 if none, or a place.
func Joined(s Sentence, from, r int) int {
	j := from
	for j < r && s.Token(j).Cue == vocab.CueRecent {
		j++
	}
	if j+1 >= r || !Bare(s.Token(j)) || !lexicon.Default().Has(s.Token(j).Norm, "accession") {
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
		if !x.Quote && x.Norm != "ال" && !(x.IsPrep && (x.Word == "الي" || x.Word == "في") && q == j+1) {
			return -1 // (الـ «إنتربول», إلى الاتحاد: between)
		}
	}
	return -1
}
