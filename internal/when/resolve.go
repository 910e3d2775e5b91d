package when

import (
	"strings"

	words "rasad/internal/lexicon"
	"rasad/internal/news"
)

// resolveDay gives the value of a day and month, with its year or the year
// that puts it nearest to publication.
func (s *scanner) resolveDay(r dm, at int) string {
	if r.y < 0 {
		return ""
	}
	if r.cal == hijri {
		if r.y != 0 {
			return fromHijri(r.y, r.m, r.d).String()
		}
		if !s.hasPub {
			return ""
		}
		hy, _, _ := toHijri(s.pub)
		return s.nearest(at, func(k int) (civil, bool) {
			if !validHijri(hy+k, r.m, r.d) {
				return civil{}, false
			}
			return fromHijri(hy+k, r.m, r.d), true
		}).value()
	}
	if r.y != 0 {
		return civil{r.y, r.m, r.d}.String()
	}
	if !s.hasPub {
		return ""
	}
	if y, ok := s.yearBefore(at); ok && !r.hasDir && validDay(y, r.m, r.d) && !s.future(at) {
		return civil{y, r.m, r.d}.String() // في 2013 ... يوم 14 أغسطس: that year's
	}
	cand := func(k int) (civil, bool) {
		y := s.pub.y + k
		c := civil{y, r.m, r.d}
		if r.hasDir && !inDirection(c, s.pub, r.dir) {
			return c, false
		}
		return c, validDay(y, r.m, r.d)
	}
	if r.hasDir { // its own direction (المقبل, الماضي) outweighs the clause's tense
		return s.closest(cand, s.future(at)).value()
	}
	return s.nearest(at, cand).value()
}

// inDirection reports whether day c lies in direction dir of pub: before
// it, after it, or (0) in its year.
func inDirection(c, pub civil, dir int) bool {
	switch {
	case dir < 0:
		return c.before(pub)
	case dir > 0:
		return pub.before(c)
	}
	return c.y == pub.y
}

// maybe is a day that may be missing.
type maybe struct {
	c  civil
	ok bool
}

// value is the day as YYYY-MM-DD, or "" when it is missing.
func (m maybe) value() string {
	if !m.ok {
		return ""
	}
	return m.c.String()
}

// nearest picks among the candidates for k = -1, 0, 1 (years) the day
// nearest to publication; in a future context, the nearest on or after it;
// in a past one (كان), the nearest on or before it.
func (s *scanner) nearest(at int, cand func(k int) (civil, bool)) maybe {
	future := s.future(at)
	if !future && s.past(at) {
		return s.closest(func(k int) (civil, bool) {
			c, ok := cand(k)
			return c, ok && !s.pub.before(c)
		}, false)
	}
	return s.closest(cand, future)
}

// closest picks among the candidates for k = -1, 0, 1 (years) the day
// nearest to publication; with future, the nearest on or after it.
func (s *scanner) closest(cand func(k int) (civil, bool), future bool) maybe {
	var best maybe
	bestDist := 0
	for k := -1; k <= 1; k++ {
		c, ok := cand(k)
		if !ok || future && c.before(s.pub) {
			continue
		}
		dist := s.pub.days(c)
		if dist < 0 {
			dist = -dist
		}
		if !best.ok || dist < bestDist {
			best, bestDist = maybe{c, true}, dist
		}
	}
	return best
}

// resolveMonth gives the month m (of cal) nearest to publication: the one
// under way, or the one whose nearer end is closest; in a future context the
// nearest that has not ended. A Hijri month is valued by the Gregorian month
// in which it begins.
func (s *scanner) resolveMonth(m int, cal calendar, at int) string {
	if !s.hasPub {
		return ""
	}
	future := s.future(at)
	past := !future && s.past(at)
	hy, _, _ := toHijri(s.pub)
	var best maybe
	bestDist := 0
	for k := -1; k <= 1; k++ {
		var first, last civil
		if cal == hijri {
			first = fromHijri(hy+k, m, 1)
			next := fromHijri(hy+k, m, 29).addDays(1)
			last = next
			if validHijri(hy+k, m, 30) {
				last = fromHijri(hy+k, m, 30)
			} else {
				last = next.addDays(-1)
			}
		} else {
			first = civil{s.pub.y + k, m, 1}
			last = civil{s.pub.y + k, m, 28}
			for d := 31; d > 28; d-- {
				if validDay(first.y, m, d) {
					last.d = d
					break
				}
			}
		}
		if future && last.before(s.pub) || past && s.pub.before(first) {
			continue
		}
		dist := 0
		switch {
		case s.pub.before(first):
			dist = s.pub.days(first)
		case last.before(s.pub):
			dist = last.days(s.pub)
		}
		if !best.ok || dist < bestDist {
			best, bestDist = maybe{first, true}, dist
		}
	}
	if !best.ok {
		return ""
	}
	return monthValue(best.c.y, best.c.m)
}

