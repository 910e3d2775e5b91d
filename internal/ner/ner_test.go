package ner

import (
	"bytes"
	"math"
	"math/rand/v2"
	"os"
	"runtime"
	"slices"
	"strings"
	"syscall"
	"testing"
	"time"

	"rasad/internal/arabic"
	"rasad/internal/news"
	"rasad/internal/tabletest"
	"rasad/internal/wordclass"
)

func TestNormalizeTag(t *testing.T) {
	tabletest.Strings(t, "NormalizeTag", NormalizeTag, tabletest.Rows(t, "testdata/tags.tsv"))
}

func TestReadCoNLL(t *testing.T) {
	in := "قال O\nبوتين B-PERS\n\nفي O\nموسكو\tB-LOC\n\n\n"
	got, err := ReadCoNLL(strings.NewReader(in), "x")
	if err != nil {
		t.Fatal(err)
	}
	want := []Sentence{
		{Words: []string{"قال", "بوتين"}, Tags: []string{"O", "B-PER"}},
		{Words: []string{"في", "موسكو"}, Tags: []string{"O", "B-LOC"}},
	}
	if len(got) != len(want) {
		t.Fatalf("ReadCoNLL: %d sentences, want %d", len(got), len(want))
	}
	for i := range want {
		if !slices.Equal(got[i].Words, want[i].Words) || !slices.Equal(got[i].Tags, want[i].Tags) {
			t.Errorf("sentence %d = %v, want %v", i, got[i], want[i])
		}
	}
	if _, err := ReadCoNLL(strings.NewReader("a O\nlonely\n"), "bad.txt"); err == nil || !strings.Contains(err.Error(), "bad.txt:2") {
		t.Errorf("ReadCoNLL of a one-column line: error %v, want bad.txt:2", err)
	}
}

func testFeaturizer(t *testing.T) featurizer {
	t.Helper()
	cues := loadCues()
	return featurizer{cues: cues, gaz: DefaultGazetteer(), lex: arabic.DefaultSegmenter(), pins: defaultPins()}
}

func TestFeatures(t *testing.T) {
	f := testFeaturizer(t)
	words := keysOf(strings.Fields("قال الرئيس فلاديمير بوتين في وموسكو"))
	var s sentence
	f.analyse(&s, words, nil)
	tests := []struct {
		name string
		i    int
		want fhash
	}{
		{"word", 2, hStart(tWord).str(words[2])},
		{"given name cue", 2, hStart(tCue).byte(bitIndex(cueGiven))},
		{"title before", 2, hStart(tCueM1).byte(bitIndex(cueTitle))},
		{"family name", 3, hStart(tCue).byte(bitIndex(cueFamily))},
		{"given name before", 3, hStart(tCueM1).byte(bitIndex(cueGiven))},
		{"stem without proclitic", 5, hStart(tStem).str(arabic.SearchKey("موسكو"))},
		{"proclitic", 5, hStart(tProclitic).str(arabic.SearchKey("و"))},
		{"gazetteer capital", 5, hStart(tGazB).str("capital")},
		{"gazetteer after", 4, hStart(tGazP1).str("capital")},
		{"previous word", 3, hStart(tWordM1).str(words[2])},
		{"next word at the end", 5, hStart(tWordP1).str("</s>")},
		{"word the dictionary lacks", 2, hStart(tLex).byte(lexNone)},
		{"next word the dictionary lacks", 1, hStart(tLexP1).byte(lexNone)},
		{"function word", 4, hStart(tLex).byte(lexFunction)},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := f.features(nil, &s, tt.i)
			if !slices.Contains(got, tt.want) {
				t.Errorf("features of %q lack %s", words[tt.i], tt.name)
			}
		})
	}
	if n := len(f.features(nil, &s, 0)); n < 20 {
		t.Errorf("features of %q: %d, want at least 20", words[0], n)
	}
}

func bitIndex(mask uint32) byte {
	for k := range numCues {
		if mask == 1<<k {
			return byte(k)
		}
	}
	panic("not a single bit")
}

