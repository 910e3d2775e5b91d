package when

import (
	"embed"
	"fmt"
	"strconv"
	"strings"

	"rasad/internal/arabic"
	words "rasad/internal/lexicon"
)

//go:embed data/*.tsv
var dataFS embed.FS

// kind is a bit set of what a word can be in a date expression.
type kind uint32

const (
	kMonth     kind = 1 << iota // a month name
	kWeekday                    // الأحد
	kDay                        // أمس, اليوم, غدا
	kPeriod                     // الأسبوع, الشهر, العام
	kPeriods                    // الأيام, السنوات: vague, spans only
	kDirection                  // الماضي, الجاري, المقبل
	kThis                       // هذا, هذه
	kEdge                       // مطلع, أواخر
	kTime                       // صباح, مساء, يوم
	kAgo                        // منذ, قبل, بعد
	kYearNoun                   // عام, سنة
	kYearPrep                   // في, خلال
	kYearEvent                  // حرب, ثورة
	kEra                        // م, هـ
	kRange                      // إلى, حتى, و
	kSame                       // الموافق
	kFuture                     // سوف
	kNotFuture                  // سيارة: not a verb in the future
	kNumber                     // ثلاثة
	kUnit                       // يوم, أيام, يومين
	kAnchor                     // من, على: ties a count to another event
	kNotYear                    // رقم: the number after it is not a year
	kMeasure                    // مربع: م before it is metres, not an era
	kEvery                      // يوميا, سنويا: a frequency, spans only
	kOrdinal                    // الثامن والعشرين: a day of the month
	kGeneral                    // الأمين: العام after it means "general"
	kSince                      // منذ: with months or years, how long a state has lasted
	kThat                       // أن: after منذ, opens the clause of an act (Since)
	kOf                         // من: between a day and its month
	kMonthNoun                  // شهر: before a month name
	kPast                       // كان: what follows in its clause is before publication
)

// calendar is the calendar of a month name or a year.
type calendar int8

const (
	gregorian calendar = iota + 1
	hijri
)

// unit is a length of time.
type unit int8

const (
	day unit = iota + 1
	week
	month
	year
	decade
	century
	hour
)

var unitNames = map[string]unit{"day": day, "week": week, "month": month, "year": year,
	"decade": decade, "century": century, "hour": hour}

// entry is everything one word or phrase can be; kinds says which fields
// hold.
type entry struct {
	kinds     kind
	month     int      // kMonth: 1-12
	cal       calendar // kMonth, kEra
	ambiguous bool     // kMonth: a month only beside a number or شهر
	weekday   int      // kWeekday: 0 = Sunday
	days      int      // kDay: offset from publication
	unit      unit     // kPeriod, kPeriods, kUnit
	count     int      // kUnit: 1, 2, or 0 for a plural; kNumber: the value
	dir       int      // kDirection, kAgo: -1, 0, 1
	ordinal   int      // kOrdinal: the day of the month
	season    int      // a season (an edge too): the month it begins in
}

// phrase is an entry of more than one word; words are the words after the
// first, normalised.
type phrase struct {
	words []string
	e     *entry
}

// lexicon maps a normalised word to what it can be alone, and to the
// phrases that begin with it, longest first.
type lexicon struct {
	words   map[string]*entry
	phrases map[string][]phrase
	index   map[string]*slot // both, for one lookup a word
}

// slot is what a normalised word can begin: itself alone and phrases.
type slot struct {
	e       *entry
	phrases []phrase
}

// lex holds the embedded tables. A malformed table is a bug of the build,
// caught by the package's tests, so loading panics with file:line.
var lex = mustLoad()

