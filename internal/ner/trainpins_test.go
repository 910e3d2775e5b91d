package ner

import (
	"strings"
	"testing"

	"rasad/internal/arabic"
)

// TestCuePins checks that each cue kind data/cuepins.tsv pins is one the
// lexicon gives the word today: a line the lexicon makes true anyway is
// stale and should go.
func TestCuePins(t *testing.T) {
	pins := defaultCuePins()
	if len(pins) == 0 {
		t.Fatal("no pins read from data/cuepins.tsv")
	}
	f := testFeaturizer(t)
	var s sentence
	for w, cue := range pins {
		f.analyse(&s, []string{w}, nil)
		if s.cueB[0]&cue != cue {
			t.Errorf("cuepins.tsv: %s: the lexicon gives cues %b, not the pinned %b: drop the line", w, s.cueB[0], cue)
		}
	}
}

// TestTrainPinsMask checks where training leaves a pinned cue kind out:
// only of the pinned word read alone, and only in training.
func TestTrainPinsMask(t *testing.T) {
	f := testFeaturizer(t)
	train := f
	train.trainPins = defaultCuePins()
	tests := []struct {
		name     string
		sentence string
		i        int
		runtime  uint32 // the cue kinds of token i at run time
		training uint32 // and in training
	}{
		{"noun with the pronoun ه, pinned", "تألق اللاعب مع ناديه الجديد", 3, cueGiven, 0},
		{"the given name written with ة reads as ناديه, pinned alike", "قالت نادية إن", 1, cueGiven, 0},
		{"a proclitic before a pinned name", "احتفظ المدرب باليساندرو دل بييرو", 2, cueGiven, 0},
		{"an unpinned given name", "قال محمد إن", 1, cueGiven, cueGiven},
		{"an unpinned title", "قال الرئيس إن", 1, cueTitle, cueTitle},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			words := keysOf(strings.Fields(tt.sentence))
			var s sentence
			f.analyse(&s, words, nil)
			if got := s.cueB[tt.i] & (cueGiven | cueTitle); got != tt.runtime {
				t.Errorf("run time: cues of %q = %b, want %b", words[tt.i], got, tt.runtime)
			}
			train.analyse(&s, words, nil)
			if got := s.cueB[tt.i] & (cueGiven | cueTitle); got != tt.training {
				t.Errorf("training: cues of %q = %b, want %b", words[tt.i], got, tt.training)
			}
		})
	}
}

func TestReadCuePins(t *testing.T) {
	tests := []struct {
		name, text string
		ok         bool
	}{
		{"a word and a kind", "ناديه\tgiven-name\n# comment\n", true},
		{"no kind", "ناديه\n", false},
		{"an unknown kind", "ناديه\tperson\n", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			pins, err := readCuePins(strings.NewReader(tt.text), "test")
			if (err == nil) != tt.ok {
				t.Fatalf("readCuePins(%q) error %v, want ok %v", tt.text, err, tt.ok)
			}
			if tt.ok && pins[arabic.SearchKey("ناديه")] != cueGiven {
				t.Errorf("readCuePins(%q) = %v, want ناديه given-name", tt.text, pins)
			}
		})
	}
}
