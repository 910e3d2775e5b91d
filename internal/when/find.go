package when

import (
	"strings"
	"unicode/utf8"

	"rasad/internal/arabic"
	"rasad/internal/news"
)

// Find returns the date expressions of text, in order and without overlap,
// each resolved to a value YYYY-MM-DD, YYYY-MM or YYYY against published
// (YYYY-MM-DD). toks are arabic.Tokenize(text). When published is "" or not
// a date, only expressions that name their year are returned. Durations
// (استمرت يومين) and vague periods (السنوات الماضية) are never returned.
func Find(text string, toks []news.Token, published string) []news.Date {
	s := newScanner(text, toks, published)
	s.run()
	var out []news.Date
	for _, m := range s.out {
		if m.value == "" {
			continue
		}
		start, end := s.span(m)
		out = append(out, news.Date{Text: text[start:end], Value: m.value, Start: start, End: end})
	}
	return out
}

// Spans returns every time expression of text, whether it names a day of
// the calendar or not: the dates of Find (relative ones too, which need no
// publication date to be recognised), durations (لمدة ثلاثة أيام, عامين)
// and vague periods (السنوات الماضية). It is what an annotation scheme such
// as Wojood's DATE marks; Rasad's documents carry only Find's dates.
func Spans(text string, toks []news.Token) []news.Span {
	s := newScanner(text, toks, "")
	s.run()
	out := make([]news.Span, 0, len(s.out))
	for _, m := range s.out {
		start, end := s.span(m)
		out = append(out, news.Span{Start: start, End: end})
	}
	return out
}

// span returns the byte offsets of m in the text, without the clitics
// before its first word (the و of والأحد).
func (s *scanner) span(m match) (int, int) {
	first := &s.toks[m.start]
	start := first.Start
	for k := 0; k < int(s.clitic[m.start]); k++ {
		_, n := utf8.DecodeRuneInString(s.text[start:first.End])
		start += n
		// Marks and tatweel that follow the clitic letter go with it.
		for start < first.End {
			r, n := utf8.DecodeRuneInString(s.text[start:first.End])
			if !arabic.IsMark(r) && r != arabic.Tatweel && !arabic.IsIgnorable(r) {
				break
			}
			start += n
		}
	}
	return start, s.toks[m.end-1].End
}

// match is an expression over the tokens [start, end); value is "" for a
// duration, a vague period, or a relative date without a publication date.
type match struct {
	start, end int
	value      string
}

type scanner struct {
	text   string
	toks   []news.Token
	slots  []*slot // what each token can begin, after clitics
	clitic []int8  // letters of clitics before the slot of each token
	pub    civil
	hasPub bool
	out    []match
}

func newScanner(text string, toks []news.Token, published string) *scanner {
	s := &scanner{text: text, toks: toks}
	s.pub, s.hasPub = parsePublished(published)
	s.slots = make([]*slot, len(toks))
	s.clitic = make([]int8, len(toks))
	for i := range toks {
		if toks[i].Kind == news.Word {
			var n int
			s.slots[i], n = lex.lookup(toks[i].Norm)
			s.clitic[i] = int8(n)
		}
	}
	return s
}

// Clitics that may precede a word of a date expression: a conjunction, then
// a preposition.
const (
	conjWaw        = string(arabic.Waw)
	conjFeh        = string(arabic.Feh)
	prepBeh        = string(arabic.Beh)
	prepLam        = string(arabic.Lam)
	prepKaf        = string(arabic.Kaf)
	alef           = string(arabic.Alef)
	seen           = string(arabic.Seen)
	arabicComma    = string(arabic.ArabicComma)
	arabicQuestion = string(arabic.ArabicQuestion)
	// definite is the article ال.
	definite = string(arabic.Alef) + string(arabic.Lam)
)

