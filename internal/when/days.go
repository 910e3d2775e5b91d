package when

import (
	"strings"

	"rasad/internal/news"
)

// dm is a day and month with an optional year, as read.
type dm struct {
	d, m, y int
	cal     calendar // of the month name, or of the year's era
	dir     int      // a direction after it (9 سبتمبر الماضي), when hasDir
	hasDir  bool
	end     int
}

// dayMonth reads "DAY [/|من] MONTH [/ALT] [YEAR]" at i.
func (s *scanner) dayMonth(i int) (dm, bool) {
	d, _, ok := s.num(i, 2)
	if !ok || d < 1 || d > 31 {
		return dm{}, false
	}
	return s.dayOf(d, i+1)
}

// dayOf reads what follows the day d of a month, from j: "[/|من] MONTH
// [/ALT] [YEAR|DIRECTION]", or "من الشهر المقبل".
func (s *scanner) dayOf(d, j int) (dm, bool) {
	dashed := s.punct(j, "/") || s.punct(j, "-")
	if dashed || s.punct(j, ".") || s.is(j, kOf) {
		j++
	}
	if s.is(j, kMonthNoun) && s.is(j+1, kMonth) { // السابع عشر من شهر فبراير
		j++
	}
	m, cal, end := s.monthName(j)
	if end == 0 {
		// 22 من الشهر المقبل
		p, pend := s.has(j, kPeriod)
		if p == nil || p.unit != month || !s.is(j-1, kOf) {
			return dm{}, false
		}
		dir, dend := s.has(pend, kDirection)
		if dir == nil || !s.hasPub {
			return dm{}, false
		}
		k := s.pub.y*12 + s.pub.m - 1 + dir.dir
		r := dm{d: d, m: k%12 + 1, y: k / 12, cal: gregorian, end: dend}
		return r, validDay(r.y, r.m, r.d)
	}
	r := dm{d: d, m: m, cal: cal, end: end}
	if dashed && s.ambiguousMonth(j) {
		if _, _, yend := s.yearAfter(end); yend <= 0 {
			return dm{}, false // a score: 3 / صفر, 1-صفر is three or one to nil
		}
	}
	if _, _, yend := s.yearAfter(end); yend < 0 {
		r.y = -1
		return r, true
	}
	if y, era, yend := s.yearAfter(end); yend > 0 && (cal == hijri || era != hijri) {
		r.y, r.end = y, yend
		if era == hijri {
			r.cal = hijri
		}
	} else if dir, dend := s.has(end, kDirection); dir != nil {
		r.dir, r.hasDir, r.end = dir.dir, true, dend
	}
	if r.cal == hijri {
		if r.y != 0 && !validHijri(r.y, r.m, r.d) {
			return dm{}, false
		}
	} else if r.y != 0 && !validDay(r.y, r.m, r.d) {
		return dm{}, false
	}
	return r, true
}

// ambiguousMonth reports whether the month name at j is also a common word
// (صفر, zero), so that a number, a dash and the word are a score unless a year
// follows.
func (s *scanner) ambiguousMonth(j int) bool {
	e, _ := s.has(j, kMonth)
	return e != nil && e.ambiguous
}

// ordinalExpr reads a day named by an ordinal: الثامن والعشرين من فبراير
// 2002, أول مايو.
func (s *scanner) ordinalExpr(i, end int, e *entry) int {
	r, ok := s.dayOf(e.ordinal, end)
	if !ok {
		return i
	}
	s.emit(i, r.end, s.resolveDay(r, i))
	return r.end
}

// monthName reads a month name at j with its doubled form (نيسان/أبريل,
// نيسان (أبريل), يوليو تموز), and returns the month, its calendar and the index after.
func (s *scanner) monthName(j int) (int, calendar, int) {
	e, end := s.has(j, kMonth)
	if e == nil {
		return 0, 0, 0
	}
	switch {
	case s.punct(end, "/") || s.punct(end, "-"):
		if alt, aend := s.has(end+1, kMonth); alt != nil && alt.month == e.month && alt.cal == e.cal {
			end = aend
		}
	case s.punct(end, "("):
		if alt, aend := s.has(end+1, kMonth); alt != nil && alt.month == e.month && s.punct(aend, ")") {
			end = aend + 1
		}
	default:
		// 24 يوليو تموز: the other name of the same month, with no mark
		// between, is the same month (a news agency's style), not a second date
		if alt, aend := s.has(end, kMonth); alt != nil && alt.month == e.month && alt.cal == e.cal && s.toks[end].Norm != s.toks[j].Norm {
			end = aend
		}
	}
	return e.month, e.cal, end
}

