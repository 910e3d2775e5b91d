package period

import (
	"strings"
	"testing"
	"time"
)

func TestPeriods(t *testing.T) {
	day := func(s string) time.Time { d, _ := time.Parse(time.DateOnly, s); return d }
	for _, tt := range []struct {
		by, first, last string
		want            string
	}{
		{"day", "2023-04-14", "2023-04-16", "2023-04-14 2023-04-15 2023-04-16"},
		{"week", "2023-04-14", "2023-04-25", "2023-04-10 2023-04-17 2023-04-24"},
		{"month", "2023-01-31", "2023-03-01", "2023-01 2023-02 2023-03"},
		{"year", "2022-12-31", "2023-01-01", "2022 2023"},
	} {
		var got []string
		for _, s := range Starts(day(tt.first), day(tt.last), tt.by) {
			got = append(got, Label(s, tt.by))
		}
		if strings.Join(got, " ") != tt.want {
			t.Errorf("periods by %s from %s to %s = %v, want %s", tt.by, tt.first, tt.last, got, tt.want)
		}
	}
	for _, tt := range []struct {
		date, by string
		ok       bool
	}{
		{"2023-04-16", "day", true}, {"2023-04", "day", false}, {"2023-04", "month", true}, {"2023", "month", false}, {"2023", "year", true}, {"april", "day", false},
	} {
		if _, ok := ParseDay(tt.date, tt.by); ok != tt.ok {
			t.Errorf("ParseDay(%q, %s) ok = %v, want %v", tt.date, tt.by, ok, tt.ok)
		}
	}
}

func TestPeriodsAndFind(t *testing.T) {
	day := func(s string) time.Time { d, _ := time.Parse(time.DateOnly, s); return d }
	for _, tt := range []struct {
		name, first, last, by string
		most                  int
		wantBy                string
		wantN                 int
		coarser               bool
	}{
		{"by day as asked", "2023-04-01", "2023-04-30", "day", 120, "day", 30, false},
		{"fit: a fortnight by day", "2023-04-01", "2023-04-14", "", 120, "day", 14, false},
		{"fit: two months by week", "2023-04-01", "2023-05-31", "", 120, "week", 10, false},
		{"fit: ten years by year", "2013-04-01", "2023-05-31", "", 120, "year", 11, false},
		{"too many days: weeks", "2023-01-01", "2023-12-31", "day", 120, "week", 53, true},
		{"too many of all: years still", "1900-01-01", "2023-12-31", "month", 10, "year", 124, true},
	} {
		by, starts, coarser := Periods(day(tt.first), day(tt.last), tt.by, tt.most)
		if by != tt.wantBy || len(starts) != tt.wantN || coarser != tt.coarser {
			t.Errorf("%s: Periods(%s, %s, %q, %d) = %s, %d periods, coarser %v; want %s, %d, %v",
				tt.name, tt.first, tt.last, tt.by, tt.most, by, len(starts), coarser, tt.wantBy, tt.wantN, tt.coarser)
		}
	}
	starts := Starts(day("2023-01-15"), day("2023-03-02"), "month")
	for _, tt := range []struct {
		date string
		i    int
		ok   bool
	}{
		{"2023-01-01", 0, true}, {"2023-02-28", 1, true}, {"2023-03-31", 2, true}, {"2023-02", 1, true},
		{"2023-04-01", 0, false}, {"2022-12-31", 0, false}, {"2023", 0, false}, {"soon", 0, false},
	} {
		if i, ok := Find(starts, "month", tt.date); i != tt.i || ok != tt.ok {
			t.Errorf("Find(months of 2023-01..03, %q) = %d, %v; want %d, %v", tt.date, i, ok, tt.i, tt.ok)
		}
	}
	first, last := Extent([]string{"2023-04-02", "nope", "2023-01-09", "2023-03"})
	if first != day("2023-01-09") || last != day("2023-04-02") {
		t.Errorf("Extent = %s, %s; want 2023-01-09, 2023-04-02", first, last)
	}
	if first, _ := Extent(nil); !first.IsZero() {
		t.Errorf("Extent(nil) = %s, want zero", first)
	}
}
