package shape_test

import (
	"testing"

	"rasad/internal/arabic"
	"rasad/internal/entity/shape"
	"rasad/internal/lexicon"
	"rasad/internal/news"
)

// word returns the first word token of text, segmented.
func word(t *testing.T, text string) news.Token {
	t.Helper()
	for _, tok := range lexicon.Tokens(text) {
		if tok.Kind == news.Word {
			return tok
		}
	}
	t.Fatalf("no word in %q", text)
	return news.Token{}
}

func TestStemKey(t *testing.T) {
	for _, tt := range []struct{ text, want string }{
		{"وبكين", "بكين"},
		{"للأمم", arabic.SearchKey("الامم")},
		{"بكين", ""},
	} {
		if got, _ := shape.StemKey(word(t, tt.text)); got != tt.want {
			t.Errorf("StemKey(%q) = %q, want %q", tt.text, got, tt.want)
		}
	}
}

func TestKeyShapes(t *testing.T) {
	for _, tt := range []struct {
		name string
		f    func(string) bool
		key  string
		want bool
	}{
		{"relational adjective", shape.Relational, "الحكومي", true},
		{"relational feminine", shape.Relational, arabic.SearchKey("الوطنية"), true},
		{"a noun is not relational", shape.Relational, "الجماهير", false},
		{"people", shape.People, "المسؤولين", true},
		{"people, nominative", shape.People, "العاملون", true},
		{"a broken plural of things", shape.People, "الشؤون", false},
		{"a short word", shape.People, "الدين", false},
		{"an ordinal", shape.Ordinal, arabic.SearchKey("خامسة"), true},
		{"a definite ordinal", shape.Ordinal, arabic.SearchKey("الرابعة"), true},
		{"no ordinal", shape.Ordinal, arabic.SearchKey("قارص"), false},
		{"a quarter of the compass", shape.Quarter, arabic.SearchKey("الغربية"), true},
		{"no quarter", shape.Quarter, arabic.SearchKey("الوطنية"), false},
	} {
		if got := tt.f(tt.key); got != tt.want {
			t.Errorf("%s(%q) = %v, want %v", tt.name, tt.key, got, tt.want)
		}
	}
}

func TestPunctuation(t *testing.T) {
	toks := arabic.Tokenize("أيمن حسن- سبق: «الخبر»")
	var dashes, opens, closes int
	for _, tok := range toks {
		if shape.Dash(tok) {
			dashes++
		}
		if tok.Kind == news.Punctuation && shape.Opening(tok.Text) {
			opens++
		}
		if tok.Kind == news.Punctuation && shape.Closing(tok.Text) {
			closes++
		}
	}
	if dashes != 1 || opens != 1 || closes != 1 {
		t.Errorf("dashes, openings, closings = %d, %d, %d, want 1, 1, 1", dashes, opens, closes)
	}
}

// TestLanguage reads the last word of each phrase: a nisba that names a
// language, or an adjective that follows its noun.
func TestLanguage(t *testing.T) {
	language := map[string]bool{
		"ترجمت كتبها إلى الفرنسية والإنجليزية":  true,
		"نشر البيان باللغة الإنجليزية":          true,
		"تحدث بالإنجليزية":                      true,
		"ترجمة من العبرية":                      true,
		"القوات الروسية":                        false,
		"السفارة البريطانية والقنصلية الفرنسية": false,
		"وصل إلى العاصمة الفرنسية":              false,
		"وزارة الخارجية الأمريكية والروسية":     false,
	}
	for text, want := range language {
		toks := lexicon.Tokens(text)
		if got := shape.Language(toks, len(toks)-1); got != want {
			t.Errorf("Language(%q, last word) = %v, want %v", text, got, want)
		}
	}
}

// TestAnyWord runs the tests that say whether some word of a text is of
// one kind over their rows: the text, and whether one of its words is.
func TestAnyWord(t *testing.T) {
	for _, kind := range []struct {
		name string
		is   func(toks []news.Token, i int) bool
		rows map[string]bool
	}{
		{"Undermining", shape.Undermining, map[string]bool{
			"تحاول النيل من أمن الوطن":         true,
			"يسعى للنيل من أمن الخليج":         true,
			"يمتد نهر النيل من بحيرة فيكتوريا": false,
			"غرق مركب في النيل بالقاهرة":       false,
			"تحاول النيل":                      false,
		}},
		{"Idiom", shape.Idiom, map[string]bool{
			"وصل إلى مسقط رأسه":             true,  // his birthplace
			"عادت إلى مسقط رأسها في الجنوب": true,  // her birthplace
			"زار مسقط رأس الرئيس":           true,  // a man's birthplace
			"افتتاح رياض الأطفال":           true,  // kindergartens
			"أعضاء هيئة التدريس":            true,  // the teaching staff
			"وصل الوزير إلى مسقط أمس":       false, // Muscat, the city
			"في مسقط رئيس الوزراء":          false,
			"وصل إلى مسقط":                  false,
		}},
	} {
		for text, want := range kind.rows {
			toks := lexicon.Tokens(text)
			got := false
			for i, tok := range toks {
				if tok.Kind == news.Word && arabic.SearchKey(tok.Norm) != "" && kind.is(toks, i) {
					got = true
				}
			}
			if got != want {
				t.Errorf("%s in %q = %v, want %v", kind.name, text, got, want)
			}
		}
	}
}

