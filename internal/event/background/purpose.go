package background

// Purpose reports whether the event word at k of s tells the aim of the
// gathering at g (a noun of protest): a noun after ل at most three words
// after it in its clause, past no verb and no other event word
// (تظاهرات للمعلمين للمطالبة بحقوقهم, مسيرة للتنديد بالعدوان). The aim is
// the gathering's own and of its time: a demand made in a gathering the
// article recalls (وكانت طهران قد شهدت قبل شهر تظاهرات للمعلمين للمطالبة
// بحقوقهم) is recalled with it, of its day.
func Purpose(s Sentence, g, k int) bool {
	if k <= g || k-g > 3 {
		return false
	}
	if x := s.Word(k); x.Verb || !x.Event || x.Prep != "ل" {
		return false
	}
	for j := g + 1; j < k; j++ {
		if w := s.Word(j); w.Verb || w.Bound || w.Event {
			return false
		}
	}
	return true
}
