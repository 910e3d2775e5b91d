package background

// answer holds the nouns that give a request or an invitation as the
// ground of another act (تلبية لدعوة, استجابة لطلب), build and on the
// compound preposition that does (بناء على), and from the word that names
// its author after ب (بدعوة من, بطلب من); all normalised without the
// article.
var answer, build, on, from = normSet("تلبية", "استجابة"), normSet("بناء", "بناءا", "وبناء", "وبناءا"), normSet("على"), normSet("من")

// Occasion reports whether the act at token k of s is named as the ground
// of another act, the occasion the sentence gives it: after a noun of
// answering (جاءت الزيارة تلبية لدعوة من نظيره, استجابة لمناشدة الأمم
// المتحدة), after بناء على (عقدت الجلسة بناء على طلب المعارضة, بناء على
// اتفاق), or, for a request (an appeal, an invitation), with ب attached
// and its author after من (زار أربيل بدعوة من رئيس الإقليم, اعتقلت بطلب
// من القضاء الأميركي). The ground came before the act it grounds, and the
// article tells it as that act's background: it gives no record of its
// own. (رحب بدعوة الملك, where the invitation is the object of a
// reaction, وجه دعوة, where it is the act, and بمشاركة من, with whom an
// act is done, are no occasions.)
func Occasion(s Sentence, k int, request bool) bool {
	a, b := s.Span()
	if k-1 >= a && answer[s.Word(k-1).Rest] {
		return true // تلبية لدعوة, بتلبية دعوة, استجابة لطلب
	}
	if k-2 >= a && on[s.Word(k-1).Rest] && (build[s.Word(k-2).Norm] || build[s.Word(k-2).Rest]) {
		return true // بناء على طلب
	}
	return request && s.Word(k).Prep == "ب" && k+1 < b && from[s.Word(k+1).Rest] // بدعوة من, بطلب من
}