func mustLoad() *lexicon {
	l := &lexicon{words: map[string]*entry{}, phrases: map[string][]phrase{}}
	for _, f := range []struct {
		name string
		add  func(l *lexicon, fields []string) error
	}{
		{"data/words.tsv", addWord},
		{"data/numbers.tsv", addNumber},
		{"data/units.tsv", addUnit},
		{"data/ordinals.tsv", addOrdinal},
	} {
		if err := l.load(f.name, f.add); err != nil {
			panic(err)
		}
	}
	if err := l.addMonths(words.Default()); err != nil {
		panic(err)
	}
	if err := l.addTimeWords(words.Default()); err != nil {
		panic(err)
	}
	for k, ps := range l.phrases {
		// Longest first, so that أول من أمس wins over أول أمس.
		for i := 1; i < len(ps); i++ {
			for j := i; j > 0 && len(ps[j].words) > len(ps[j-1].words); j-- {
				ps[j], ps[j-1] = ps[j-1], ps[j]
			}
		}
		l.phrases[k] = ps
	}
	l.index = map[string]*slot{}
	for w, e := range l.words {
		l.index[w] = &slot{e: e}
	}
	for w, ps := range l.phrases {
		if l.index[w] == nil {
			l.index[w] = &slot{}
		}
		l.index[w].phrases = ps
	}
	return l
}

func (l *lexicon) load(name string, add func(*lexicon, []string) error) error {
	f, err := dataFS.Open(name)
	if err != nil {
		return fmt.Errorf("load date tables: %w", err)
	}
	defer f.Close()
	err = words.ReadLines(f, name, func(_ int, line string) error { return add(l, strings.Split(line, "\t")) })
	if err != nil {
		return fmt.Errorf("load date tables %w", err)
	}
	return nil
}

// entryFor returns the entry of a word or phrase, creating it.
func (l *lexicon) entryFor(form string) *entry {
	words := strings.Fields(arabic.Normalize(form))
	if len(words) == 1 {
		e := l.words[words[0]]
		if e == nil {
			e = &entry{}
			l.words[words[0]] = e
		}
		return e
	}
	for _, p := range l.phrases[words[0]] {
		if strings.Join(p.words, " ") == strings.Join(words[1:], " ") {
			return p.e
		}
	}
	e := &entry{}
	l.phrases[words[0]] = append(l.phrases[words[0]], phrase{words: words[1:], e: e})
	return e
}

func parseCalendar(s string) (calendar, error) {
	switch s {
	case "gregorian":
		return gregorian, nil
	case "hijri":
		return hijri, nil
	}
	return 0, fmt.Errorf("unknown calendar %q", s)
}

// addMonths adds the month names of the lexicon (class month, in
// internal/lexicon/data/months.txt): month:N the month, calendar:gregorian
// or calendar:hijri, month-ambiguous a month only beside a number or شهر.
func (l *lexicon) addMonths(lx *words.Lexicon) error {
	forms := lx.Forms("month")
	if len(forms) == 0 {
		return fmt.Errorf("load date tables: the lexicon has no month names")
	}
	for _, form := range forms {
		w := lx.Word(form)
		cal, err := parseCalendar(w.Value("calendar"))
		if err != nil {
			return fmt.Errorf("load date tables: month %s (%s): %w", form, strings.Join(w.At, ", "), err)
		}
		m, err := strconv.Atoi(w.Value("month"))
		if err != nil || m < 1 || m > 12 {
			return fmt.Errorf("load date tables: month %s (%s): bad month %q", form, strings.Join(w.At, ", "), w.Value("month"))
		}
		e := l.entryFor(form)
		e.kinds |= kMonth
		e.month, e.cal = m, cal
		e.ambiguous = w.Has("month-ambiguous")
	}
	return nil
}

// timeWords are the kinds of words.tsv that the lexicon holds as classes
// of its words of time (internal/lexicon/data/time.txt): the class, and
// the kind it stands for; the class's value (direction:-1) is the kind's.
var timeWords = [...][2]string{{"date-head", "time"}, {"period-edge", "edge"}, {"season", "edge"}, {"direction", "direction"}, {"period", "period"}, {"periods", "periods"}, {"weekday", "weekday"}, {"day", "day"}}

