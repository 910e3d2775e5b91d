package arabic

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// IsMark reports whether r is an Arabic diacritic that normalisation drops:
// harakat, tanween, shadda, sukun, the combining madda and hamza, superscript
// alef and the Quranic annotation marks.
func IsMark(r rune) bool {
	switch {
	case r >= Fathatan && r <= '\u065F': // tanween, harakat, shadda, sukun, madda, hamza marks
		return true
	case r == SuperscriptAlef:
		return true
	case r >= '\u0610' && r <= '\u061A': // honorific and Quranic small signs
		return true
	case r >= '\u06D6' && r <= '\u06ED' && r != '\u06DD' && r != '\u06DE' && r != '\u06E9':
		return true
	case r >= '\u08D3' && r <= '\u08FF' && r != '\u08E2': // extended-A marks
		return true
	}
	return false
}

// IsIgnorable reports whether r is a format character that carries no text:
// bidi marks and embeddings, zero-width spaces and joiners, the byte order
// mark, the soft hyphen.
func IsIgnorable(r rune) bool {
	switch r {
	case '\u200B', '\u200C', '\u200D', '\u200E', '\u200F', '\u2060', '\uFEFF',
		'\u00AD', ArabicLetterMark:
		return true
	}
	return (r >= '\u202A' && r <= '\u202E') || (r >= '\u2066' && r <= '\u2069')
}

// IsPresentationForm reports whether r is an Arabic presentation form (a
// contextual glyph or ligature encoded as its own code point).
func IsPresentationForm(r rune) bool {
	return (r >= '\uFB50' && r <= '\uFDFF') || (r >= '\uFE70' && r <= '\uFEFC')
}

// IsArabicLetter reports whether r is a letter of the Arabic script.
func IsArabicLetter(r rune) bool {
	return unicode.IsLetter(r) && unicode.Is(unicode.Arabic, r)
}

// DigitValue returns the value of a Western, Arabic-Indic or Persian digit,
// and whether r is one.
func DigitValue(r rune) (int, bool) {
	switch {
	case r >= '0' && r <= '9':
		return int(r - '0'), true
	case r >= ArabicZero && r <= ArabicZero+9:
		return int(r - ArabicZero), true
	case r >= PersianZero && r <= PersianZero+9:
		return int(r - PersianZero), true
	}
	return 0, false
}

// StripMarks drops harakat, tatweel and format characters (ZWNJ, bidi
// marks) and changes nothing else, no letter folded: "مُحَمَّـد" becomes
// "محمد", "إلى" stays "إلى". The light cleaning of data read from others.
func StripMarks(s string) string {
	var b strings.Builder
	for _, r := range s {
		if IsMark(r) || r == Tatweel || IsIgnorable(r) {
			continue
		}
		b.WriteRune(r)
	}
	return b.String()
}

// foldRune applies the rules of Normalize to one rune that is not a
// presentation form. It returns -1 for a rune that is dropped.
func foldRune(r rune, tehMarbuta bool) rune {
	switch {
	case IsMark(r) || r == Tatweel || IsIgnorable(r):
		return -1
	}
	switch r {
	case AlefHamzaAbove, AlefHamzaBelow, AlefMaddaAbove, AlefWasla, AlefWavyHamza, AlefWavyBelow:
		return Alef
	case AlefMaksura, FarsiYeh, '\u06D2': // ى, Farsi yeh, yeh barree
		return Yeh
	case Keheh:
		return Kaf
	case ArabicDecimal:
		return '.'
	case ArabicThousands:
		return ','
	case TehMarbuta:
		if tehMarbuta {
			return Heh
		}
		return r
	}
	if d, ok := DigitValue(r); ok {
		return rune('0' + d)
	}
	return r
}

// Normalize returns the form of s that Rasad matches words by. It applies the
// rules documented in the package comment, except that ة stays ة: use
// SearchKey where ة and ه must also meet.
func Normalize(s string) string { return fold(s, false) }

// SearchKey returns the key a word is indexed and searched by: Normalize,
// then ة → ه and Latin letters in lower case.
func SearchKey(s string) string {
	i, upper := keptPrefix(s, true)
	if i == len(s) { // most words: nothing to fold
		if upper {
			return strings.ToLower(s)
		}
		return s
	}
	k := foldFrom(s, i, true)
	if hasUpper(k) {
		k = strings.ToLower(k)
	}
	return k
}

// hasUpper reports whether s has an upper-case letter (which Arabic never
// has), without allocating: ASCII and the Arabic block U+0600–U+06FF are
// read a byte or two at a time, other runes decoded.
func hasUpper(s string) bool {
	for i := 0; i < len(s); {
		c := s[i]
		switch {
		case c < utf8.RuneSelf:
			if c >= 'A' && c <= 'Z' {
				return true
			}
			i++
		case c >= 0xD8 && c <= 0xDB && i+1 < len(s) && s[i+1]&0xC0 == 0x80: // U+0600–U+06FF
			i += 2
		default:
			r, n := utf8.DecodeRuneInString(s[i:])
			if unicode.IsUpper(r) {
				return true
			}
			i += n
		}
	}
	return false
}

