package storetest

import (
	"context"
	"fmt"
	"math/rand/v2"
	"slices"
	"strings"
	"testing"
	"time"

	"rasad/internal/arabic"
	"rasad/internal/cputime"
	"rasad/internal/dedup"
	"rasad/internal/news"
	"rasad/internal/search"
	"rasad/internal/store"
)

// Corpus returns n synthetic but realistic documents: in three of ten, a
// sentence of the reference article (so that its words and names occur in
// a few per cent of documents, as a leader's name does in the news), among
// sentences of words drawn by a Zipf law from a
// vocabulary of 60,000 invented words, some with clitics; dates spread over
// 2019–2024 and ten outlets; the reference extraction attached. Every tenth
// document is a reprint of an earlier one, marked as its near-duplicate.
// The same n and seed give the same corpus.
func Corpus(tb testing.TB, n int, seed uint64) []store.Entry {
	r := rand.New(rand.NewPCG(seed, 7))
	ref := ReferenceDocument(tb)
	_, body, _ := strings.Cut(ref.Text, "\n")
	var sentences [][]string
	for _, line := range strings.Split(body, "\n") {
		for s := range strings.SplitSeq(line, ". ") {
			if w := strings.Fields(s); len(w) > 3 {
				sentences = append(sentences, w)
			}
		}
	}
	letters := []rune("ابتثجحخدذرزسشصضطظعغفقكلمنهوي")
	vocab := make([]string, 60000)
	for i := range vocab {
		var b strings.Builder
		for range 3 + r.IntN(6) {
			b.WriteRune(letters[r.IntN(len(letters))])
		}
		vocab[i] = b.String()
	}
	// Function words are the most frequent words of the article itself.
	copy(vocab, []string{"في", "من", "على", "إلى", "أن", "مع", "عن", "التي", "الذي", "قال", "هذا", "بين", "خلال", "كما", "بعد"})
	zipf := rand.NewZipf(r, 1.07, 2, uint64(len(vocab)-1))
	clitics := []string{"و", "ب", "ل", "وب", "ف", "ال", "وال", "بال"}
	outlets := []string{"إيصال نيوز", "وكالة الأنباء", "صحيفة الرياض", "الجزيرة", "العربية", "الشرق الأوسط", "عكاظ", "الوطن", "سبق", "المدينة"}
	out := make([]store.Entry, 0, n)
	for i := range n {
		if i%10 == 9 { // a reprint of an earlier story
			orig := out[r.IntN(len(out))]
			text := orig.Doc.Text + " " + outlets[r.IntN(len(outlets))]
			d := *orig.Doc
			d.ID, d.Text, d.Tokens = fmt.Sprintf("syn-%07d", i), text, arabic.Tokenize(text)
			d.Source = outlets[r.IntN(len(outlets))]
			out = append(out, entry(&d, orig.Doc.ID))
			continue
		}
		var b strings.Builder
		sentence := func() {
			for j := range 8 + r.IntN(20) {
				w := vocab[zipf.Uint64()]
				if r.IntN(100) < 15 {
					w = clitics[r.IntN(len(clitics))] + w
				}
				if j > 0 {
					b.WriteByte(' ')
				}
				b.WriteString(w)
			}
			b.WriteString(". ")
		}
		sentence()
		b.WriteByte('\n')
		parts := 6 + r.IntN(14)
		quoted := map[int]bool{}
		if r.IntN(100) < 30 {
			quoted[r.IntN(parts)] = true
		}
		for k := range parts {
			if quoted[k] {
				b.WriteString(strings.Join(sentences[r.IntN(len(sentences))], " "))
				b.WriteString(". ")
			} else {
				sentence()
			}
		}
		date := time.Date(2019, 1, 1, 0, 0, 0, 0, time.UTC).AddDate(0, 0, r.IntN(6*365)).Format("2006-01-02")
		d := NewDocument(fmt.Sprintf("syn-%07d", i), date, outlets[r.IntN(len(outlets))], strings.TrimSpace(b.String()))
		d.Entities, d.Quotes, d.Events = slices.Clone(ref.Entities), nil, slices.Clone(ref.Events)
		for j := range d.Entities { // offsets of the reference do not fit this text
			d.Entities[j].Mentions = nil
		}
		for j := range d.Events {
			d.Events[j].Date = date
			d.Events[j].Trigger = nil
		}
		out = append(out, entry(d, ""))
	}
	return out
}

// Fill stores Corpus(tb, n, seed) in s in batches of 64 documents, as the
// ingester does, and returns how long it took.
func Fill(ctx context.Context, tb testing.TB, s store.Store, n int, seed uint64) (time.Duration, error) {
	docs := Corpus(tb, n, seed)
	start := time.Now()
	for i := 0; i < len(docs); i += 64 {
		if _, err := s.PutBatch(ctx, docs[i:min(i+64, len(docs))]); err != nil {
			return 0, err
		}
	}
	return time.Since(start), nil
}

