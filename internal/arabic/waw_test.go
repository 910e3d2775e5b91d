package arabic

import "testing"

// TestKeptWaw: the second reading of a و the segmenter left on a word it
// does not know; none where it split the و off itself or where the word
// is too short to tell.
func TestKeptWaw(t *testing.T) {
	for _, tt := range []struct {
		text, rest string
		skip       int // bytes of text before the rest
		ok         bool
	}{
		{"واتلتيكو", "اتلتيكو", 2, true}, // a foreign name after و
		{"وَعين", "عين", 4, true},        // the mark on the و is skipped
		{"وفيس", "فيس", 2, true},
		{"والجيش", "", 0, false}, // split off by the segmenter: its Parts say so
		{"وعي", "", 0, false},    // three letters: too short to tell
		{"حلب", "", 0, false},
	} {
		toks := Tokenize(tt.text)
		DefaultSegmenter().Segment(toks)
		rest, start, ok := KeptWaw(&toks[0])
		if rest != tt.rest || ok != tt.ok || ok && start-toks[0].Start != tt.skip {
			t.Errorf("KeptWaw(%s) (parts %v) = %s %d %v, want %s %d %v", tt.text, toks[0].Parts, rest, start-toks[0].Start, ok, tt.rest, tt.skip, tt.ok)
		}
	}
}

// TestKeptPreposition: a ب or ل the segmenter left on a noun it does not
// know in that spelling, four letters or more left.
func TestKeptPreposition(t *testing.T) {
	for _, tt := range []struct{ text, rest, prep string }{
		{"بميليشيا", "ميليشيا", "ب"},
		{"لميليشيا", "ميليشيا", "ل"},
		{"بلد", "", ""},     // too short to tell
		{"ميليشيا", "", ""}, // no ب or ل
		{"بالجيش", "", ""},  // split off by the segmenter: its Parts say so
	} {
		toks := Tokenize(tt.text)
		DefaultSegmenter().Segment(toks)
		if rest, prep := KeptPreposition(&toks[0]); rest != tt.rest || prep != tt.prep {
			t.Errorf("KeptPreposition(%s) (parts %v) = %s %q, want %s %q", tt.text, toks[0].Parts, rest, prep, tt.rest, tt.prep)
		}
	}
}

// TestKeptProclitic: the letter a second reading takes off, where the
// segmenter split none; none after a split, nor on a word too short to
// leave two letters, nor on a letter no proclitic is written with.
func TestKeptProclitic(t *testing.T) {
	for _, tt := range []struct{ text, letter, rest string }{
		{"وعين", "و", "عين"},
		{"فجرت", "", ""}, // split ف + جرت by the segmenter: its Parts say so
		{"بميليشيا", "ب", "ميليشيا"},
		{"وفيس", "و", "فيس"},
		{"بلد", "ب", "لد"}, // the stage's lexicon decides whether لد is a word
		{"وقالت", "", ""},  // split by the segmenter
		{"من", "", ""},
		{"حلب", "", ""},
	} {
		toks := Tokenize(tt.text)
		DefaultSegmenter().Segment(toks)
		if l, rest, _ := KeptProclitic(&toks[0]); l != tt.letter || rest != tt.rest {
			t.Errorf("KeptProclitic(%s) (parts %v) = %q %s, want %q %s", tt.text, toks[0].Parts, l, rest, tt.letter, tt.rest)
		}
	}
}
