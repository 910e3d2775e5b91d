package arabic

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"rasad/internal/news"
)

// Tokenize splits text into tokens: Arabic words, Latin words, numbers,
// punctuation, URLs, e-mail addresses, hashtags and @mentions. Every byte of
// text is either inside one token or in the space between two; tokens are in
// order and never overlap. Norm is set; Parts are left to a Segmenter.
func Tokenize(text string) []news.Token {
	toks := make([]news.Token, 0, len(text)/8+1) // Arabic news: about one token in 9 bytes
	for i := 0; i < len(text); {
		r, n := utf8.DecodeRuneInString(text[i:])
		if isSpace(r) || IsIgnorable(r) || (r == utf8.RuneError && n == 1) {
			i += n
			continue
		}
		end, kind := scanToken(text, i, r, n)
		t := text[i:end]
		toks = append(toks, news.Token{Start: i, End: end, Text: t, Kind: kind, Norm: tokenNorm(t, kind)})
		i = end
	}
	return toks
}

func tokenNorm(t string, kind news.TokenKind) string {
	switch kind {
	case news.Word, news.Hashtag:
		return Normalize(t)
	case news.Number:
		return Normalize(t)
	case news.Latin, news.Email, news.AtMention:
		return strings.ToLower(Normalize(t))
	}
	return t
}

func isSpace(r rune) bool { return unicode.IsSpace(r) || r == '\u00A0' }

// isWordRune reports whether r continues an Arabic word.
func isWordRune(r rune) bool {
	if r >= '\u0621' && r <= '\u0652' { // letters, tatweel and harakat: most text
		return true
	}
	if _, digit := DigitValue(r); digit {
		return false
	}
	return IsArabicLetter(r) || IsMark(r) || r == Tatweel || IsIgnorable(r) || IsPresentationForm(r) && unicode.IsLetter(r)
}

func isLatinRune(r rune) bool {
	return (unicode.IsLetter(r) || unicode.Is(unicode.Mn, r)) && !unicode.Is(unicode.Arabic, r) && !IsPresentationForm(r)
}

func isDigit(r rune) bool { _, ok := DigitValue(r); return ok }

// scanToken returns the end of the token that starts at i with rune r (of n
// bytes), and its kind.
func scanToken(text string, i int, r rune, n int) (int, news.TokenKind) {
	if end := scanURL(text, i); end > i {
		return end, news.URL
	}
	switch {
	case r == '#' || r == '@':
		if end := scanWhile(text, i+n, isTagRune); end > i+n {
			if r == '#' {
				return end, news.Hashtag
			}
			return end, news.AtMention
		}
	case isDigit(r):
		return scanNumber(text, i), news.Number
	case isWordRune(r):
		return scanWhile(text, i, isWordRune), news.Word
	case isLatinRune(r):
		end := scanLatin(text, i)
		if end < len(text) && text[end] == '@' {
			if e := scanEmail(text, end+1); e > end+1 {
				return e, news.Email
			}
		}
		return end, news.Latin
	}
	// Punctuation and symbols: one rune, or a run of the same rune ("..", "!!", "--").
	end := i + n
	for end < len(text) {
		r2, n2 := utf8.DecodeRuneInString(text[end:])
		if r2 != r {
			break
		}
		end += n2
	}
	return end, news.Punctuation
}

func scanWhile(text string, i int, ok func(rune) bool) int {
	for i < len(text) {
		r, n := decodeFirst(text[i:])
		if !ok(r) || (r == utf8.RuneError && n == 1) {
			break
		}
		i += n
	}
	return i
}

func isTagRune(r rune) bool {
	return r == '_' || isDigit(r) || isWordRune(r) && !IsIgnorable(r) || isLatinRune(r)
}

// scanNumber reads digits with the separators of Western and Arabic
// numbers between them: 19.5, 1,000, ١٩٫٥, 10:30, 2023/04/16.
func scanNumber(text string, i int) int {
	end := scanWhile(text, i, isDigit)
	for end < len(text) {
		r, n := utf8.DecodeRuneInString(text[end:])
		switch r {
		case '.', ',', ArabicDecimal, ArabicThousands, ':', '/':
		default:
			return end
		}
		next := scanWhile(text, end+n, isDigit)
		if next == end+n {
			return end
		}
		end = next
	}
	return end
}

// scanLatin reads a word of Latin (or Cyrillic, Greek...) letters and digits,
// with inner apostrophes and periods of abbreviations (U.S.).
func scanLatin(text string, i int) int {
	end := i
	for end < len(text) {
		r, n := utf8.DecodeRuneInString(text[end:])
		switch {
		case isLatinRune(r) || r >= '0' && r <= '9':
			end += n
		case (r == '\'' || r == '’') && end+n < len(text):
			r2, _ := utf8.DecodeRuneInString(text[end+n:])
			if !isLatinRune(r2) {
				return end
			}
			end += n
		default:
			return end
		}
	}
	return end
}

func scanEmail(text string, i int) int {
	end := scanWhile(text, i, func(r rune) bool {
		return r < utf8.RuneSelf && (r == '.' || r == '-' || r == '_' || unicode.IsLetter(r) || unicode.IsDigit(r))
	})
	for end > i && text[end-1] == '.' {
		end--
	}
	if !strings.Contains(text[i:end], ".") {
		return i
	}
	return end
}

// scanURL returns the end of a URL starting at i, or i when there is none.
func scanURL(text string, i int) int {
	rest := text[i:]
	if c := rest[0] | 0x20; c != 'h' && c != 'w' {
		return i
	}
	if !(hasPrefixFold(rest, "http://") || hasPrefixFold(rest, "https://") || hasPrefixFold(rest, "www.")) {
		return i
	}
	end := i
	for end < len(text) {
		r, n := utf8.DecodeRuneInString(text[end:])
		if isSpace(r) || r == '"' || r == '<' || r == '>' || r == '«' || r == '»' || r == '“' || r == '”' || (r == utf8.RuneError && n == 1) {
			break
		}
		end += n
	}
	// Trailing punctuation belongs to the sentence, not the URL.
	for end > i {
		r, n := utf8.DecodeLastRuneInString(text[i:end])
		if strings.ContainsRune(".,;:!?)]}'،؛؟", r) {
			end -= n
			continue
		}
		break
	}
	if end-i <= len("www.") {
		return i
	}
	return end
}

func hasPrefixFold(s, prefix string) bool {
	return len(s) >= len(prefix) && strings.EqualFold(s[:len(prefix)], prefix)
}
