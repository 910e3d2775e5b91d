package background

import (
	"strconv"
	"strings"

	"rasad/internal/event/vocab"
	"rasad/internal/lexicon"
	"rasad/internal/news"
)

// tallyDays is how far before the day of publication the start of a span
// after منذ must lie for a count over it to be a tally (a month: منذ 23
// أيلول 2014, not منذ الجمعة).
const tallyDays = 31

// Tally reports whether the act at k of s is counted over a span of weeks,
// months or years: its clause holds a count (a number not of the span, in
// digits or words: 3042, ثلاثة; no duration or measure: 40 دقيقة, 1100
// دولار) and a span, each in the act's part of the clause or a part beside
// it (parts), a unit after one of the
// prepositions of a span with a number, a dual or an adjective of the past
// (قتلت 3042 من تنظيم داعش خلال 10 أشهر, خلال الشهرين الماضيين, في الأشهر
// الأخيرة), a period taken up (قتلوا جراء هذه الغارات خلال هذه الفترة,
// خلال الفترة الماضية), or منذ before a beginning (منذ بدء الغارات), a
// unit (منذ أشهر, منذ 4 سنوات) or a date over a month before publication
// (ارتفاع العدد الإجمالي للقتلى إلى 3216 ... منذ 23 أيلول 2014); a span in
// the part before the act's opens that part, and an act whose own part
// names its day (أمس) has the span in its own part. Such a
// count is a tally of many acts, no record of one, whatever day the report
// gives it. منذ after a first time (أول زيارة منذ 2010) dates one act,
// and a clause opened by منذ (منذ أن بدأت الحملة) starts a state (StartPoint):
// neither is a tally. So is every act of a sentence that gives statistics
// as its source (Counted: بحسب إحصاءات الحلف الأطلسي), and of one whose
// clause counts its dead in thousands (Thousands).
//
// dates are the sentence's (or the document's) dates, published the day
// of publication.
func Tally(s Sentence, k int, dates []news.Date, published string) bool {
	if Counted(s, k) {
		return true
	}
	l, r := sentenceClause(s, k)
	span := make(map[int]bool)
	part, many := tollWalk(s, k, l, r, func(j int, x Word) {
		switch {
		case has(x, "tally-prep") && !superlative(s, l, j):
			if e := spanAfter(s, j+1, r, false); e > j {
				mark(span, j, e)
			} else if e := wholeDate(s, j, r, dates, published); e >= j && has(x, "tally-through") {
				mark(span, j, e)
			}
		case x.Cue == vocab.CueSince && !firstTime(s, l, j):
			if e := spanAfter(s, j+1, r, true); e > j {
				mark(span, j, e)
			} else if j+1 < r && has(s.Word(j+1), "tally-start") {
				mark(span, j, j+1)
			} else if e := sinceDate(s, j, r, dates, published); e > j {
				mark(span, j, e)
			}
		}
	})
	pk := part[k-l]
	if many {
		return true // نحو ألف شخص قتلوا في عدن خلال المعارك: a war's toll (Thousands)
	}
	near := func(j int) bool { return part[j-l] >= pk-1 && part[j-l] <= pk+1 }
	spanNear, own := false, false
	for j := range span {
		p := part[j-l]
		own = own || p == pk
		// a span in the part before opens it (ومنذ اندلاع الجولة، قتل 13
		// جنديا); inside it, it is of that part's words (خرق الهدنة
		// المتفق عليها منذ أشهر، بما تسبب في اشتباك)
		spanNear = spanNear || p == pk || p == pk+1 || p == pk-1 && (j == l || vocab.Comma(s.Word(j-1).Rest))
	}
	if !spanNear {
		return false // وألقي القبض على اثنين، وتمثل رومانيا ...، العضوتان منذ عام 2007: the span of another verb
	}
	for j := l; j < r && !own; j++ {
		if part[j-l] == pk && s.Word(j).Cue == vocab.CueRecent {
			return false // فجر حافلة في كابول أمس، مما أسفر عن 35 قتيلا في أحد أكثر الانفجارات دموية في الشهور الأخيرة: an act of its day
		}
	}
	for j := l; j < r; j++ {
		if j+1 < r && s.Word(j).Cue == vocab.CueNumber && number(s.Word(j+1)) {
			continue // نحو 40: the number after it is the count
		}
		if !span[j] && near(j) && counts(s, j, r) && (j+1 >= r || !has(s.Word(j+1), "tally-measure")) {
			return true
		}
	}
	return false
}

// parts numbers the parts of the clause [l, r) between its commas: an act,
// its count and its span lie in one part or in parts side by side
// (قتل 13 جنديا، ثلاثة منهم في مكمن استهدف أمس قافلة: the ambush is two
// parts from منذ اندلاع جولة العنف).
func parts(s Sentence, l, r int) []int {
	p := make([]int, r-l)
	n := 0
	for j := l; j < r; j++ {
		if vocab.Comma(s.Word(j).Rest) {
			n++
		}
		p[j-l] = n
	}
	return p
}