// numericDate reads 16/4/2023, 2023-04-16, 16.4.2023 as one token or as
// tokens (26 / 4 / 1948), with an optional era (15/8/1445 هـ).
func (s *scanner) numericDate(i int) int {
	var parts [3]string
	var end int
	v := s.toks[i].Norm
	if strings.ContainsAny(v, "/.") && !strings.Contains(v, ":") {
		sep := "/"
		if !strings.Contains(v, "/") {
			sep = "."
		}
		f := strings.Split(v, sep)
		if len(f) != 3 {
			return i
		}
		copy(parts[:], f)
		end = i + 1
	} else {
		// Tokens: N sep N sep N, one separator throughout.
		if i+4 >= len(s.toks) || s.kindAt(i+2) != news.Number || s.kindAt(i+4) != news.Number {
			return i
		}
		sep := s.toks[i+1].Text
		if s.kindAt(i+1) != news.Punctuation || (sep != "/" && sep != "-" && sep != ".") || !s.punct(i+3, sep) {
			return i
		}
		parts = [3]string{v, s.toks[i+2].Norm, s.toks[i+4].Norm}
		end = i + 5
	}
	var n [3]int
	for k, p := range parts {
		if len(p) == 0 || len(p) > 4 {
			return i
		}
		for j := 0; j < len(p); j++ {
			if p[j] < '0' || p[j] > '9' {
				return i
			}
			n[k] = n[k]*10 + int(p[j]-'0')
		}
	}
	era, eend := s.era(end)
	y, m, d := n[2], n[1], n[0]
	switch {
	case len(parts[0]) == 4 && len(parts[1]) <= 2 && len(parts[2]) <= 2: // 2023-04-16
		y, m, d = n[0], n[1], n[2]
	case len(parts[2]) == 4 && len(parts[0]) <= 2 && len(parts[1]) <= 2:
		if m > 12 && d <= 12 { // 4/22/1948: month first
			m, d = d, m
		}
	default:
		return i
	}
	if era != 0 {
		end = eend
	}
	if era == 0 && y >= 1300 && y <= 1500 {
		era = hijri // 1 /6 /1437: Saudi papers write Hijri dates without هـ
	}
	if era == hijri {
		if !validHijri(y, m, d) || y > 1600 {
			return i
		}
		s.emit(i, end, fromHijri(y, m, d).String())
		return end
	}
	if y < 1000 || y > 2200 || !validDay(y, m, d) {
		return i
	}
	s.emit(i, end, civil{y, m, d}.String())
	return end
}

// dayRange reads a range of days of one month: 16-19 أبريل, 16 إلى 19
// نيسان, 3 و5 مايو. The first day takes the month and year of the second.
func (s *scanner) dayRange(i int) int {
	d1, _, ok := s.num(i, 2)
	if !ok || d1 < 1 || d1 > 31 {
		return i
	}
	j := i + 1
	if !(s.punct(j, "-") || s.kindAt(j) == news.Word && s.is(j, kRange)) {
		return i
	}
	r, ok := s.dayMonth(j + 1)
	if !ok || r.d <= d1 {
		return i
	}
	v2 := s.resolveDay(r, i)
	v1 := ""
	if v2 != "" {
		// The first day lies in the month and year of the second.
		v1 = string(appendDigits([]byte(v2[:len("2006-01")]), d1, 2))
	}
	s.emit(i, i+1, v1)
	s.emit(j+1, r.end, v2)
	return r.end
}

