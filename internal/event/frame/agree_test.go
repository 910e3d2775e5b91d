package frame

import "testing"

func TestOneCountry(t *testing.T) {
	type party struct{ country, code string }
	for _, c := range []struct {
		name    string
		parties []party
		want    string
	}{
		{"police at home", []party{{"IRQ", "IRQCOP"}}, "IRQ"},
		{"an armed group and a group of no country", []party{{"SYR", "SYRREB"}, {"", "IMGMUSALQ"}}, "SYR"},
		{"an army may act abroad", []party{{"USA", "USAMIL"}}, ""},
		{"a state named by its country", []party{{"USA", "USA"}}, ""},
		{"the media", []party{{"FRA", "FRAMED"}}, ""},
		{"two countries", []party{{"IRQ", "IRQGOV"}, {"SYR", "SYRGOV"}}, ""},
		{"an unnamed role", []party{{"TUR", "COP"}}, "TUR"},
		{"none", nil, ""},
	} {
		got := OneCountry(len(c.parties), func(i int) (string, string) { return c.parties[i].country, c.parties[i].code })
		if got != c.want {
			t.Errorf("%s: OneCountry = %q, want %q", c.name, got, c.want)
		}
	}
}
