package pipeline

import (
	"archive/zip"
	"encoding/json"
	"io"
	"os"
	"strings"
	"testing"
	"time"

	"rasad/internal/arabic"
	"rasad/internal/cputime"
	"rasad/internal/news"
	"rasad/internal/quote"
	"rasad/internal/seed"
	"rasad/internal/when"
)

func TestRunReference(t *testing.T) {
	ref := seed.Article(t)
	doc := New().Run(ref)
	if doc.Text != seed.Text(t) {
		t.Errorf("Text is not the title line, a newline and the body")
	}
	if len(doc.Sentences) != 17 || doc.Source != "إيصال نيوز" {
		t.Errorf("%d sentences, source %q; want 17 and إيصال نيوز", len(doc.Sentences), doc.Source)
	}
	if len(doc.Entities) == 0 || len(doc.Quotes) == 0 || len(doc.Dates) == 0 || len(doc.Events) == 0 {
		t.Errorf("a stage found nothing: %d entities, %d quotes, %d dates, %d events",
			len(doc.Entities), len(doc.Quotes), len(doc.Dates), len(doc.Events))
	}
	if ID(news.Article{Title: ref.Title, Text: ref.Text}) != doc.ID {
		t.Errorf("the id depends on more than the text")
	}
	if ID(news.Article{Title: ref.Title, Text: ref.Text, URL: "https://x.example/1"}) == doc.ID {
		t.Errorf("an article with a URL is identified by its text")
	}
}

// TestRunEdgeCases: an empty body, a title alone, text with no Arabic.
func TestRunEdgeCases(t *testing.T) {
	p := New()
	for _, a := range []news.Article{
		{Title: "عنوان فقط"},
		{Text: "نص بلا عنوان."},
		{Title: "English only", Text: "Nothing Arabic here, 2023."},
		{Title: "«", Text: "\"\"\" ... ؟؟"},
	} {
		doc := p.Run(a)
		if doc.Entities == nil || doc.Quotes == nil || doc.Dates == nil || doc.Events == nil {
			t.Errorf("Run(%+v): nil arrays", a)
		}
	}
}

// benchArticles is the benchmark article set: the reference article, the
// ANERcorp sample cut into articles of 20 lines, and, where ../shared is
// beside the project, the first 500 articles of SaudiNewsNet.
func benchArticles(b *testing.B) []news.Article {
	var arts []news.Article
	arts = append(arts, seed.Article(b))
	sample, err := os.ReadFile("../arabic/testdata/anercorp-train-sample.txt")
	if err != nil {
		b.Fatal(err)
	}
	lines := strings.Split(strings.TrimSpace(string(sample)), "\n")
	for i := 0; i+20 <= len(lines); i += 20 {
		arts = append(arts, news.Article{Title: lines[i], Text: strings.Join(lines[i+1:i+20], "\n"), Published: "2006-05-15"})
	}
	if zr, err := zip.OpenReader("../../../shared/data/saudinewsnet/2015-07-21.zip"); err == nil {
		defer zr.Close()
		f, err := zr.File[0].Open()
		if err != nil {
			b.Fatal(err)
		}
		data, _ := io.ReadAll(f)
		f.Close()
		var recs []struct{ Title, Content, URL string }
		if err := json.Unmarshal(data, &recs); err != nil {
			b.Fatal(err)
		}
		for _, r := range recs[:min(500, len(recs))] {
			arts = append(arts, news.Article{Title: r.Title, Text: r.Content, URL: r.URL, Published: "2015-07-21"})
		}
	}
	return arts
}

