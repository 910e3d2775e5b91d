package nisba_test

import (
	"fmt"

	"rasad/internal/entity/nisba"
	"rasad/internal/news"
)

func ExamplePrune() {
	doc := news.Document{Entities: []news.Entity{
		{ID: "e1", Name: "Brazil", Mentions: []news.Mention{{Text: "برازيلي", Nisba: true}}},
		{ID: "e2", Name: "Germany", Mentions: []news.Mention{{Text: "ألمانيا"}, {Text: "الألمانية", Nisba: true}}},
	}}
	nisba.Prune(&doc)
	for _, e := range doc.Entities {
		fmt.Println(e.ID, e.Name)
	}
	// Output: e2 Germany
}
