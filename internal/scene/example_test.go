package scene_test

import (
	"fmt"

	"rasad/internal/news"
	"rasad/internal/scene"
)

// A report from Aden that names Yemen three times and Saudi Arabia, the
// doer of the aid, twice.
func ExampleCount_Country() {
	ents := []news.Entity{
		{Name: "Aden", Type: news.LOC, Country: "YEM", Mentions: []news.Mention{{Start: 0}, {Start: 300}}},
		{Name: "Saudi Arabia", Type: news.LOC, Country: "SAU", Mentions: []news.Mention{{Start: 50}, {Start: 200}}},
		{Name: "Yemen", Type: news.LOC, Country: "YEM", Mentions: []news.Mention{{Start: 120}}},
	}
	places := scene.Places(ents, nil)
	fmt.Printf("quote: %q\n", places.Country(scene.Rule{}))
	fmt.Printf("entity: %q\n", places.Country(scene.Rule{Min: 3, Ratio: 2}))
	fmt.Printf("entity, a Yemeni paper: %q\n", places.Country(scene.Rule{Min: 3, Ratio: 2, Outlet: "YEM", Passing: 2}))
	notDoers := scene.Places(ents, func(cc string) bool { return cc == "SAU" })
	fmt.Printf("event, aid from Saudi Arabia: %q\n", notDoers.Country(scene.Rule{FirstOnTie: true}))
	// Output:
	// quote: "YEM"
	// entity: ""
	// entity, a Yemeni paper: "YEM"
	// event, aid from Saudi Arabia: "YEM"
}