// BenchmarkStages times each stage over the benchmark article set on one
// goroutine: the analyser (tokens, sentences, clitics), entities, dates,
// quotes, events, and the whole pipeline. Each reports MB/s of text; the
// entities also words/s; the whole also articles/s, sentences/s and the share of its time that dates and
// quotes take (the bar: at most 20%).
func BenchmarkStages(b *testing.B) {
	p := New()
	arts := benchArticles(b)
	var size int64
	var sentences, words int
	docs := make([]news.Document, len(arts))
	for i, a := range arts {
		docs[i] = p.Run(a)
		size += int64(len(docs[i].Text))
		sentences += len(docs[i].Sentences)
		for _, t := range docs[i].Tokens {
			if t.Kind == news.Word {
				words++
			}
		}
	}
	// Each pass starts from a pipeline just loaded (cold), as a stream of
	// new articles would: the recogniser remembers the words it has seen,
	// and the texts of one pass repeat in the next.
	var cold *Pipeline
	stages := []struct {
		name string
		run  func(d *news.Document)
	}{
		{"analyse", func(d *news.Document) {
			toks := arabic.Tokenize(d.Text)
			arabic.Sentences(d.Text, toks)
			p.seg.Segment(toks)
		}},
		{"entities", func(d *news.Document) { cold.link.Link(d) }},
		{"dates", func(d *news.Document) { when.Find(d.Text, d.Tokens, d.Published) }},
		{"quotes", func(d *news.Document) { quote.Find(d.Text, d.Tokens, d.Sentences, d.Entities) }},
		{"events", func(d *news.Document) { p.coder.Code(d) }},
	}
	// passes runs pass b.N times, each from a pipeline just loaded, and
	// returns the CPU time the passes took (0 where the system does not
	// say): on a busy machine a truer cost than the wall time.
	passes := func(b *testing.B, pass func()) time.Duration {
		b.SetBytes(size)
		b.ReportAllocs()
		var cpu time.Duration
		for b.Loop() {
			b.StopTimer()
			cold = New()
			start, _ := cputime.Now()
			b.StartTimer()
			pass()
			b.StopTimer()
			d, _ := cputime.Since(start)
			cpu += d
			b.StartTimer()
		}
		return cpu
	}
	per := map[string]time.Duration{}
	for _, st := range stages {
		b.Run(st.name, func(b *testing.B) {
			passes(b, func() {
				for i := range docs {
					st.run(&docs[i])
				}
			})
			per[st.name] = b.Elapsed() / time.Duration(b.N)
			if st.name == "entities" {
				b.ReportMetric(float64(words)*float64(b.N)/b.Elapsed().Seconds(), "words/s")
			}
		})
	}
	b.Run("all", func(b *testing.B) {
		cpu := passes(b, func() {
			for _, a := range arts {
				cold.Run(a)
			}
		})
		if cpu > 0 {
			b.ReportMetric(float64(sentences)*float64(b.N)/cpu.Seconds(), "cpu-sentences/s")
		}
		all := b.Elapsed() / time.Duration(b.N)
		b.ReportMetric(float64(len(arts))*float64(b.N)/b.Elapsed().Seconds(), "articles/s")
		b.ReportMetric(float64(sentences)*float64(b.N)/b.Elapsed().Seconds(), "sentences/s")
		if all > 0 {
			b.ReportMetric(100*float64(per["dates"]+per["quotes"])/float64(all), "dates+quotes-%")
		}
	})
}

func TestSource(t *testing.T) {
	p := New()
	tests := []struct {
		name string
		a    news.Article
	}{
		{"title and body", news.Article{Title: "بوتين يلتقي لي", Text: "التقى الرئيس الروسي بوزير الدفاع الصيني.", Published: "2023-04-16", Source: "وكالة"}},
		{"body only", news.Article{Text: "التقى الرئيس الروسي بوزير الدفاع الصيني.\nوبحثا العلاقات."}},
		{"title only", news.Article{Title: "بوتين يلتقي لي"}},
		{"with a URL", news.Article{Title: "عنوان", Text: "نص الخبر.", URL: "https://news.example/1"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := p.Run(tt.a)
			a := Source(&d)
			if Text(a) != d.Text || ID(a) != d.ID || a.Published != tt.a.Published || a.Title != tt.a.Title {
				t.Errorf("Source = %+v: text %q id %s; want the text %q and id %s back", a, Text(a), ID(a), d.Text, d.ID)
			}
		})
	}
}
