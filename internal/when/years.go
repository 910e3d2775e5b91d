package when

import (
	"strings"

	"rasad/internal/arabic"
	words "rasad/internal/lexicon"
	"rasad/internal/news"
)

// yearAfter reads the year that follows a month: "[/|،|,] [[من] عام] [(]
// YEAR [)] [ERA]". It returns the year, its era and the index after it; the
// index is 0 when no year follows, and -1 when a year noun is followed by a
// number that is no year of ours (عام 49 ق.م): then the date has no value.
func (s *scanner) yearAfter(j int) (int, calendar, int) {
	if s.punct(j, "/") || s.punct(j, ",") || s.punct(j, arabicComma) || s.punct(j, "-") {
		j++
	}
	if s.is(j, kOf) && s.is(j+1, kYearNoun) { // تشرين الأول من عام 2015
		j++
	}
	noun := s.is(j, kYearNoun)
	if noun {
		j++
	}
	open := s.punct(j, "(")
	if open {
		j++
	}
	y, digits, ok := s.num(j, 4)
	if ok && digits < 3 && noun {
		return 0, 0, -1 // كانون الثاني من عام 49 ق.م: a year, but not one we read
	}
	if !ok || digits < 3 {
		return 0, 0, 0
	}
	j++
	if open {
		if !s.punct(j, ")") {
			return 0, 0, 0
		}
		j++
	} else if s.punct(j, "/") || s.punct(j, "-") {
		return 0, 0, 0 // 2023-04-16 or 20/4/...: not a year after a month
	}
	era, end := s.era(j)
	if era == 0 {
		end = j
	}
	if era == hijri && y > 1600 || era != hijri && (y < 1000 || y > 2200) {
		return 0, 0, 0
	}
	return y, era, end
}

// era reads م, ميلادي, هـ, هجري at j, possibly in parentheses (( 1948 ) م).
func (s *scanner) era(j int) (calendar, int) {
	if s.kindAt(j) != news.Word {
		return 0, 0
	}
	// The era suffix is matched on the bare word: وم is not م.
	if e := lex.words[s.toks[j].Norm]; e != nil && e.kinds&kEra != 0 && !s.is(j+1, kMeasure) {
		return e.cal, j + 1
	}
	return 0, 0
}

// periodExpr reads a week, month or year with its direction (الشهر
// الماضي, هذا العام), or alone after an edge (نهاية العام: this year's).
// this says هذا or هذه came first. A decade or century has no value.
func (s *scanner) periodExpr(i, end int, p *entry, cued, this bool) int {
	if p.unit == year && s.is(i-1, kGeneral) {
		return i // الأمين العام المقبل
	}
	dir := 0
	if !this {
		d, dend := s.has(end, kDirection)
		if d == nil && !cued {
			return i
		}
		if d == nil && s.kindAt(end) == news.Word && strings.HasPrefix(s.toks[end].Norm, definite) {
			return i // خلال العام المالي الماضي: another year than this one
		}
		if d != nil {
			dir, end = d.dir, dend
		}
	}
	if p.unit == decade || p.unit == century {
		s.emit(i, end, "")
		return end
	}
	s.emit(i, end, s.shift(p.unit, dir))
	return end
}

// seasonExpr reads a season with its direction (الصيف الماضي): the year
// of the last one to end before publication, of the next to begin after
// it, or of publication's (الصيف الحالي). A winter spans two years: a span
// with no value.
func (s *scanner) seasonExpr(i, end, first int) int {
	d, dend := s.has(end, kDirection)
	if d == nil {
		return i
	}
	if first+2 > 12 || !s.hasPub {
		s.emit(i, dend, "")
		return dend
	}
	y := s.pub.y
	switch {
	case d.dir < 0 && s.pub.m <= first+2:
		y-- // الصيف الماضي in July: last year's
	case d.dir > 0 && s.pub.m >= first:
		y++ // الصيف المقبل in July: next year's
	}
	s.emit(i, dend, yearValue(y))
	return dend
}

