package doer

import "rasad/internal/event/frame"

// asking holds the verbs that ask something of someone with من (طالب
// من, طلب من), as Normalize writes them.
var asking = words("طالب", "طالبت", "طالبوا", "يطالب", "تطالب", "يطالبون",
	"طلب", "طلبت", "طلبوا", "يطلب", "تطلب", "يطلبون")

// AsksFrom reports whether the phrase right after the subject phrase pi
// of the verb of asking at k is its من (طالب الوزير من الأتراك وقف
// العمليات), when pi is a definite title that names nobody: the من names
// the one asked, not the group the title is one of. A counted or plural
// head (طالب عدد من النواب) is a partitive still: its members are the
// group's.
func AsksFrom(s frame.Sentence, k, pi int) bool {
	if pi < 0 || pi+1 >= s.Phrases() || !asking[s.Token(k).Word] && !asking[s.Token(k).Norm] {
		return false
	}
	h, n := s.Token(s.Phrase(pi).Start), s.Phrase(pi+1)
	return n.Prep == "من" && n.Start == s.Phrase(pi).End+1 && h.Title && h.Definite
}
