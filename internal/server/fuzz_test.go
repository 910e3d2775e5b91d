package server

import (
	"html"
	"regexp"
	"testing"

	"rasad/internal/news"
)

var tag = regexp.MustCompile(`<[^>]*>`)

// FuzzHighlightText checks that whatever the spans, the highlighted text
// is the article's text and nothing else: with the markup taken out and the
// entities unescaped, it reads the same, and no tag comes from the text.
func FuzzHighlightText(f *testing.F) {
	f.Add("قال بوتين: \"<script>x</script>\"", 4, 14, 2, 30, 0, 9)
	f.Add("<img src=x onerror=alert(1)>", 0, 5, 5, 28, 1, 2)
	f.Add("ابجد هوز حطي", 0, 24, 3, 9, 10, 12)
	f.Fuzz(func(t *testing.T, text string, a, b, c, d, e, g int) {
		doc := &news.Document{Text: text,
			Entities: []news.Entity{{Name: "<x>", ActorID: "a/b?c", Mentions: []news.Mention{{Start: a, End: b}}}},
			Quotes:   []news.Quote{{Speaker: &news.Speaker{Name: `"q"`, Start: e, End: g}, Start: c, End: d}},
			Dates:    []news.Date{{Value: "<d>", Start: a, End: d}},
			Events:   []news.Event{{Code: "04", Trigger: &news.Span{Start: e, End: b}}},
		}
		out := string(highlightText(doc, langAr))
		if got := html.UnescapeString(tag.ReplaceAllString(out, "")); got != html.UnescapeString(html.EscapeString(text)) {
			t.Fatalf("text %q came out as %q (markup %q)", text, got, out)
		}
		for _, m := range tag.FindAllString(out, -1) {
			if !regexp.MustCompile(`^</?(a|span)( |>)`).MatchString(m) {
				t.Fatalf("unexpected tag %q in %q", m, out)
			}
		}
	})
}
