package when

import "time"

// civil is a day of the proleptic Gregorian calendar.
type civil struct{ y, m, d int }

func (c civil) time() time.Time { return time.Date(c.y, time.Month(c.m), c.d, 0, 0, 0, 0, time.UTC) }

func fromTime(t time.Time) civil { return civil{t.Year(), int(t.Month()), t.Day()} }

func (c civil) addDays(n int) civil { return fromTime(c.time().AddDate(0, 0, n)) }

func (c civil) weekday() int { return int(c.time().Weekday()) }

func (c civil) before(o civil) bool {
	if c.y != o.y {
		return c.y < o.y
	}
	if c.m != o.m {
		return c.m < o.m
	}
	return c.d < o.d
}

// days is the number of days from c to o.
func (c civil) days(o civil) int { return int(o.time().Sub(c.time()).Hours() / 24) }

// String is the day as YYYY-MM-DD.
func (c civil) String() string {
	b := make([]byte, 0, len("2006-01-02"))
	return string(appendDigits(appendDigits(appendDigits(b, c.y, 4), c.m, 2), c.d, 2))
}

// monthValue is YYYY-MM.
func monthValue(y, m int) string {
	b := make([]byte, 0, len("2006-01"))
	return string(appendDigits(appendDigits(b, y, 4), m, 2))
}

// yearValue is YYYY.
func yearValue(y int) string { return string(appendDigits(make([]byte, 0, 4), y, 4)) }

// appendDigits appends n (0 <= n < 10^width) in width digits, after a hyphen
// unless b is empty.
func appendDigits(b []byte, n, width int) []byte {
	if len(b) > 0 {
		b = append(b, '-')
	}
	start := len(b)
	for k := 0; k < width; k++ {
		b = append(b, '0')
	}
	for k := len(b) - 1; k >= start && n > 0; k-- {
		b[k] = byte('0' + n%10)
		n /= 10
	}
	return b
}

// validDay reports whether y-m-d is a day of the Gregorian calendar.
func validDay(y, m, d int) bool {
	if m < 1 || m > 12 || d < 1 || d > 31 {
		return false
	}
	return fromTime(civil{y, m, d}.time()) == civil{y, m, d}
}

// parsePublished reads YYYY-MM-DD, a day of the years 1000 to 8999 (values
// are written with four digits).
func parsePublished(s string) (civil, bool) {
	t, err := time.Parse(time.DateOnly, s)
	if err != nil || t.Year() < 1000 || t.Year() > 8999 {
		return civil{}, false
	}
	return fromTime(t), true
}

// The Hijri calendar is the arithmetical (tabular) Islamic calendar with the
// civil epoch (1 Muharram 1 AH = Friday 16 July 622 Julian) and the leap
// years 2, 5, 7, 10, 13, 16, 18, 21, 24, 26 and 29 of each 30-year cycle.
// It differs from the Umm al-Qura calendar and from sighted months by a day
// or two at most.

const (
	hijriEpoch = 1948440 // Julian day number of 1 Muharram 1 AH
	unixEpoch  = 2440588 // Julian day number of 1970-01-01
)

// hijriJDN returns the Julian day number of Hijri y-m-d.
func hijriJDN(y, m, d int) int {
	return d + (59*(m-1)+1)/2 + (y-1)*354 + (3+11*y)/30 + hijriEpoch - 1
}

// fromHijri converts a Hijri date to the Gregorian calendar.
func fromHijri(y, m, d int) civil {
	return fromTime(time.Unix(int64(hijriJDN(y, m, d)-unixEpoch)*86400, 0).UTC())
}

// toHijri converts a Gregorian date to the Hijri calendar.
func toHijri(c civil) (y, m, d int) {
	jdn := int(c.time().Unix()/86400) + unixEpoch
	y = (30*(jdn-hijriEpoch) + 10646) / 10631
	m = 1
	for m < 12 && hijriJDN(y, m+1, 1) <= jdn {
		m++
	}
	return y, m, jdn - hijriJDN(y, m, 1) + 1
}

// validHijri reports whether y-m-d is a day of the tabular Hijri calendar.
func validHijri(y, m, d int) bool {
	if y < 1 || m < 1 || m > 12 || d < 1 || d > 30 {
		return false
	}
	ny, nm := y, m+1
	if nm > 12 {
		ny, nm = y+1, 1
	}
	return d <= hijriJDN(ny, nm, 1)-hijriJDN(y, m, 1)
}
