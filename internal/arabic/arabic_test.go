package arabic_test

import (
	"fmt"
	"strings"
	"testing"
	"unicode/utf8"

	"rasad/internal/arabic"
	"rasad/internal/golden"
	"rasad/internal/news"
	"rasad/internal/seed"
	"rasad/internal/tabletest"
)

func TestNormalize(t *testing.T) {
	tabletest.Strings(t, "Normalize", arabic.Normalize, tabletest.Rows(t, "testdata/normalize.tsv"))
}

// StripMarks drops harakat, tatweel and format characters, and folds no
// letter (the hamza of إلى, the teh marbuta stay).
func TestStripMarks(t *testing.T) {
	in, want := "مُحَمَّـد إلى المدينة بو\u200cتين\u200f NATO", "محمد إلى المدينة بوتين NATO"
	if got := arabic.StripMarks(in); got != want {
		t.Errorf("StripMarks(%q) = %q, want %q", in, got, want)
	}
}

func TestSearchKey(t *testing.T) {
	tabletest.Strings(t, "SearchKey", arabic.SearchKey, tabletest.Rows(t, "testdata/searchkey.tsv"))
}

// tokensString renders tokens as "kind:text" separated by spaces.
func tokensString(toks []news.Token) string {
	var parts []string
	for _, t := range toks {
		parts = append(parts, string(t.Kind)+":"+t.Text)
	}
	return strings.Join(parts, " ")
}

func TestTokenize(t *testing.T) {
	tabletest.Strings(t, "Tokenize", func(in string) string { return tokensString(arabic.Tokenize(in)) }, tabletest.Rows(t, "testdata/tokenize.tsv"))
}

func TestTokenNorm(t *testing.T) {
	toks := arabic.Tokenize("أُوكرانيا ٢٠٢٢ NATO")
	want := []string{"اوكرانيا", "2022", "nato"}
	for i, tok := range toks {
		if tok.Norm != want[i] {
			t.Errorf("Tokenize(...)[%d].Norm = %q, want %q", i, tok.Norm, want[i])
		}
	}
}

func sentenceTexts(text string) []string {
	toks := arabic.Tokenize(text)
	var out []string
	for _, s := range arabic.Sentences(text, toks) {
		out = append(out, text[s.Start:s.End])
	}
	return out
}

