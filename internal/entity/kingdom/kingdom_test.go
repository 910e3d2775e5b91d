package kingdom_test

import (
	"slices"
	"testing"

	"rasad/internal/actor"
	"rasad/internal/arabic"
	"rasad/internal/entity/kingdom"
	"rasad/internal/news"
)

// tokens segments text as the pipeline does, with the search keys of its words.
func tokens(text string) ([]news.Token, []string) {
	toks := arabic.Tokenize(text)
	arabic.DefaultSegmenter().Segment(toks)
	wkeys := make([]string, len(toks))
	for i, t := range toks {
		if t.Kind == news.Word {
			wkeys[i] = arabic.SearchKey(t.Norm)
		}
	}
	return toks, wkeys
}

func TestAlone(t *testing.T) {
	for _, tt := range []struct {
		name, text string
		nisba      int // the token of a nisba's mention, or -1
		want       []int
	}{
		{"alone", "زار المملكة أمس", -1, []int{1}},
		{"with a preposition", "عاد إلى المملكة وللمملكة", -1, []int{2, 3}},
		{"before a nisba", "المملكة المتحدة", 1, nil},
		{"another word", "المملك الملكية", -1, nil},
	} {
		t.Run(tt.name, func(t *testing.T) {
			toks, wkeys := tokens(tt.text)
			var got []int
			for _, w := range kingdom.Alone(toks, wkeys, func(int) bool { return true }, func(i int) bool { return i == tt.nisba }) {
				got = append(got, w.At)
			}
			if !slices.Equal(got, tt.want) {
				t.Errorf("Alone(%q) = %v, want %v", tt.text, got, tt.want)
			}
		})
	}
}

func TestNamed(t *testing.T) {
	sa, jo := &actor.Actor{Country: "SAU"}, &actor.Actor{Country: "JOR"}
	kingdoms := map[string]*actor.Actor{"SAU": sa, "JOR": jo}
	for _, tt := range []struct {
		name, outlet string
		ms           []kingdom.Mention
		want         *actor.Actor
	}{
		{"the paper's kingdom", "SAU", []kingdom.Mention{{"JOR", 0}, {"JOR", 5}}, sa},
		{"the one kingdom named", "EGY", []kingdom.Mention{{"JOR", 0}, {"EGY", 3}, {"JOR", 5}}, jo},
		{"two kingdoms as often", "", []kingdom.Mention{{"JOR", 0}, {"SAU", 5}}, nil},
		{"none", "", nil, nil},
	} {
		t.Run(tt.name, func(t *testing.T) {
			if got := kingdom.Named(kingdoms, tt.outlet, tt.ms); got != tt.want {
				t.Errorf("Named(%q) = %v, want %v", tt.outlet, got, tt.want)
			}
		})
	}
}
