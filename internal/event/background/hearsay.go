package background

import "strings"

// that holds the normalised complementiser أن, إن, alone or with its
// pronoun (إنه, إنهم; بأن with its ب apart).
var that = normSet("أن", "أنه", "أنها", "أنهم", "أنهما", "أنهن")

// Hearsay reports whether the act at k of s is told in the clause of أن
// or إن right after a verb of saying in the passive (class hearsay:
// يقال, قيل, يشاع, تردد) earlier in its clause, or right before the
// clause that أن opens: ويقال إن خمسة منهم قتلوا;
// تردد أن الجيش قصف القرية. Nobody is named as saying it (the complementiser
// follows the verb at once: no subject between them), so the article does
// not assert the act: no record. A speaker named after the verb (قيل
// للصحفيين إن, تردد الوزير في الرد) or an act before the verb (
// هجوم قيل إنه انتحاري: the act is told, the hearsay is of its manner) leaves
// the act alone.
func Hearsay(s Sentence, k int) bool {
	a, _ := s.Span()
	l, _ := clause(s, k)
	for j := max(a, l-2); j+1 < k; j++ { // (أن ends the clause of the verb before it)
		if !has(s.Word(j), "hearsay") {
			continue
		}
		if n := s.Word(j + 1); that[n.Rest] || that[strings.TrimPrefix(n.Norm, "ب")] {
			return true
		}
	}
	return false
}