func TestViterbi(t *testing.T) {
	m := newModel()
	tests := []struct {
		name string
		em   [][numLabels]float32
		want []int
	}{
		{"best label per token", [][numLabels]float32{{lO: 1}, {lBPER: 2}, {lIPER: 3}}, []int{lO, lBPER, lIPER}},
		{"inside cannot start a sentence", [][numLabels]float32{{lIPER: 5, lBPER: 1}}, []int{lBPER}},
		{"inside cannot follow another type", [][numLabels]float32{{lBLOC: 9}, {lIPER: 5, lILOC: 1}}, []int{lBLOC, lILOC}},
		{"inside cannot follow O", [][numLabels]float32{{lO: 3}, {lIORG: 5, lBORG: 4}}, []int{lO, lBORG}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			n := len(tt.em)
			got := make([]int, n)
			m.viterbi(tt.em, got, make([][numLabels]float32, n), make([][numLabels]int8, n))
			if !slices.Equal(got, tt.want) {
				t.Errorf("viterbi = %v, want %v", got, tt.want)
			}
		})
	}
}

// TestViterbiExhaustive checks viterbi against every allowed labelling of
// short sentences with random weights: its labels score the most.
// TestMarginsWrittenOut checks margins, its backward step written out
// (bestAfter), against the loop over labelLinks it replaces, bit for bit,
// on random models and emissions (some of them -Inf, as a label ruled out).
func TestMarginsWrittenOut(t *testing.T) {
	r := rand.New(rand.NewPCG(5, 6))
	loop := func(m *model, em [][numLabels]float32, labels []int, delta [][numLabels]float32) []float32 {
		n := len(em)
		beta := make([][numLabels]float32, n)
		for i := n - 2; i >= 0; i-- {
			for p := range numLabels {
				best := negInf
				for _, l := range labelLinks.succ[p] {
					if s := m.trans[p][l] + em[i+1][l] + beta[i+1][l]; s > best {
						best = s
					}
				}
				beta[i][p] = best
			}
		}
		out := make([]float32, n)
		for i := range n {
			own, other := delta[i][labels[i]]+beta[i][labels[i]], negInf
			for l := range numLabels {
				if s := delta[i][l] + beta[i][l]; l != labels[i] && s > other {
					other = s
				}
			}
			out[i] = own - other
		}
		return out
	}
	draw := func() float32 {
		if r.IntN(20) == 0 {
			return negInf
		}
		return float32(r.NormFloat64() * 3)
	}
	for round := range 300 {
		m := newModel()
		for p := range m.trans {
			for l := range numLabels {
				m.trans[p][l] = draw()
			}
		}
		n := 1 + round%9
		em := make([][numLabels]float32, n)
		for i := range em {
			for l := range numLabels {
				em[i][l] = draw()
			}
		}
		labels, delta := make([]int, n), make([][numLabels]float32, n)
		m.viterbi(em, labels, delta, make([][numLabels]int8, n))
		got := make([]float32, n)
		m.margins(em, labels, delta, make([][numLabels]float32, n), got)
		want := loop(m, em, labels, delta)
		for i := range n {
			if math.Float32bits(got[i]) != math.Float32bits(want[i]) {
				t.Fatalf("round %d: margins[%d] = %v, want %v (the loop over labelLinks)", round, i, got[i], want[i])
			}
		}
	}
}

func TestViterbiExhaustive(t *testing.T) {
	r := rand.New(rand.NewPCG(3, 4))
	score := func(m *model, em [][numLabels]float32, ls []int) (float32, bool) {
		prev, s := numLabels, float32(0) // row numLabels of trans: the start
		for i, l := range ls {
			if prev == numLabels && !allowed(-1, l) || prev < numLabels && !allowed(prev, l) {
				return 0, false
			}
			s += m.trans[prev][l] + em[i][l]
			prev = l
		}
		return s, true
	}
	for round := range 50 {
		m := newModel()
		for p := range m.trans {
			for l := range numLabels {
				m.trans[p][l] = float32(r.NormFloat64())
			}
		}
		n := 1 + round%4
		em := make([][numLabels]float32, n)
		for i := range em {
			for l := range numLabels {
				em[i][l] = float32(r.NormFloat64())
			}
		}
		got := make([]int, n)
		m.viterbi(em, got, make([][numLabels]float32, n), make([][numLabels]int8, n))
		gotScore, ok := score(m, em, got)
		if !ok {
			t.Fatalf("round %d: viterbi = %v, not allowed", round, got)
		}
		ls := make([]int, n)
		for k := 0; k < pow(numLabels, n); k++ {
			for i, x := 0, k; i < n; i, x = i+1, x/numLabels {
				ls[i] = x % numLabels
			}
			if s, ok := score(m, em, ls); ok && s > gotScore+1e-4 {
				t.Fatalf("round %d: viterbi = %v (%g), but %v scores %g", round, got, gotScore, ls, s)
			}
		}
	}
}

