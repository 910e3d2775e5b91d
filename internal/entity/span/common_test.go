package span_test

import (
	"testing"

	"rasad/internal/arabic"
	"rasad/internal/entity/span"
	"rasad/internal/news"
)

// TestCommonBody tells a common noun phrase from a body's name.
func TestCommonBody(t *testing.T) {
	checkPhrases(t, "CommonBody", func(toks []news.Token, seg *arabic.Segmenter) bool { return span.CommonBody(toks, seg) }, []phrase{
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
	})
}

// TestAdverb tells an adverb of place or time from a name's last word.
func TestAdverb(t *testing.T) {
	checkPhrases(t, "Adverb", func(toks []news.Token, seg *arabic.Segmenter) bool { return span.Adverb(toks, 0) }, []phrase{
		{"هنا", true},
		{"هناك", true},
		{"حاليا", true},
		{"أيضا", true},
		{"الآن", true},
		{"اليوم", false}, // روسيا اليوم: a channel's name
		{"الاتحاد", false},
		{"هانا", false},
	})
}
