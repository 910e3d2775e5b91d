package report

import (
	"rasad/internal/arabic"
	"rasad/internal/lexicon"
)

// Existing reports whether the verb at ws[k] describes what there is: its
// clause opens with an existential (class existential: هناك, ثمة) and an
// indefinite noun stands between it and the verb (وهناك حاليا أكثر من 130
// دولة تعترف بفلسطين وتقيم معها علاقات, ثمة دول تدعم الحوثيين). The verb
// is a descriptive clause of that noun, the whole a statement of how
// things stand: no act of one day. هناك after the verb is "there" (وصل
// الوزير إلى هناك).
func Existing(ws []Word, k int) bool {
	if !ws[k].Verb || !ws[k].Present {
		return false
	}
	l, _ := clause(ws, k)
	lx := lexicon.Default()
	for j := l + 1; j < k && j <= l+2; j++ {
		if !lx.Has(ws[j].Rest, "existential") {
			continue
		}
		for q := j + 1; q < k; q++ {
			if ws[q].Text && !ws[q].Article && !ws[q].Actor && ws[q].Prep == "" && !lx.Has(ws[q].Rest, "recent") {
				return true // (حاليا is an adverb of the day, not the noun that exists)
			}
		}
		return false
	}
	return false
}

// explain is the conjunction of a reason, إذ ("since, as"), normalised.
var explain = arabic.Normalize("إذ")

// Explaining reports whether the verb in the present at ws[k] opens a
// clause of إذ ("since, as"), at most one word after it (إذ ترفض سلطات
// الاحتلال الاعتراف به, إذ لا تزال): the clause gives the reason why what
// the sentence told is so, a state that holds (the passport lets them
// travel, except to Palestine, as the occupation refuses to recognise
// it), not an act of the day. A past after إذ tells an act (إذ قصفت
// الطائرات).
func Explaining(ws []Word, k int) bool {
	if !ws[k].Verb || !ws[k].Present {
		return false
	}
	for j := k - 1; j >= 0 && j >= k-2; j-- {
		if ws[j].Rest == explain || ws[j].Norm == explain {
			return true
		}
		if ws[j].Bound || ws[j].Verb {
			return false
		}
	}
	return false
}

// as is كما, "as, just as", normalised.
var as = arabic.Normalize("كما")

// Compared reports whether the verb in the present at ws[k] is the
// standard of a comparison: right after كما in the middle of a clause
// (ويدنها كما يدين تنظيم داعش: condemn it as he condemns ISIS; نتعامل
// معهم كما نتعامل مع غيرهم). It tells how one acts as a rule, the measure
// of what is asked or done, no act of the day. كما that opens a clause
// or a sentence is "also" and adds an act (كما تستقبل مصر نائب رئيس
// وزراء المجر), and so it is before a future (وهذا لن يكون سريعا كما
// ستطالب بالإفراج عن الأموال).
func Compared(ws []Word, k int) bool {
	if !ws[k].Verb || !ws[k].Present || ws[k].Future || k < 2 || ws[k-1].Rest != as || ws[k-1].Conj {
		return false
	}
	return ws[k-2].Text && !ws[k-2].Bound
}