func pow(b, e int) int {
	x := 1
	for range e {
		x *= b
	}
	return x
}

func TestBIOSpans(t *testing.T) {
	tests := []struct {
		name   string
		labels []int
		want   []labelSpan
	}{
		{"none", []int{lO, lO}, nil},
		{"one word", []int{lO, lBLOC, lO}, []labelSpan{{1, 1, lBLOC}}},
		{"two words", []int{lBPER, lIPER, lO}, []labelSpan{{0, 1, lBPER}}},
		{"adjacent", []int{lBPER, lBPER, lIPER}, []labelSpan{{0, 0, lBPER}, {1, 2, lBPER}}},
		{"stray inside", []int{lIORG, lIORG}, []labelSpan{{0, 1, lBORG}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := bioSpans(tt.labels); !slices.Equal(got, tt.want) {
				t.Errorf("bioSpans(%v) = %v, want %v", tt.labels, got, tt.want)
			}
		})
	}
}

func readFixture(t *testing.T, name string) []Sentence {
	t.Helper()
	f, err := os.Open(name)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	s, err := ReadCoNLL(f, name)
	if err != nil {
		t.Fatal(err)
	}
	return s
}

// TestTrainFixture trains on a tiny corpus where a name follows السيد and a
// place follows مدينة, and checks that the model labels unseen words there.
func TestTrainFixture(t *testing.T) {
	sents := readFixture(t, "testdata/tiny.txt")
	tests := []struct {
		name string
		opts TrainOptions
	}{
		{"one pass", TrainOptions{Epochs: 5, Folds: 1, DocSize: 5}},
		{"two passes", TrainOptions{Epochs: 5, Folds: 2, DocSize: 5}},
		{"margin", TrainOptions{Epochs: 5, Folds: 2, DocSize: 5, Margin: 1}},
	}
	for _, tt := range tests {
		r, err := Train(sents, tt.opts)
		if err != nil {
			t.Fatal(err)
		}
		// Round trip through the model file.
		var buf bytes.Buffer
		if err := r.WriteModel(&buf, 0); err != nil {
			t.Fatal(err)
		}
		r, err = LoadRecognizer(&buf)
		if err != nil {
			t.Fatal(err)
		}
		// كفرنبل is unknown to the dictionary, as the fixture's places
		// are (برقين would look like برق + ين to it).
		words := strings.Fields("وصل السيد زيدون إلى مدينة كفرنبل أمس .")
		got := r.TagWords([][]string{words})[0]
		want := []string{"O", "O", "B-PER", "O", "O", "B-LOC", "O", "O"}
		if !slices.Equal(got, want) {
			t.Errorf("%s: TagWords(%v) = %v, want %v", tt.name, words, got, want)
		}
	}
}

func TestLoadRecognizerErrors(t *testing.T) {
	tests := []struct {
		name string
		data []byte
	}{
		{"empty", nil},
		{"not gzip", []byte("hello")},
		{"truncated", truncatedModel(t)},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if _, err := LoadRecognizer(bytes.NewReader(tt.data)); err == nil {
				t.Errorf("LoadRecognizer(%s) succeeded, want an error", tt.name)
			}
		})
	}
}

func truncatedModel(t *testing.T) []byte {
	var buf bytes.Buffer
	r, err := Train(readFixture(t, "testdata/tiny.txt"), TrainOptions{Epochs: 1})
	if err != nil {
		t.Fatal(err)
	}
	if err := r.WriteModel(&buf, 0); err != nil {
		t.Fatal(err)
	}
	// Re-compress only the first half of the uncompressed stream.
	full, err := LoadRecognizer(bytes.NewReader(buf.Bytes()))
	if err != nil || full == nil {
		t.Fatal(err)
	}
	return buf.Bytes()[:buf.Len()/2]
}

