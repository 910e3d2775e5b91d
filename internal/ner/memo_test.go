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

// TestScoreBesideSentencesWithoutNames checks that a span's score is its
// sentence's alone: a sentence the recogniser labels O throughout, whose
// margins viterbi does not compute, changes neither the spans nor the
// scores of the sentences after it.
func TestScoreBesideSentencesWithoutNames(t *testing.T) {
	r := DefaultRecognizer()
	tests := []struct{ name, named, plain string }{
		{"a person and a city", "التقى الرئيس الروسي فلاديمير بوتين نظيره التركي في موسكو.", "وكان الجو حارا طوال اليوم."},
		{"an organisation", "أعلنت منظمة الصحة العالمية عن حملة جديدة.", "ولم يذكر مزيدا من التفاصيل."},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if sp := r.Recognize(tt.plain, arabic.Tokenize(tt.plain)); len(sp) > 0 {
				t.Fatalf("the plain sentence %q has spans %v: the fixture needs one without names", tt.plain, sp)
			}
			alone := r.Recognize(tt.named, arabic.Tokenize(tt.named))
			if len(alone) == 0 {
				t.Fatalf("no span in %q", tt.named)
			}
			text := tt.plain + " " + tt.plain + " " + tt.named
			shift := len(arabic.Tokenize(tt.plain + " " + tt.plain + " "))
			after := r.Recognize(text, arabic.Tokenize(text))
			if len(after) != len(alone) {
				t.Fatalf("after two plain sentences: spans %v, want those of the sentence alone %v", after, alone)
			}
			for i, s := range after {
				if s.First-shift != alone[i].First || s.Last-shift != alone[i].Last || s.Type != alone[i].Type || s.Score != alone[i].Score {
					t.Errorf("span %d after two plain sentences: %+v, want %+v shifted by %d tokens", i, s, alone[i], shift)
				}
			}
		})
	}
}
