package background

import (
	"strings"

	"rasad/internal/event/vocab"
	"rasad/internal/news"
)

// habitReach is how many tokens before the act a verb of habit may stand
// (ودرج الرئيس السوداني على تحدي: four; ظل الخطاب الإيراني الرسمي طيلة
// فترة المفاوضات يكرر: seven).
const habitReach = 8

// Habit reports whether an aspectual verb of habit or of lasting governs
// the act at k in its clause: a verb of habit (درج, دأب, اعتاد; class
// habit-verb) before it, past no other event word, no relative pronoun and
// no subordinator (ودرج الرئيس على تحدي المحكمة منذ العام 2009, بيد أنه
// دأب على زيارة دول), or a verb of lasting (ظل, ما انفك; habit-lasting)
// whose predicate verb is the act or comes after it (ظل الخطاب طيلة فترة
// المفاوضات يكرر, ما انفك القادة يرفضون). The act is a practice or a
// stance kept over a time, no act of one day: no record. A verb of habit
// after كما (كما اعتاد, "as is his wont") or a ظل after a preposition (في
// ظل, "under") governs nothing. A verb right after ممن ("of those who":
// habit-who) describes a class of people by what they do (متطرفين ممن
// يعارضون مهمة المنظمة): a quality of theirs, no act of the day either.
func Habit(s Sentence, k int) bool {
	if a, _ := s.Span(); k > a && s.Word(k).Verb && has(s.Word(k-1), "habit-who") {
		return true // متطرفين ممن يعارضون مهمة المنظمة: those who oppose it, a quality
	}
	l, r := clause(s, k)
	for j := k - 1; j >= l && j >= k-habitReach; j-- {
		x := s.Word(j)
		after := j > l && (s.Word(j-1).IsPrep || s.Word(j-1).Rest == "كما")
		if x.Prep == "" && !after && has(x, "habit-verb") {
			return true
		}
		if x.Prep == "" && !after && has(x, "habit-lasting") {
			return lasting(s, j, k, r)
		}
		if x.Event || x.Cue == vocab.CueAux || vocab.Relative(x.Rest) || vocab.Relative(x.Norm) || vocab.Subordinate(x.Rest) {
			return false
		}
	}
	return false
}

// lasting reports whether the verb of lasting at j has a predicate verb
// at k or after it, within habitReach of j and before the clause's end r,
// or the act is an event noun past the verb's subject inside a time
// adverbial (class during: طيلة, طوال, خلال). At j+1 (ظلت الاشتباكات
// مستمرة) it states what goes on; after no such adverbial (وظل الوضع
// هادئا حتى هجوم المسلحين: the attack ends the calm) it is an act.
func lasting(s Sentence, j, k, r int) bool {
	if k > j+1 && !s.Word(k).Verb {
		for q := j + 1; q < k; q++ {
			if has(s.Word(q), "during") {
				return true // ظل الخطاب طيلة فترة المفاوضات يكرر: an event noun among its adverbs
			}
		}
		return false
	}
	for q := k; q < r && q <= j+habitReach; q++ {
		if s.Word(q).Verb {
			return true
		}
	}
	return false
}

// glossEnd reports whether t ends the clause a date sets: a bound that is
// no comma, no bracket and no quotation mark (vocab.QuoteMark), the marks
// that set a gloss apart inside a clause (مايو (أيار) الماضي, محكمة
// أنتويرب (شمال البلاد)).
func glossEnd(t Word) bool {
	return clauseEnd(t) && !vocab.QuoteMark(t.Rest) && strings.Trim(t.Rest, "()[]") != ""
}

// Before reports whether the act at k, with no date of its own, stands in
// a clause every date of which lies more than HistoryDays before
// published, with no word of the day of the news (أمس, اليوم, الجمعة):
// the clause is set in that past (وفي النصف الثاني من مايو الماضي، أصدرت
// محكمة أنتويرب أحكاما, وجرى اعتقال خالد في فبراير الماضي, اختطاف طائرة
// كويتية في العام 1988), and its act is history, as History holds for an
// act the date is given to. An act the sentence recalls (Recalled: وكانت
// غارة استهدفت المواقع في 24 يوليو 2014) is a record of its own date,
// which the recall gives it: Before leaves it. dates are the document's.
func Before(s Sentence, k int, dates []news.Date, published string) bool {
	if Recalled(s, k) {
		return false
	}
	a, b := s.Span()
	l, r := bounded(s, k, glossEnd)
	if al, ar, ok := aside(s, k); ok {
		l, r = al, ar // (بن همام، الذي وضع مؤخرا …، … في العام 2010م: the main clause's date)
	}
	end := s.Word(r-1).Start + 1
	if r < b {
		end = s.Word(r).Start
	}
	n := 0
	for _, d := range dates {
		if d.Start < s.Word(l).Start || d.Start >= end || d.Start < s.Word(a).Start {
			continue
		}
		if !History(d.Value, published) {
			return false
		}
		n++
	}
	if n == 0 {
		return false
	}
	for j := l; j < r; j++ {
		if s.Word(j).Cue == vocab.CueRecent {
			return false
		}
	}
	return true
}