type wantSpan struct {
	text string
	typ  news.EntityType
}

func TestDefaultRecognizer(t *testing.T) {
	r := DefaultRecognizer()
	if !strings.Contains(r.Info(), "CC BY-SA 4.0") {
		t.Errorf("model info %q does not state its licence", r.Info())
	}
	tests := []struct {
		name string
		text string
		want []wantSpan
	}{
		{"full name and capital", "التقى الرئيس الروسي فلاديمير بوتين وزير الخارجية في موسكو أمس .",
			[]wantSpan{{"فلاديمير بوتين", news.PER}, {"موسكو", news.LOC}}},
		{"surname alone", "وقال بوتين إن روسيا لن تتراجع .",
			[]wantSpan{{"بوتين", news.PER}, {"روسيا", news.LOC}}},
		{"capital with proclitic", "وصل الوزير إلى بكين ثم عاد وبكين تراقب .",
			[]wantSpan{{"بكين", news.LOC}, {"بكين", news.LOC}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			toks := arabic.Tokenize(tt.text)
			var got []wantSpan
			for _, s := range r.Recognize(tt.text, toks) {
				got = append(got, wantSpan{tt.text[s.Start:s.End], s.Type})
				if s.Score <= 0.5 || s.Score > 1 {
					t.Errorf("span %q score %v, want in (0.5, 1]", tt.text[s.Start:s.End], s.Score)
				}
			}
			if !slices.Equal(got, tt.want) {
				t.Errorf("Recognize(%q) = %v, want %v", tt.text, got, tt.want)
			}
		})
	}
}

func TestRecognizeArticle(t *testing.T) {
	text, toks := fixture(t)
	spans := DefaultRecognizer().Recognize(text, toks)
	found := map[wantSpan]bool{}
	for _, s := range spans {
		found[wantSpan{string(text[s.Start:s.End]), s.Type}] = true
	}
	// Mentions a reasonable recogniser must find in the fixture.
	for _, w := range []wantSpan{
		{"فلاديمير بوتين", news.PER}, {"موسكو", news.LOC}, {"بكين", news.LOC},
		{"واشنطن", news.LOC}, {"القاهرة", news.LOC}, {"عبد الفتاح السيسي", news.PER},
	} {
		if !found[w] {
			t.Errorf("Recognize(article) lacks %s %q", w.typ, w.text)
		}
	}
	if len(spans) < 20 {
		t.Errorf("Recognize(article): %d spans, want at least 20", len(spans))
	}
}

func BenchmarkLoad(b *testing.B) {
	cpu0 := threadCPU()
	for b.Loop() {
		if _, err := LoadRecognizer(bytes.NewReader(defaultModel)); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64((threadCPU()-cpu0).Milliseconds())/float64(b.N), "cpu-ms/op")
}

// BenchmarkRecognize measures recognition (tokenising excluded) on the
// fixture article, in words a second. The recogniser's word memo is emptied
// before each pass, as if the article were the first it read: the article
// repeated would otherwise be all remembered words.
func BenchmarkRecognize(b *testing.B) {
	text, toks := fixture(b)
	r := DefaultRecognizer()
	words := 0
	cpu0 := threadCPU()
	for b.Loop() {
		ForgetWords(r)
		r.Recognize(text, toks)
		words += len(toks)
	}
	b.ReportMetric(float64(words)/b.Elapsed().Seconds(), "words/s")
	// On a shared machine wall time undercounts; the CPU time of the
	// process gives the rate on one core.
	if cpu := threadCPU() - cpu0; cpu > 0 {
		b.ReportMetric(float64(words)/cpu.Seconds(), "words/cpu-s")
	}
}

// threadCPU is the user and system CPU time of the process so far.
func threadCPU() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

