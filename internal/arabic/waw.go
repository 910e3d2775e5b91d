package arabic

import (
	"unicode/utf8"

	"rasad/internal/news"
)

// KeptProclitic gives the second reading of a word whose first letter may
// be a proclitic (و ف ب ل ك) that the segmenter left on its stem, reading
// one reading only: the conjunction or preposition before a word it does
// not know and could not tell from a root letter or a foreign name's
// first consonant (واتلتيكو, وعين العرب, بميليشيا, وأدان). It returns that
// letter, the token's Norm after it (two letters or more) and where the
// rest starts in the text (past any mark on the letter); the letter is ""
// when the segmenter split a proclitic off (ask the token's Parts) or the
// word begins with no proclitic's letter. A stage that knows words the
// segmenter does not (the gazetteer, the event lexicon) may try this
// reading; no stage cuts the letter itself.
func KeptProclitic(tok *news.Token) (letter, rest string, start int) {
	if len(tok.Parts) > 1 && tok.Parts[0].Role == news.Proclitic { // asked first: no decoding
		return "", "", tok.Start
	}
	r, n := decodeFirst(tok.Norm)
	if !isProcliticLetter(r) || r == Seen || !AtLeastRunes(tok.Norm, 3) {
		return "", "", tok.Start
	}
	start = tok.Start
	if t, m := decodeFirst(tok.Text); t == r {
		start += m
		for start < tok.End {
			r, n := utf8.DecodeRuneInString(tok.Text[start-tok.Start:])
			if !IsMark(r) {
				break
			}
			start += n
		}
	}
	return tok.Norm[:n], tok.Norm[n:], start
}

// KeptWaw is KeptProclitic for a و, three letters or more left: the
// reading of a name after the conjunction.
func KeptWaw(tok *news.Token) (rest string, start int, ok bool) {
	l, rest, start := KeptProclitic(tok)
	if l != string(Waw) || !AtLeastRunes(rest, 3) {
		return "", tok.Start, false
	}
	return rest, start, true
}

// KeptPreposition is KeptProclitic for the prepositions ب and ل left on a
// noun the segmenter does not know in that spelling (بميليشيا, لميليشيا),
// four letters or more left; it returns the rest and the preposition, ""
// if none.
func KeptPreposition(tok *news.Token) (rest, prep string) {
	l, rest, _ := KeptProclitic(tok)
	if l != string(Beh) && l != string(Lam) || !AtLeastRunes(rest, 4) {
		return "", ""
	}
	return rest, l
}
