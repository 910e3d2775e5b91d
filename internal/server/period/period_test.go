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
