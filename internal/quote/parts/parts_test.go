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
// alef; "" for a word without ل.
func TestAfterLam(t *testing.T) {
	for word, want := range map[string]string{"للتلفزيون": "التلفزيون", "لصحيفة": "صحيفة", "صحيفة": "", "بالتلفزيون": ""} {
		if got, ok := AfterLam(token(word)); got != want || ok != (want != "") {
			t.Errorf("AfterLam(%q) = %q, %v; want %q", word, got, ok, want)
		}
	}
}

func ExampleAfterLam() {
	toks := arabic.Tokenize("لوكالة")
	arabic.DefaultSegmenter().Segment(toks)
	fmt.Println(AfterLam(&toks[0]))
	// Output: وكالة true
}
