package report

import (
	"strings"

	"rasad/internal/arabic"
	"rasad/internal/event/vocab"
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

// Existent reports whether the event noun at ws[k] is the indefinite
// subject of an existential (class existential: هناك, ثمة): right after
// it, or past a word of the day (وهناك دعوة خطيرة للأكراد لحمل السلاح,
// ثمة مخاوف, وكان هناك اتفاق). The clause says that such a thing exists,
// a description of how things stand, and names no act of one day nor
// who did it. The existential must open its clause, carry و, or follow
// أن or كان: after a verb or a preposition it is "there" (وقعت هناك
// اشتباكات: clashes took place there; وصل إلى هناك).
func Existent(ws []Word, k int) bool {
	if ws[k].Verb || ws[k].Article || ws[k].Pron || ws[k].Prep != "" {
		return false
	}
	l, _ := clause(ws, k)
	lx := lexicon.Default()
	for j := k - 1; j > l && j >= k-2; j-- {
		if !lx.Has(ws[j].Rest, "existential") {
			if ws[j].Cue != vocab.CueRecent {
				return false
			}
			continue
		}
		if j == l+1 || ws[j].Conj {
			return true
		}
		p := &ws[j-1]
		return p.Rest == "ان" || p.Norm == "ان" || p.Norm == "بان" || strings.HasPrefix(p.Rest, "كان") || strings.HasPrefix(p.Rest, "يكون")
	}
	return false
}

// Unconfirmed reports whether the act at ws[k] is one the sentence says
// cannot be confirmed: after it, with no other act between, a noun of
// confirming that refers back to it (class unconfirmed: تأكيده, التأكد
// منه, مؤكدة) under a negation (class unconfirmed-not: لا يمكن تأكيده,
// لم يتسن التأكد منه, غير مؤكدة). The reporter or the one quoted
// tells the act as a claim he does not vouch for: alleged, not asserted.
// A confirming of another thing (لم يتسن التأكد من عدد القتلى), or one
// that came later (لم يتم تأكيدها حتى أمس: not until yesterday), leaves
// the act alone.
func Unconfirmed(ws []Word, k int) bool {
	lx := lexicon.Default()
	for j := k + 1; j < len(ws) && j <= k+16 && !terminal(ws[j].Rest); j++ {
		if ws[j].Code != "" {
			return false // another act nearer: the hedge is its own
		}
		if !lx.Has(ws[j].Rest, "unconfirmed") && !lx.Has(ws[j].Norm, "unconfirmed") {
			continue
		}
		back := j+1 < len(ws) && lx.Has(ws[j+1].Norm, "unconfirmed-back") || ws[j].Rest != "تاكد" && ws[j].Rest != "تحقق"
		if j+1 < len(ws) && ws[j+1].Rest == until || j+2 < len(ws) && ws[j+2].Rest == until {
			return false // لم يتم تأكيدها حتى يوم أمس: not until yesterday, when it was
		}
		for q := j - 1; q > k && q >= j-3; q-- {
			if lx.Has(ws[q].Norm, "unconfirmed-not") {
				return back
			}
		}
		return false
	}
	return false
}

// until is حتى, normalised.
var until = arabic.Normalize("حتى")
