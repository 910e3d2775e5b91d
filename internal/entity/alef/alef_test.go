package alef_test

import (
	"fmt"
	"testing"

	"rasad/internal/actor"
	"rasad/internal/arabic"
	"rasad/internal/entity/alef"
	"rasad/internal/tabletest"
)

func TestSplit(t *testing.T) {
	tabletest.Strings(t, "Split", func(in string) string {
		var word string
		var cut int // runes before the mention
		if _, err := fmt.Sscan(in, &word, &cut); err != nil {
			t.Fatalf("row %q: %v", in, err)
		}
		toks := arabic.Tokenize(word)
		arabic.DefaultSegmenter().Segment(toks)
		start := toks[0].Start + len(string([]rune(word)[:cut]))
		return fmt.Sprint(alef.Split(toks[0], start))
	}, tabletest.Rows(t, "testdata/split.tsv"))
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