// spanAfter returns the last token of a span that starts at j (its unit
// after a number, a dual, or a unit or period qualified as past or taken up
// by a demonstrative), or -1. since: after منذ, a unit in the plural alone
// is a span (منذ أشهر).
func spanAfter(s Sentence, j, r int, since bool) int {
	if j < r && has(s.Word(j), "tally-this") {
		if j+1 < r && has(s.Word(j+1), "tally-period") {
			return j + 1 // خلال هذه الفترة
		}
		return -1
	}
	num := j < r && number(s.Word(j))
	if num {
		j++
	}
	if j >= r {
		return -1
	}
	u := s.Word(j)
	unit, period := has(u, "tally-unit"), has(u, "tally-period")
	if !unit && !period {
		return -1
	}
	for q := j + 1; q < r && q <= j+2; q++ {
		if has(s.Word(q), "tally-past") {
			return q // الأشهر الماضية, الفترة القليلة الماضية
		}
		if has(s.Word(q), "tally-ahead") {
			return -1 // خلال العامين المقبلين: a span to come
		}
	}
	if unit && (num || since || dual(u.Rest)) {
		return j // خلال 10 أشهر, خلال عامين, منذ سنوات
	}
	return -1
}

// superlative reports whether a superlative comes at most three words
// before the preposition at j, within the clause from l: the span is that
// of a comparison (أحد أكثر الانفجارات دموية في الشهور الأخيرة), no tally.
func superlative(s Sentence, l, j int) bool {
	for q := j - 1; q >= l && q >= j-3; q-- {
		if has(s.Word(q), "tally-superlative") {
			return true
		}
	}
	return false
}

// dual reports whether a unit is in the dual (شهرين, عامين, أسبوعين).
func dual(w string) bool { return strings.HasSuffix(w, "ين") && !strings.HasSuffix(w, "سنين") }

// sinceDate returns the last token of a date that starts right after the
// منذ at j (within two tokens) and lies over tallyDays before publication,
// or -1.
func sinceDate(s Sentence, j, r int, dates []news.Date, published string) int {
	for q := j + 1; q < r && q <= j+2; q++ {
		for _, d := range dates {
			if d.Start != s.Word(q).Start {
				continue
			}
			if g, ok := ago(d.Value, published); !ok || g.Hours() < 24*tallyDays {
				return -1
			}
			return dateEnd(s, q, r, d)
		}
	}
	return -1
}

// wholeDate returns the last token of a date that starts at the
// preposition at j or right after it (within two tokens: خلال شهر يوليو
// الماضي, طوال عام 2014) and names a whole month or year over before the
// month or year of publication, or -1:
// through (خلال, طوال, على مدى) a named month or year, a count is one of
// the acts over it, as over a number of months (خلال 10 أشهر).
func wholeDate(s Sentence, j, r int, dates []news.Date, published string) int {
	for q := j; q < r && q <= j+2; q++ {
		for _, d := range dates {
			if d.Start != s.Word(q).Start {
				continue
			}
			if v := d.Value; (len(v) != 4 && len(v) != 7) || len(published) < len(v) || v >= published[:len(v)] {
				return -1 // a day (خلال زيارته يوم الأحد), a month or year to come, or the one of publication, not over (ستبني 30 مدرسة خلال العام الحالي: a plan)
			}
			return dateEnd(s, q, r, d)
		}
	}
	return -1
}

// dateEnd returns the last token from q, within r, of the date d.
func dateEnd(s Sentence, q, r int, d news.Date) int {
	e := q
	for e+1 < r && s.Word(e+1).Start < d.End {
		e++
	}
	return e
}

// firstTime reports whether a word of a first time (أول, مرة) comes before
// the منذ at j in the clause from l (لأول مرة منذ عام 2010: one act).
func firstTime(s Sentence, l, j int) bool {
	for q := j - 1; q >= l; q-- {
		if has(s.Word(q), "tally-first") {
			return true
		}
	}
	return false
}

// number reports whether w is a number: in digits or in words.
func number(w Word) bool {
	return w.Cue == vocab.CueNumber || w.Norm != "" && strings.Trim(w.Norm, "0123456789") == ""
}

// counted reports whether w is a count: a number in words, or in digits
// over one that is no year (3042, not 2014).
func counted(w Word) bool {
	if w.Cue == vocab.CueNumber {
		return true
	}
	n, err := strconv.Atoi(w.Norm)
	return err == nil && n > 1 && (n < 1900 || n > 2100)
}

// counts reports whether the word at j, within r, is a count: counted,
// or a number of a year's size that a noun of persons or of casualties
// follows (class people-count, cue casualty: 2070 شخصا, 1950 قتيلا),
// which a year never has.
func counts(s Sentence, j, r int) bool {
	if counted(s.Word(j)) {
		return true
	}
	if j+1 >= r || !number(s.Word(j)) {
		return false
	}
	n := s.Word(j + 1)
	return n.Cue == vocab.CueCasualty || has(n, "people-count")
}