// lookup finds a normalised word in the lexicon, or the word without a
// leading conjunction (و, ف) and preposition (ب, ل, ك): وأمس, للعام.
// It also returns how many letters of clitics it took off.
func (l *lexicon) lookup(w string) (*slot, int) {
	if sl := l.index[w]; sl != nil {
		return sl, 0
	}
	rest, n := w, 0
	if strings.HasPrefix(rest, conjWaw) || strings.HasPrefix(rest, conjFeh) {
		rest, n = rest[len(conjWaw):], 1
		if utf8.RuneCountInString(rest) < 2 {
			return nil, 0
		}
		if sl := l.index[rest]; sl != nil {
			return sl, n
		}
	}
	if strings.HasPrefix(rest, prepBeh) || strings.HasPrefix(rest, prepLam) || strings.HasPrefix(rest, prepKaf) {
		r := rest[len(prepBeh):]
		if utf8.RuneCountInString(r) < 2 {
			return nil, 0
		}
		// After a preposition only a definite word, a year noun, a number,
		// a month or هذا: بالأمس, لعام, لثلاثة, لشهر, لهذا; not لامس "touched".
		if sl := l.index[r]; sl != nil && (strings.HasPrefix(r, definite) ||
			sl.e != nil && sl.e.kinds&(kYearNoun|kNumber|kMonth|kMonthNoun|kThis) != 0 || sl.e == nil) {
			return sl, n + 1
		}
		if strings.HasPrefix(r, prepLam) { // لل: ل + ال with its alef dropped
			if sl := l.index[alef+r]; sl != nil {
				return sl, n // the span keeps لل, which is not ال alone
			}
		}
	}
	return nil, 0
}

// at returns the entries that begin at token i, the longest phrase first,
// each with the index after it. It returns at most two.
func (s *scanner) at(i int) (es [2]*entry, ends [2]int) {
	if i < 0 || i >= len(s.toks) {
		return
	}
	sl := s.slots[i]
	if sl == nil {
		return
	}
	k := 0
	for _, p := range sl.phrases {
		if i+len(p.words) >= len(s.toks) {
			continue
		}
		ok := true
		for j, w := range p.words {
			if s.toks[i+1+j].Norm != w {
				ok = false
				break
			}
		}
		if ok {
			es[k], ends[k] = p.e, i+1+len(p.words)
			k++
			break
		}
	}
	if sl.e != nil {
		es[k], ends[k] = sl.e, i+1
	}
	return
}

// has returns the entry at token i that has kind k, and the index after it.
func (s *scanner) has(i int, k kind) (*entry, int) {
	es, ends := s.at(i)
	for j, e := range es {
		if e != nil && e.kinds&k != 0 {
			return e, ends[j]
		}
	}
	return nil, 0
}

func (s *scanner) is(i int, k kind) bool {
	e, _ := s.has(i, k)
	return e != nil
}

// punct reports whether token i is the punctuation mark p.
func (s *scanner) punct(i int, p string) bool {
	return i >= 0 && i < len(s.toks) && s.toks[i].Kind == news.Punctuation && s.toks[i].Text == p
}

func (s *scanner) kindAt(i int) news.TokenKind {
	if i < 0 || i >= len(s.toks) {
		return ""
	}
	return s.toks[i].Kind
}

// num returns the value of token i when it is a plain number of at most
// maxDigits digits.
func (s *scanner) num(i, maxDigits int) (int, int, bool) {
	if i < 0 || i >= len(s.toks) || s.toks[i].Kind != news.Number {
		return 0, 0, false
	}
	v := s.toks[i].Norm
	if len(v) == 0 || len(v) > maxDigits {
		return 0, 0, false
	}
	n := 0
	for j := 0; j < len(v); j++ {
		if v[j] < '0' || v[j] > '9' {
			return 0, 0, false
		}
		n = n*10 + int(v[j]-'0')
	}
	return n, len(v), true
}

func (s *scanner) emit(start, end int, value string) {
	s.out = append(s.out, match{start: start, end: end, value: value})
}

func (s *scanner) run() {
	for i := 0; i < len(s.toks); {
		if j := s.prefixed(i); j > i {
			i = j
			continue
		}
		i++
	}
}

