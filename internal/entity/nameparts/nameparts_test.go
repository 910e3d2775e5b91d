package nameparts_test

import (
	"testing"

	"rasad/internal/arabic"
	"rasad/internal/entity/nameparts"
	"rasad/internal/entity/shape"
	"rasad/internal/news"
)

// tokens segments text as the pipeline does.
func tokens(text string) []news.Token {
	toks := arabic.Tokenize(text)
	arabic.DefaultSegmenter().Segment(toks)
	return toks
}

// index returns the first token whose text is word.
func index(t *testing.T, toks []news.Token, word string) int {
	t.Helper()
	for i, tok := range toks {
		if tok.Text == word {
			return i
		}
	}
	t.Fatalf("no token %q", word)
	return -1
}

func TestPatronymic(t *testing.T) {
	none := func(int) (int, bool) { return 0, false }
	for _, tt := range []struct {
		text, at string
		want     bool
	}{
		{"وقال وليد بن علي الجلال", "بن", true},                 // after a given name
		{"وقال الرئيس بن علي", "بن", false},                     // after a title: Ben Ali
		{"وقال رئيس الحكومة عبد الإله ابن كيران", "ابن", false}, // a family name
		{"استقبله الأمير راكان بن سلمان بن عبدالعزيز", "سلمان", true},
		{"شاهد الملا يعقوب ابن الملا عمر جثته", "الملا", false}, // ابن, the noun
	} {
		toks := tokens(tt.text)
		i := index(t, toks, tt.at)
		if tt.at == "الملا" {
			i = index(t, toks[i+1:], "الملا") + i + 1
		}
		if got := nameparts.Patronymic(toks, i, none); got != tt.want {
			t.Errorf("Patronymic(%q at %s) = %v, want %v", tt.text, tt.at, got, tt.want)
		}
	}
}

func TestNationality(t *testing.T) {
	for _, tt := range []struct {
		text, nisba string
		want        bool
	}{
		{"محمد أسلم (هندي الجنسية) أنه", "هندي", true},
		{"قاسم الهلال - سوري الجنسية - اليوم", "سوري", true},
		{"جون سميث من الجنسية البريطانية وصل", "البريطانية", true},
		{"محمد أسلم هندي الأصل", "هندي", false},
		{"محمد أسلم وصل هندي الجنسية", "هندي", false}, // not just after the name
	} {
		toks := tokens(tt.text)
		k := index(t, toks, tt.nisba)
		got := nameparts.Nationality(toks, shape.SkipPunct(toks, 2, len(toks)), len(toks), nisbaOnly(k))
		if (got == "XXX") != tt.want {
			t.Errorf("Nationality(%q) = %q, want %v", tt.text, got, tt.want)
		}
	}
}

// nisbaOnly is a Mentions with one nisba of country XXX, one word long, at
// token k.
type nisbaOnly int

func (n nisbaOnly) Nisba(k int) (string, int) {
	if k == int(n) {
		return "XXX", k
	}
	return "", -1
}
func (nisbaOnly) Person(int) bool { return false }