func entry(d *news.Document, duplicateOf string) store.Entry {
	keys := make([]string, 0, len(d.Tokens))
	for _, t := range (search.Clitics{}).Terms(d.Tokens) {
		keys = append(keys, t.Key)
	}
	return store.Entry{Doc: d, SimHash: dedup.SimHash(keys), DuplicateOf: duplicateOf}
}

// BenchPut measures Put of new documents; it reports docs/s.
func BenchPut(b *testing.B, s store.Store) {
	docs := Corpus(b, max(b.N, 1), 1)
	ctx := context.Background()
	b.ResetTimer()
	start, cpu := time.Now(), cpuTime()
	for i := range b.N {
		if _, err := store.Put(ctx, s, docs[i]); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(b.N)/time.Since(start).Seconds(), "docs/s")
	// CPU time is steadier than wall time on a shared machine.
	b.ReportMetric(float64((cpuTime()-cpu).Microseconds())/1000/float64(b.N), "cpu-ms/doc")
}

// BenchPutBatch measures PutBatch of new documents in batches of size;
// it reports docs/s and CPU time per document.
func BenchPutBatch(b *testing.B, s store.Store, size int) {
	docs := Corpus(b, max(b.N, 1), 1)
	ctx := context.Background()
	b.ResetTimer()
	start, cpu := time.Now(), cpuTime()
	for i := 0; i < b.N; i += size {
		if _, err := s.PutBatch(ctx, docs[i:min(i+size, b.N)]); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(b.N)/time.Since(start).Seconds(), "docs/s")
	b.ReportMetric(float64((cpuTime()-cpu).Microseconds())/1000/float64(b.N), "cpu-ms/doc")
}

func ms(d time.Duration) float64 { return float64(d.Microseconds()) / 1000 }

// cpuTime returns the user and system CPU time this process has used.
func cpuTime() time.Duration {
	d, _ := cputime.Now()
	return d
}

// BenchQueries are the queries BenchSearch runs: common and rare words, a
// name through clitics, phrases, prefixes, boolean queries and filters.
var BenchQueries = []string{
	"بوتين",
	"الصين",
	"وزير الدفاع",
	`"وزير الدفاع الصيني"`,
	"روس*",
	"العلاقات OR التعاون",
	"موسكو -الكرملين",
	"بوتين from:2022-01-01 to:2022-12-31",
	"العسكري source:عكاظ",
	"الحرب code:04",
	"الاستقرار country:CHN",
	"شانغفو الإدارات",
}

// BenchSearch runs BenchQueries with top-10 and snippets against s, which
// the caller has filled, and reports the latency of one query.
func BenchSearch(b *testing.B, s store.Store) { TimeSearches(b, s, BenchQueries) }

// TimeSearches runs queries with top-10 and snippets against s b.N times
// and reports the percentiles of the latency of one query, in wall and in
// CPU time: CPU time is steadier on a shared machine, and a search runs on
// one core, so on an idle machine its latency is about its CPU time. With
// -v it logs each query's hits and time once.
func TimeSearches(b *testing.B, s store.Store, queries []string) {
	ctx := context.Background()
	var parsed []search.Query
	for _, q := range queries {
		p, err := search.Parse(q)
		if err != nil {
			b.Fatalf("Parse(%q): %v", q, err)
		}
		parsed = append(parsed, p)
	}
	var lat, cpus []time.Duration
	b.ResetTimer()
	for i := range b.N {
		for j, q := range parsed {
			t0, c0 := time.Now(), cpuTime()
			res, err := s.Search(ctx, q, store.Page{Limit: 10})
			if err != nil {
				b.Fatalf("Search(%q): %v", queries[j], err)
			}
			lat, cpus = append(lat, time.Since(t0)), append(cpus, cpuTime()-c0)
			if i == 0 && testing.Verbose() {
				b.Logf("%-45s %6d hits %8.2f ms (cpu %.2f ms)", queries[j], res.Total,
					ms(lat[len(lat)-1]), ms(cpus[len(cpus)-1]))
			}
		}
	}
	b.StopTimer()
	slices.Sort(lat)
	slices.Sort(cpus)
	for _, p := range []struct {
		name string
		at   int
	}{{"p50", 50}, {"p95", 95}, {"p99", 99}} {
		b.ReportMetric(ms(lat[len(lat)*p.at/100]), p.name+"-ms")
		b.ReportMetric(ms(cpus[len(cpus)*p.at/100]), p.name+"-cpu-ms")
	}
	b.ReportMetric(ms(lat[len(lat)-1]), "max-ms")
}
