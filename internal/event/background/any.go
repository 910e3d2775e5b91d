package background

// Any reports whether the event noun at k of s is quantified by أي or أية
// (any): it names any act of its kind, not one done (حماس تتحمل المسؤولية
// عن أي اعتداء ينطلق من القطاع, رفض أي تدخل في شؤونه, لم يسجل أي هجوم):
// no record. A verb has its own subject and tense and is never quantified.
func Any(s Sentence, k int) bool {
	a, _ := s.Span()
	t := s.Word(k)
	return t.Event && !t.Verb && k > a && has(s.Word(k-1), "any-quantifier")
}
