package quote_test

import (
	"fmt"
	"strings"

	"rasad/internal/arabic"
	"rasad/internal/news"
	"rasad/internal/quote"
)

func ExampleFind() {
	text := `وقال بوتين: "إننا نعمل أيضا بشكل نشط". وقال مسؤول كبير في كييف الجمعة، إن القوات الأوكرانية تعثر على مكونات صينية.`
	mention := func(word string) []news.Mention {
		i := strings.Index(text, word)
		return []news.Mention{{Start: i, End: i + len(word), Text: word}}
	}
	ents := []news.Entity{
		{Name: "Vladimir Putin", Type: news.PER, Country: "RUS", Mentions: mention("بوتين")},
		{Name: "Kyiv", Type: news.LOC, Country: "UKR", Mentions: mention("كييف")},
	}
	toks := arabic.Tokenize(text)
	arabic.DefaultSegmenter().Segment(toks)
	for _, q := range quote.Find(text, toks, arabic.Sentences(text, toks), ents) {
		fmt.Printf("%s (%s, %s) direct=%v: %s\n", q.Speaker.Text, q.Speaker.Name, q.Speaker.Country, q.Direct, q.Text)
	}
	// Output:
	// بوتين (Vladimir Putin, RUS) direct=true: إننا نعمل أيضا بشكل نشط
	// مسؤول كبير في كييف (, UKR) direct=false: القوات الأوكرانية تعثر على مكونات صينية
}
