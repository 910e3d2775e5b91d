package background

import (
	"strings"

	"rasad/internal/arabic"
	"rasad/internal/lexicon"
)

// Announced reports whether the event word at k of s is part of a
// gathering announced or called for, a plan and not a held act: the
// genitive of a noun of organising it after a verb or noun of announcing
// or calling and عن or إلى (أعلنت نقابات المعلمين عن تنظيم تظاهرة, دعا
// الحزب إلى تنظيم مسيرة), or a word of that clause after it that tells
// its aim (تظاهرة أمام البرلمان اليوم احتجاجا على: the protest of the
// demonstration to come); or a word after a future كان whose subject
// before it is a gathering of protest (بأن التجمع سيكون أمام البرلمان
// للمطالبة بإطلاق سراح النشطاء: the demand of the gathering to come). An
// act to come of another subject (المحاور ستكون على الطاولة في لقاءات
// بوتين) stays an intent (Under: alleged). A verb between the noun and k tells another act (أعلنت عن تنظيم
// تظاهرة وهاجمت الشرطة).
func Announced(s Sentence, k int) bool {
	l, _ := clause(s, k)
	if s.Word(k).Verb {
		return false // (a verb has its tense: وهاجمت الشرطة المحتجين)
	}
	for j := k; j >= l; j-- {
		x := s.Word(j)
		if j < k && x.Verb {
			return false
		}
		if j > l && j < k && organises(s, j) || j > l && j < k && x.Future && has(x, "future-copula") && has(s.Word(j-1), "gathering") {
			return true
		}
	}
	return false
}

// organises reports whether the word at j of s is a noun of organising,
// without the article (التنظيم is an organisation), whose genitive is a
// gathering (an event noun: تنظيم تظاهرة, not تنظيم داعش), after a word of
// announcing or calling in its clause past no other verb (أعلنت النقابات
// عن تنظيم, دعا الحزب إلى تنظيم, أعلنت الأحزاب تنظيم).
func organises(s Sentence, j int) bool {
	_, b := s.Span()
	x := s.Word(j)
	if _, article := arabic.CutArticle(x.Norm); article || !has(x, "plan-organise") || j+1 >= b || !s.Word(j+1).Event || s.Word(j+1).Verb {
		return false
	}
	l, _ := clause(s, j)
	for i := j - 1; i >= l; i-- {
		if has(s.Word(i), "plan-announce") {
			return true
		}
		if s.Word(i).Verb {
			return false
		}
	}
	return false
}

// has reports whether the word w, without its conjunction and any س of the
// future, is of the lexicon's class c.
func has(w Word, c string) bool {
	lx := lexicon.Default()
	rest := w.Rest
	if w.Future {
		rest = strings.TrimPrefix(rest, "س")
	}
	return lx.Has(rest, c) || lx.Has(arabic.Normalize(w.Plain), c)
}
