package arabic

import (
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// keptRunes is the rule keptPrefix applies, rune by rune: ASCII, and the
// letters U+0621–U+064A that no rule changes.
func keptRunes(s string, tehMarbuta bool) int {
	for i, r := range s {
		switch {
		case r < utf8.RuneSelf:
		case r < '\u0621' || r > '\u064A', tehMarbuta && r == TehMarbuta, r == Tatweel,
			r == AlefHamzaAbove, r == AlefHamzaBelow, r == AlefMaddaAbove, r == AlefMaksura:
			return i
		}
	}
	return len(s)
}

// foldRunes is fold rune by rune, with no fast path: what fold must return.
func foldRunes(s string, tehMarbuta bool) string {
	var b strings.Builder
	for _, r := range s {
		foldInto(&b, r, tehMarbuta)
	}
	return b.String()
}

// foldInputs are every rune up to U+07FF alone, after a letter and before
// one, a few others around the Arabic blocks, invalid and cut UTF-8, and
// words.
func foldInputs() []string {
	var ins []string
	for r := rune(0); r < 0x800; r++ {
		ins = append(ins, string(r), "ب"+string(r), string(r)+"ب")
	}
	for _, r := range []rune{'\u08D3', '\u08E2', '\u200C', '\u202B', '\u2067', '\uFEFF', '\uFB50', '\uFDF2', '\uFE8D', '\uFEFB', 'Σ', 'Ж', 'ß', 'İ', '\uFFFD'} {
		ins = append(ins, string(r), "ب"+string(r), string(r)+"بA")
	}
	return append(ins, "", "\xd8", "ب\xd9", "\xd9A", "\xd8\x41", "\xd9\x8a\xd9", "\xff", "\xdbA", "NATO", "nato", "Nato مدينة",
		"مدينة", "الإدارة", "موسى", "ﻻ", "€", "مُحَمَّـد", "إلى الأمم", "١٢٣ ۴", "٫٬", "ڪ ک ی ے", "ٱلله")
}

// TestKeptPrefix checks the byte-level keptPrefix against the rule on
// every input of foldInputs, on both settings of tehMarbuta.
func TestKeptPrefix(t *testing.T) {
	for _, s := range foldInputs() {
		for _, teh := range []bool{false, true} {
			n, upper := keptPrefix(s, teh)
			want := keptRunes(s, teh)
			wantUpper := strings.IndexFunc(s[:want], func(r rune) bool { return r >= 'A' && r <= 'Z' }) >= 0
			if n != want || upper != wantUpper {
				t.Errorf("keptPrefix(%q, %v) = %d, %v; want %d, %v", s, teh, n, upper, want, wantUpper)
			}
		}
	}
}

// TestFoldFastPaths checks fold, with its kept prefix and its two-byte
// table, against foldRunes, hasUpper against the rune rule, and SearchKey
// against foldRunes and that rule, on every input of foldInputs.
func TestFoldFastPaths(t *testing.T) {
	for _, s := range foldInputs() {
		for _, teh := range []bool{false, true} {
			if got, want := fold(s, teh), foldRunes(s, teh); got != want {
				t.Errorf("fold(%q, %v) = %q, want %q", s, teh, got, want)
			}
		}
		upper := func(s string) bool {
			return strings.IndexFunc(s, func(r rune) bool { return (r < '\u0600' || r > '\u06FF') && unicode.IsUpper(r) }) >= 0
		}
		if got, want := hasUpper(s), upper(s); got != want {
			t.Errorf("hasUpper(%q) = %v, want %v", s, got, want)
		}
		want := foldRunes(s, true)
		if upper(want) {
			want = strings.ToLower(want)
		}
		if got := SearchKey(s); got != want {
			t.Errorf("SearchKey(%q) = %q, want %q", s, got, want)
		}
	}
}

// BenchmarkSearchKey keys the words of the ANERcorp sample.
func BenchmarkSearchKey(b *testing.B) {
	words := strings.Fields(benchSample(b))
	b.ReportAllocs()
	n := 0
	for b.Loop() {
		for _, w := range words {
			if SearchKey(w) == w {
				n++
			}
		}
	}
	if n == 0 {
		b.Fatal("no word folded")
	}
}

// TestPresentationNFKC checks the table of presentation forms against
// NFKC, rune by rune.
func TestPresentationNFKC(t *testing.T) {
	for r := rune(0xFB00); r <= 0xFF00; r++ {
		if !IsPresentationForm(r) {
			continue
		}
		if got, want := presentationNFKC[r-firstPresentation], norm.NFKC.String(string(r)); got != want {
			t.Errorf("presentationNFKC[%U] = %q, want %q", r, got, want)
		}
	}
}

// TestDecodeFirst checks decodeFirst against utf8.DecodeRuneInString on
// every input of foldInputs and on each of them cut after its first byte.
func TestDecodeFirst(t *testing.T) {
	for _, s := range foldInputs() {
		for _, in := range []string{s, s[:min(1, len(s))]} {
			r, n := decodeFirst(in)
			if wr, wn := utf8.DecodeRuneInString(in); r != wr || n != wn {
				t.Errorf("decodeFirst(%q) = %q, %d; want %q, %d", in, r, n, wr, wn)
			}
		}
	}
}
