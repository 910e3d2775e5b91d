package arabic

import (
	"strings"
	"unicode/utf8"

	"rasad/internal/news"
)

// KeptWaw gives the second reading of a word whose first letter is a و
// that the segmenter left on its stem: the conjunction before a word it
// does not know and could not tell from a root letter or the W of a
// foreign name (واتلتيكو, وعين العرب, وفيس بوك). It returns the token's
// Norm after the و and where that rest starts in the text (after any mark
// on the و); ok is false when the segmenter split a proclitic off (ask the
// token's Parts), when the word does not begin with و, or when fewer than
// three letters would be left. The segmenter keeps one reading; a stage
// that knows names it does not (the gazetteer) may try this one, and no
// stage cuts the و itself.
func KeptWaw(tok *news.Token) (rest string, start int, ok bool) {
	return kept(tok, string(Waw), 3)
}

// KeptPreposition is KeptWaw for the prepositions ب and ل left on a noun
// the segmenter does not know in that spelling (بميليشيا, لميليشيا), four
// letters or more left; it returns the rest and the preposition, "" if
// none.
func KeptPreposition(tok *news.Token) (rest, prep string) {
	for _, p := range []string{string(Beh), string(Lam)} {
		if rest, _, ok := kept(tok, p, 4); ok {
			return rest, p
		}
	}
	return "", ""
}

// kept reads the token as the proclitic letter before the rest of its Norm
// (at least min letters), where the segmenter split no proclitic off, and
// returns where the rest starts in the text, past any mark on the letter.
func kept(tok *news.Token, letter string, min int) (rest string, start int, ok bool) {
	if len(tok.Parts) > 1 && tok.Parts[0].Role == news.Proclitic || !strings.HasPrefix(tok.Norm, letter) || utf8.RuneCountInString(tok.Norm) <= min {
		return "", tok.Start, false
	}
	start = tok.Start
	if strings.HasPrefix(tok.Text, letter) {
		start += len(letter)
		for start < tok.End {
			r, n := utf8.DecodeRuneInString(tok.Text[start-tok.Start:])
			if !IsMark(r) {
				break
			}
			start += n
		}
	}
	return tok.Norm[len(letter):], start, true
}
