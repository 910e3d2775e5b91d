package act

import (
	"strings"
	"time"

	"rasad/internal/arabic"
	"rasad/internal/news"
)

// counted reports whether a and b, records of one root and one polarity
// whose doers are of one country, tell one act by the number of those it
// acted on: a's target is a count of people or things (590 شخصا) that b's
// sentence gives too, and b's target is the same or not named. A report
// dates such an act as it likes: «اعتقلت السلطات التركية 590 شخصا» on the
// day of publication, «اعتقلت الشرطة التركية منذ الجمعة ... 590 شخصا» on
// the day the arrests began; the same count of at least minCount, told of
// doers of one country within a week, is one act. A small count (قتل
// شخصين) recurs by chance and tells nothing.
func counted(a, b *news.Event) bool {
	if a.Polarity != b.Polarity || root(a.Code) != root(b.Code) || root(a.Code) == "" || unnamed(&a.Source) || unnamed(&b.Source) {
		return false
	}
	if a.Source.Country == "" || a.Source.Country != b.Source.Country || a.Location != "" && b.Location != "" && a.Location != b.Location {
		return false
	}
	if !days(a.Date, b.Date, 7) {
		return false
	}
	return tells(a, b) || tells(b, a)
}

// minCount is the least count of people or things that tells one act.
const minCount = 10

// tells reports whether a's target is a count of at least minCount that
// b's sentence gives, b naming no other target.
func tells(a, b *news.Event) bool {
	if a.Target == nil || b.Target != nil && !sameParty(a.Target, b.Target) {
		return false
	}
	name := a.Target.Name
	if count(name) < minCount || len(strings.Fields(name)) < 2 {
		return false
	}
	return strings.Contains(arabic.Normalize(b.Text), arabic.Normalize(name))
}

// count returns the number that opens s (590 in «590 شخصا», in Arabic or
// Indic digits), or -1.
func count(s string) int {
	n, digits := 0, 0
	for _, r := range s {
		v, ok := arabic.DigitValue(r)
		if !ok {
			break
		}
		n, digits = n*10+v, digits+1
	}
	if digits == 0 {
		return -1
	}
	return n
}

// days reports whether the dates a and b (YYYY-MM-DD) are at most n days
// apart.
func days(a, b string, n int) bool {
	s, err1 := time.Parse(time.DateOnly, a)
	t, err2 := time.Parse(time.DateOnly, b)
	if err1 != nil || err2 != nil {
		return false
	}
	d := s.Sub(t)
	return d <= time.Duration(n)*24*time.Hour && d >= -time.Duration(n)*24*time.Hour
}
