package event

import (
	"path/filepath"
	"testing"

	"rasad/internal/news"
)

// FuzzCode feeds the coder arbitrary text with entities, quotes and dates
// whose spans come from the fuzzer too, in or out of range: it must never
// panic.
func FuzzCode(f *testing.F) {
	f.Add("اجتمع الرئيس الروسي فلاديمير بوتين الأحد مع وزير الدفاع الصيني لي شانغفو في موسكو", 30, 52, 3, 9)
	f.Add("وناقشا مقترحات بكين لإنهاء الحرب", 0, 4, 20, 26)
	f.Add("قتل 18 شخصا وأصيب عشرات آخرون بجروح في انفجار", 2, 900, -5, 3)
	f.Add("", 0, 0, 0, 0)
	f.Add("لم يهاجم أو يقتل ولن يزور، \"قال\" «نفت» ٢٠٢٣", 5, 1, 7, 7)
	c := DefaultCoder()
	f.Fuzz(func(t *testing.T, text string, s1, e1, s2, e2 int) {
		doc := &news.Document{Text: text, Published: "2023-04-16"}
		doc.Entities = []news.Entity{
			{ID: "a", Name: "A", Type: news.PER, Country: "RUS", Mentions: []news.Mention{{Start: s1, End: e1}}},
			{ID: "b", Name: "B", Type: news.LOC, Country: "CHN", Mentions: []news.Mention{{Start: s2, End: e2}, {Start: s1, End: e2}}},
		}
		doc.Quotes = []news.Quote{{Speaker: &news.Speaker{Name: "A", Country: "RUS"}, Start: s2, End: e1}}
		doc.Dates = []news.Date{{Value: "2023-04", Start: s1, End: s2}}
		for _, ev := range c.Code(doc) {
			if ev.Trigger == nil || ev.Trigger.Start < 0 || ev.Trigger.End > len(text) {
				t.Fatalf("trigger %v out of the text", ev.Trigger)
			}
		}
	})
}

// benchDocs are the sentences of the test language with their entities.
func benchDocs(b *testing.B) ([]*news.Document, int) {
	actors := readActors(b, "testdata/actors.txt")
	files, _ := filepath.Glob("testdata/*.events")
	var docs []*news.Document
	n := 0
	for _, path := range files {
		for _, tc := range readCases(b, path) {
			docs = append(docs, buildDoc(tc.sentence, "2008-01-01", actors))
			n++
		}
	}
	a := articleDoc(b)
	docs = append(docs, a)
	n += len(a.Sentences)
	return docs, n
}

// BenchmarkCode measures the coder alone (tokens, entities, quotes and dates
// given) in sentences per second on one core.
func BenchmarkCode(b *testing.B) {
	docs, n := benchDocs(b)
	benchCode(b, docs, n)
}

// benchCode codes docs, n sentences, b.N times and reports sentences/s.
func benchCode(b *testing.B, docs []*news.Document, n int) {
	c := DefaultCoder()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		for _, d := range docs {
			c.Code(d)
		}
	}
	b.ReportMetric(float64(n*b.N)/b.Elapsed().Seconds(), "sentences/s")
}

// BenchmarkCodeFromText also tokenises and splits sentences (the documents
// carry entities, quotes and dates but no tokens).
func BenchmarkCodeFromText(b *testing.B) {
	docs, n := benchDocs(b)
	for _, d := range docs {
		d.Tokens, d.Sentences = nil, nil
	}
	benchCode(b, docs, n)
}
