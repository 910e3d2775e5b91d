package eval

import (
	"reflect"
	"strings"
	"testing"
)

func TestBuildSearchTest(t *testing.T) {
	// Four sentences, two to a document.
	sents := []string{
		"زار B-PER بوتين I-PER الصين B-LOC",
		"وبوتين B-PER قال O",
		"ذهب O إلى O بكين، B-LOC مع O بوتين B-PER",
		"ولبكين B-LOC وحدة O ومصر B-LOC",
	}
	var words, tags [][]string
	for _, s := range sents {
		f := strings.Fields(s)
		var w, g []string
		for i := 0; i < len(f); i += 2 {
			w, g = append(w, f[i]), append(g, f[i+1])
		}
		words, tags = append(words, w), append(tags, g)
	}
	test := BuildSearchTest(words, tags, 2)
	if len(test.Docs) != 2 {
		t.Fatalf("docs = %d, want 2", len(test.Docs))
	}
	got := map[string][2][]int{}
	for _, q := range test.Queries {
		got[q.Text] = [2][]int{q.Relevant, q.Within}
	}
	tests := []struct {
		name           string
		query          string
		relevant, with []int
	}{
		{"stripped of و when the rest is a name", "بوتين", []int{0, 1}, []int{0, 1}},
		{"a longer name", "زار بوتين", []int{0}, []int{0}},
		{"stripped of و and ل, and of a comma", "بكين", []int{1}, []int{1}},
		{"kept when the rest is no name", "ومصر", []int{1}, []int{1}},
		{"a place", "الصين", []int{0}, []int{0}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			g, ok := got[tt.query]
			if !ok {
				t.Fatalf("no query %q in %v", tt.query, got)
			}
			if !reflect.DeepEqual(g[0], tt.relevant) || !reflect.DeepEqual(g[1], tt.with) {
				t.Errorf("query %q: relevant %v within %v, want %v %v", tt.query, g[0], g[1], tt.relevant, tt.with)
			}
		})
	}
	if len(test.Queries) != 5 {
		t.Errorf("queries = %d, want 5: %v", len(test.Queries), got)
	}
}

func TestSearchScore(t *testing.T) {
	var s SearchScore
	s.Add([]int{1, 2}, []int{2, 3, 3})
	s.Add([]int{4}, nil)
	if s.Retrieved != 2 || s.Relevant != 3 || s.Correct != 1 {
		t.Errorf("counts = %d %d %d, want 2 3 1", s.Retrieved, s.Relevant, s.Correct)
	}
	if p, r := s.Precision(), s.Recall(); p != 0.5 || r != 1.0/3 {
		t.Errorf("P, R = %v, %v, want 0.5, 0.333", p, r)
	}
	if p, r := s.MacroPrecision(), s.MacroRecall(); p != 0.5 || r != 0.25 {
		t.Errorf("macro P, R = %v, %v, want 0.5, 0.25", p, r)
	}
}
