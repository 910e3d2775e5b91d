package background

import (
	"strings"

	"rasad/internal/arabic"
	"rasad/internal/event/vocab"
	"rasad/internal/news"
)

// coming holds the adjectives that put an act to come (مرتقبة, المقبلة,
// المقررة), and comingSpan the adjectives of a span of days to come
// (الأيام المقبلة), all normalised without the article.
var coming, comingSpan = normSet("مرتقبة", "مرتقب", "مقبلة", "مقبل", "قادمة", "قادم", "مقررة", "مقرر", "مزمعة", "مزمع", "منتظرة", "منتظر", "متوقعة", "متوقع"),
	normSet("مقبلة", "قادمة")

// spanAhead holds the units of a span of time to come (الأيام, الأسابيع,
// الأشهر, الفترة المقبلة), normalised without the article.
var spanAhead = normSet("أيام", "ساعات", "أسابيع", "أشهر", "شهور", "فترة", "مرحلة")

// Coming reports whether the event noun at token k of s names an act to
// come, not one done: an adjective of expectation qualifies it within six
// words, past its genitive but before any preposition written as a word
// (زيارة لوزير الخارجية جون كيري مرتقبة, الاجتماع المقبل, قبل زيارة
// مقررة لأوباما), or a relative clause whose verb is in the future follows
// it there (لقمة الأمم المتحدة التي ستعقد في باريس, الاجتماع الذي سوف
// يعقد), or its clause puts it within a span of days to come
// (توقع زيارة للرئيس إلى عدن خلال الأيام القليلة المقبلة). Its polarity is
// that of an intent: alleged, not asserted. (A verb has its tense, and a
// past verb of a clause that names days to come is done: بحث الجانبان
// الخطوات خلال المرحلة المقبلة. A noun after قبل is not to come: the act
// follows the main act, and may have taken place by the day of the news:
// أبلغ فابيوس قبل سفره إلى إيران.)
//
// dated: the sentence gives the act a date of its own (زيارة بحاح إلى عدن
// أمس الأول), which a span of days to come in its clause does not undo.
func Coming(s Sentence, k int, dated bool) bool {
	_, b := s.Span()
	t := s.Word(k)
	if !t.Event || t.Verb {
		return false // (a verb has its tense: سيزور, زار)
	}
	for j := k + 1; j < b && j <= k+6; j++ {
		x := s.Word(j)
		if j+1 < b && vocab.Relative(x.Plain) && (s.Word(j+1).Future || s.Word(j+1).Norm == "سوف") {
			return true // قمة المناخ التي ستعقد في باريس: a relative clause in the future
		}
		if x.Bound || x.Verb || x.Event || x.IsPrep {
			break // (an adjective past a preposition qualifies its noun: زيارته أمس خلال الأيام المقبلة)
		}
		if w, ok := arabic.CutArticle(x.Norm); coming[x.Norm] || ok && coming[w] {
			return true
		}
	}
	if dated {
		return false
	}
	l, r := clause(s, k)
	for j := l + 1; j+1 < r; j++ {
		if !spanAhead[s.Word(j).Rest] && !spanAhead[arabic.WithoutArticle(s.Word(j).Norm)] {
			continue
		}
		for q := j + 1; q < r && q <= j+2; q++ {
			if w, ok := arabic.CutArticle(s.Word(q).Norm); ok && comingSpan[w] {
				return true
			}
		}
	}
	return false
}

// Ahead reports whether one of dates (the sentence's) lies in the clause of
// the event noun at k, which has no date of its own, and after the day of
// publication: the noun names an act of that day to come with the rest of
// its clause (تعقد اللجنة غداً اجتماعاً برئاسة وزير الخارجية ومشاركة
// الرئيس الفلسطيني: the participation is tomorrow's, not done). A date
// after حتى is a deadline, no time of the clause's acts (أعطت الولايات
// المتحدة المطاعم إنذارا حتى نهاية عام 2016).
func Ahead(s Sentence, k int, dates []news.Date, published string) bool {
	a, b := s.Span()
	l, r := clause(s, k)
	end := s.Word(r-1).Start + 1 // a date starts in the clause before its bound, or in its last word
	if r < b {
		end = s.Word(r).Start
	}
	for _, d := range dates {
		if !Future(d.Value, published) || d.Start < s.Word(l).Start || d.Start >= end {
			continue // (another clause's date)
		}
		j := l
		for j+1 < r && s.Word(j+1).Start <= d.Start {
			j++ // the token the date starts in
		}
		if j == a || s.Word(j-1).Cue != vocab.CueUntil {
			return true
		}
	}
	return false
}

// causes holds the words after which an event noun names the cause or the
// time of the act before it, one already done (ردا على الهجوم, بعد
// الاجتماع, إثر, عقب, منذ, بسبب, خلفية), normalised.
var causes = normSet("رد", "ردا", "بعد", "إثر", "اثر", "عقب", "منذ", "قبل", "بسبب", "خلفية", "نتيجة", "حصيلة")

// Under reports whether the event noun at k, with no date of its own, is a
// complement of a verb in the future before it in its clause, past no
// other verb, relative pronoun or complementizer (سوف يشكل عمقا
// استراتيجيا عبر تعاون قوات التحالف, ستكون على الطاولة في لقاءات الجبير
// في روسيا): an act of the time to come, alleged. A noun after a word of
// cause or time (causes) names what was done before (ستواصل القوات
// عملياتها ردا على الهجوم), and a future inside a quotation is the
// quotation's own («سندعم القوات»، خلال لقاء مع جنود).
func Under(s Sentence, k int) bool {
	l, _ := clause(s, k)
	if t := s.Word(k); !t.Event || t.Verb && (k == l || !s.Word(k-1).IsPrep) {
		return false // (a form of both after a preposition is the noun: عبر تعاون)
	}
	for j := k - 1; j >= l; j-- {
		x := s.Word(j)
		if x.Future || x.Norm == "سوف" || j > l && s.Word(j-1).Norm == "سوف" {
			return true
		}
		if causes[x.Rest] || causes[x.Plain] || x.Verb || vocab.Relative(x.Rest) || vocab.Subordinate(x.Rest) || strings.ContainsAny(x.Norm, "«»\"“”") {
			return false
		}
	}
	return false
}