// fold applies the rules of Normalize to s, and folds ة when tehMarbuta is
// set. It returns s itself when no rule changes it (most words).
func fold(s string, tehMarbuta bool) string {
	if i, _ := keptPrefix(s, tehMarbuta); i < len(s) {
		return foldFrom(s, i, tehMarbuta)
	}
	return s
}

// foldFrom is fold of s whose first i bytes folding keeps: it copies them,
// then ASCII a byte at a time and the letters and marks of U+0600–U+067F
// two bytes at a time (twoByteFold), and decodes only the other runes.
func foldFrom(s string, i int, tehMarbuta bool) string {
	teh := 0
	if tehMarbuta {
		teh = 1
	}
	var b strings.Builder
	b.Grow(len(s))
	b.WriteString(s[:i])
	for i < len(s) {
		c := s[i]
		if c < utf8.RuneSelf { // ASCII: kept (digits are their own value)
			b.WriteByte(c)
			i++
			continue
		}
		if c-0xD8 <= 1 && i+1 < len(s) && s[i+1]&0xC0 == 0x80 {
			b.WriteString(twoByteFold[teh][c-0xD8][s[i+1]&0x3F])
			i += 2
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		i += n
		foldInto(&b, r, tehMarbuta)
	}
	return b.String()
}

// twoByteFold[teh][lead-0xD8][b&0x3F] is what folding makes of the rune
// of the two bytes lead b (U+0600–U+067F: letters, marks, digits), with ة
// folded when teh is 1: the rune itself, another, or "" for one dropped.
var twoByteFold = func() (t [2][2][64]string) {
	for r := rune(0x600); r < 0x680; r++ {
		var b [2]byte
		utf8.EncodeRune(b[:], r)
		for teh := range 2 {
			if f := foldRune(r, teh == 1); f >= 0 {
				t[teh][b[0]-0xD8][b[1]&0x3F] = string(f)
			}
		}
	}
	return t
}()

// foldInto writes to b what folding makes of r: a presentation form's
// letters, each folded, or r folded, or nothing for a rune dropped.
func foldInto(b *strings.Builder, r rune, tehMarbuta bool) {
	if IsPresentationForm(r) {
		for _, d := range presentationNFKC[r-firstPresentation] {
			if f := foldRune(d, tehMarbuta); f >= 0 && f != ' ' {
				b.WriteRune(f)
			}
		}
		return
	}
	if f := foldRune(r, tehMarbuta); f >= 0 {
		b.WriteRune(f)
	}
}

// presentationNFKC[r-firstPresentation] is the NFKC form of the
// presentation form r (ﻻ → لا), made once: fold met such runes in a few
// texts of every day's news and made each one anew.
const firstPresentation = '\uFB50'

var presentationNFKC = func() (t ['\uFEFC' - firstPresentation + 1]string) {
	for i := range t {
		if r := firstPresentation + rune(i); IsPresentationForm(r) {
			t[i] = norm.NFKC.String(string(r))
		}
	}
	return t
}()

// keptPrefix returns how many bytes at the start of s folding keeps as they
// are: ASCII, and Arabic letters that no rule changes (ة among them unless
// tehMarbuta folds it); all of s for most words, which fold returns
// without a copy. upper says whether an ASCII letter of those bytes is
// upper case.
func keptPrefix(s string, tehMarbuta bool) (n int, upper bool) {
	// U+0621–U+064A are the two-byte sequences D8 A1–D8 BF and D9 80–D9 8A;
	// foldedTail says which second bytes make a letter no rule changes.
	i := 0
	for i < len(s) {
		c := s[i]
		if c < utf8.RuneSelf {
			upper = upper || c-'A' < 26
			i++
			continue
		}
		if c-0xD8 > 1 || i+1 >= len(s) {
			break
		}
		if v := foldedTail[c-0xD8][s[i+1]]; v == 0 || tehMarbuta && v == keptTeh {
			break
		}
		i += 2
	}
	return i, upper
}

// foldedTail[lead-0xD8][b] is, for the two-byte sequence lead b, 0 if it
// is not a letter that folding keeps, keptTeh for ة (kept by Normalize,
// folded by SearchKey), and 1 for the other letters folding keeps.
var foldedTail = func() (t [2][256]uint8) {
	for r := '\u0621'; r <= '\u064A'; r++ {
		switch r {
		case Tatweel, AlefHamzaAbove, AlefHamzaBelow, AlefMaddaAbove, AlefMaksura:
			continue
		}
		var b [2]byte
		utf8.EncodeRune(b[:], r)
		t[b[0]-0xD8][b[1]] = 1
		if r == TehMarbuta {
			t[b[0]-0xD8][b[1]] = keptTeh
		}
	}
	return t
}()

const keptTeh = 2