// agoExpr reads منذ ثلاثة أيام, قبل أسبوعين, قبل 3 سنوات, بعد يومين.
func (s *scanner) agoExpr(i, end int, a *entry) int {
	n, uend := 0, 0
	var u *entry
	if c, cend := s.has(end, kNumber); c != nil {
		n = c.count
		u, uend = s.has(cend, kUnit)
	} else if v, _, ok := s.num(end, 3); ok {
		n = v
		u, uend = s.has(end+1, kUnit)
	} else if u, uend = s.has(end, kUnit); u != nil {
		n = u.count
		// منذ عام 2011 is a year, منذ يوم الأربعاء a weekday; منذ سنوات is
		// vague.
		if s.kindAt(uend) == news.Number || s.punct(uend, "(") || s.is(uend, kWeekday|kDay|kOrdinal|kMonth) {
			return i
		}
	}
	if u == nil {
		return i
	}
	if p, _ := s.has(i-1, kUnit); p != nil && p.unit == u.unit && p.count == 1 && u.count == 1 && a.dir > 0 {
		return i // عاما بعد عام: year after year
	}
	if s.is(uend, kAnchor) {
		// قبل يومين من الانتخابات counts from the elections, not from today.
		s.emit(end, uend, "")
		return uend
	}
	if n == 0 || u.unit == hour {
		s.emit(i, uend, "")
		return uend
	}
	if a.dir > 0 && (u.unit >= year || !s.future(i)) || a.kinds&kSince != 0 && u.unit >= month {
		// بعد 33 عاما counts from another event (عاد بعد 33 عاما), not
		// from publication, unless the sentence speaks of the future (سيعود
		// بعد يومين). منذ with months or years is how long a state has
		// lasted (تشهد البلاد حربا منذ 4 سنوات), not when it began. Both
		// are durations: a span with no value.
		s.emit(i, uend, "")
		return uend
	}
	if u.unit == week && s.hasPub { // a count of weeks is a count of days, not a week
		s.emit(i, uend, s.pub.addDays(7*a.dir*n).String())
		return uend
	}
	s.emit(i, uend, s.shift(u.unit, a.dir*n))
	return uend
}

// periodsExpr reads a vague plural period (السنوات الماضية, الأيام الخمسة
// الماضية): a span with no value.
func (s *scanner) periodsExpr(i, end int) int {
	if c, cend := s.has(end, kNumber); c != nil {
		end = cend
	} else if s.kindAt(end) == news.Word && strings.HasPrefix(s.toks[end].Norm, definite) {
		if e := lex.words[s.toks[end].Norm[len(definite):]]; e != nil && e.kinds&kNumber != 0 {
			end++ // الأيام الخمسة الماضية
		}
	}
	if _, dend := s.has(end, kDirection); dend > 0 {
		s.emit(i, dend, "")
		return dend
	}
	return i
}

// yearNounExpr reads عام 2022, العام ( 1948 ), سنة 1325 هـ.
func (s *scanner) yearNounExpr(i, end int) int {
	open := s.punct(end, "(")
	j := end
	if open {
		j++
	}
	y, digits, ok := s.num(j, 4)
	if !ok || digits < 3 {
		return i
	}
	j++
	if open && s.punct(j, ")") {
		j++
	}
	era, eend := s.era(j)
	if era != 0 {
		j = eend
	} else if s.hijriYear(y) {
		era = hijri
	}
	if !s.emitYear(i, j, y, era) {
		return i
	}
	return s.secondYear(j, y, era)
}

// emitYear appends year y of era over [i, end), and reports whether y is a
// year of that era.
func (s *scanner) emitYear(i, end, y int, era calendar) bool {
	if era == hijri {
		if y < 1 || y > 1600 {
			return false
		}
		s.emit(i, end, yearValue(fromHijri(y, 1, 1).y))
		return true
	}
	if y < 1000 || y > 2200 {
		return false
	}
	s.emit(i, end, yearValue(y))
	s.out[len(s.out)-1].written = true
	return true
}

// hijriYear reports whether a year written without its era is a Hijri
// year: the article writes its years in the Hijri calendar (it marks one
// with هـ or هجري) and y is a Hijri year up to the one after publication's
// and at least 1300 (1902): عام 1392 in such an article is 1972, not 1392.
func (s *scanner) hijriYear(y int) bool {
	if !s.hijriText || !s.hasPub || y < 1300 {
		return false
	}
	hy, _, _ := toHijri(s.pub)
	return y <= hy+1
}

// secondYear reads the second year of a pair after the first ended at j:
// 1936 - 1939, عامي 2010 و2015, 1931 / 1932.
func (s *scanner) secondYear(j, y1 int, era calendar) int {
	if !(s.punct(j, "-") || s.punct(j, "–") || s.punct(j, "/") || s.is(j, kRange)) {
		return j
	}
	y2, digits, ok := s.num(j+1, 4)
	if !ok || digits != 4 || y2 <= y1 || y2 > y1+100 {
		return j
	}
	end := j + 2
	if e2, eend := s.era(end); e2 != 0 {
		era, end = e2, eend
	}
	if !s.emitYear(j+1, end, y2, era) {
		return j
	}
	return end
}

