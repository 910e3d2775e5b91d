package nameparts_test

import (
	"fmt"
	"testing"

	"rasad/internal/entity/nameparts"
	"rasad/internal/tabletest"
)

func TestStranger(t *testing.T) {
	tests := []struct {
		name, person, home string
		want               bool
	}{
		{"a Western name in a story of Iran", "ريتشارد هاملتون", "IRN", true},
		{"a Western name with a listed Western surname in a story of Iran", "ريتشارد كارتر", "IRN", true},
		{"a Western name with an Arabic family name in a story of Iran", "جورج المصري", "IRN", false},
		{"a Western name with an Arabic surname in a story of Syria", "جاك مراد", "SYR", false},
		{"a Western name in a story of Syria", "مارك سميث", "SYR", true},
		{"a Western name in a story of Britain", "جون هاملتون", "GBR", false},
		{"a Western name in a story of Nigeria", "جون أوكافور", "NGA", false},
		{"an Iranian name in a story of Iran", "حسين كريمي", "IRN", false},
		{"an Arabic name with the article in a story of Britain", "سعود المطرفي", "GBR", true},
		{"a chain of descent in a story of Australia", "فهد بن عبدالله بن سالم", "AUS", true},
		{"a theophoric name in a story of Germany", "عبدالرحمن هارون", "DEU", true},
		{"an Arabic name in a story of Nigeria", "عبدالله الأمين", "NGA", false},
		{"an Arabic name in a story of Israel", "أحمد الطيبي", "ISR", false},
		{"an Arabic name in a story of Kenya", "عبدالله هالخي", "KEN", false},
		{"a Russian name that looks like the article", "أليكسي سوروكين", "RUS", false},
		{"a name of no mark in a story of Britain", "حسام زواوي", "GBR", false},
		{"a Chinese name in a story of China", "وانغ يي", "CHN", false},
		{"a Korean Lee in a story of Korea", "لي جاي يونج", "KOR", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := nameparts.Stranger(tt.person, tt.home); got != tt.want {
				t.Errorf("Stranger(%q, %q) = %v, want %v", tt.person, tt.home, got, tt.want)
			}
		})
	}
}

func TestArabic(t *testing.T) {
	tests := []struct {
		name string
		want bool
	}{
		{"سعود السرحان", true},
		{"ماجد الصباح", true},
		{"إياد بن أمين", true},
		{"أبو بكر", true},
		{"هيفاء عبدالله", true},
		{"عبدالعزيز", false}, // one word: a surname alone, or a given name, tells too little
		{"الحسن واتارا", false},
		{"اليكسي سوروكين", false},
		{"جون بن", false},
		{"حسام زواوي", false},
	}
	for _, tt := range tests {
		if got := nameparts.Arabic(tt.name); got != tt.want {
			t.Errorf("Arabic(%q) = %v, want %v", tt.name, got, tt.want)
		}
	}
}

func ExampleStranger() {
	fmt.Println(nameparts.Stranger("ريتشارد نيكسون", "IRN"))
	fmt.Println(nameparts.Stranger("سعود السرحان", "GBR"))
	fmt.Println(nameparts.Stranger("سعود السرحان", "SAU"))
	// Output:
	// true
	// true
	// false
}

// TestTraditions checks every country of the lexicon's name traditions
// (testdata/traditions.tsv): a code dropped from a class, or moved to
// another, changes what Stranger says of a Western and an Arabic name in
// its stories.
func TestTraditions(t *testing.T) {
	tabletest.Strings(t, "tradition", func(code string) string {
		switch {
		case nameparts.ArabState(code):
			return "arab"
		case nameparts.Stranger("مارك سميث", code):
			return "no-western"
		case !nameparts.Stranger("سعود المطرفي", code):
			return "arabic-names"
		}
		return "-"
	}, tabletest.Rows(t, "testdata/traditions.tsv"))
}
