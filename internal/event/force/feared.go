package force

import "rasad/internal/event/frame"

// Feared reports whether the act of force at token k is one that the
// sentence fears or warns against, not one done: it follows a word of
// fear within five words of its clause (خشية تعرضهم للاغتيال, تخوفا من
// وقوع هجمات, خشية مزيد من العنف), or the من that a verb of warning
// governs, within four (حذر أولمرت الفصائل من الاستمرار في إطلاق
// الصواريخ).
func Feared(s frame.Sentence, k int) bool {
	a, _ := s.Span()
	from := -1 // the من after which the act stands
	for j := k - 1; j >= a && j >= k-14; j-- {
		x := s.Token(j)
		if x.Bound && !x.Quote {
			return false
		}
		switch {
		case fear[x.Word] && k-j <= 5:
			return true
		case x.Word == "من" && k-j <= 4 && from < 0:
			from = j
		case warn[x.Word] && from >= 0:
			return true
		}
	}
	return false
}

// fear are the words of fear, and warn the verbs and nouns of warning (as
// normalised, without proclitics).
var (
	fear = map[string]bool{"خشية": true, "الخشية": true, "خوفا": true, "الخوف": true, "تخوفا": true, "تخوف": true,
		"مخاوف": true, "المخاوف": true, "مخافة": true}
	warn = map[string]bool{"حذر": true, "حذرت": true, "حذروا": true, "يحذر": true, "تحذر": true, "يحذرون": true,
		"تحذير": true, "تحذيرات": true, "التحذير": true, "محذرا": true, "محذرة": true}
)
