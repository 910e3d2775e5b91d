package namesake_test

import (
	"testing"

	"rasad/internal/actor"
	"rasad/internal/entity/namesake"
)

func TestBody(t *testing.T) {
	yemen := &actor.Actor{Type: actor.Org, Country: "YEM"}
	palestine := &actor.Actor{Type: actor.Org, Country: "PSE"}
	hits := []actor.Hit{{Actor: yemen}, {Actor: palestine}}
	for _, tc := range []struct {
		name   string
		counts map[string]int
		want   *actor.Actor
		ok     bool
	}{
		{"the country named most", map[string]int{"YEM": 1, "PSE": 3}, palestine, true},
		{"the match's own country", map[string]int{"YEM": 2}, yemen, true},
		{"a tie stands no choice", map[string]int{"YEM": 2, "PSE": 2}, yemen, false},
		{"no country named", nil, yemen, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got, ok := namesake.Body(yemen, hits, func(c string) int { return tc.counts[c] })
			if got != tc.want || ok != tc.ok {
				t.Errorf("Body(%v) = %s %v, want %s %v", tc.counts, got.Country, ok, tc.want.Country, tc.ok)
			}
		})
	}
}
