package report

import "strings"

// Requested reports whether the event noun at ws[k] is the act that a
// request asks for: the complement of an appeal or a demand (roots 02 and
// 10, a verb or a noun) before it in its clause, after the preposition the
// request takes (دعا بوتين الرئيس التركي إلى زيارة روسيا, طالبت مصر
// إسرائيل بالانسحاب, حث على الحوار) or the ل of its purpose (وجه دعوة
// للرئيس لزيارة المملكة, تلقى دعوة من بوتين لزيارة موسكو), past the
// addressee and the author. What is asked for is not done: the request is
// the event, its complement at most alleged. A noun that a preposition of
// time or place governs (طالب خلال زيارته) is no complement, nor is one
// past another event word, a verb or the end of the clause.
func Requested(ws []Word, k int) bool {
	w := &ws[k]
	if w.Verb || w.Code == "" {
		return false
	}
	for j := k - 1; j >= 0 && j >= k-7; j-- {
		x := &ws[j]
		if x.Code != "" {
			return request(x.Code) && (j == k-1 || w.Prep == "ب" || w.Prep == "ل" || complementPrep[ws[k-1].Rest])
		}
		if x.Bound || x.Verb || x.Prep == x.Rest && x.Rest != "" && !complementPrep[x.Rest] && x.Rest != "من" {
			return false // (a preposition written as a word: خلال, في; إلى and من introduce the addressee and the author)
		}
	}
	return false
}

// complementPrep holds the prepositions written as words that a request
// takes for what it asks (دعا إلى, حث على), normalised.
var complementPrep = map[string]bool{"الي": true, "علي": true}

// request reports whether code is an appeal or a demand (roots 02, 10).
func request(code string) bool { return strings.HasPrefix(code, "02") || strings.HasPrefix(code, "10") }
