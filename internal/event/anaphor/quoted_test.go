package anaphor

import (
	"strings"
	"testing"

	"rasad/internal/news"
)

// TestQuoted: a word inside a quote is its speaker's when the quote names
// or places its speaker; the entity of that name is found; a quote of no
// one, or of a source with neither name nor country, gives none.
func TestQuoted(t *testing.T) {
	text := "وقال وزير الخارجية سامح شكري إن «بلاده ترفض التدخل». وأضافت مصادر أن «الجيش قصف المواقع». وأكد مسؤول عراقي أن «القوات تقدمت»."
	at := func(s string) int { return strings.Index(text, s) }
	span := func(s string) (int, int) { return at(s), at(s) + len(s) }
	doc := &news.Document{Text: text, Entities: []news.Entity{{Name: "القاهرة"}, {Name: "سامح شكري"}}}
	for _, q := range []struct {
		quote string
		sp    *news.Speaker
	}{
		{"بلاده ترفض التدخل", &news.Speaker{Name: "سامح شكري", Country: "EGY"}},
		{"الجيش قصف المواقع", &news.Speaker{}},
		{"القوات تقدمت", &news.Speaker{Country: "IRQ"}},
	} {
		s, e := span(q.quote)
		doc.Quotes = append(doc.Quotes, news.Quote{Start: s, End: e, Speaker: q.sp})
	}
	for _, tc := range []struct {
		word    string
		country string // "" for no speaker
		ent     int
	}{
		{"ترفض", "EGY", 1},
		{"قصف", "", -1},
		{"تقدمت", "IRQ", -1},
		{"وأضافت", "", -1},
	} {
		sp, ei := Quoted(doc, at(tc.word))
		got := ""
		if sp != nil {
			got = sp.Country
		}
		if got != tc.country || ei != tc.ent {
			t.Errorf("Quoted(%s) = %q, %d; want %q, %d", tc.word, got, ei, tc.country, tc.ent)
		}
	}
}