// resolveWeekdayDay values a weekday with its day and month: the year is
// the one nearest to publication in which that day falls on that weekday,
// or else the nearest.
func (s *scanner) resolveWeekdayDay(r dm, wd, at int) string {
	if r.y != 0 || r.cal == hijri || !s.hasPub {
		return s.resolveDay(r, at) // with its year, or with none to be had
	}
	best := s.closest(func(k int) (civil, bool) {
		c := civil{s.pub.y + k, r.m, r.d}
		return c, validDay(c.y, c.m, c.d) && c.weekday() == wd
	}, false)
	if !best.ok {
		return s.resolveDay(r, at)
	}
	return best.c.String()
}

func (s *scanner) resolveWeekday(wd, dir, at int) string {
	if !s.hasPub {
		return ""
	}
	back := (s.pub.weekday() - wd + 7) % 7 // days back to the last one on or before
	switch {
	case dir < 0:
		if back == 0 {
			back = 7
		}
		return s.pub.addDays(-back).String()
	case dir > 0 || s.future(at):
		ahead := (wd - s.pub.weekday() + 7) % 7
		if ahead == 0 {
			ahead = 7
		}
		return s.pub.addDays(ahead).String()
	}
	return s.pub.addDays(-back).String()
}

// shift gives the week, month or year n units from publication. A week is
// the date of its first day, Saturday, as calendars in the Arab world count
// it (أول أيام الأسبوع السبت).
func (s *scanner) shift(u unit, n int) string {
	if !s.hasPub {
		return ""
	}
	switch u {
	case day:
		return s.pub.addDays(n).String()
	case week:
		saturday := s.pub.addDays(-((s.pub.weekday() + 1) % 7))
		return saturday.addDays(7 * n).String()
	case month:
		k := s.pub.y*12 + s.pub.m - 1 + n
		return monthValue(k/12, k%12+1)
	case year, decade, century:
		per := 1
		switch u {
		case decade:
			per = 10
		case century:
			per = 100
		}
		y := s.pub.y + n*per
		if y < 1 || y > 9999 {
			return "" // قبل 999 قرن: no year of four digits
		}
		return yearValue(y)
	}
	return ""
}

// future reports whether the words before token at, in its sentence, put it
// after publication: سوف, من المقرر, or a verb with the future prefix سـ
// (سيزور, ستعقد).
func (s *scanner) future(at int) bool {
	return s.wordBefore(at, 6, "", func(k int) bool {
		if sl := s.slots[k]; sl != nil && sl.e != nil && sl.e.kinds&kFuture != 0 {
			return true
		}
		return isFutureVerb(&s.toks[k])
	})
}

// past reports whether the clause of token at puts it before publication:
// the auxiliary كان (كان قد, وكانت) among the twelve words before it, in its
// sentence and after any colon. It is asked only when future is false.
func (s *scanner) past(at int) bool {
	return s.wordBefore(at, 12, ":", func(k int) bool {
		sl := s.slots[k]
		return sl != nil && sl.e != nil && sl.e.kinds&kPast != 0
	})
}

// wordBefore reports whether one of the n words before token at, nearest
// first, satisfies is: the search stops at the start of its sentence (a
// full stop, !, ? or ؟, a line break) or at one of the marks in stops.
func (s *scanner) wordBefore(at, n int, stops string, is func(k int) bool) bool {
	for k := at - 1; k >= 0 && k >= at-n; k-- {
		t := &s.toks[k]
		if s.endsSentence(k) || t.Kind == news.Punctuation && stops != "" && strings.Contains(stops, t.Text) {
			return false
		}
		if t.Kind == news.Word && is(k) {
			return true
		}
	}
	return false
}

// isFutureVerb reports whether tok is a verb with the future prefix the
// segmenter split off (سيزور is س + يزور), and not a word the tables know
// otherwise (سيارة, سبعة).
func isFutureVerb(tok *news.Token) bool {
	if _, c := words.StemOf(tok); !c.Future {
		return false
	}
	w, _ := words.WithoutConjunction(tok)
	e := lex.words[w]
	return e == nil || e.kinds&(kNotFuture|kMonth|kUnit|kNumber) == 0
}

// yearBefore returns the year of the date expression found last before
// token at in its sentence, when that expression is a year up to
// publication's: a day and month without a year told after it are of that
// year (1993 - إسرائيل تشن عملية ... انتهت في 31 يوليو; في عام 2013 ...
// يوم 14 أغسطس), the narrative's time, not publication's.
func (s *scanner) yearBefore(at int) (int, bool) {
	if len(s.out) == 0 {
		return 0, false
	}
	m := s.out[len(s.out)-1]
	if len(m.value) != 4 || m.end > at {
		return 0, false
	}
	for k := m.end - 1; k < at; k++ {
		if s.endsSentence(k) {
			return 0, false
		}
	}
	y := 0
	for _, c := range m.value {
		y = y*10 + int(c-'0')
	}
	return y, y <= s.pub.y
}

// endsSentence reports whether token k ends a sentence: a full stop, !, ?
// or ؟, or a line break after it.
func (s *scanner) endsSentence(k int) bool {
	t := &s.toks[k]
	if t.Kind == news.Punctuation && (t.Text == "." || t.Text == "!" || t.Text == arabicQuestion || t.Text == "?") {
		return true
	}
	return k+1 < len(s.toks) && strings.Contains(s.text[t.End:s.toks[k+1].Start], "\n")
}
