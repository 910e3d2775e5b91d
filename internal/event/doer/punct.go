package doer

import (
	"rasad/internal/event/frame"
	"rasad/internal/event/vocab"
)

// complement holds the particles that open a complement clause, whose
// noun is the subject of the verb after it.
var complement = words("أن", "إن")

// Punctuated returns where the subject of the verb at k ends when an
// opening quotation mark or a comma stands between them, the subject being
// the actor phrase that opens the clause after أن or إن: a partial quote
// that starts at the verb (أعلن أبو ردينة أن القيادة الفلسطينية "ستعقد
// اجتماعا": the leadership meets, the spokesman tells it), or a comma
// after a long subject (إن المبعوث الدولي إسماعيل ولد الشيخ أحمد، جدد
// دعوته). It returns where that subject ends (the punctuation's index, or
// the start of a nisba read as a phrase of its own after it), so that the
// phrase ending there is read as the verb's subject; else k. The particle
// of the future (سوف) stands between a subject and its verb as كان and قد
// do (إن وزير الخارجية عادل الجبير سوف يزور موسكو: the minister visits,
// not Moscow): the subject then ends before it.
func Punctuated(s frame.Sentence, k int) int {
	a, _ := s.Span()
	if k-2 <= a {
		return k
	}
	if s.Token(k-1).Cue == vocab.CueFuture && s.Token(k-2).Phrase != 0 && s.Phrase(s.Token(k-2).Phrase-1).End == k-1 {
		return k - 1
	}
	if x := s.Token(k - 1); !x.Quote && !vocab.Comma(x.Norm) {
		return k
	}
	if e := described(s, k); e >= 0 {
		return e
	}
	y := s.Token(k - 2)
	if y.Phrase == 0 {
		return k
	}
	p, end := s.Phrase(y.Phrase-1), k-1
	if p.End != end || p.Prep != "" {
		return k
	}
	if n := s.Token(p.Start); p.End == p.Start+1 && n.Place != "" && p.Start-1 > a && s.Token(p.Start-1).Phrase != 0 {
		// القيادة الفلسطينية: a nisba the entity stage read as a phrase of
		// its own describes the noun before it, which ends there
		p, end = s.Phrase(s.Token(p.Start-1).Phrase-1), p.Start
		if p.End != end || p.Prep != "" {
			return k
		}
	}
	if p.Start-1 <= a {
		return k
	}
	if c := s.Token(p.Start - 1); !complement[c.Word] && !complement[c.Norm] {
		return k
	}
	return end
}

// described returns where the subject of كان ends when a clause opened by
// a relative pronoun describes it and the verb at k, after the comma that
// closes that clause, is كان's predicate (وكان الحوثيون الذين يواجهون
// عملية ... بقيادة السعودية، قصفوا: the Houthis shelled); -1 if the
// sentence is not so built. The describing clause holds no other comma
// or bound, and كان (or كان قد) stands right before the subject.
func described(s frame.Sentence, k int) int {
	a, _ := s.Span()
	for r := k - 2; r > a+1; r-- {
		t := s.Token(r)
		rel := vocab.Relative(t.Word) || vocab.Relative(t.Norm)
		if !rel && (t.Bound || t.Quote || vocab.Comma(t.Norm)) {
			return -1
		}
		if !rel {
			continue
		}
		pi := s.Token(r-1).Phrase - 1
		if pi < 0 {
			return -1
		}
		p := s.Phrase(pi)
		if p.End != r || p.Prep != "" || p.Start-1 < a || s.Token(p.Start-1).Cue != vocab.CueAux {
			return -1
		}
		return r
	}
	return -1
}