// prefixed matches an expression at i, with up to three prefixes before it
// (صباح يوم الأحد, مطلع الشهر الجاري), and returns the index after it, or i.
func (s *scanner) prefixed(i int) int {
	j := i
	for j < len(s.toks) && j-i < 3 && s.is(j, kTime|kEdge) {
		j++
	}
	for ; j > i; j-- {
		n := len(s.out)
		if end := s.core(j, true); end > j {
			s.out[n].start = i
			return end
		}
	}
	return s.core(i, false)
}

// core matches an expression that begins at i, appends its matches and
// returns the index after it, or i. cued says a prefix (شهر, يوم, مطلع)
// stands before it.
func (s *scanner) core(i int, cued bool) int {
	if i >= len(s.toks) {
		return i
	}
	if s.toks[i].Kind == news.Number {
		return s.number(i)
	}
	if s.toks[i].Kind != news.Word {
		return i
	}
	es, ends := s.at(i)
	for k, e := range es {
		if e == nil {
			continue
		}
		end := ends[k]
		var j int
		switch {
		case e.kinds&kMonth != 0:
			j = s.monthExpr(i, end, cued)
		case e.kinds&kWeekday != 0:
			j = s.weekdayExpr(i, end, e)
		case e.kinds&kDay != 0:
			j = s.dayExpr(i, end, e)
		case e.kinds&kOrdinal != 0:
			j = s.ordinalExpr(i, end, e)
		default:
			j = i
		}
		if j > i {
			return j
		}
		if e.kinds&kYearNoun != 0 {
			if j = s.yearNounExpr(i, end); j > i {
				return j
			}
		}
		if e.kinds&kPeriod != 0 {
			if j = s.periodExpr(i, end, e, cued, false); j > i {
				return j
			}
		}
		if e.kinds&kThis != 0 {
			if p, pend := s.has(end, kPeriod); p != nil {
				if j = s.periodExpr(i, pend, p, cued, true); j > i {
					return j
				}
			}
		}
		if e.kinds&kAgo != 0 {
			if j = s.agoExpr(i, end, e); j > i {
				return j
			}
		}
		if e.kinds&kPeriods != 0 {
			if j = s.periodsExpr(i, end); j > i {
				return j
			}
		}
		if e.kinds&kNumber != 0 {
			if _, uend := s.has(end, kUnit); uend > 0 {
				s.emit(i, uend, "")
				return uend
			}
		}
		if e.kinds&kEvery != 0 {
			s.emit(i, end, "")
			return end
		}
		if e.kinds&kUnit != 0 && e.count == 2 && e.unit != hour {
			s.emit(i, end, "")
			return end
		}
	}
	return i
}