// sentenceClause returns the clause of the token at k as clause does,
// but past dashes, brackets and slashes, which set off a word or a date
// inside a clause (غارات التحالف - الدولي، ... منذ 23 أيلول - سبتمبر 2014).
func sentenceClause(s Sentence, k int) (l, r int) {
	return bounded(s, k, func(w Word) bool { return clauseEnd(w) && !inner[w.Rest] })
}

// inner holds the marks inside a clause: dashes, brackets, slashes.
var inner = map[string]bool{"-": true, "–": true, "—": true, "(": true, ")": true, "/": true}

func mark(m map[int]bool, a, b int) {
	for j := a; j <= b; j++ {
		m[j] = true
	}
}

// Counted reports whether the sentence of the act at k gives statistics as
// its source: a word of accord (class tally-accord: بحسب, وفقا) right
// before a noun of statistics (tally-statistics: إحصاءات, إحصائية), as in
// بحسب إحصاءات الحلف الأطلسي, ووفقا لإحصاءات حكومة الإقليم. What such a
// sentence tells is what the statistics count (شنت في يونيو 106 غارات,
// 1280 شخصا قتلوا خلال هجوم المتشددين على سنجار, 9072 مخالفا ينتظرون
// ترحيلهم), a tally of many acts, no record of one; unless the act's
// clause names the day (قتل أمس 20 شخصا بحسب إحصائية: the news of
// yesterday).
func Counted(s Sentence, k int) bool {
	a, b := s.Span()
	lx, found := lexicon.Default(), false
	for j := a + 1; j < b && !found; j++ {
		found = lx.Has(s.Word(j).Rest, "tally-statistics") && has(s.Word(j-1), "tally-accord") // (the rare word first)
	}
	if !found {
		return false
	}
	l, r := clause(s, k)
	for j := l; j < r; j++ {
		if s.Word(j).Cue == vocab.CueRecent {
			return false
		}
	}
	return true
}

// Thousands reports whether the part of the clause of the act at k (between
// its commas) counts the dead in thousands: a word of a toll with no
// preposition on it (class tally-dead: قتلوا, قتلى, حصيلة; not بالقتل, a
// threat) and, within six words of it, a count of a thousand or more
// (tally-thousand: ألف, آلاف; or 1000 and over in digits, not a year), as
// in نحو ألف شخص قتلوا في عدن خلال المعارك وقصف المليشيا للمدينة, نحو
// 3225 شخصا قتلوا في الصراع, بلغت حصيلة القتلى 42 ألفا. No act of one day
// kills a thousand: the acts that part names are a war's, told as its
// tally, no record of one. A toll in another part (طالب المجلس بوقف
// القصف، كاشفا عن مقتل 7 آلاف مدني) leaves the act of its own. Tally
// asks it of every act, in the same walk of the clause (tollWalk).
func Thousands(s Sentence, k int) bool {
	l, r := sentenceClause(s, k)
	_, many := tollWalk(s, k, l, r, nil)
	return many
}

// tollWalk walks the clause [l, r) of the act at k once: it notes each
// word in a toll and hands it to each (Tally's spans; nil for none), and
// returns the parts of the clause (parts) and whether the act's part
// counts its dead in thousands (Thousands).
func tollWalk(s Sentence, k, l, r int, each func(j int, x Word)) (part []int, many bool) {
	var c toll
	for j := l; j < r; j++ {
		x := s.Word(j)
		c.see(x, j)
		if each != nil {
			each(j, x)
		}
	}
	part = parts(s, l, r)
	return part, c.inPart(part, l, part[k-l])
}

// toll holds where a clause names its dead (tally-dead) and counts in
// thousands (tally-thousand), the first few of each, for Thousands. It
// reads the words' forms as they are (Rest for the dead, Norm for the
// count): every act of a sentence asks, and has would normalise each word
// again.
type toll struct {
	dead, many [4]int
	nd, nm     int
}

// see notes the word w at j.
func (c *toll) see(w Word, j int) {
	lx := lexicon.Default()
	if c.nd < len(c.dead) && w.Prep == "" && !w.IsPrep && lx.Has(w.Rest, "tally-dead") {
		c.dead[c.nd] = j
		c.nd++
	}
	if c.nm < len(c.many) && (thousands(w.Norm) || lx.Has(w.Norm, "tally-thousand")) {
		c.many[c.nm] = j
		c.nm++
	}
}

// inPart reports whether a word of the dead and a count of thousands lie
// within six words of each other in part pk of the clause from l.
func (c *toll) inPart(part []int, l, pk int) bool {
	for _, d := range c.dead[:c.nd] {
		for _, m := range c.many[:c.nm] {
			if part[d-l] == pk && part[m-l] == pk && d-m <= 6 && m-d <= 6 {
				return true
			}
		}
	}
	return false
}

// thousands reports whether a word is a number in digits of 1000 or more
// that is no year (3225, 42000; not 2015). Only digits are parsed: Atoi
// would allocate its error for every other word.
func thousands(w string) bool {
	if len(w) < 4 || strings.Trim(w, "0123456789") != "" {
		return false
	}
	n, err := strconv.Atoi(w)
	return err == nil && n >= 1000 && (n < 1900 || n > 2100)
}
