package actor_test

import (
	"fmt"
	"strings"

	"rasad/internal/actor"
)

// Match finds the longest known phrase at the start of a run of words;
// StandsFor says which government a capital or landmark stands for.
func ExampleGazetteer_Match() {
	g := actor.Default()
	for _, text := range []string{"الكرملين يرد", "بكين", "الولايات المتحدة الأمريكية", "الروسية"} {
		n, hits := g.Match(actor.Keys(text))
		h := hits[0]
		fmt.Printf("%s: %d word(s), %s %s, adjective %v, stands for %s\n",
			text, n, h.Actor.Type, h.Actor.ID, h.Adjective, g.StandsFor(h.Actor).Code)
	}
	// Output:
	// الكرملين يرد: 1 word(s), place kremlin, adjective false, stands for RUS
	// بكين: 1 word(s), city beijing, adjective false, stands for CHN
	// الولايات المتحدة الأمريكية: 3 word(s), country usa, adjective false, stands for USA
	// الروسية: 1 word(s), country rus, adjective true, stands for RUS
}

// MatchAgent finds role nouns; the agent code joins the country that an
// adjective after it names.
func ExampleGazetteer_MatchAgent() {
	g := actor.Default()
	keys := actor.Keys("وزير الدفاع الصيني")
	n, agents := g.MatchAgent(keys)
	_, countries := g.Match(keys[n:])
	fmt.Println(countries[0].Actor.Code + agents[0].Actor.Code)
	// Output: CHNGOVMIL
}

// RoleOn picks the role in force on the article's date.
func ExampleActor_RoleOn() {
	g, err := actor.Load("people.txt", strings.NewReader(`chn	country	China
	ar: الصين
	code: CHN
li_shangfu	person	Li Shangfu
	ar: لي شانغفو
	country: CHN
	role: CHNMIL 2023-03-12 2023-10-24 defence minister
`))
	if err != nil {
		fmt.Println(err)
		return
	}
	li := g.Get("li_shangfu")
	for _, date := range []string{"2023-04-16", "2024-01-01"} {
		r, ok := li.RoleOn(date)
		fmt.Println(date, r.Code, r.Description, ok)
	}
	// Output:
	// 2023-04-16 CHNMIL defence minister true
	// 2024-01-01   false
}

// Errors in data files say where they are.
func ExampleLoad_error() {
	_, err := actor.Load("cities.txt", strings.NewReader("moscow\tcity\tMoscow\n\tar: موسكو\n\tcountry: RUS\n"))
	fmt.Println(err)
	// Output: cities.txt:3: moscow: unknown country RUS
}
