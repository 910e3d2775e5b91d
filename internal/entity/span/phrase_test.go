package span_test

import (
	"testing"

	"rasad/internal/arabic"
	"rasad/internal/entity/span"
	"rasad/internal/news"
)

// phrase is a row of a test that tells one kind of word: the phrase, and
// whether the test is to say it is of that kind.
type phrase struct {
	phrase string
	want   bool
}

// checkPhrases runs is, the test called name, on the tokens of each row's
// phrase, segmented as the recogniser's are.
func checkPhrases(t *testing.T, name string, is func(toks []news.Token, seg *arabic.Segmenter) bool, rows []phrase) {
	t.Helper()
	seg := arabic.DefaultSegmenter()
	for _, tc := range rows {
		toks := arabic.Tokenize(tc.phrase)
		seg.Segment(toks)
		if got := is(toks, seg); got != tc.want {
			t.Errorf("%s(%s) = %v, want %v", name, tc.phrase, got, tc.want)
		}
	}
}

// TestPhrases runs each test that tells one kind of word over its rows.
func TestPhrases(t *testing.T) {
	for _, kind := range []struct {
		name string
		is   func(toks []news.Token, seg *arabic.Segmenter) bool
		rows []phrase
	}{
		// Accusative tells a common noun in the indefinite accusative from a
		// name ending in alif.
		{"Accusative", func(toks []news.Token, seg *arabic.Segmenter) bool { return span.Accusative(toks, 0, seg) }, []phrase{
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
		}},
		// Verb tells a word with a verb's inflection, the first of each
		// phrase, from a name or a word.
		{"Verb", func(toks []news.Token, seg *arabic.Segmenter) bool { return span.Verb(toks, 0, seg) }, []phrase{
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
		}},
		// CommonBody tells a common noun phrase from a body's name.
		{"CommonBody", func(toks []news.Token, seg *arabic.Segmenter) bool { return span.CommonBody(toks, seg) }, []phrase{
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
		}},
		// Adverb tells an adverb of place or time from a name's last word.
		{"Adverb", func(toks []news.Token, seg *arabic.Segmenter) bool { return span.Adverb(toks, 0) }, []phrase{
			{"هنا", true},
			{"هناك", true},
			{"حاليا", true},
			{"أيضا", true},
			{"الآن", true},
			{"اليوم", false}, // روسيا اليوم: a channel's name
			{"الاتحاد", false},
			{"هانا", false},
		}},
	} {
		checkPhrases(t, kind.name, kind.is, kind.rows)
	}
}
