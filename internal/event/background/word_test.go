package background

import (
	"strings"
	"testing"

	"rasad/internal/tabletest"
)

// TestAtWord runs every rule that reads a sentence at one word over its rows.
func TestAtWord(t *testing.T) {
	tabletest.Verdicts(t, "testdata/atword.tsv", 4, map[string]func(Sentence, int) bool{
		"Announced": Announced, "Called": Called, "Attending": Attending, "Ago": Ago, "Any": Any, "Charge": Charge, "Hearsay": Hearsay,
		"Landmark": Landmark, "Former": Former, "Pluperfect": Pluperfect, "Lapse": Lapse, "Habit": Habit,
		"Thousands": Thousands, "Counted": Counted, "Formerly": Formerly, "Stated": Stated, "Done": Done,
	}, func(t *testing.T, f func(Sentence, int) bool, a []string) bool {
		return f(words(strings.Fields(a[0])), tabletest.Int(t, a[1]))
	})
}

func TestStatedRecalled(t *testing.T) {
	// an act stated with كان is recalled, unless its clause names the day
	s := words(strings.Fields("وكان تحذيرها*= واضحا"))
	if !Recalled(s, 1) {
		t.Errorf("Recalled(%q) = false", s)
	}
}

// TestAtTwoWords runs the rules that relate two words of a sentence: an act
// said to be the purpose of a gathering (Purpose), a date told before an act
// it does not date (Earlier).
func TestAtTwoWords(t *testing.T) {
	tabletest.Verdicts(t, "testdata/attwo.tsv", 5, map[string]func(Sentence, int, int) bool{"Purpose": Purpose, "Earlier": Earlier},
		func(t *testing.T, f func(Sentence, int, int) bool, a []string) bool {
			return f(words(strings.Fields(a[0])), tabletest.Int(t, a[1]), tabletest.Int(t, a[2]))
		})
}
