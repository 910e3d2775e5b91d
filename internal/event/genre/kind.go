package genre

import (
	"slices"

	"rasad/internal/lexicon"
	"rasad/internal/news"
)

// sportWords is how many different words of sport (lexicon class
// sport-word) make an article a sports report; workSentences how many
// sentences naming a work (work-noun) make one that opens on it a review.
const sportWords, workSentences = 4, 3

// Sport reports whether the document is a sports report: its text uses at
// least four different words that only sport uses together (class
// sport-word: مباراة, لاعب, مرمى, ركلات, الشوط, الملعب, الدوري, البطولة).
// A country or a person there is a team or a player (تدين بنما بالفضل
// لحارس مرماها: Panama's team, not the state; الاتحاد الكويتي لم يحترم
// الدورة: the football association), and what they do is play, no act
// between political actors: the article gives no event. One of these
// words alone is a figure of politics (لاعب إقليمي, الكرة في ملعب
// واشنطن, قطع شوطا), so fewer than four do not make a report sport.
func Sport(doc *news.Document) bool { return read(doc).sport }

// Review reports whether the document reviews or presents a work: the
// first sentence of its body names a book, a novel, a film or a play
// (class work-noun: حاول الكاتب في كتابه, شكلت قصة الرواية مادة لفيلم)
// and at least three of its sentences do. What such an article tells is
// the work's: its plot (وفي الفيلم سجن البطل), its author's argument
// (يعرض المؤلف انتقادات للحركة), the history it recounts; its people are
// characters and authors, and it gives no event. A report that names a
// book once (صدر له كتاب) or that only later turns to one is news, and
// scripture (كتاب الله) is no work.
func Review(doc *news.Document) bool { return read(doc).review }

// kind is what one walk of a document's tokens finds of its genre.
type kind struct{ sport, review bool }

// read walks the tokens of doc once, looking each up by the segmenter's
// stem without its article: the different words of sport (up to the
// fourth), and the sentences that name a work.
func read(doc *news.Document) kind {
	lx := lexicon.Default()
	var seen [sportWords]string
	n, works, si, last, first := 0, 0, 0, -1, firstBody(doc)
	opened := false
	for i := range doc.Tokens {
		tok := &doc.Tokens[i]
		for si < len(doc.Sentences) && tok.Start >= doc.Sentences[si].End {
			si++
		}
		bare, _ := lexicon.BareOf(tok)
		w := lx.Word(bare)
		switch {
		case w.Has("sport-word") && n < sportWords && !slices.Contains(seen[:n], bare) && !adjective(doc, i):
			seen[n] = bare
			n++
		case w.Has("work-noun") && si != last && !adjective(doc, i) && !scripture(lx, doc, i):
			works, last = works+1, si
			opened = opened || si == first
		}
	}
	return kind{sport: n == sportWords, review: opened && works >= workSentences}
}

// adjective reports whether the word at token i is an adjective: with the
// article right after a word with the article, it agrees with that noun
// (الفنون المسرحية, العروض المسرحية: theatrical, no play; الاجتماع
// الدوري, التقرير الدوري: periodic, no league).
func adjective(doc *news.Document, i int) bool {
	return i > 0 && lexicon.Definite(&doc.Tokens[i]) && lexicon.Definite(&doc.Tokens[i-1])
}

// scripture reports whether the work noun at token i is scripture: the
// word after it is of class scripture-mark (كتاب الله, الكتاب المقدس,
// الكتاب والسنة), a book no article reviews.
func scripture(lx *lexicon.Lexicon, doc *news.Document, i int) bool {
	return i+1 < len(doc.Tokens) && lx.Has(doc.Tokens[i+1].Norm, "scripture-mark")
}

// firstBody returns the index of the first sentence of doc's body (after
// its title line), or -1.
func firstBody(doc *news.Document) int {
	at := 0
	if doc.Title != "" {
		at = len(doc.Title) + 1
	}
	for i, s := range doc.Sentences {
		if s.Start >= at {
			return i
		}
	}
	return -1
}
