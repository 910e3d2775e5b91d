package event

import (
	"slices"
	"strings"
	"testing"

	"rasad/internal/news"
	"rasad/internal/tabletest"
)

// TestSaidImplicated: an actor said to be implicated (إيران متورطة) is
// accused (112) by the one who says it; an attributive المتورطين, or the
// predicate in the article's own voice, accuses nobody.
func TestSaidImplicated(t *testing.T) {
	actors := readActors(t, "testdata/actors.txt")
	jubeir := &news.Speaker{Name: "Adel al-Jubeir", Country: "SAU", Actor: "SAUGOV"}
	for _, tc := range []struct {
		name, sentence, quote string
		want                  bool // SAUGOV | 112 | IRN | asserted
		accused               bool // any 112 at all
	}{
		{"said", "وقال الجبير أمس إن إيران متورطة في دعم الحوثيين.", "إيران متورطة في دعم الحوثيين", true, true},
		{"said of several", "وقال الجبير أمس إن الإيرانيين متورطون في الهجوم.", "الإيرانيين متورطون في الهجوم", true, true},
		{"attributive", "وقال الجبير أمس إن الشرطة العراقية اعتقلت المسلحين المتورطين في الهجوم.", "الشرطة العراقية اعتقلت المسلحين المتورطين في الهجوم", false, false},
		{"no speaker", "وإيران متورطة في دعم الحوثيين.", "", false, false},
	} {
		doc := buildDoc(tc.sentence, "2015-07-01", actors)
		if tc.quote != "" {
			s := strings.Index(doc.Text, tc.quote)
			doc.Quotes = []news.Quote{{Speaker: jubeir, Text: tc.quote, Start: s, End: s + len(tc.quote)}}
		}
		lines := eventLines(DefaultCoder().Code(doc))
		got := slices.Contains(lines, "SAUGOV | 112 | IRN | asserted")
		accused := slices.ContainsFunc(lines, func(l string) bool { return strings.Contains(l, "| 112 |") })
		if got != tc.want || accused != tc.accused {
			t.Errorf("%s: %s: got %q, want SAUGOV | 112 | IRN: %v, any 112: %v", tc.name, tc.sentence, lines, tc.want, tc.accused)
		}
	}
}

// TestHeadlineSubject: a headline in the present puts its subject first
// (testdata/headline_subject.tsv).
func TestHeadlineSubject(t *testing.T) { wantNotLines(t, "testdata/headline_subject.tsv") }

// TestBlamedDoer: an act of blame whose object is an act targets the one
// the sentence names as its doer (testdata/blamed.tsv).
func TestBlamedDoer(t *testing.T) { wantNotLines(t, "testdata/blamed.tsv") }

// wantNotLines codes the text of each row of the file at path (name, text,
// an event line it must give, one it must not; "" for none), published
// 2015-07-01 with the test actors.
func wantNotLines(t *testing.T, path string) {
	actors := readActors(t, "testdata/actors.txt")
	for _, r := range tabletest.Fields(t, path, 4) {
		name, text, want, not := r[0], r[1], r[2], r[3]
		lines := eventLines(DefaultCoder().Code(buildDoc(text, "2015-07-01", actors)))
		if want != "" && !slices.Contains(lines, want) || not != "" && slices.Contains(lines, not) {
			t.Errorf("%s: %q: got %q, want %q and not %q", name, text, lines, want, not)
		}
	}
}
