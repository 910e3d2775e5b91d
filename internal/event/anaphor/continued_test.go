package anaphor

import (
	"strings"
	"testing"

	"rasad/internal/arabic"
	"rasad/internal/news"
)

// TestContinued: a verb with a dropped subject continues the speaker the
// paragraph quoted last when that speaker is named in the paragraph or was
// quoted where it was named; a speaker carried from a name that quoted
// nothing there (the object of a verb before) is not continued unless the
// paragraph names an actor of its own, and no quote is continued when the
// paragraph names the last doer.
func TestContinued(t *testing.T) {
	// quote is [said, quoted text, speaker's name] found in the text: the
	// speaker's span is the first place its name stands
	type quote struct{ at, text, speaker string }
	tests := []struct {
		name   string
		text   string
		quotes []quote
		doer   string // the last doer's name, a mention of an entity
		named  string // another entity's name in the text, "" for none
		verb   string // the verb with a dropped subject
		want   bool   // the quote's speaker is continued
	}{
		{"speaker named in the paragraph",
			"وطالبت الحكومة بالتحقيق.\nوقال سمير عادل إن الوضع صعب، ونفى أن يكون التقى الوزير.",
			[]quote{{"إن", "الوضع صعب", "سمير عادل"}}, "الحكومة", "", "ونفى", true},
		{"speaker quoted where named, a paragraph before",
			"وقال سمير عادل إن الجيش قصف المدينة.\nوأضاف أن الوضع صعب، ونفى أن يكون التقى الوزير.",
			[]quote{{"إن", "الجيش قصف المدينة", "سمير عادل"}, {"أن", "الوضع صعب", "سمير عادل"}}, "الجيش", "", "ونفى", true},
		{"speaker carried from an object",
			"ودعا الوزير الدول الغربية إلى مراجعة مواقفها.\nوأشار إلى أن الظاهرة خطيرة، وطالب بالعمل على تقليلها.",
			[]quote{{"أن", "الظاهرة خطيرة", "الدول الغربية"}}, "الوزير", "", "وطالب", false},
		{"speaker carried from an object, the paragraph names another",
			"ودعا الوزير الدول الغربية إلى مراجعة مواقفها.\nوبينهم سمير عادل الذي أشار إلى أن الظاهرة خطيرة، وطالب بالعمل على تقليلها.",
			[]quote{{"أن", "الظاهرة خطيرة", "الدول الغربية"}}, "الوزير", "سمير عادل", "وطالب", true},
		{"the paragraph names the last doer",
			"وقال سمير عادل إن الوضع صعب، وطالبت الحكومة بالتحقيق، وأكدت أنها مستعدة.",
			[]quote{{"إن", "الوضع صعب", "سمير عادل"}}, "الحكومة", "", "وأكدت", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc := &news.Document{Text: tt.text}
			for _, q := range tt.quotes {
				at := strings.Index(tt.text, q.speaker)
				start := strings.Index(tt.text[at:], q.at+" "+q.text) + at + len(q.at) + 1
				doc.Quotes = append(doc.Quotes, news.Quote{Text: q.text, Start: start, End: start + len(q.text),
					Speaker: &news.Speaker{Name: q.speaker, Text: q.speaker, Start: at, End: at + len(q.speaker)}})
			}
			at := strings.Index(tt.text, tt.doer)
			doc.Entities = []news.Entity{{Name: tt.doer, Type: news.ORG, Mentions: []news.Mention{{Text: tt.doer, Start: at, End: at + len(tt.doer)}}}}
			if at := strings.Index(tt.text, tt.named); tt.named != "" {
				doc.Entities = append(doc.Entities, news.Entity{Name: tt.named, Type: news.PER, Mentions: []news.Mention{{Text: tt.named, Start: at, End: at + len(tt.named)}}})
			}
			toks := arabic.Tokenize(tt.text)
			k := -1
			for i, tok := range toks {
				if tok.Text == tt.verb {
					k = i
				}
			}
			if k < 0 {
				t.Fatalf("no verb %q in %q", tt.verb, tt.text)
			}
			j := Continued(doc, toks, k, []int{0}, []string{""})
			if got := j >= 0; got != tt.want {
				t.Errorf("Continued(%q) = %d, want a quote continued: %v", tt.verb, j, tt.want)
			}
			if j >= 0 && toks[j].Start != doc.Quotes[len(doc.Quotes)-1].Start {
				t.Errorf("Continued(%q) = token at %d, want the last quote at %d", tt.verb, toks[j].Start, doc.Quotes[len(doc.Quotes)-1].Start)
			}
		})
	}
}
