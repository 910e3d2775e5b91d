package sentence

import (
	"fmt"
	"reflect"
	"testing"

	"rasad/internal/news"
)

// toks returns tokens of two bytes each, one byte apart: token k spans
// [3k, 3k+2).
func toks(n int) []news.Token {
	out := make([]news.Token, n)
	for k := range out {
		out[k] = news.Token{Start: 3 * k, End: 3*k + 2}
	}
	return out
}

func TestRanges(t *testing.T) {
	tests := []struct {
		name  string
		n     int
		sents []news.Sentence
		want  [][2]int
	}{
		{"no sentences: the whole text", 4, nil, [][2]int{{0, 4}}},
		{"two sentences", 4, []news.Sentence{{Start: 0, End: 6}, {Start: 6, End: 12}}, [][2]int{{0, 2}, {2, 4}}},
		{"tokens after the last sentence join it", 5, []news.Sentence{{Start: 0, End: 6}, {Start: 6, End: 9}}, [][2]int{{0, 2}, {2, 5}}},
		{"a sentence with no token is dropped", 4, []news.Sentence{{Start: 0, End: 6}, {Start: 7, End: 8}, {Start: 9, End: 12}}, [][2]int{{0, 2}, {3, 4}}},
		{"a sentence running backwards is dropped", 4, []news.Sentence{{Start: 6, End: 12}, {Start: 0, End: 6}}, [][2]int{{2, 4}}},
		{"no tokens", 0, []news.Sentence{{Start: 0, End: 6}}, [][2]int{{0, 0}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := Ranges(toks(tt.n), tt.sents); !reflect.DeepEqual(got, tt.want) {
				t.Errorf("Ranges(%d tokens, %v) = %v, want %v", tt.n, tt.sents, got, tt.want)
			}
		})
	}
}

func ExampleRanges() {
	toks := []news.Token{{Start: 0, End: 3}, {Start: 4, End: 8}, {Start: 10, End: 14}}
	fmt.Println(Ranges(toks, []news.Sentence{{Start: 0, End: 9}, {Start: 10, End: 15}}))
	// Output: [[0 2] [2 3]]
}

func TestSplit(t *testing.T) {
	tests := []struct {
		name   string
		ranges [][2]int
		ends   []int
		want   [][2]int
	}{
		{"no ends", [][2]int{{0, 4}, {4, 6}}, nil, [][2]int{{0, 4}, {4, 6}}},
		{"an end inside a range cuts after it", [][2]int{{0, 6}}, []int{2}, [][2]int{{0, 3}, {3, 6}}},
		{"an end at a range's last token cuts nothing", [][2]int{{0, 3}, {3, 6}}, []int{2}, [][2]int{{0, 3}, {3, 6}}},
		{"two ends in two ranges", [][2]int{{0, 4}, {4, 9}}, []int{1, 5, 6}, [][2]int{{0, 2}, {2, 4}, {4, 6}, {6, 7}, {7, 9}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := Split(tt.ranges, tt.ends); !reflect.DeepEqual(got, tt.want) {
				t.Errorf("Split(%v, %v) = %v, want %v", tt.ranges, tt.ends, got, tt.want)
			}
		})
	}
}
