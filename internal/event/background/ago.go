package background

import (
	"rasad/internal/arabic"
	"rasad/internal/event/vocab"
)

// Ago reports whether the act at k of s is dated by a lapse counted back
// from the news of a week or more: قبل, maybe an estimate (حوالي, نحو,
// أكثر من) and a number, and a unit of weeks, months or years (ووقع هجوم
// مماثل قبل حوالي ثلاثة أشهر, وشنت تركيا أولى ضرباتها قبل أسبوع ونصف,
// اعتقل قبل عامين). News tells the acts of its own days by their day
// (أمس, الخميس); an act it dates so far back from them is the past it
// recalls, background, whether or not package when reads the lapse as a
// date. The lapse must date the act: in its clause, with no other verb or time
// word between them, and closing there (not قبل شهر من الانتخابات, a month
// before another act, nor قبل شهر رمضان, قبل عام 2011, a landmark); a
// clause that names the day of the news (اليوم, أمس) is left, as Before
// leaves it.
func Ago(s Sentence, k int) bool {
	l, r := bounded(s, k, glossEnd)
	for j := l; j < r; j++ {
		if s.Word(j).Cue == vocab.CueRecent {
			return false
		}
	}
	for j := l; j < r; j++ {
		if j == k || s.Word(j).Rest != "قبل" {
			continue
		}
		if lapse(s, j, r) > 0 && !verbBetween(s, k, j) {
			return true
		}
	}
	return false
}

// lapse returns the token after the lapse that opens at قبل at j (its
// estimate, number and unit of ago-unit), or 0 if none closes there
// before r.
func lapse(s Sentence, j, r int) int {
	q := j + 1
	for q < r && q < j+5 && (has(s.Word(q), "ago-about") || number(s.Word(q))) {
		q++
	}
	if q >= r || !has(s.Word(q), "ago-unit") {
		return 0
	}
	q++
	if q >= r {
		return q
	}
	x := s.Word(q)
	switch {
	case x.Rest == "من" || x.Norm == "من" || number(x):
		return 0 // قبل شهر من الانتخابات, قبل عام 2011
	case x.Bound || x.IsPrep || x.Prep != "" || x.Verb || x.Event || has(x, "ago-after") || vocab.QuoteMark(x.Rest):
		return q
	}
	return 0
}

// verbBetween reports whether a verb other than the one at k, or a word
// that opens another time (class ago-frame: بعد, منذ, عندما), stands
// strictly between k and j: the lapse then dates that verb's act, or that
// time (أعاد المطالبة، ولاسيما بعد تعثر إصداره قبل نحو سنتين).
func verbBetween(s Sentence, k, j int) bool {
	if j < k {
		k, j = j, k
	}
	for q := k + 1; q < j; q++ {
		if s.Word(q).Verb || has(s.Word(q), "ago-frame") {
			return true
		}
	}
	return false
}

// Past reports whether the past after في (class then-past: في الماضي, في
// السابق) dates the act at k: before it in its part of the clause (no
// comma between), with no other verb or time word between them
// (verbBetween), as in إن العراق في الماضي احتل الكويت, وكانت الشرطة في
// السابق قد اعتقلت المحتجين. Like a lapse back (Ago) it sets the act in
// the past the article recalls, whatever day another part of the sentence
// names (واليوم يقع العراق تحت الاحتلال). After the act the past is left
// to it (حاولت اغتيالها في الماضي, which the event gold set keeps).
func Past(s Sentence, k int) bool {
	a, _ := s.Span()
	for j := k - 1; j > a; j-- {
		x := s.Word(j)
		if vocab.Comma(x.Rest) || clauseEnd(x) {
			return false
		}
		if p := s.Word(j - 1); p.IsPrep && p.Rest == prepIn && has(x, "then-past") {
			return !verbBetween(s, k, j)
		}
	}
	return false
}

// prepIn is the preposition في, normalised.
var prepIn = arabic.Normalize("في")
