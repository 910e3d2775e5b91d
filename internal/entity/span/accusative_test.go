package span_test

import (
	"testing"

	"rasad/internal/arabic"
	"rasad/internal/entity/span"
	"rasad/internal/news"
)

// TestAccusative tells a common noun in the indefinite accusative from a
// name ending in alif.
func TestAccusative(t *testing.T) {
	checkPhrases(t, "Accusative", func(toks []news.Token, seg *arabic.Segmenter) bool { return span.Accusative(toks, 0, seg) }, []phrase{
		{"شابا في العشرين", true},  // شاب "a young man"
		{"رجلا مسنا", true},        // رجل "a man"
		{"طفلا", true},             // طفل "a child"
		{"وشابا", true},            // after the conjunction و
		{"نورا", false},            // a given name (نور is one too)
		{"حسنا", false},            // حسن is a given name
		{"ماريا", false},           // a foreign given name
		{"رضا", false},             // too short: رض
		{"أمريكا", false},          // no dictionary word without its alif
		{"الشباب", false},          // no final alif
		{"عقلا بن علي", true},      // the word alone reads so; Mend keeps the longer span
		{"سيرغي لافروف", false},    // no final alif
		{"كريما معه", false},       // كريم is a given name
		{"فيكتوريا بيكهام", false}, // a foreign name the dictionary lacks
		{"جماهيريا", true},         // a relational adjective: جماهير "the public"
		{"إعلاميا", true},          // إعلام "the media"
		{"صوفيا", false},           // a name the dictionary holds
		{"روسيا", false},           // a country
	})
}
