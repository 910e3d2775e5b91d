package parts

import (
	"fmt"
	"testing"

	"rasad/internal/arabic"
	"rasad/internal/news"
)

// token segments one word as the pipeline does.
func token(word string) *news.Token {
	toks := arabic.Tokenize(word)
	arabic.DefaultSegmenter().Segment(toks)
	return &toks[0]
}

// TestHamzaBelow: words written for the test.
func TestHamzaBelow(t *testing.T) {
	for word, want := range map[string]bool{"إبان": true, "وإعلان": true, "أبان": false, "أعلن": false, "قال": false} {
		if got := HamzaBelow(token(word)); got != want {
			t.Errorf("HamzaBelow(%q) = %v, want %v", word, got, want)
		}
	}
}

// TestAfterLam: the word after ل, the article restored where ل took its
// alef.
func TestAfterLam(t *testing.T) {
	rows := []struct {
		word, want string
		ok         bool
	}{
		{"للتلفزيون", "التلفزيون", true},
		{"لصحيفة", "صحيفة", true},
		{"صحيفة", "", false},
		{"بالتلفزيون", "", false},
	}
	for _, r := range rows {
		got, ok := AfterLam(token(r.word))
		if got != r.want || ok != r.ok {
			t.Errorf("AfterLam(%q) = %q, %v; want %q, %v", r.word, got, ok, r.want, r.ok)
		}
	}
}

func ExampleAfterLam() {
	toks := arabic.Tokenize("لوكالة")
	arabic.DefaultSegmenter().Segment(toks)
	fmt.Println(AfterLam(&toks[0]))
	// Output: وكالة true
}
