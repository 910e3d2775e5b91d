package actor

import "testing"

func TestNamedFirst(t *testing.T) {
	g := Default()
	tests := []struct {
		name, phrase string
		named        []string // IDs of the actors the article names
		want         string   // the hits in order
	}{
		{"a story of Yemen takes Zinjibar", "زنجبار", []string{"yem"}, "zinjibar zanzibar_city"},
		{"a Yemeni place is the country's too", "زنجبار", []string{"aden"}, "zinjibar zanzibar_city"},
		{"a story of Tanzania takes Zanzibar", "زنجبار", []string{"tza"}, "zanzibar_city zinjibar"},
		{"neither country named keeps the order", "زنجبار", nil, "zanzibar_city zinjibar"},
		{"a country and a town of one name are not ordered", "عمان", []string{"jor"}, "omn amman"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			named := map[*Actor]bool{}
			for _, id := range tt.named {
				a := g.Get(id)
				if a == nil {
					t.Fatalf("no actor %q", id)
				}
				named[a] = true
			}
			_, hits := g.Match(Keys(tt.phrase))
			if got := hitString(NamedFirst(hits, named)); got != tt.want {
				t.Errorf("NamedFirst(%s, %v) = %q, want %q", tt.phrase, tt.named, got, tt.want)
			}
		})
	}
}
