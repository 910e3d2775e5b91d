package frame

import (
	"slices"
	"strings"

	"rasad/internal/arabic"
	"rasad/internal/event/vocab"
)

// sideNouns name a side (من جانب, من طرف, من جهة), without the article.
var sideNouns = map[string]bool{"جانب": true, "طرف": true, "جهة": true}

// Sides returns the two sides of the mutual act whose word is at k, named
// after بين: the phrase of the first side, and that of the second, or -1
// for the second when the two sides are the actors joined by و (اشتباكات
// عنيفة بين الجيش وحزب الله, المفاوضات بين إيران والقوى الكبرى). Actors
// joined by و and followed by من جهة (من جانب, من طرف) are one side, the
// other named after it (بين الفرقة الرابعة وحزب الله من جهة والفصائل
// الإسلامية من جهة أخرى). بين follows the word, at most two adjectives
// between. It returns -1, -1 if there is no such phrase, if one actor or
// more than two are named without من جهة, or if demonstrators are a side: clashes between the police and
// demonstrators are left to the rules of protest, the sentence not saying
// which side rioted and which repressed.
func Sides(s Sentence, k, r int) (first, second int) {
	for j := k + 1; j < r && j <= k+3; j++ {
		x := s.Token(j)
		if x.IsPrep && x.Word == "بين" {
			return sides(s, PhraseAt(s, j+1))
		}
		if x.Bound || x.IsPrep || x.Prep != "" || x.Event || x.Phrase != 0 || x.Quote || x.Number {
			break
		}
	}
	return -1, -1
}

// sides returns the sides that start with the phrase pi after بين (see
// Sides).
func sides(s Sentence, pi int) (first, second int) {
	if pi < 0 {
		return -1, -1
	}
	e := pi
	for e+1 < s.Phrases() && s.Phrase(e+1).Coord {
		e++
	}
	second = -1
	_, b := s.Span()
	for q := s.Phrase(e).End; q+1 < b && q < s.Phrase(e).End+4 && !s.Token(q).Bound; q++ {
		if s.Token(q).Word == "من" && sideNouns[s.Token(q+1).Word] {
			// the other side: the next phrase, past a comma and و
			for n := q + 2; n < b && n <= q+4 && second < 0; n++ {
				second = PhraseAt(s, n)
			}
			if second < 0 {
				return -1, -1
			}
			break
		}
	}
	if second < 0 && e != pi+1 {
		return -1, -1 // one actor, or three whose sides the sentence does not tell
	}
	if protesters(s, pi) || second >= 0 && protesters(s, second) {
		return -1, -1
	}
	return pi, second
}

// protesters reports whether phrase pi, or one coordinated with it after
// it, names demonstrators.
func protesters(s Sentence, pi int) bool {
	for q := pi; q < s.Phrases() && (q == pi || s.Phrase(q).Coord); q++ {
		if s.Phrase(q).Protester {
			return true
		}
	}
	return false
}

// Author finds the target of an act whose object is a thing that a
// describing clause says who made: the subject of that clause, whose verb
// carries the pronoun of the object (نفى ما قاله المعهد, رد على مقال نشره
// الكاتب, أدان الهجوم الذي شنه التنظيم, انتقد القرار الذي أصدرته
// الحكومة). The object starts at from, after one of the act's target
// prepositions preps if it is written as a word (على مقال); ما, or a noun
// with at most two adjectives, then الذي or التي, then the verb, then the
// subject: a phrase that stands for an actor. It returns -1 if not.
func Author(s Sentence, from, r int, preps []string) int {
	if from < r && s.Token(from).IsPrep && slices.Contains(preps, s.Token(from).Word) {
		from++
	}
	head := objectHead(s, from, r)
	if head < 0 {
		if from >= r || s.Token(from).Norm != "ما" {
			return -1
		}
		head = from
	}
	j := head + 1
	for n := 0; n < 2 && j < r && adjective(s.Token(j)); n++ {
		j++
	}
	if _, b := s.Span(); j < b && vocab.Relative(s.Token(j).Norm) {
		j, r = j+1, b // the describing clause goes on past the act's
	}
	if j+1 >= r {
		return -1
	}
	if v := s.Token(j); !v.Suffix && v.Cue != vocab.CueDoer || v.Phrase != 0 || v.IsPrep || v.Prep != "" || v.Quote || v.Number || arabic.Definite(v.Norm) {
		return -1
	}
	if j+2 < r && adjective(s.Token(j+1)) {
		j++ // a common noun before the name (نشره الكاتب المصري فهمي هويدي)
	}
	if pi := PhraseAt(s, j+1); pi >= 0 && s.Phrase(pi).Prep == "" && s.Phrase(pi).Actor {
		return pi
	}
	return -1
}

