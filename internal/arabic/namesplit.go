package arabic

import (
	"strings"
	"unicode/utf8"
)

// NameProclitics is the segmenter's reading of a word that may be a name,
// for a reader that knows names of its own (a recogniser's name lists and
// gazetteer): it takes the proclitics و ف (conjunctions) and ب ل ك
// (prepositions) off key, a word already folded by SearchKey, and returns
// how many letters it took off and the rest. known tells the names and cue
// words the caller knows, in SearchKey form.
//
// Many names begin with these letters (واشنطن, بكين, وليد, فان, بابل), and a
// name the dictionary lacks may look like a proclitic before a shorter word
// it has (و + ليد, ف + ان, ب + ابل), so this reading keeps a word whole
// unless the split is shown by what follows the proclitic:
//
//   - a word known accepts is kept whole (وليد, واشنطن);
//   - otherwise the shortest split whose rest known accepts is taken
//     (وبكين → و + بكين, وبروسيا → وب + روسيا, لروسيا → ل + روسيا);
//   - failing that, a proclitic comes off only before the article, with at
//     least four letters left (والرئيس, بالعاصمة, للسلطة), since the
//     article begins no name that a proclitic letter would begin;
//   - or, for the conjunctions و and ف, before a rest of at least four
//     letters (وبوتين), which a name of three letters rarely hides; ب ل ك
//     before an unknown word are kept, as a foreign name so often begins
//     with them (بوتين, لافروف, كيري).
//
// After ل the article loses its alef (للسلطة); the rest is then returned
// with the article whole (السلطة). Unlike SegmentWord, this reading never
// consults the segmenter's dictionary and never takes an enclitic or the
// future س off: it is the split a name reader was trained with
// (internal/ner), kept here so that only the segmenter strips clitics.
func NameProclitics(key string, known func(string) bool) (n int, rest string) {
	if known(key) || !isNameProclitic(firstRune(key)) {
		return 0, key
	}
	type cand struct {
		n    int
		rest string
	}
	var cands [3]cand
	nc := 0
	rest = key
	if c := firstRune(rest); c == Waw || c == Feh {
		rest = rest[utf8.RuneLen(c):]
		cands[nc] = cand{1, rest}
		nc++
		if c2 := firstRune(rest); isPreposition(c2) {
			cands[nc] = cand{2, restoreArticle(c2, rest[utf8.RuneLen(c2):])}
			nc++
		}
	} else if isPreposition(c) {
		cands[nc] = cand{1, restoreArticle(c, rest[utf8.RuneLen(c):])}
		nc++
	}
	for _, c := range cands[:nc] {
		if AtLeastRunes(c.rest, 2) && known(c.rest) {
			return c.n, c.rest
		}
	}
	for i := nc - 1; i >= 0; i-- {
		c := cands[i]
		if Definite(c.rest) {
			return c.n, c.rest
		}
	}
	if nc > 0 && cands[0].n == 1 && (firstRune(key) == Waw || firstRune(key) == Feh) &&
		AtLeastRunes(cands[0].rest, 4) {
		return 1, cands[0].rest
	}
	return 0, key
}

// restoreArticle restores the alef of the article after the preposition ل
// (ل + لسلطة → السلطة).
func restoreArticle(prep rune, rest string) string {
	if prep == Lam && firstRune(rest) == Lam && !HasArticle(rest) {
		return string(Alef) + rest
	}
	return rest
}

// HasArticle reports whether the normalised word s begins with the article
// ال.
func HasArticle(s string) bool {
	return strings.HasPrefix(s, string([]rune{Alef, Lam}))
}

func isNameProclitic(r rune) bool {
	return r == Waw || r == Feh || isPreposition(r)
}

func firstRune(s string) rune {
	r, _ := decodeFirst(s)
	return r
}

// decodeFirst is utf8.DecodeRuneInString, a letter of the Arabic block
// (two bytes, D8–DB and a continuation byte) decoded without its slow path.
func decodeFirst(s string) (rune, int) {
	if len(s) >= 2 && s[0]-0xD8 <= 3 && s[1]&0xC0 == 0x80 {
		return rune(s[0]&0x1F)<<6 | rune(s[1]&0x3F), 2
	}
	return utf8.DecodeRuneInString(s)
}

// LetterOffset returns the byte offset in text, a word as written, after
// its first n letters, skipping the marks, tatweel and invisible characters
// that follow each: where a name starts once the n letters of proclitics
// that NameProclitics took off its folded form are left out.
func LetterOffset(text string, n int) int {
	i := 0
	for n > 0 && i < len(text) {
		_, size := utf8.DecodeRuneInString(text[i:])
		i += size
		n--
		for i < len(text) {
			r, size := utf8.DecodeRuneInString(text[i:])
			if !IsMark(r) && r != Tatweel && !IsIgnorable(r) {
				break
			}
			i += size
		}
	}
	return i
}
