package when

import (
	words "rasad/internal/lexicon"
	"rasad/internal/news"
)

// sinceReach is how many words a clause of منذ أن runs before its act: the
// verb, its subject and the object noun (بدأت أنقرة حملة ضربات).
const sinceReach = 8

// Since reports whether the word at k of a sentence's tokens is the act of
// a clause that منذ أن ("since") opens before it in the same clause, or the
// noun right after منذ (منذ الهجوم): an act that began before the news it
// is told with (تصاعدت الهجمات منذ أن بدأت أنقرة حملة ضربات جوية). The
// clause ends at a punctuation mark or a word with the conjunction و or ف
// (a new clause). Such an act has the date its own clause gives, and
// without one it is not the news of the publication date.
func Since(toks []news.Token, k int) bool {
	if k <= 0 || k >= len(toks) {
		return false
	}
	if sinceAt(toks, k-1) {
		return true // منذ الهجوم
	}
	if _, and := words.WithoutConjunction(&toks[k]); and {
		return false // منذ أن بدأت الحرب وتصاعدت: a clause of its own
	}
	for j := k - 1; j > 0 && k-j <= sinceReach; j-- {
		t := &toks[j]
		if t.Kind != news.Word {
			return false
		}
		if e := lex.words[t.Norm]; e != nil && e.kinds&kThat != 0 && sinceAt(toks, j-1) {
			return true
		}
		if _, and := words.WithoutConjunction(t); and {
			return false
		}
	}
	return false
}

// sinceAt reports whether token i is منذ, alone or after a conjunction
// (ومنذ).
func sinceAt(toks []news.Token, i int) bool {
	if i < 0 || toks[i].Kind != news.Word {
		return false
	}
	sl, _ := lex.lookup(&toks[i])
	return sl != nil && sl.e != nil && sl.e.kinds&kSince != 0
}
