package genre

import (
	"rasad/internal/lexicon"
	"rasad/internal/news"
)

// sportWords is how many different words of sport (lexicon class
// sport-word) make an article a sports report.
const sportWords = 4

// Sport reports whether the document is a sports report: its text uses at
// least four different words that only sport uses together (class
// sport-word: مباراة, لاعب, مرمى, ركلات, الشوط, الملعب, الدوري, البطولة).
// A country or a person there is a team or a player (تدين بنما بالفضل
// لحارس مرماها: Panama's team, not the state; الاتحاد الكويتي لم يحترم
// الدورة: the football association), and what they do is play, no act
// between political actors: the article gives no event. One of these
// words alone is a figure of politics (لاعب إقليمي, الكرة في ملعب
// واشنطن, قطع شوطا), so one or two do not make a report sport. The words
// are looked up by the segmenter's stem without its article, once per
// token, until the fourth is found.
func Sport(doc *news.Document) bool {
	lx := lexicon.Default()
	var seen [sportWords]string
	n := 0
	for i := range doc.Tokens {
		bare, _ := lexicon.BareOf(&doc.Tokens[i])
		if !lx.Has(bare, "sport-word") || repeated(seen[:n], bare) {
			continue
		}
		seen[n] = bare
		if n++; n == sportWords {
			return true
		}
	}
	return false
}

// repeated reports whether w is among seen.
func repeated(seen []string, w string) bool {
	for _, s := range seen {
		if s == w {
			return true
		}
	}
	return false
}
