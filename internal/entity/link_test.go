package entity_test

import (
	"fmt"
	"path/filepath"
	"strings"
	"testing"

	"rasad/internal/actor"
	"rasad/internal/arabic"
	"rasad/internal/entity"
	"rasad/internal/golden"
	"rasad/internal/ner"
	"rasad/internal/news"
	"rasad/internal/seed"
	"rasad/internal/tabletest"
	"rasad/internal/when"
)

// analyse prepares a document as the pipeline does before linking.
func analyse(text, published string) *news.Document {
	doc := &news.Document{Text: text, Published: published}
	doc.Tokens = arabic.Tokenize(text)
	doc.Sentences = arabic.Sentences(text, doc.Tokens)
	arabic.DefaultSegmenter().Segment(doc.Tokens)
	doc.Dates = when.Find(text, doc.Tokens, published)
	return doc
}

// describe renders entities as "Name TYPE COUNTRY ACTOR [mention|mention]".
func describe(ents []news.Entity) []string {
	var out []string
	for _, e := range ents {
		var ms []string
		for _, m := range e.Mentions {
			ms = append(ms, m.Text)
		}
		out = append(out, fmt.Sprintf("%s %s %s %s [%s]", e.Name, e.Type, e.Country, e.Actor, strings.Join(ms, "|")))
	}
	return out
}

// TestLink runs the linker over the articles of the tables in
// testdata/link, a file for each part of the linker's reading (places,
// names, later mentions, namesakes, fields of bodies, patronyms).
func TestLink(t *testing.T) {
	files, err := filepath.Glob("testdata/link/*.tsv")
	if err != nil || len(files) == 0 {
		t.Fatalf("no tables in testdata/link: %v", err)
	}
	l := entity.NewLinker(actor.Default(), arabic.DefaultSegmenter(), ner.DefaultRecognizer())
	link := func(article string) string {
		head, text, _ := strings.Cut(article, "\n")
		published, source, _ := strings.Cut(head, " ")
		doc := analyse(text, published)
		doc.Source = source
		return strings.Join(describe(l.Link(doc)), "\n")
	}
	for _, f := range files {
		t.Run(strings.TrimSuffix(filepath.Base(f), ".tsv"), func(t *testing.T) {
			tabletest.Strings(t, "Link", link, tabletest.Rows(t, f))
		})
	}
}

func TestLinkArticle(t *testing.T) {
	doc := analyse(seed.Text(t), seed.Published)
	ents := entity.NewLinker(actor.Default(), arabic.DefaultSegmenter(), ner.DefaultRecognizer()).Link(doc)
	var got strings.Builder
	for _, line := range describe(ents) {
		got.WriteString(line + "\n")
	}
	golden.Check(t, "testdata/reference.entities.golden", got.String())
	for _, e := range ents {
		for _, m := range e.Mentions {
			if doc.Text[m.Start:m.End] != m.Text {
				t.Errorf("mention %q is not text[%d:%d]", m.Text, m.Start, m.End)
			}
			if strings.Contains(doc.Text[max(0, m.Start-30):m.Start], "أول زيارة") && m.Text == "لي" {
				t.Errorf("the pronoun لي inside the quote became a mention of %s", e.Name)
			}
		}
	}
}

// BenchmarkLink measures recognition and linking of the reference article,
// with the recogniser's word memo emptied before each pass.
func BenchmarkLink(b *testing.B) { benchLink(b, seed.Text(b)) }

// BenchmarkLinkLong links the reference article repeated 30 times as one
// article: its words/s against BenchmarkLink's shows whether linking stays
// linear in the article's length (a pass over the whole article per place
// made a long article's words several times slower).
func BenchmarkLinkLong(b *testing.B) { benchLink(b, strings.Repeat(seed.Text(b)+"\n", 30)) }

// BenchmarkLinkPlaces links an article of 800 lines, each naming bodies
// by their places (جامعة القاهرة, وزارة الخارجية المصرية): per word it
// should run about as fast as BenchmarkLinkLong, not slow down with the
// number of places times the article's length.
func BenchmarkLinkPlaces(b *testing.B) {
	benchLink(b, strings.Repeat("قال رئيس جامعة القاهرة إن وزارة الخارجية المصرية ومركز بيروت للدراسات ونادي الأسير الفلسطيني أصدروا بيانا مشتركا.\n", 800))
}

// benchLink links text as one article, reporting words per second.
func benchLink(b *testing.B, text string) {
	doc := analyse(text, seed.Published)
	l := entity.NewLinker(actor.Default(), arabic.DefaultSegmenter(), ner.DefaultRecognizer())
	words := 0
	for _, t := range doc.Tokens {
		if t.Kind == news.Word {
			words++
		}
	}
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		ner.ForgetWords(ner.DefaultRecognizer()) // as if the article were new
		l.Link(doc)
	}
	b.ReportMetric(float64(words*b.N)/b.Elapsed().Seconds(), "words/s")
}