// monthExpr reads a month name at i (ending at end): with a year it is that
// month (شباط/فبراير 2022); alone it is the month nearest to publication,
// unless the name is ambiguous and no prefix cues it.
func (s *scanner) monthExpr(i, end int, cued bool) int {
	m, cal, mend := s.monthName(i)
	if mend == 0 {
		return i
	}
	y, era, yend := s.yearAfter(mend)
	if yend < 0 {
		s.emit(i, mend, "")
		return mend
	}
	if yend > 0 {
		if cal == hijri || era == hijri {
			if y > 1600 {
				return i
			}
			c := fromHijri(y, m, 1)
			s.emit(i, yend, monthValue(c.y, c.m))
		} else {
			s.emit(i, yend, monthValue(y, m))
		}
		return yend
	}
	e, _ := s.has(i, kMonth)
	k := mend
	if s.is(k, kOf) {
		k++ // أيار من العام الماضي
	}
	if p, pend := s.has(k, kPeriod); p != nil && p.unit == year && cal == gregorian {
		// آب / أغسطس العام الماضي
		if d, dend := s.has(pend, kDirection); d != nil {
			if !s.hasPub {
				s.emit(i, dend, "")
			} else {
				s.emit(i, dend, monthValue(s.pub.y+d.dir, m))
			}
			return dend
		}
	}
	if d, dend := s.has(mend, kDirection); d != nil && cal == gregorian {
		// يونيو الماضي: the last June before the month of publication.
		if !s.hasPub {
			s.emit(i, dend, "")
			return dend
		}
		y := s.pub.y
		switch {
		case d.dir < 0 && m >= s.pub.m:
			y--
		case d.dir > 0 && m <= s.pub.m:
			y++
		}
		s.emit(i, dend, monthValue(y, m))
		return dend
	}
	if e.ambiguous && !cued && mend == end && !(cal == gregorian && s.from[i] == s.toks[i].Start && s.is(i-1, kYearPrep)) {
		// An ambiguous name alone; doubled (آب / أغسطس) it is a month, and
		// so is a Gregorian name written alone after a preposition, which
		// takes a noun, not the verb it could be (في مارس, not مارس
		// "practised"; not في باب, ب + اب); a Hijri one after في is as
		// often any year's (الصيام في رمضان).
		return i
	}
	// A month that takes its year from the next one: من يناير إلى مارس 2022.
	if s.is(mend, kRange) || s.punct(mend, "-") {
		if m2, cal2, m2end := s.monthName(mend + 1); m2end > 0 && cal2 == cal && cal == gregorian {
			if y, era, yend := s.yearAfter(m2end); yend > 0 && era != hijri && m2 > m {
				s.emit(i, mend, monthValue(y, m))
				s.emit(mend+1, yend, monthValue(y, m2))
				return yend
			}
		}
	}
	s.emit(i, mend, s.resolveMonth(m, cal, i))
	return mend
}

// weekdayExpr reads a weekday at i: الأحد, الأحد الماضي, الخميس المقبل,
// الثلاثاء الموافق 5/8/2008, السبت 28 آذار.
func (s *scanner) weekdayExpr(i, end int, e *entry) int {
	if c, _ := s.has(end, kNumber); c != nil && c.count == 10 { // الأحد عشر: eleven
		return i
	}
	// A date that follows gives the value.
	j := end
	if s.punct(j, ",") || s.punct(j, arabicComma) {
		j++
	}
	if s.is(j, kSame) {
		j++
		if s.kindAt(j) == news.Word && s.toks[j].Norm == lam { // الموافق ل
			j++
		}
	}
	if s.kindAt(j) == news.Number {
		n := len(s.out)
		if k := s.numericDate(j); k > j {
			s.out[n].start = i
			return k
		}
		if r, ok := s.dayMonth(j); ok {
			s.emit(i, r.end, s.resolveWeekdayDay(r, e.weekday, j))
			return r.end
		}
	}
	if o, oend := s.has(j, kOrdinal); o != nil {
		if r, ok := s.dayOf(o.ordinal, oend); ok {
			s.emit(i, r.end, s.resolveWeekdayDay(r, e.weekday, j))
			return r.end
		}
	}
	dir := 0
	if d, dend := s.has(end, kDirection); d != nil {
		dir, end = d.dir, dend
	}
	s.emit(i, end, s.resolveWeekday(e.weekday, dir, i))
	return end
}

// dayExpr reads أمس, اليوم, غدا, أول أمس, الليلة (الماضية), and a weekday
// after it (أمس الأحد).
func (s *scanner) dayExpr(i, end int, e *entry) int {
	switch {
	case s.is(end, kWeekday):
		end++ // أمس الأحد
	case s.punct(end, "(") && s.is(end+1, kWeekday) && s.punct(end+2, ")"):
		end += 3 // أمس (الأحد)
	case e.days == 0 && s.kindAt(end) == news.Word && strings.HasPrefix(s.toks[end].Norm, definite) && !s.is(end, kSame):
		return i // اليوم الوطني, اليوم الأول
	case e.days == 0 && s.perDay(i):
		return i // ثلاث مرات في اليوم
	}
	if !s.hasPub {
		s.emit(i, end, "")
		return end
	}
	s.emit(i, end, s.pub.addDays(e.days).String())
	return end
}

// perDay reports whether "في اليوم" at i means "a day", after a quantity:
// ثلاث مرات في اليوم, 39 ألف زائر في اليوم.
func (s *scanner) perDay(i int) bool {
	if !s.is(i-1, kYearPrep) {
		return false
	}
	for k := i - 2; k >= 0 && k >= i-4; k-- {
		if s.kindAt(k) == news.Number || s.is(k, kNumber) {
			return true
		}
	}
	return false
}
