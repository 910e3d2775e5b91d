package genre_test

import (
	"strings"
	"testing"

	"rasad/internal/arabic"
	"rasad/internal/event/genre"
	"rasad/internal/news"
	"rasad/internal/tabletest"
)

// marks returns the sentences of text marked v where Verse finds verse.
func marks(text string) string {
	sents := arabic.Sentences(text, arabic.Tokenize(text))
	var b strings.Builder
	for _, v := range genre.Verse(text, sents) {
		if v {
			b.WriteByte('v')
		} else {
			b.WriteByte('.')
		}
	}
	return b.String()
}

func TestVerse(t *testing.T) {
	tabletest.Strings(t, "marks", marks, tabletest.Rows(t, "testdata/verse.txt"))
}

func TestAsserted(t *testing.T) {
	text := "وقال الشاعر في قصيدته التي ألقاها في الحفل:\n" +
		"إذا الشعب يوما أراد الحياة *** فلا بد أن يستجيب القدر\n" +
		"ولا بد لليل أن ينجلي *** ولا بد للقيد أن ينكسر\n" +
		"ومن لم يعانقه شوق الحياة *** تبخر في جوها واندثر\n" +
		"فويل لمن لم تشقه الحياة *** من صفعة العدم المنتصر"
	doc := news.Document{Text: text, Sentences: arabic.Sentences(text, arabic.Tokenize(text))}
	events := []news.Event{
		{Code: "010", Sentence: 0},
		{Code: "190", Sentence: 2},
		{Code: "111", Sentence: 3, Sentences: []int{0, 3}}, // told in prose too
	}
	var got []string
	for _, e := range genre.Asserted(&doc, events) {
		got = append(got, e.Code)
	}
	if want := "010 111"; strings.Join(got, " ") != want {
		t.Errorf("Asserted kept %v, want %s", got, want)
	}
}

// sport says whether Sport finds text, segmented, a sports report.
func sport(text string) string {
	doc := news.Document{Text: text, Tokens: arabic.Tokenize(text)}
	arabic.DefaultSegmenter().Segment(doc.Tokens)
	if genre.Sport(&doc) {
		return "sport"
	}
	return "news"
}

func TestSport(t *testing.T) {
	tabletest.Strings(t, "Sport", sport, tabletest.Rows(t, "testdata/sport.txt"))
}

// review says whether Review finds text (its first line the title),
// segmented, a review of a work.
func review(text string) string {
	title, _, _ := strings.Cut(text, "\n")
	doc := news.Document{Title: title, Text: text, Tokens: arabic.Tokenize(text)}
	doc.Sentences = arabic.Sentences(text, doc.Tokens)
	arabic.DefaultSegmenter().Segment(doc.Tokens)
	if genre.Review(&doc) {
		return "review"
	}
	return "news"
}

func TestReview(t *testing.T) {
	tabletest.Strings(t, "Review", review, tabletest.Rows(t, "testdata/review.txt"))
}
