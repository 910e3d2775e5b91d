package report

import (
	"testing"

	"rasad/internal/news"
)

func TestFuture(t *testing.T) {
	parts := func(forms ...string) news.Token {
		tk := news.Token{}
		for _, f := range forms {
			tk.Parts = append(tk.Parts, news.Part{Form: f})
		}
		return tk
	}
	for _, tt := range []struct {
		name string
		tk   news.Token
		want bool
	}{
		{"ستعقد", parts("س", "تعقد"), true},
		{"وستعقد", parts("و", "س", "تعقد"), true},
		{"تعقد", parts("تعقد"), false},
		{"وتعقد", parts("و", "تعقد"), false},
		{"سلام", news.Token{}, false},
	} {
		if got := Future(tt.tk); got != tt.want {
			t.Errorf("%s: Future = %v, want %v", tt.name, got, tt.want)
		}
	}
}
