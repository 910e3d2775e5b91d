package arabic

import "testing"

func TestWithWeights(t *testing.T) {
	base := DefaultSegmenter()
	for _, name := range WeightNames() {
		if base.w.field(name) == nil {
			t.Errorf("weight %q has no field", name)
		}
	}
	s, err := base.WithWeights(map[string]float64{"waw": 9, "kaf": 0.5, "encRare": 7, "known": 3})
	if err != nil {
		t.Fatal(err)
	}
	if s.w.pro[0] != 9 || s.w.pro[4] != 0.5 || s.w.encRare != 7 || s.w.known != 3 || s.w.enc != base.w.enc {
		t.Errorf("WithWeights set waw %v kaf %v encRare %v known %v enc %v; want 9, 0.5, 7, 3 and the base's %v", s.w.pro[0], s.w.pro[4], s.w.encRare, s.w.known, s.w.enc, base.w.enc)
	}
	if base.w.pro[0] == 9 {
		t.Errorf("WithWeights changed the segmenter it copies")
	}
	if got := base.SegmentWord("وبكين"); len(got) != 2 {
		t.Fatalf("SegmentWord(وبكين) = %v, want و + بكين", got)
	}
	// Without the bonus of known stems and names, a cost of و this high
	// keeps وبكين whole.
	whole, err := base.WithWeights(map[string]float64{"waw": 100, "known": 0, "knownWhole": 0, "name": 0, "preferred": 0, "count": 0})
	if err != nil {
		t.Fatal(err)
	}
	if got := whole.SegmentWord("وبكين"); len(got) != 1 {
		t.Errorf("with waw 100 and no bonus, SegmentWord(وبكين) = %v, want one part", got)
	}
	if _, err := base.WithWeights(map[string]float64{"wow": 1}); err == nil {
		t.Errorf("WithWeights accepted an unknown weight")
	}
}