func TestRepeatKey(t *testing.T) {
	names := map[string]bool{}
	for _, n := range []string{"زركلة", "بوتين", "كيري"} {
		names[arabic.SearchKey(n)] = true
	}
	for _, tc := range []struct {
		word  string
		known map[string]bool
		want  string
		at    int // bytes from the token's start
	}{
		{"بزركلة", names, "زركلة", 2},
		{"فبوتين", names, "بوتين", 2},
		{"لكيري", names, "كيري", 2},
		{"بوتين", names, "بوتين", 0}, // a name that opens with ب stays whole
		{"بزركلة", nil, "بزركلة", 0}, // nothing before names it
	} {
		toks := lexicon.Tokens(tc.word)
		key, at := shape.RepeatKey(toks[0], tc.known)
		if key != arabic.SearchKey(tc.want) || at-toks[0].Start != tc.at {
			t.Errorf("RepeatKey(%s) = %s at %d, want %s at %d", tc.word, key, at-toks[0].Start, arabic.SearchKey(tc.want), tc.at)
		}
	}
}

func TestDotted(t *testing.T) {
	for _, tt := range []struct {
		text string
		want int // words of the abbreviation
	}{
		{"حزب ب.ك.ك المحظور", 3},
		{"حزب ب. ك. ك المحظور", 0}, // letters spaced apart are no abbreviation
		{"حزب ب المحظور", 0},
		{"قال ج.م إن", 2},
	} {
		toks := arabic.Tokenize(tt.text)
		i := 1
		for k, tok := range toks {
			if tok.Kind == news.Word && k > 0 {
				i = k
				break
			}
		}
		if got := shape.Dotted(toks, i, len(toks)); len(got) != tt.want {
			t.Errorf("Dotted(%q) = %v, want %d words", tt.text, got, tt.want)
		}
	}
}

func TestSpokenBefore(t *testing.T) {
	// Each text ends in the ل of "told" and a title.
	for text, want := range map[string]bool{
		"قال مصدر في المقاومة ل الاقتصادية": true,
		"في تصريحات خاصة ل المدينة":         true,
		"وصل الوفد. ثم ذهب ل المدينة":       false, // the speech word is in another sentence
		"ذهب الوفد ل المدينة":               false,
	} {
		toks := lexicon.Tokens(text)
		i := len(toks) - 2
		if toks[i].Norm != "ل" {
			t.Fatalf("%q: token %d is %q, not ل", text, i, toks[i].Norm)
		}
		if got := shape.SpokenBefore(lexicon.Default(), toks, i); got != want {
			t.Errorf("SpokenBefore(%q) = %v, want %v", text, got, want)
		}
	}
}

// TestWaw: a و the segmenter split off, or left on a word it does not know
// (arabic.KeptWaw), and a place's head word read from the segmenter's stem
// (ومدينة is و + مدينة). A root و on a word of four letters or more
// (وزارة) gives a second reading too: only a name the gazetteer knows
// after it makes it one.
func TestWaw(t *testing.T) {
	for _, tt := range []struct {
		text, after string
		waw, head   bool
	}{
		{"ومدينة", "مدينة", true, true},
		{"واتلتيكو", "اتلتيكو", true, false},
		{"وزارة", "زارة", true, false},
		{"وعي", "", false, false}, // three letters: no second reading
		{"مدينة", "", false, true},
		{"المدينة", "", false, false}, // the article: no head of a name
	} {
		tok := word(t, tt.text)
		waw := shape.StartsWithWaw(tok)
		after := ""
		if waw {
			after, _ = shape.AfterWaw(tok)
		}
		head := shape.HeadWord(lexicon.Default(), &tok).Has("place-head")
		if waw != tt.waw || after != tt.after || head != tt.head {
			t.Errorf("%s (parts %v): StartsWithWaw %v, AfterWaw %s, HeadWord place-head %v; want %v %s %v", tt.text, tok.Parts, waw, after, head, tt.waw, tt.after, tt.head)
		}
	}
}