// number matches an expression that begins with the number at i: a numeric
// date, a day and month, a range of days, a year.
func (s *scanner) number(i int) int {
	if j := s.numericDate(i); j > i {
		return j
	}
	if j := s.dayRange(i); j > i {
		return j
	}
	if d, _, ok := s.num(i, 2); ok && d >= 1 && d <= 31 {
		if dm, ok := s.dayMonth(i); ok {
			s.emit(i, dm.end, s.resolveDay(dm, i))
			return dm.end
		}
	}
	if j := s.yearAlone(i); j > i {
		return j
	}
	// A count of time: a duration, never a date (3 أيام).
	if n, _, ok := s.num(i, 3); ok && n > 0 && s.kindAt(i+1) == news.Word && s.clitic[i+1] == 0 {
		if u, uend := s.has(i+1, kUnit); u != nil && u.unit != hour && s.kindAt(uend) != news.Number {
			s.emit(i, uend, "")
			return uend
		}
	}
	return i
}

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
	if s.punct(j, "/") || s.punct(j, "-") || s.punct(j, ".") || s.is(j, kOf) {
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
// نيسان (أبريل)), and returns the month, its calendar and the index after.
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
	}
	return e.month, e.cal, end
}

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
	return s.nearest(at, func(k int) (civil, bool) {
		y := s.pub.y + k
		c := civil{y, r.m, r.d}
		if r.hasDir && !inDirection(c, s.pub, r.dir) {
			return c, false
		}
		return c, validDay(y, r.m, r.d)
	}).value()
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
// nearest to publication; in a future context, the nearest on or after it.
func (s *scanner) nearest(at int, cand func(k int) (civil, bool)) maybe {
	future := s.future(at)
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
	if e.ambiguous && !cued && mend == end {
		return i // an ambiguous name alone; doubled (آب / أغسطس) it is a month
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

// resolveMonth gives the month m (of cal) nearest to publication: the one
// under way, or the one whose nearer end is closest; in a future context the
// nearest that has not ended. A Hijri month is valued by the Gregorian month
// in which it begins.
func (s *scanner) resolveMonth(m int, cal calendar, at int) string {
	if !s.hasPub {
		return ""
	}
	future := s.future(at)
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
		if future && last.before(s.pub) {
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
		if s.kindAt(j) == news.Word && s.toks[j].Norm == prepLam { // الموافق ل
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

// resolveWeekdayDay values a weekday with its day and month: the year is
// the one nearest to publication in which that day falls on that weekday,
// or else the nearest.
func (s *scanner) resolveWeekdayDay(r dm, wd, at int) string {
	if r.y != 0 || r.cal == hijri || !s.hasPub {
		return s.resolveDay(r, at) // with its year, or with none to be had
	}
	var best maybe
	bestDist := 0
	for k := -1; k <= 1; k++ {
		c := civil{s.pub.y + k, r.m, r.d}
		if !validDay(c.y, c.m, c.d) || c.weekday() != wd {
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
	return true
}

// secondYear reads the second year of a pair after the first ended at j:
// 1936 - 1939, عامي 2010 و2015, 1931 / 1932.
func (s *scanner) secondYear(j, y1 int, era calendar) int {
	if !(s.punct(j, "-") || s.punct(j, "/") || s.is(j, kRange)) {
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
	if digits != 4 || y < 1800 || y > 2100 {
		return i
	}
	var cue bool
	switch {
	case s.punct(prev, "(") && s.punct(j, ")"):
		cue = true
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
// (2022 شخصا), rather than one that follows a year (في 2022 وقال).
func (s *scanner) nounAfter(j int) bool {
	if s.kindAt(j) != news.Word {
		return false
	}
	w := s.toks[j].Norm
	return !strings.HasPrefix(w, conjWaw) && !strings.HasPrefix(w, conjFeh) && !s.is(j, kEra)
}

// future reports whether the words before token at, in its sentence, put it
// after publication: سوف, من المقرر, or a verb with the future prefix سـ
// (سيزور, ستعقد).
func (s *scanner) future(at int) bool {
	for k := at - 1; k >= 0 && k >= at-6; k-- {
		t := &s.toks[k]
		if t.Kind == news.Punctuation && (t.Text == "." || t.Text == "!" || t.Text == arabicQuestion || t.Text == "?") {
			return false
		}
		if k+1 < len(s.toks) && strings.Contains(s.text[t.End:s.toks[k+1].Start], "\n") {
			return false
		}
		if t.Kind != news.Word {
			continue
		}
		if sl := s.slots[k]; sl != nil && sl.e != nil && sl.e.kinds&kFuture != 0 {
			return true
		}
		if isFutureVerb(t.Norm) {
			return true
		}
	}
	return false
}

// isFutureVerb reports whether w looks like an imperfect verb with the
// future prefix: [و|ف]س + ي|ت|ن|ا + at least two letters.
func isFutureVerb(w string) bool {
	if strings.HasPrefix(w, conjWaw) || strings.HasPrefix(w, conjFeh) {
		w = w[len(conjWaw):]
	}
	if !strings.HasPrefix(w, seen) || utf8.RuneCountInString(w) < 4 {
		return false
	}
	r, _ := utf8.DecodeRuneInString(w[len(seen):])
	if r != arabic.Yeh && r != arabic.Teh && r != arabic.Noon && r != arabic.Alef {
		return false
	}
	if e := lex.words[w]; e != nil && e.kinds&(kNotFuture|kMonth|kUnit|kNumber) != 0 {
		return false
	}
	return true
}