func TestSentences(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want []string
	}{
		{"two sentences", "قال بوتين. ورد لي.", []string{"قال بوتين.", "ورد لي."}},
		{"title line", "عنوان بلا نقطة\nنص المقال.", []string{"عنوان بلا نقطة", "نص المقال."}},
		{"decimal", "نما الاقتصاد 19.5 في المئة. ثم تراجع.", []string{"نما الاقتصاد 19.5 في المئة.", "ثم تراجع."}},
		{"ellipsis continues", "الحرب الباردة.. إنها مستقرة.", []string{"الحرب الباردة.. إنها مستقرة."}},
		{"quote keeps its sentences", "قال: \"أولا. ثانيا\". ثم غادر.", []string{"قال: \"أولا. ثانيا\".", "ثم غادر."}},
		{"guillemets", "قال «نعم. لا» وغادر. انتهى.", []string{"قال «نعم. لا» وغادر.", "انتهى."}},
		{"unclosed quote does not swallow", "قال \"نعم. ثم غادر.", []string{"قال \"نعم.", "ثم غادر."}},
		{"abbreviation", "قال د. أحمد إنه مستعد.", []string{"قال د. أحمد إنه مستعد."}},
		{"latin initials", "قال J. Smith إن U.S. قوية.", []string{"قال J. Smith إن U.S. قوية."}},
		{"question marks", "هل جاء؟ نعم! جاء.", []string{"هل جاء؟", "نعم!", "جاء."}},
		{"closing bracket stays", "(قال ذلك.) ثم خرج.", []string{"(قال ذلك.)", "ثم خرج."}},
		{"blank lines", "أ\n\n\nب", []string{"أ", "ب"}},
		{"empty", "", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := sentenceTexts(tt.in)
			if fmt.Sprintf("%q", got) != fmt.Sprintf("%q", tt.want) {
				t.Errorf("Sentences(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}

// TestSentencesGolden splits the reference article: its 16 lines, the title
// line included, into their sentences.
func TestSentencesGolden(t *testing.T) {
	text := seed.Text(t)
	var b strings.Builder
	toks := arabic.Tokenize(text)
	for _, s := range arabic.Sentences(text, toks) {
		fmt.Fprintf(&b, "%d %d %s\n", s.Start, s.End, text[s.Start:s.End])
	}
	golden.Check(t, "testdata/article.sentences.golden", b.String())
}

// checkSpans verifies the invariants of tokens and sentences on any input.
func checkSpans(t *testing.T, text string) {
	toks := arabic.Tokenize(text)
	prev := 0
	for i, tok := range toks {
		if tok.Start < prev || tok.End <= tok.Start || tok.End > len(text) {
			t.Fatalf("token %d [%d,%d) out of order or outside text of %d bytes", i, tok.Start, tok.End, len(text))
		}
		if tok.Text != text[tok.Start:tok.End] {
			t.Fatalf("token %d text %q != text[%d:%d]", i, tok.Text, tok.Start, tok.End)
		}
		// The bytes between tokens are only space and format characters.
		for j := prev; j < tok.Start; {
			r, n := utf8.DecodeRuneInString(text[j:])
			if !(r == utf8.RuneError && n == 1) && !strings.ContainsRune(" \t\n\r\v\f\u00a0\u0085", r) && !arabic.IsIgnorable(r) && !isUnicodeSpace(r) {
				t.Fatalf("byte %d (%q) is neither in a token nor space", j, r)
			}
			j += n
		}
		prev = tok.End
	}
	sprev := 0
	for i, s := range arabic.Sentences(text, toks) {
		if s.Start < sprev || s.End <= s.Start || s.End > len(text) {
			t.Fatalf("sentence %d [%d,%d) out of order or outside text", i, s.Start, s.End)
		}
		sprev = s.End
	}
}

func isUnicodeSpace(r rune) bool { return strings.TrimSpace(string(r)) == "" }

func TestSpansOnArticle(t *testing.T) { checkSpans(t, seed.Text(t)) }

func FuzzTokenize(f *testing.F) {
	f.Add(seed.Text(f))
	for _, s := range []string{"", "\xff\xfe", "«\"»", "١٩٫٥..", "https://x.y/«", "#_@", "a'", "د. ج.", "\u200f\u200e"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) { checkSpans(t, text) })
}

func ExampleNormalize() {
	fmt.Println(arabic.Normalize("أُوكْرانِيا"))
	fmt.Println(arabic.Normalize("مستشفى ٢٠٢٣"))
	// Output:
	// اوكرانيا
	// مستشفي 2023
}

func ExampleTokenize() {
	for _, t := range arabic.Tokenize("قال بوتين: \"نعم\"") {
		fmt.Println(t.Start, t.End, t.Kind, t.Text)
	}
	// Output:
	// 0 6 word قال
	// 7 17 word بوتين
	// 17 18 punct :
	// 19 20 punct "
	// 20 26 word نعم
	// 26 27 punct "
}

func ExampleSentences() {
	text := "عنوان\nقال بوتين: \"أولا. ثانيا\". ثم غادر."
	for _, s := range arabic.Sentences(text, arabic.Tokenize(text)) {
		fmt.Println(text[s.Start:s.End])
	}
	// Output:
	// عنوان
	// قال بوتين: "أولا. ثانيا".
	// ثم غادر.
}

func TestLookup(t *testing.T) {
	seg := arabic.DefaultSegmenter()
	tests := []struct {
		word                  string
		known, name, funcWord bool
	}{
		{"حتى", true, false, true},
		{"بوتين", true, true, false},
		{"موسكو", true, true, false},
		{"على", true, false, true},
		{"كلمةغيرموجودة", false, false, false},
	}
	for _, tt := range tests {
		info, ok := seg.Lookup(tt.word)
		if ok != tt.known || info.Name != tt.name || info.Function != tt.funcWord {
			t.Errorf("Lookup(%q) = %+v, %v; want known %v name %v function %v", tt.word, info, ok, tt.known, tt.name, tt.funcWord)
		}
	}
}