// adjective reports whether x may be an adjective of the noun before it:
// a word with the article that no phrase, preposition or cue claims.
func adjective(x Token) bool {
	return arabic.Definite(x.Norm) && x.Phrase == 0 && !x.Event && !x.Bound && !x.IsPrep && x.Prep == "" && x.Cue == vocab.CueNone
}

// SetApart returns where the subject of the verb at end ends when a
// describing phrase set apart between commas comes between them (وكانت
// القوات البرية، المتمركزة على الحدود، ضربت; والقوات، التي تدعمها
// الطائرات، قصفت): the opening comma, the phrase opening with a relative
// pronoun or a word with the article that no actor phrase holds (a
// participle), holding no event word, quotation mark or other bound, and
// at most eight words long. It returns end if there is none.
func SetApart(s Sentence, end int) int {
	a, _ := s.Span()
	if end-1 <= a || !vocab.Comma(s.Token(end-1).Norm) {
		return end
	}
	for c := end - 2; c > a && c >= end-10; c-- {
		x := s.Token(c)
		if vocab.Comma(x.Norm) {
			e := c // the subject's adjectives may come before the comma (القوات البرية)
			for n := 0; n < 2 && e-1 > a && adjective(s.Token(e-1)); n++ {
				e--
			}
			if first := s.Token(c + 1); c+1 < end-1 && (vocab.Relative(first.Norm) || adjective(first)) && s.Token(e-1).Phrase != 0 {
				return e
			}
			return end
		}
		if x.Event || x.Quote || x.Bound && !vocab.Relative(x.Norm) {
			return end
		}
	}
	return end
}

// MainSubject returns the subject of the verb that opens the sentence, when
// it comes before token k: the first phrase no preposition governs, within
// two words of the verb (واقر التحالف الدولي ... انه نفذ, وقال الجيش إنه
// قصف); -1 if the sentence opens otherwise. The pronoun of أنه after a
// verb of saying refers to that subject.
func MainSubject(s Sentence, k int) int {
	a, _ := s.Span()
	for j := a + 1; j < k && j <= a+3; j++ {
		if x := s.Token(j); x.Bound || x.IsPrep || x.Quote {
			return -1
		}
		if pi := PhraseAt(s, j); pi >= 0 {
			if ph := s.Phrase(pi); ph.Prep == "" && ph.End <= k {
				return pi
			}
			return -1
		}
	}
	return -1
}

// Claimant returns the phrase that claims, or is held to bear, the
// responsibility for the act whose word is at k: the actor nearest before
// مسؤولية عن in the clause that starts after l (أعلنت «القاعدة» مسؤوليتها
// عن التفجير, تبنت حركة طالبان أمس مسؤوليتها عن الهجوم, حمّلت الحكومة
// حماس المسؤولية عن الهجوم: Hamas); -1 if none. Whether the claim is
// denied or only alleged is the polarity's to say (لم يعلن, نفت, المشتبه).
func Claimant(s Sentence, k, l int) int {
	if k-3 <= l || s.Token(k-1).Word != "عن" || !strings.HasPrefix(arabic.WithoutArticle(s.Token(k-2).Word), "مسؤولي") {
		return -1
	}
	for j := k - 3; j > l && j >= k-8; j-- {
		x := s.Token(j)
		if x.Bound || x.IsPrep || x.Event {
			return -1
		}
		if pi := PhraseAt(s, j); pi >= 0 {
			if ph := s.Phrase(pi); ph.Prep == "" && ph.Actor {
				return pi
			}
			return -1
		}
	}
	return -1
}
