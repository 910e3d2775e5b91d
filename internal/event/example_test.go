package event_test

import (
	"fmt"
	"strings"

	"rasad/internal/event"
	"rasad/internal/news"
)

// mention returns the entity named by name in text, with every mention.
func mention(text, name, english, country, actor string, typ news.EntityType) news.Entity {
	e := news.Entity{ID: english, Name: english, NameAr: name, Type: typ, Country: country, Actor: actor}
	for i := 0; ; {
		j := strings.Index(text[i:], name)
		if j < 0 {
			return e
		}
		e.Mentions = append(e.Mentions, news.Mention{Start: i + j, End: i + j + len(name), Text: name})
		i += j + len(name)
	}
}

func ExampleCoder_Code() {
	text := "اتهمت واشنطن بكين بأنها تنوي تصدير أسلحة لموسكو، وهي مزاعم نفتها الصين."
	doc := &news.Document{Text: text, Published: "2023-04-16"}
	doc.Entities = []news.Entity{
		mention(text, "واشنطن", "Washington", "USA", "", news.LOC),
		mention(text, "بكين", "Beijing", "CHN", "", news.LOC),
		mention(text, "موسكو", "Moscow", "RUS", "", news.LOC),
		mention(text, "الصين", "China", "CHN", "", news.LOC),
	}
	for _, ev := range event.DefaultCoder().Code(doc) {
		target := "-"
		if ev.Target != nil {
			target = ev.Target.Country
		}
		fmt.Println(ev.Source.Country, ev.Code, target, ev.Polarity, ev.Label)
	}
	// Output:
	// USA 112 CHN asserted Accuse
	// CHN 072 RUS alleged Provide military aid
	// CHN 016 - asserted Deny responsibility
}

func ExampleLoadCoder() {
	lexicon := `
verb 042 past=زار pres=يزور tgt=_
prep form=في
`
	c, err := event.LoadCoder(strings.NewReader(lexicon))
	if err != nil {
		fmt.Println(err)
		return
	}
	text := "زار الرئيس الفرنسي الجزائر"
	doc := &news.Document{Text: text, Published: "2022-08-25"}
	doc.Entities = []news.Entity{
		mention(text, "الفرنسي", "France", "FRA", "FRAGOV", news.LOC),
		mention(text, "الجزائر", "Algeria", "DZA", "DZA", news.LOC),
	}
	for _, ev := range c.Code(doc) {
		fmt.Println(ev.Source.Actor, ev.Code, ev.Target.Actor, ev.Date)
	}
	_, err = event.LoadCoder(strings.NewReader("verb 999 past=زار"))
	fmt.Println(err)
	// Output:
	// FRAGOV 042 DZA 2022-08-25
	// load event lexicon lexicon:1: unknown CAMEO code "999"
}
