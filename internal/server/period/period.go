// Package period is the calendar arithmetic of the analyst's timeline:
// periods of a day, a week (Monday to Sunday), a month or a year, their
// first and last days and labels, dates of the archive (YYYY-MM-DD,
// YYYY-MM, YYYY) read as days, and the period that suits a span. All days
// are dates in UTC at midnight; there is no HTTP here.
package period

import (
	"slices"
	"time"
)

// Names are the periods, finest first: day, week, month, year.
var Names = []string{"day", "week", "month", "year"}

// Fit returns the period that suits the days from first to last: a year
// past three years, a month past 120 days, a week past 45 days, else a day.
func Fit(first, last time.Time) string {
	switch span := last.Sub(first); {
	case span > 3*365*24*time.Hour:
		return "year"
	case span > 120*24*time.Hour:
		return "month"
	case span > 45*24*time.Hour:
		return "week"
	}
	return "day"
}

// Bounds returns the first and last day shown for a range asked from and
// to (YYYY, YYYY-MM or YYYY-MM-DD, each may be ""), first and last being
// those of the data: an end asked replaces the data's (to = 2023-04 ends on
// 30 April), and last is never before first.
func Bounds(from, to string, first, last time.Time) (time.Time, time.Time) {
	if d, ok := ParseDay(from, "year"); ok {
		first = d
	}
	if d, ok := ParseDay(to, "year"); ok {
		switch len(to) {
		case 4:
			d = d.AddDate(1, 0, -1)
		case 7:
			d = d.AddDate(0, 1, -1)
		}
		last = d
	}
	if last.Before(first) {
		last = first
	}
	return first, last
}

// Extent returns the first and last of dates (YYYY-MM-DD; others are
// passed over), both zero when there is none.
func Extent(dates []string) (first, last time.Time) {
	for _, s := range dates {
		d, err := time.Parse(time.DateOnly, s)
		if err != nil {
			continue
		}
		if first.IsZero() || d.Before(first) {
			first = d
		}
		if d.After(last) {
			last = d
		}
	}
	return first, last
}

// Periods returns the first days of the periods of by from first's to
// last's, by being Fit's where it is not one of Names (""): when they would be more than
// most, a coarser period's (a year's at the coarsest), and coarser true.
func Periods(first, last time.Time, by string, most int) (_ string, starts []time.Time, coarser bool) {
	if !slices.Contains(Names, by) {
		by = Fit(first, last)
	}
	for i := slices.Index(Names, by); ; i++ {
		by = Names[i]
		starts = Starts(first, last, by)
		if len(starts) <= most || by == "year" {
			return by, starts, coarser
		}
		coarser = true
	}
}

// Find returns the index in starts (the first days of periods of by, in
// order, as Starts gives them) of the period that holds the date s; ok is
// false when s is outside them, not a date, or less precise than by.
func Find(starts []time.Time, by, s string) (int, bool) {
	d, ok := ParseDay(s, by)
	if !ok || len(starts) == 0 || d.Before(starts[0]) || d.After(End(starts[len(starts)-1], by)) {
		return 0, false
	}
	i, _ := slices.BinarySearchFunc(starts, d, func(a, b time.Time) int { return a.Compare(b) })
	if i == len(starts) || starts[i].After(d) {
		i--
	}
	return i, true
}

// ParseDay reads a date of YYYY-MM-DD, YYYY-MM or YYYY as its first day;
// ok is false when it is not one, or when it is less precise than a period
// of by (a month, for a timeline by day or week).
func ParseDay(s, by string) (time.Time, bool) {
	layout := map[int]string{10: time.DateOnly, 7: "2006-01", 4: "2006"}[len(s)]
	if layout == "" {
		return time.Time{}, false
	}
	d, err := time.Parse(layout, s)
	if err != nil {
		return time.Time{}, false
	}
	switch len(s) {
	case 7:
		return d, by == "month" || by == "year"
	case 4:
		return d, by == "year"
	}
	return d, true
}

// Starts returns the first day of each period of by from first's to
// last's.
func Starts(first, last time.Time, by string) []time.Time {
	var out []time.Time
	for d := Start(first, by); !d.After(last); d = End(d, by).AddDate(0, 0, 1) {
		out = append(out, d)
	}
	return out
}

// Start returns the first day of d's period: the day, the Monday of its
// week, the first of its month or year.
func Start(d time.Time, by string) time.Time {
	switch by {
	case "week":
		return d.AddDate(0, 0, -(int(d.Weekday())+6)%7)
	case "month":
		return time.Date(d.Year(), d.Month(), 1, 0, 0, 0, 0, time.UTC)
	case "year":
		return time.Date(d.Year(), 1, 1, 0, 0, 0, 0, time.UTC)
	}
	return d
}

// End returns the last day of the period that starts on start.
func End(start time.Time, by string) time.Time {
	switch by {
	case "week":
		return start.AddDate(0, 0, 6)
	case "month":
		return start.AddDate(0, 1, -1)
	case "year":
		return start.AddDate(1, 0, -1)
	}
	return start
}

// Label names a period: 2023-04-16, 2023-04-10 (the Monday of a week),
// 2023-04, 2023.
func Label(start time.Time, by string) string {
	switch by {
	case "month":
		return start.Format("2006-01")
	case "year":
		return start.Format("2006")
	}
	return start.Format(time.DateOnly)
}
