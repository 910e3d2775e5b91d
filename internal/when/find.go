package when

import (
	"slices"
	"strconv"
	"strings"

	"rasad/internal/arabic"
	words "rasad/internal/lexicon"
	"rasad/internal/news"
	"rasad/internal/reuse"
)

// Find returns the date expressions of text, in order and without overlap,
// each resolved to a value YYYY-MM-DD, YYYY-MM or YYYY against published
// (YYYY-MM-DD). toks are arabic.Tokenize(text), segmented (Segmenter.Segment:
// a word is read through its Parts, والأحد as و + الأحد); words without
// Parts are segmented by arabic.DefaultSegmenter. When published is "" or not
// a date, only expressions that name their year are returned. Durations
// (استمرت يومين) and vague periods (السنوات الماضية) are never returned.
func Find(text string, toks []news.Token, published string) []news.Date {
	s := newScanner(text, toks, published)
	defer s.release()
	s.run()
	var out []news.Date
	for _, m := range s.out {
		if m.value == "" || !s.plausible(m) || s.placeName(m.start) {
			continue // (ميدان 6 أكتوبر: a place's name)
		}
		start, end := s.span(m)
		out = append(out, news.Date{Text: text[start:end], Value: m.value, Start: start, End: end})
	}
	return out
}

// plausible reports whether a value lies within what news can mean against
// the publication date: from 2,000 years before it to 5 years after it, or
// to 50 years after it for a year the text writes out (a plan's target, حتى
// عام 2030, read in 2016). Without a publication date every value is kept.
func (s *scanner) plausible(m match) bool {
	if !s.hasPub || len(m.value) < 4 {
		return true
	}
	y, err := strconv.Atoi(m.value[:4])
	ahead := 5
	if m.written {
		ahead = 50
	}
	return err == nil && y >= s.pub.y-2000 && y <= s.pub.y+ahead
}

// Spans returns every time expression of text, whether it names a day of
// the calendar or not: the dates of Find (relative ones too, which need no
// publication date to be recognised), durations (لمدة ثلاثة أيام, عامين)
// and vague periods (السنوات الماضية). It is what an annotation scheme such
// as Wojood's DATE marks; Rasad's documents carry only Find's dates.
func Spans(text string, toks []news.Token) []news.Span {
	s := newScanner(text, toks, "")
	defer s.release()
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
	return s.from[m.start], s.toks[m.end-1].End
}

// match is an expression over the tokens [start, end); value is "" for a
// duration, a vague period, or a relative date without a publication date.
type match struct {
	start, end int
	value      string
	written    bool // a year written out in digits (عام 2030), not computed
}

type scanner struct {
	text   string
	toks   []news.Token
	slots  []*slot // what each token can begin, after clitics
	from   []int   // where an expression that begins at each token starts: after its clitics
	pub    civil
	hasPub bool
	// hijriText: some year of the text is marked Hijri (هـ, هجري), so
	// years without an era are Hijri too where they can be.
	hijriText bool
	out       []match
}

func newScanner(text string, toks []news.Token, published string) *scanner {
	s := &scanner{text: text, toks: segmented(toks)}
	toks = s.toks
	s.pub, s.hasPub = parsePublished(published)
	s.slots, s.from = slotArrays.Get(len(toks)), fromArrays.Get(len(toks))
	for i := range toks {
		s.from[i] = toks[i].Start
		if toks[i].Kind == news.Word {
			s.slots[i], s.from[i] = lex.lookup(&toks[i])
			if e := lex.words[toks[i].Norm]; e != nil && e.kinds&kEra != 0 && e.cal == hijri && i > 0 && toks[i-1].Kind == news.Number {
				s.hijriText = true
			}
		}
	}
	return s
}

// The arrays of a scanner, reused document after document.
var (
	slotArrays reuse.Slices[*slot]
	fromArrays reuse.Slices[int]
)

// release gives the scanner's arrays back, once nothing reads them: no
// date refers to them.
func (s *scanner) release() {
	slotArrays.Put(s.slots)
	fromArrays.Put(s.from)
}

// segmented returns toks with the Parts of every word: toks itself when
// they have them, else a copy segmented by arabic.DefaultSegmenter.
func segmented(toks []news.Token) []news.Token {
	for i := range toks {
		if toks[i].Kind == news.Word && toks[i].Parts == nil {
			toks = slices.Clone(toks)
			arabic.DefaultSegmenter().Segment(toks)
			return toks
		}
	}
	return toks
}

const (
	conjWaw        = string(arabic.Waw)
	conjFeh        = string(arabic.Feh)
	alef           = string(arabic.Alef)
	lam            = string(arabic.Lam)
	arabicComma    = string(arabic.ArabicComma)
	arabicQuestion = string(arabic.ArabicQuestion)
	// definite is the article ال.
	definite = string(arabic.Alef) + string(arabic.Lam)
)

// lookup finds a word in the lexicon: as written, or without the
// conjunction (و, ف) the segmenter split off it (وأمس), or its stem after a
// preposition (ب, ل, ك: للعام, بالأمس). It also returns where an expression
// that begins with the word starts: after the clitics it took off, but
// with the ل of لل kept, which is not ال alone.
func (l *lexicon) lookup(tok *news.Token) (*slot, int) {
	if sl := l.index[tok.Norm]; sl != nil {
		return sl, tok.Start
	}
	stem, c := words.StemOf(tok)
	if c.Conj == "" && c.Prep == "" || c.Future || c.Pronoun != "" {
		return nil, tok.Start
	}
	if c.Conj != "" {
		if rest, _ := words.WithoutConjunction(tok); arabic.AtLeastRunes(rest, 2) {
			if sl := l.index[rest]; sl != nil {
				return sl, tok.Parts[1].Start
			}
		}
	}
	if c.Prep == "" || !arabic.AtLeastRunes(stem, 2) {
		return nil, tok.Start
	}
	// After a preposition only a definite word, a year noun, a number, a
	// month or هذا: بالأمس, لعام, لثلاثة, لشهر, لهذا; not لامس "touched".
	sl := l.index[stem]
	if sl == nil || !(strings.HasPrefix(stem, definite) ||
		sl.e != nil && sl.e.kinds&(kYearNoun|kNumber|kMonth|kMonthNoun|kThis) != 0 || sl.e == nil) {
		return nil, tok.Start
	}
	k := len(tok.Parts) - 1 // the stem
	if st := tok.Parts[k]; strings.HasPrefix(stem, definite) && !strings.HasPrefix(arabic.Normalize(tok.Text[st.Start-tok.Start:st.End-tok.Start]), alef) {
		k-- // ل + (ا)لعام: the span keeps لل
	}
	return sl, tok.Parts[k].Start
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
		if e.season != 0 {
			if j = s.seasonExpr(i, end, e.season); j > i {
				return j
			}
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
	if n, _, ok := s.num(i, 3); ok && n > 0 && s.kindAt(i+1) == news.Word && s.from[i+1] == s.toks[i+1].Start {
		if u, uend := s.has(i+1, kUnit); u != nil && u.unit != hour && s.kindAt(uend) != news.Number {
			s.emit(i, uend, "")
			return uend
		}
	}
	return i
}
