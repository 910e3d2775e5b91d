package dedup

import (
	"fmt"
	"hash/fnv"
	"math/rand/v2"
	"strings"
	"testing"

	"rasad/internal/seed"
)

func words(s string) []string { return strings.Fields(s) }

// article is the reference article (a real report of 2023-04-16, about 550
// words).
func article(tb testing.TB) string { return seed.Text(tb) }

func TestSimHash(t *testing.T) {
	story := article(t)
	title, body, _ := strings.Cut(story, "\n")
	tests := []struct {
		name    string
		other   string
		maxDist int // the two must be this close
		minDist int // or at least this far
	}{
		{"same", story, 0, 0},
		{"one word changed", strings.Replace(story, "الأحد", "السبت", 1), MaxDistance, 0},
		{"dateline added", "موسكو (رويترز) " + story, MaxDistance, 0},
		{"other title", "بوتين يستقبل وزير الدفاع الصيني في الكرملين\n" + body, MaxDistance, 0},
		{"first half", title + "\n" + body[:len(body)/2], 64, 8},
		{"other story", "قال البنك المركزي ان التضخم تراجع في الربع الاخير من العام مع انخفاض اسعار الغذاء والطاقه وتوقع ان يواصل تراجعه في العام المقبل اذا استقرت اسعار النفط", 64, 16},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := Distance(SimHash(words(story)), SimHash(words(tt.other)))
			if d > tt.maxDist || d < tt.minDist {
				t.Errorf("Distance(SimHash(story), SimHash(%s)) = %d, want %d..%d", tt.name, d, tt.minDist, tt.maxDist)
			}
		})
	}
	if SimHash(nil) != 0 {
		t.Error("SimHash(nil) != 0")
	}
}

// TestBandsShare checks the pigeonhole promise on random hashes.
func TestBandsShare(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	for i := 0; i < 2000; i++ {
		a := r.Uint64()
		b := a
		for _, bit := range r.Perm(64)[:r.IntN(MaxDistance+1)] {
			b ^= 1 << bit
		}
		ba, bb := Bands(a), Bands(b)
		shared := false
		for j := range ba {
			shared = shared || ba[j] == bb[j]
		}
		if !shared {
			t.Fatalf("Bands(%x) and Bands(%x), %d bits apart, share no band", a, b, Distance(a, b))
		}
	}
}

func ExampleDistance() {
	a := SimHash(strings.Fields("وزير الدفاع الصيني يشيد خلال لقاء مع بوتين بالتعاون العسكري مع روسيا"))
	b := SimHash(strings.Fields("وزير الدفاع الصيني يشيد خلال لقاء مع بوتين بالتعاون العسكري مع روسيا اليوم"))
	fmt.Println(Distance(a, b) <= MaxDistance)
	// Output: true
}

// simHashFNV is SimHash written with hash/fnv, as it first was: the
// inlined hash must give the same bits.
func simHashFNV(words []string) uint64 {
	var v [64]int
	n := max(len(words)-Shingle+1, 1)
	h := fnv.New64a()
	for i := 0; i < n; i++ {
		h.Reset()
		for j := i; j < i+Shingle && j < len(words); j++ {
			h.Write([]byte(words[j]))
			h.Write([]byte{0})
		}
		x := mix(h.Sum64())
		for b := 0; b < 64; b++ {
			if x&(1<<b) != 0 {
				v[b]++
			} else {
				v[b]--
			}
		}
	}
	var out uint64
	for b := 0; b < 64; b++ {
		if v[b] > 0 {
			out |= 1 << b
		}
	}
	return out
}

// TestSimHashFNV checks SimHash against hash/fnv on texts of every length
// from one word (shorter than a shingle) to the whole reference article.
func TestSimHashFNV(t *testing.T) {
	ws := words(article(t))
	for _, n := range []int{1, 2, 3, 4, 10, 100, len(ws)} {
		if got, want := SimHash(ws[:n]), simHashFNV(ws[:n]); got != want {
			t.Errorf("SimHash of %d words = %016x, want %016x", n, got, want)
		}
	}
}

// BenchmarkSimHash hashes the reference article's words.
func BenchmarkSimHash(b *testing.B) {
	ws := words(article(b))
	b.ReportAllocs()
	for b.Loop() {
		SimHash(ws)
	}
}
