package span_test

import (
	"testing"

	"rasad/internal/arabic"
	"rasad/internal/entity/span"
	"rasad/internal/news"
)

// TestVerb tells a word with a verb's inflection, the first of each
// phrase, from a name or a word.
func TestVerb(t *testing.T) {
	checkPhrases(t, "Verb", func(toks []news.Token, seg *arabic.Segmenter) bool { return span.Verb(toks, 0, seg) }, []phrase{
		{"سيتخلون عن", true},         // the future سـ and the plural ون on an imperfect
		{"سيقاتلون", true},           // not in the dictionary, but with the plural ون
		{"ستعطي درسا", true},         // the future on تـ, a verb seen alone
		{"وسيعود", true},             // after the conjunction و
		{"ليكسر الاحتكار", true},     // the لـ of purpose on يـ before its object
		{"ليكسر", false},             // a verb never seen alone, with nothing after it
		{"سيلون، البالغ", false},     // a foreign surname that reads as a rare verb
		{"ليران أتزمور", false},      // a foreign given name that reads as one
		{"سيرغي لافروف", false},      // a given name (Sergei)
		{"ستيفان دي ميستورا", false}, // a given name the dictionary holds
		{"ستار الدولي", false},       // a word the dictionary holds whole
		{"سيناء", false},             // a place the dictionary holds whole
		{"ليونيل ميسي", false},       // a given name after ل
		{"لتطوير الصناعة", false},    // ل on a verbal noun in تـ: a body's field
		{"لنصرة الشعب", false},       // ل on a verbal noun in نـ
		{"سيسي", false},              // too short to tell from a name
		{"سيرخيو", false},            // a foreign name the dictionary lacks
		{"تلفزيون الكويت", false},    // no سـ or لـ before the imperfect's letter
	})
}
