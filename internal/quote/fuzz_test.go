package quote

import (
	"testing"

	"rasad/internal/arabic"
	"rasad/internal/news"
	"rasad/internal/seed"
)

// FuzzFind checks that Find never panics and keeps every span inside the
// text, whatever the text and whichever words are taken as entities.
func FuzzFind(f *testing.F) {
	f.Add(seed.Text(f), uint8(3))
	for _, r := range corpusRows(f)[:20] {
		f.Add(r.text, uint8(2))
	}
	f.Add("وقال: «", uint8(1))
	f.Add("» قال «", uint8(1))
	f.Add("\"\"\"قال\"", uint8(0))
	f.Add("ونقلت عن قوله إن", uint8(1))
	f.Fuzz(func(t *testing.T, text string, every uint8) {
		toks := arabic.Tokenize(text)
		arabic.DefaultSegmenter().Segment(toks)
		sents := arabic.Sentences(text, toks)
		// Every n-th word is a person; mentions may cover part of a token
		// (a proclitic left out) or run across two.
		var ents []news.Entity
		n := int(every%7) + 1
		for i, tk := range toks {
			if tk.Kind != news.Word || i%n != 0 {
				continue
			}
			m := news.Mention{Start: tk.Start, End: tk.End}
			if i%3 == 1 && tk.End-tk.Start > 2 {
				m.Start += 2
			}
			if i%5 == 2 && i+1 < len(toks) {
				m.End = toks[i+1].End
			}
			typ := news.PER
			if i%4 == 3 {
				typ = news.LOC
			}
			ents = append(ents, news.Entity{Name: tk.Text, Type: typ, Country: "XXX", Mentions: []news.Mention{m}})
		}
		got := Finder{Resolver: roleBook{}}.Find(text, toks, sents, ents)
		checkSpans(t, text, got)
		// Nonsense sentences and entities must not panic either.
		Find(text, toks, []news.Sentence{{Start: len(text), End: 0}, {Start: 0, End: len(text) + 5}}, ents)
	})
}
