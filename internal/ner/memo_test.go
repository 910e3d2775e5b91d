package ner

import (
	"strings"
	"testing"

	"rasad/internal/arabic"
	"rasad/internal/seed"
)

// TestEmitMemo checks that the emission scores made through the word memo,
// cold and warm, are exactly those of summing every feature of every token.
func TestEmitMemo(t *testing.T) {
	text := seed.Text(t)
	r := DefaultRecognizer()
	if r.joint == nil {
		t.Skip("a one-pass model has no joint table")
	}
	r.memo = &wordMemo{} // cold
	sc := r.getScratch()
	for _, line := range strings.Split(text, "\n") {
		var words []string
		for _, w := range strings.Fields(line) {
			words = append(words, arabic.SearchKey(w))
		}
		n := len(words)
		if n == 0 {
			continue
		}
		for round, memo := range []string{"cold", "warm"} {
			r.f.analyse(&sc.sent, words, r.memo)
			em1 := make([][numLabels]float32, n)
			em2 := make([][numLabels]float32, n)
			r.emitMemo(sc, n, em1, em2)
			for i := range n {
				var acc [2][numLabels]int32
				r.joint.sum(&acc, r.f.features(nil, &sc.sent, i))
				var want1, want2 [numLabels]float32
				r.joint.scale(&want1, &want2, &acc)
				if em1[i] != want1 || em2[i] != want2 {
					t.Fatalf("%s memo (round %d), word %q: emissions %v %v, want %v %v", memo, round, words[i], em1[i], em2[i], want1, want2)
				}
			}
		}
	}
	if len(r.memo.m) == 0 {
		t.Error("the memo remembered no word")
	}
}