// yearAlone reads a number that reads as a year with no year noun before it:
// 2022م, (1948), في 2022, حرب 1967, and a bare 1987 that ends a phrase.
func (s *scanner) yearAlone(i int) int {
	y, digits, ok := s.num(i, 4)
	if !ok || digits < 3 {
		return i
	}
	j := i + 1
	if era, eend := s.era(j); era != 0 {
		if !s.emitYear(i, eend, y, era) {
			return i
		}
		return s.secondYear(eend, y, era)
	}
	prev := i - 1
	if s.punct(prev, "(") && s.punct(j, ")") {
		if era, eend := s.era(j + 1); era != 0 { // ( 1343 ) هجري
			if !s.emitYear(i, eend, y, era) {
				return i
			}
			return eend
		}
	}
	if era, ok := s.pairedEra(i, prev); ok {
		// 1436-1437هـ, (1860 - 1865): the pair's mark is the first year's too
		if !s.emitYear(i, j, y, era) {
			return i
		}
		return s.secondYear(j, y, era)
	}
	if digits != 4 || y < 1800 || y > 2100 {
		return i
	}
	var cue bool
	switch {
	case s.punct(prev, "(") && s.punct(j, ")"):
		cue = true
	case s.is(prev, kSince):
		cue = !s.is(j, kUnit) // منذ 2006 تتضمن; منذ 1400 عام is how long
	case s.is(prev, kYearEvent):
		cue = true
	case s.kindAt(prev) == news.Word && strings.HasPrefix(s.toks[prev].Norm, definite) && s.is(prev-1, kYearEvent):
		cue = true // الانتفاضة الأولى 1987
	case s.is(prev, kYearPrep) || s.is(prev, kEdge):
		cue = !s.nounAfter(j)
	default:
		// A bare year: not a round number, not inside a longer number, and
		// followed by punctuation or the end, not by a counted noun.
		cue = y >= 1900 && y%100 != 0 && s.kindAt(prev) != news.Number &&
			!s.punct(prev, "/") && !s.punct(prev, "-") && !s.punct(prev, ":") &&
			!s.is(prev, kNotYear) &&
			(j >= len(s.toks) || s.kindAt(j) == news.Punctuation && !s.punct(j, "%") && !s.punct(j, "/"))
	}
	if !cue {
		return i
	}
	if s.punct(j, "-") || s.punct(j, "/") || s.is(j, kRange) {
		s.emit(i, j, yearValue(y))
		return s.secondYear(j, y, 0)
	}
	s.emit(i, j, yearValue(y))
	return j
}

// nounAfter reports whether token j is a word that a number could count
// (2022 شخصا), rather than one that follows a year: a conjunction or a
// word after one (في 2022 وقال, 1987 و1990), a function word (في 2012 في
// مسعى) or an era. The noun a number counts is indefinite and stands
// alone, so a word with a preposition, the future prefix, the article or
// a pronoun glued to it begins another phrase (في 2014 بما فيها, في 2003
// كمدير, في 2012 الماضي).
func (s *scanner) nounAfter(j int) bool {
	if s.kindAt(j) != news.Word {
		return false
	}
	tok := &s.toks[j]
	_, c := words.StemOf(tok)
	if c.Conj != "" || tok.Norm == conjWaw || tok.Norm == conjFeh || s.is(j, kEra) {
		return false // وقال, or و alone before a number (و1990)
	}
	if c.Prep != "" || c.Future || c.Pronoun != "" || words.Definite(tok) {
		return false
	}
	info, _ := arabic.DefaultSegmenter().Lookup(tok.Norm)
	return !info.Function
}

// pairedEra reports whether the year at i is the first of a pair (Y1 - Y2,
// Y1 / Y2) that marks both years as years: the era written once after the
// second (1436-1437هـ, 1921 – 1992م), which is the first's too, or
// parentheses around the pair ((1860 - 1865)). It returns the era, 0 for
// a pair in parentheses without one.
func (s *scanner) pairedEra(i, prev int) (calendar, bool) {
	if !s.punct(i+1, "-") && !s.punct(i+1, "/") && !s.punct(i+1, "–") {
		return 0, false
	}
	if _, digits, ok := s.num(i+2, 4); !ok || digits < 3 {
		return 0, false
	}
	if era, _ := s.era(i + 3); era != 0 {
		return era, true
	}
	if s.punct(prev, "(") && s.punct(i+3, ")") && !s.nounAfter(i+4) {
		return 0, true // not (1200-1500) ريال
	}
	return 0, false
}
