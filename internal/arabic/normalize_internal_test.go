package arabic

import (
	"strings"
	"testing"
	"unicode/utf8"
)

// isFoldedRunes is the rule isFolded applies, rune by rune: plain ASCII
// without upper case, or the letters U+0621–U+064A that no rule changes.
func isFoldedRunes(s string, tehMarbuta bool) bool {
	for _, r := range s {
		switch {
		case r < utf8.RuneSelf:
			if r >= 'A' && r <= 'Z' {
				return false
			}
		case r < '\u0621' || r > '\u064A', tehMarbuta && r == TehMarbuta, r == Tatweel,
			r == AlefHamzaAbove, r == AlefHamzaBelow, r == AlefMaddaAbove, r == AlefMaksura:
			return false
		}
	}
	return true
}

// TestIsFolded checks the byte-level isFolded against the rule on every
// rune up to U+07FF alone and after a letter, on invalid and cut UTF-8, and
// on both settings of tehMarbuta.
func TestIsFolded(t *testing.T) {
	var ins []string
	for r := rune(0); r < 0x800; r++ {
		ins = append(ins, string(r), "ب"+string(r), string(r)+"ب")
	}
	ins = append(ins, "", "\xd8", "ب\xd9", "\xd9A", "\xd8\x41", "\xd9\x8a\xd9", "\xff", "NATO", "nato", "مدينة", "الإدارة", "موسى", "ﻻ", "€")
	for _, s := range ins {
		for _, teh := range []bool{false, true} {
			if got, want := isFolded(s, teh), isFoldedRunes(s, teh); got != want {
				t.Errorf("isFolded(%q, %v) = %v, want %v", s, teh, got, want)
			}
		}
	}
}

// BenchmarkIsFolded checks the words of the ANERcorp sample.
func BenchmarkIsFolded(b *testing.B) {
	words := strings.Fields(benchSample(b))
	b.ReportAllocs()
	n := 0
	for b.Loop() {
		for _, w := range words {
			if isFolded(w, true) {
				n++
			}
		}
	}
	if n == 0 {
		b.Fatal("no word folded")
	}
}
