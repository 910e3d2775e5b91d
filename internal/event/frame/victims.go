package frame

import "rasad/internal/event/vocab"

// Victims finds the victims of a toll whose word at k follows them, in
// the clause that starts after l: counted as its subject (Counted), after a
// verb of meeting one's death (لقي 12 من المتمردين مصرعهم) or before a
// passive verb (ثمانية أشخاص من أسرة واحدة قتلوا في قصف). It returns the
// counted group's phrase or the first token of people counted (as Counted
// does), else -1, -1. Only the words of the counted phrase may part the
// number from the toll: no verb, no act, no clause boundary.
//
// k is the toll's word when toll is true; else k is an act, whose toll a
// pronoun may tell just before it (لقي 12 من المتمردين مصرعهم إثر انفجار
// عبوة, في قصف), within three words: those victims are its target. So
// are those of an act that names who inflicted it after على يد (killedBy):
// counted before it, or the subject that opens the clause (إن القيادي
// الحوثي و12 من مرافقيه قتلوا على يد مقاتلي المقاومة). A number before an
// act with no toll counts its doers (حاول 100 من المتمردين
// اقتحام منشأة), no target; nor one before a toll a number follows, whose
// victims those are (مقتل تسعة من الجنود وجرح اثنين).
func Victims(s Sentence, l, k int, toll bool) (pi, people int) {
	if pi := Ranks(s, l, k); pi >= 0 {
		return pi, -1 // سقوط سبعة قتلى بين صفوف القوات … في المعارك
	}
	by := !toll && killedBy(s, k)
	toll = toll || by
	for j := k - 1; !toll && j > l && j >= k-3; j-- {
		if t := s.Token(j); t.Cue == vocab.CueCasualty && t.Suffix {
			k, toll = j, true // (the act's words between: انفجار عبوة)
		} else if t.Bound || t.Verb || t.Number {
			break
		}
	}
	if _, b := s.Span(); !toll || k+1 < b && (s.Token(k+1).Number || s.Token(k+1).Cue == vocab.CueNumber) {
		return -1, -1 // (حاول 100 من المتمردين اقتحام منشأة: the doers; مقتل تسعة … وجرح اثنين: the victims after)
	}
	for j := k - 1; j > l && j >= k-8; j-- {
		x := s.Token(j)
		if x.Verb || x.Event || x.Bound || x.Quote || x.IsPrep && x.Word != "من" {
			return -1, -1
		}
		if !x.Number && x.Cue != vocab.CueNumber {
			continue
		}
		pi, people = Counted(s, j, k)
		if q := PhraseAt(s, j+1); pi < 0 && people < 0 && q >= 0 && Member(s, q) != q {
			pi = Member(s, q) // 18 مقاتلا من تنظيم الدولة: fighters of a named group
		}
		if pi >= 0 && s.Phrase(pi).End > k {
			return -1, -1
		}
		if pi < 0 && people < 0 && by {
			break // و12 من مرافقيه: the leader named first
		}
		return pi, people
	}
	if by {
		return topic(s, l, k), -1
	}
	return -1, -1
}
