package force

import (
	"testing"

	"rasad/internal/news"
)

func TestOwn(t *testing.T) {
	for _, tc := range []struct {
		name, cc, country, actor string
		want                     bool
	}{
		{"the scene's police, named by nisba", "TUR", "TUR", "TURCOP", true},
		{"unnamed soldiers of the scene", "IRQ", "", "MIL", true},
		{"the scene's government", "LBY", "LBY", "LBYGOV", true},
		{"another state's army", "SYR", "TUR", "TURMIL", false},
		{"a person of the scene's country", "EGY", "EGY", "EGY", false},
		{"civilians of the scene", "IRQ", "", "CVL", false},
		{"rebels of the scene", "TUR", "TUR", "TURREB", false},
		{"a body of its own code", "IRQ", "", "IMGMUSISI", false},
		{"no scene", "", "IRQ", "IRQCOP", false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := Own(tc.cc, news.Party{Country: tc.country, Actor: tc.actor}); got != tc.want {
				t.Errorf("Own(%q, %q/%q) = %v, want %v", tc.cc, tc.country, tc.actor, got, tc.want)
			}
		})
	}
}
