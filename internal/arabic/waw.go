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
// on the و); ok is false when the segmenter split the و off (ask the
// token's Parts), when the word does not begin with و, or when three
// letters or fewer would be left. The segmenter keeps one reading; a stage
// that knows names it does not (the gazetteer) may try this one, and no
// stage cuts the و itself.
func KeptWaw(tok *news.Token) (rest string, start int, ok bool) {
	if len(tok.Parts) > 1 && tok.Parts[0].Role == news.Proclitic || !strings.HasPrefix(tok.Norm, string(Waw)) || utf8.RuneCountInString(tok.Norm) <= 3 {
		return "", tok.Start, false
	}
	start = tok.Start
	if r, n := utf8.DecodeRuneInString(tok.Text); r == Waw {
		start += n
		for start < tok.End {
			r, n := utf8.DecodeRuneInString(tok.Text[start-tok.Start:])
			if !IsMark(r) {
				break
			}
			start += n
		}
	}
	return tok.Norm[len(string(Waw)):], start, true
}
