package armed_test

import (
	"testing"

	"rasad/internal/arabic"
	"rasad/internal/entity/armed"
	"rasad/internal/news"
)

// tokens segments text as the pipeline does.
func tokens(text string) []news.Token {
	toks := arabic.Tokenize(text)
	arabic.DefaultSegmenter().Segment(toks)
	return toks
}

func TestAlone(t *testing.T) {
	for _, tt := range []struct {
		name, text string
		i          int
		want       string
	}{
		{"the head before a verb", "المقاومة سيطرت على المواقع", 0, "المقاومه"},
		{"after a conjunction", "الجيش والمقاومة في عدن", 1, "المقاومه"},
		{"after a preposition", "التحقوا بالمقاومة أمس", 1, "المقاومه"},
		{"an adjective after it makes another name", "المقاومة الجنوبية تتقدم", 0, ""},
		{"a nisba after it makes another name", "المقاومة الفلسطينية مستمرة", 0, ""},
		{"indefinite, a common noun", "أبدوا مقاومة شرسة", 1, ""},
		{"no head", "الجيش تقدم", 0, ""},
	} {
		t.Run(tt.name, func(t *testing.T) {
			if got := armed.Alone(tokens(tt.text), tt.i); got != tt.want {
				t.Errorf("Alone(%q, %d) = %q, want %q", tt.text, tt.i, got, tt.want)
			}
		})
	}
}

func TestCode(t *testing.T) {
	for _, tt := range []struct {
		code string
		want bool
	}{{"YEMREB", true}, {"PSEREBHMS", true}, {"SYRMIL", true}, {"PSEOPP", false}, {"IGOUNO", false}} {
		if got := armed.Code(tt.code); got != tt.want {
			t.Errorf("Code(%q) = %v, want %v", tt.code, got, tt.want)
		}
	}
}
