package span_test

import (
	"testing"

	"rasad/internal/arabic"
	"rasad/internal/entity/span"
)

// TestCommonBody tells a common noun phrase from a body's name.
func TestCommonBody(t *testing.T) {
	seg := arabic.DefaultSegmenter()
	for _, tc := range []struct {
		phrase string
		want   bool
	}{
		{"منظمة إنسانية", true},         // "a humanitarian organisation"
		{"منظمة إنسانية تركية", true},   // and a Turkish one
		{"شركة أمريكية", true},          // "an American company"
		{"جمعية خيرية", true},           // "a charity"
		{"منظمة الصحة العالمية", false}, // definite
		{"منظمة أوكسفام", false},        // a proper name
		{"منظمة", false},                // the head alone is wholeWords'
		{"منظمة أطباء بلا حدود", false}, // no adjective after the head
		{"مجموعة بن لادن", false},       // a family's name
		{"جامعة الملك سعود", false},     // definite
	} {
		toks := arabic.Tokenize(tc.phrase)
		seg.Segment(toks)
		if got := span.CommonBody(toks, seg); got != tc.want {
			t.Errorf("CommonBody(%s) = %v, want %v", tc.phrase, got, tc.want)
		}
	}
}

// TestAdverb tells an adverb of place or time from a name's last word.
func TestAdverb(t *testing.T) {
	for _, tc := range []struct {
		phrase string
		want   bool
	}{
		{"هنا", true},
		{"هناك", true},
		{"حاليا", true},
		{"أيضا", true},
		{"الآن", true},
		{"اليوم", false}, // روسيا اليوم: a channel's name
		{"الاتحاد", false},
		{"هانا", false},
	} {
		toks := arabic.Tokenize(tc.phrase)
		if got := span.Adverb(toks, 0); got != tc.want {
			t.Errorf("Adverb(%s) = %v, want %v", tc.phrase, got, tc.want)
		}
	}
}
