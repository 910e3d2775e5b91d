package ner

import (
	"strings"
	"unicode/utf8"

	"rasad/internal/arabic"
)

// splitProclitics splits the proclitics و ف (conjunctions) and ب ل ك
// (prepositions) off the normalised word w and returns how many letters it
// removed and the stem. The split is guarded, since many words and names
// begin with these letters (واشنطن, بكين, وليد): a word that known accepts is
// never split; otherwise the shortest split whose stem known accepts is
// taken; failing that, a proclitic is removed only before the article
// (والرئيس, بالعاصمة, للسلطة) or, for و and ف, before a stem of at least four
// letters (وبوتين). After ل the article loses its alef (للسلطة → ل + السلطة);
// the stem is then returned with the article whole.
func splitProclitics(w string, known func(string) bool) (int, string) {
	if known(w) || !isProclitic(first(w)) {
		return 0, w
	}
	type cand struct {
		n    int
		stem string
	}
	var cands [3]cand
	nc := 0
	rest := w
	if c := first(rest); c == arabic.Waw || c == arabic.Feh {
		rest = rest[utf8.RuneLen(c):]
		cands[nc] = cand{1, rest}
		nc++
		if c2 := first(rest); c2 == arabic.Beh || c2 == arabic.Lam || c2 == arabic.Kaf {
			cands[nc] = cand{2, withArticle(c2, rest[utf8.RuneLen(c2):])}
			nc++
		}
	} else if c == arabic.Beh || c == arabic.Lam || c == arabic.Kaf {
		cands[nc] = cand{1, withArticle(c, rest[utf8.RuneLen(c):])}
		nc++
	}
	for _, c := range cands[:nc] {
		if utf8.RuneCountInString(c.stem) >= 2 && known(c.stem) {
			return c.n, c.stem
		}
	}
	for i := nc - 1; i >= 0; i-- {
		c := cands[i]
		if hasArticle(c.stem) && utf8.RuneCountInString(c.stem) >= 4 {
			return c.n, c.stem
		}
	}
	if nc > 0 && cands[0].n == 1 && (first(w) == arabic.Waw || first(w) == arabic.Feh) &&
		utf8.RuneCountInString(cands[0].stem) >= 4 {
		return 1, cands[0].stem
	}
	return 0, w
}

// withArticle restores the alef of the article after the preposition ل
// (ل + لسلطة → السلطة).
func withArticle(prep rune, stem string) string {
	if prep == arabic.Lam && first(stem) == arabic.Lam && !hasArticle(stem) {
		return string(arabic.Alef) + stem
	}
	return stem
}

func hasArticle(s string) bool {
	return strings.HasPrefix(s, string([]rune{arabic.Alef, arabic.Lam}))
}

func isProclitic(r rune) bool {
	switch r {
	case arabic.Waw, arabic.Feh, arabic.Beh, arabic.Lam, arabic.Kaf:
		return true
	}
	return false
}

func first(s string) rune {
	r, _ := utf8.DecodeRuneInString(s)
	return r
}

// skipLetters returns the byte offset in the original word text after its
// first n letters, skipping the marks and tatweel that follow each.
func skipLetters(text string, n int) int {
	i := 0
	for n > 0 && i < len(text) {
		_, size := utf8.DecodeRuneInString(text[i:])
		i += size
		n--
		for i < len(text) {
			r, size := utf8.DecodeRuneInString(text[i:])
			if !arabic.IsMark(r) && r != arabic.Tatweel && !arabic.IsIgnorable(r) {
				break
			}
			i += size
		}
	}
	return i
}
