package office

import (
	"strings"
	"testing"

	"rasad/internal/arabic"
)

// sameRows are office keys as package quote builds them: the office
// written with a person's name, the key of a description, and whether
// they name one office.
const sameRows = `
وزير خارجية | وزير خارجية | true
متحدث رسمي | متحدث | true
متحدث | متحدث رسمي | false
نائب رئيس مجلس ادارة | نائب رئيس مجلس ادارة سابك | true
وزير دفاع | وزير دفاع روسيا | false
قائد منطقة عسكرية رابعة | قائد منطقة رابعة | true
قائد منطقة عسكرية رابعة | قائد منطقة خامسة | false
وزير خارجية | وزير داخلية | false
`

func TestSame(t *testing.T) {
	for _, line := range strings.Split(strings.TrimSpace(sameRows), "\n") {
		f := strings.Split(line, " | ")
		if got := Same(f[0], f[1]); got != (f[2] == "true") {
			t.Errorf("Same(%q, %q) = %v, want %s", f[0], f[1], got, f[2])
		}
	}
}

// TestIndex: an office two people share names neither; a shorter key
// finds the one holder; any country finds a holder written elsewhere; a
// role written in its indefinite defective form (قاضٍ) is its lemma's.
func TestIndex(t *testing.T) {
	var x Index
	x.Add("قاضي سابق", "EGY", 5)
	x.Add("وزير خارجية", "RUS", 1)
	x.Add("متحدث رسمي", "USA", 2)
	x.Add("رئيس", "USA", 3)
	x.Add("رئيس", "USA", 4)
	x.Add("وزير داخلية", "JOR", 6)
	x.Add("وزير داخلية", Written(""), 6) // written with no country adjective
	x.Add("وزير داخلية", "IRQ", 7)
	for _, c := range []struct {
		key, country string
		any          bool
		want         int
	}{
		{"وزير خارجية", "RUS", false, 1},
		{"وزير خارجية", "", false, -1},
		{"وزير خارجية", "", true, 1},
		{"متحدث", "USA", false, 2},
		{"رئيس", "USA", false, -1},
		{"قاض سابق", "EGY", false, 5},
		{"وزير داخلية", "", true, 6},
		{"وزير داخلية", "", false, -1},
		{"وزير داخلية", "IRQ", false, 7},
	} {
		if got := x.Holder(c.key, c.country, c.any); got != c.want {
			t.Errorf("Holder(%q, %q, %v) = %d, want %d", c.key, c.country, c.any, got, c.want)
		}
	}
}

// formerRows are office keys as package quote builds them (stems without
// the article), written for the test, and whether they say a former office.
const formerRows = `
رئيس اسبق | true
وزير خارجية سابق | true
وزير خارجية | false
متحدث رسمي | false
`

func TestFormer(t *testing.T) {
	for _, line := range strings.Split(strings.TrimSpace(formerRows), "\n") {
		key, want, _ := strings.Cut(line, " | ")
		if got := Former(key); got != (want == "true") {
			t.Errorf("Former(%q) = %v, want %s", key, got, want)
		}
	}
}

// TestQualifier: the adjectives of an office (lexicon class
// office-adjective), not surnames nor other adjectives.
func TestQualifier(t *testing.T) {
	for word, want := range map[string]bool{"الدوري": true, "الفخري": true, "المكلف": true, "الدورية": true, "السيسي": false, "الروسي": false, "الجديد": false} {
		if got := Qualifier(arabic.Normalize(word)); got != want {
			t.Errorf("Qualifier(%s) = %v, want %v", word, got, want)
		}
	}
}
