package alef_test

import (
	"fmt"
	"testing"

	"rasad/internal/actor"
	"rasad/internal/arabic"
	"rasad/internal/entity/alef"
)

func TestSplit(t *testing.T) {
	for _, tt := range []struct {
		word string
		cut  int // runes before the mention
		want bool
	}{
		{"باندورا", 1, true},   // ب + اندورا
		{"كاسيا", 1, true},     // ك + اسيا
		{"وباندورا", 2, true},  // و + ب + اندورا
		{"لاثينا", 1, true},    // ل + اثينا
		{"بالأحساء", 1, false}, // the article's alef
		{"بأندورا", 1, false},  // the hamza written
		{"وايران", 1, false},   // و is no preposition
		{"بطوكيو", 1, false},   // no alef
		{"باندورا", 0, false},  // the whole word
	} {
		toks := arabic.Tokenize(tt.word)
		arabic.DefaultSegmenter().Segment(toks)
		start := toks[0].Start + len(string([]rune(tt.word)[:tt.cut]))
		if got := alef.Split(toks[0], start); got != tt.want {
			t.Errorf("Split(%s at rune %d) = %v, want %v (parts %v)", tt.word, tt.cut, got, tt.want, toks[0].Parts)
		}
	}
}

func TestKeep(t *testing.T) {
	andorra := &actor.Actor{ID: "and", Country: "AND"}
	athens := &actor.Actor{ID: "athens", Country: "GRC"}
	greece := &actor.Actor{ID: "grc", Country: "GRC"}
	europe := &actor.Actor{ID: "eur"}
	type reading struct {
		act     *actor.Actor
		doubted bool
	}
	read := func(r reading) (*actor.Actor, bool) { return r.act, r.doubted }
	for _, tt := range []struct {
		name string
		in   []reading
		want int
	}{
		{"a doubted place alone goes", []reading{{andorra, true}}, 0},
		{"named again undoubted, it stays", []reading{{andorra, true}, {andorra, false}}, 2},
		{"twice doubted is not backed", []reading{{andorra, true}, {andorra, true}}, 0},
		{"its country named, it stays", []reading{{athens, true}, {greece, false}}, 2},
		{"a region of no country is backed only by itself", []reading{{europe, true}, {greece, false}}, 1},
		{"no place, nothing to doubt", []reading{{nil, true}, {greece, false}}, 2},
	} {
		if got := alef.Keep(tt.in, read); len(got) != tt.want {
			t.Errorf("%s: Keep kept %d, want %d", tt.name, len(got), tt.want)
		}
	}
}

// A word as news writes it: the streaming service, not ب + Andorra.
func ExampleSplit() {
	toks := arabic.Tokenize("باندورا")
	arabic.DefaultSegmenter().Segment(toks)
	fmt.Println(alef.Split(toks[0], toks[0].Parts[1].Start))
	// Output: true
}
