package arabic

import (
	"os"
	"strings"
	"testing"
	"unicode/utf8"

	"rasad/internal/news"
	"rasad/internal/seed"
)

// BenchmarkAnalyse runs the whole analyser, Tokenize, Sentences and Segment,
// over real Arabic text: the reference article, and a sample of ANERcorp
// newswire.
func BenchmarkAnalyse(b *testing.B) {
	seg := DefaultSegmenter()
	for _, file := range []string{seed.Path(b), "testdata/anercorp-train-sample.txt"} {
		data, err := os.ReadFile(file)
		if err != nil {
			b.Fatal(err)
		}
		text := string(data)
		// warm: the steady state of a long-running process, whose
		// Segmenter remembers the words it has seen.
		b.Run(file+"/warm", func(b *testing.B) {
			timeCPU(b, text, func() {
				toks := Tokenize(text)
				_ = Sentences(text, toks)
				seg.Segment(toks)
			})
		})
		// cold: a Segmenter that has seen none of the text's words.
		b.Run(file+"/cold", func(b *testing.B) {
			timeCPU(b, text, func() {
				fresh := &Segmenter{w: seg.w, folded: seg.folded, exact: seg.exact, memo: &memo{parts: make(map[string][]news.Part)}}
				toks := Tokenize(text)
				_ = Sentences(text, toks)
				fresh.Segment(toks)
			})
		})
	}
}

// BenchmarkTokenize runs Tokenize and Sentences alone, to tell their share
// of BenchmarkAnalyse.
func BenchmarkTokenize(b *testing.B) {
	text := benchSample(b)
	timeCPU(b, text, func() {
		toks := Tokenize(text)
		_ = Sentences(text, toks)
	})
}

func BenchmarkLoadSegmenter(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		if _, err := loadEmbedded(); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkBaseline is the yardstick the analyser's speed is reported
// against on this noisy machine: splitting the same text on white space
// and decoding every rune, the least any tokenizer must do.
func BenchmarkBaseline(b *testing.B) {
	text := benchSample(b)
	b.SetBytes(int64(len(text)))
	start := cpuTime(b)
	n := 0
	for b.Loop() {
		for _, w := range strings.Fields(text) {
			n += utf8.RuneCountInString(w)
		}
	}
	if n == 0 {
		b.Fatal("no runes")
	}
	reportCPU(b, start, len(text))
}

// benchSample returns the text of the benchmarks: the ANERcorp sample.
func benchSample(b *testing.B) string {
	data, err := os.ReadFile("testdata/anercorp-train-sample.txt")
	if err != nil {
		b.Fatal(err)
	}
	return string(data)
}

// timeCPU runs f, one pass over text, b.N times and reports its CPU time
// and allocations.
func timeCPU(b *testing.B, text string, f func()) {
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	start := cpuTime(b)
	for b.Loop() {
		f()
	}
	reportCPU(b, start, len(text))
}