// addTimeWords adds the words of the classes of timeWords, as addWord adds
// a row of words.tsv.
func (l *lexicon) addTimeWords(lx *words.Lexicon) error {
	for _, tw := range timeWords {
		forms := lx.Forms(tw[0])
		if len(forms) == 0 {
			return fmt.Errorf("load date tables: the lexicon has no words of class %s", tw[0])
		}
		for _, form := range forms {
			row := []string{tw[1], form}
			if v := lx.Word(form).Value(tw[0]); v != "" {
				row = append(row, v)
			}
			if err := addWord(l, row); err != nil {
				return fmt.Errorf("load date tables: %s %s (%s): %w", tw[0], form, strings.Join(lx.Word(form).At, ", "), err)
			}
			if tw[0] == "season" {
				m, err := strconv.Atoi(lx.Word(form).Value("season"))
				if err != nil || m < 1 || m > 12 {
					return fmt.Errorf("load date tables: season %s (%s): want season:MONTH", form, strings.Join(lx.Word(form).At, ", "))
				}
				l.entryFor(form).season = m
			}
		}
	}
	return nil
}

var wordKinds = map[string]kind{
	"weekday": kWeekday, "day": kDay, "period": kPeriod, "periods": kPeriods,
	"direction": kDirection, "this": kThis, "edge": kEdge, "time": kTime, "ago": kAgo,
	"yearnoun": kYearNoun, "yearprep": kYearPrep, "yearevent": kYearEvent, "era": kEra,
	"range": kRange, "same": kSame, "future": kFuture, "past": kPast, "notfuture": kNotFuture,
	"anchor": kAnchor, "notyear": kNotYear, "measure": kMeasure, "every": kEvery, "general": kGeneral, "since": kSince, "that": kThat, "of": kOf, "monthnoun": kMonthNoun,
}

func addWord(l *lexicon, f []string) error {
	if len(f) < 2 || len(f) > 3 {
		return fmt.Errorf("want kind, word[, value]; got %d fields", len(f))
	}
	k, ok := wordKinds[f[0]]
	if !ok {
		return fmt.Errorf("unknown kind %q", f[0])
	}
	val := ""
	if len(f) == 3 {
		val = f[2]
	}
	e := l.entryFor(f[1])
	e.kinds |= k
	var err error
	switch k {
	case kWeekday:
		e.weekday, err = strconv.Atoi(val)
		if err == nil && (e.weekday < 0 || e.weekday > 6) {
			err = fmt.Errorf("weekday %d out of 0-6", e.weekday)
		}
	case kDay:
		e.days, err = strconv.Atoi(val)
	case kDirection, kAgo:
		e.dir, err = strconv.Atoi(val)
	case kPeriod, kPeriods:
		if e.unit = unitNames[val]; e.unit == 0 {
			err = fmt.Errorf("unknown unit %q", val)
		}
	case kEra:
		e.cal, err = parseCalendar(val)
	}
	return err
}

func addNumber(l *lexicon, f []string) error {
	if len(f) != 2 {
		return fmt.Errorf("want word, value; got %d fields", len(f))
	}
	n, err := strconv.Atoi(f[1])
	if err != nil {
		return err
	}
	e := l.entryFor(f[0])
	e.kinds |= kNumber
	e.count = n
	return nil
}

func addUnit(l *lexicon, f []string) error {
	if len(f) != 3 {
		return fmt.Errorf("want noun, unit, count; got %d fields", len(f))
	}
	u := unitNames[f[1]]
	if u == 0 {
		return fmt.Errorf("unknown unit %q", f[1])
	}
	n, err := strconv.Atoi(f[2])
	if err != nil || n < 0 || n > 2 {
		return fmt.Errorf("bad count %q", f[2])
	}
	e := l.entryFor(f[0])
	if e.kinds&kNumber != 0 {
		return fmt.Errorf("%q is both a number and a unit", f[0])
	}
	e.kinds |= kUnit
	e.unit = u
	e.count = n
	return nil
}

func addOrdinal(l *lexicon, f []string) error {
	if len(f) != 2 {
		return fmt.Errorf("want ordinal, day; got %d fields", len(f))
	}
	n, err := strconv.Atoi(f[1])
	if err != nil || n < 1 || n > 31 {
		return fmt.Errorf("bad day %q", f[1])
	}
	e := l.entryFor(f[0])
	e.kinds |= kOrdinal
	e.ordinal = n
	return nil
}
