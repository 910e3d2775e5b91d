package background

import (
	"strings"
	"testing"

	"rasad/internal/event/vocab"
	"rasad/internal/news"
	"rasad/internal/tabletest"
)

// cued is words with the cues Tally reads (منذ, أمس, numbers in words), dashes
// as bounds, and each token at offset 10*j (a date written «@value» starts
// at the token after it).
type cued []string

func (c cued) Span() (int, int) { return 0, len(c) }

func (c cued) Word(j int) Word {
	w := words(c).Word(j)
	switch w.Rest {
	case "منذ":
		w.Cue = vocab.CueSince
	case "ثلاثه", "خمس", "عشره", "نحو":
		w.Cue = vocab.CueNumber
	case "امس":
		w.Cue = vocab.CueRecent
	case "-":
		w.Bound = true
	}
	w.Start = 10 * j
	return w
}

// TestDated runs the rules that read a sentence's dates against the day of
// publication (Tally, Told) over their rows.
func TestDated(t *testing.T) {
	type rule struct {
		fn        func(Sentence, int, []news.Date, string) bool
		published string
	}
	tabletest.Verdicts(t, "testdata/dated.tsv", 6, map[string]rule{
		"Tally":  {Tally, "2015-07-24"},
		"Before": {Before, "2015-07-24"},
		"Told":   {Told, "2015-07-22"},
	}, func(t *testing.T, r rule, a []string) bool {
		var dates []news.Date
		if date := tabletest.Int(t, a[2]); date >= 0 {
			dates = []news.Date{{Value: a[3], Start: 10 * date, End: 10*date + 5}}
		}
		return r.fn(cued(strings.Fields(a[0])), tabletest.Int(t, a[1]), dates, r.published)
	})
}