// BenchmarkLoadHeap reports the heap that one loaded model holds.
func BenchmarkLoadHeap(b *testing.B) {
	var before, after runtime.MemStats
	var keep []*Recognizer
	runtime.GC()
	runtime.ReadMemStats(&before)
	for b.Loop() {
		r, err := LoadRecognizer(bytes.NewReader(defaultModel))
		if err != nil {
			b.Fatal(err)
		}
		keep = append(keep, r)
	}
	runtime.GC()
	runtime.ReadMemStats(&after)
	b.ReportMetric(float64(after.HeapAlloc-before.HeapAlloc)/float64(len(keep))/(1<<20), "MB-heap/model")
	runtime.KeepAlive(keep)
}

func TestRecognizeConcurrent(t *testing.T) {
	text, toks := fixture(t)
	r := DefaultRecognizer()
	want := r.Recognize(text, toks)
	done := make(chan []Span)
	for range 4 {
		go func() { done <- r.Recognize(text, toks) }()
	}
	for range 4 {
		if got := <-done; !slices.Equal(got, want) {
			t.Errorf("concurrent Recognize gave %d spans, want the %d of a single call", len(got), len(want))
		}
	}
}

// TestTrainWithClasses trains on sentences where names, places and common
// words stand in the same place and differ only by the word itself, made of
// random letters, so that nothing but word classes can tell the type of a
// word never seen in training; and checks that the model file keeps the
// classes.
func TestTrainWithClasses(t *testing.T) {
	rng := rand.New(rand.NewPCG(7, 11))
	letters := []rune("بتثجحخدذرزسشصضطظعغفقكلمنهوي")
	word := func() string {
		w := make([]rune, 4+rng.IntN(2))
		for i := range w {
			w[i] = letters[rng.IntN(len(letters))]
		}
		return string(w)
	}
	kinds := []struct {
		tag   string
		class uint16
	}{{"B-PER", 5}, {"B-LOC", 6}, {"O", 7}}
	m := map[string]uint16{}
	var sents []Sentence
	unseen := make([]string, len(kinds)) // one word of each kind never in training
	for k, kind := range kinds {
		for i := range 81 {
			w := word()
			m[w] = kind.class
			if i == 80 {
				unseen[k] = w
				continue
			}
			sents = append(sents, Sentence{
				Words: []string{"رأيت", w, "اليوم", "."},
				Tags:  []string{"O", kind.tag, "O", "O"},
			})
		}
	}
	rng.Shuffle(len(sents), func(i, j int) { sents[i], sents[j] = sents[j], sents[i] })
	classes, err := wordclass.New(m, 8)
	if err != nil {
		t.Fatal(err)
	}
	test := make([][]string, len(unseen))
	for k, w := range unseen {
		test[k] = []string{"رأيت", w, "اليوم", "."}
	}
	want := []string{"B-PER", "B-LOC", "O"}
	tag := func(opts TrainOptions) []string {
		r, err := Train(sents, opts)
		if err != nil {
			t.Fatal(err)
		}
		var buf bytes.Buffer
		if err := r.WriteModel(&buf, 0); err != nil {
			t.Fatal(err)
		}
		loaded, err := LoadRecognizer(&buf)
		if err != nil {
			t.Fatal(err)
		}
		if got, want := loaded.f.classes.Len(), opts.Classes.Len(); got != want {
			t.Fatalf("the model file keeps %d words of the classes, want %d", got, want)
		}
		var got []string
		for _, tags := range loaded.TagWords(test) {
			got = append(got, tags[1])
		}
		return got
	}
	opts := TrainOptions{Epochs: 5, Folds: 2, DocSize: 5}
	if got := tag(opts); slices.Equal(got, want) {
		t.Fatalf("without classes the model already labels the unseen words %v: the test shows nothing", got)
	}
	opts.Classes = classes
	if got := tag(opts); !slices.Equal(got, want) {
		t.Errorf("with classes, the unseen words %v are labelled %v, want %v", unseen, got, want)
	}
}

// fixture returns the fixture article of testdata/article.txt and its
// tokens.
func fixture(tb testing.TB) (string, []news.Token) {
	tb.Helper()
	b, err := os.ReadFile("testdata/article.txt")
	if err != nil {
		tb.Fatal(err)
	}
	text := string(b)
	return text, arabic.Tokenize(text)
}
