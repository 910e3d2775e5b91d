package sense

import (
	"strings"

	"rasad/internal/arabic"
	"rasad/internal/lexicon"
	"rasad/internal/news"
)

// reads reports whether set holds a form the token is read as, besides
// its Norm, as the segmenter split it (its Parts, package arabic): without
// the conjunction, without the preposition, and then without the article
// (والمنتخب → المنتخب, منتخب; للفريق → الفريق, فريق); a pronoun after the
// word stays on it (فيها is no في, ناديك no نادي). Where the segmenter left
// a proclitic's letter on a word it does not know, that second reading
// (arabic.KeptProclitic) with and without its article. A word of three
// letters or fewer is read as written only.
func reads(t *news.Token, set map[string]bool) bool {
	if len(set) == 0 {
		return false
	}
	fs, ok := formsOf(t)
	return ok && fs.in(set)
}

// forms are the readings of one token that reads looks up, computed once
// so that one token can be tested against several classes (countEach).
type forms struct {
	f    [5]string
	n    int
	alef string // after لل, the word without its preposition, read with the article's alef restored (للفريق: الفريق, فريق)
}

// formsOf returns the readings of t besides its Norm (see reads), and
// false for a word read as written only.
func formsOf(t *news.Token) (forms, bool) {
	var fs forms
	w := t.Norm
	if !arabic.AtLeastRunes(w, 4) || !arabic.MayHaveProclitic(w) && !strings.HasPrefix(w, article) {
		return fs, false // no proclitic and no article: the word is read as written
	}
	fs.add(lexicon.Plain(t))
	if after, alef, _ := lexicon.CutPreposition(t); alef {
		fs.alef = after
	} else {
		fs.add(after)
		fs.add(arabic.WithoutArticle(after))
	}
	if _, rest, _ := arabic.KeptProclitic(t); rest != "" {
		fs.add(rest)
		fs.add(arabic.WithoutArticle(rest))
	}
	return fs, true
}

func (fs *forms) add(f string) { fs.f[fs.n] = f; fs.n++ }

// in reports whether set holds one of the readings.
func (fs *forms) in(set map[string]bool) bool {
	for _, f := range fs.f[:fs.n] {
		if set[f] {
			return true
		}
	}
	// the alef is joined in the lookup, not kept: a map index of a
	// concatenation builds its key on the stack
	return fs.alef != "" && (set["ا"+fs.alef] || set[arabic.WithoutArticle("ا"+fs.alef)])
}

// tok returns token j if it is a word, nil outside the document or for
// punctuation (as word returns "").
func tok(toks []news.Token, j int) *news.Token {
	if j < 0 || j >= len(toks) || toks[j].Kind != news.Word {
		return nil
	}
	return &toks[j]
}

// from returns the token's word from where its suffix rest begins, with
// the parts the segmenter split it into from there on (وبقصف from قصف:
// the stem قصف alone; والهجوم from الهجوم). Where no part begins there,
// the word is read whole.
func from(t *news.Token, rest string) *news.Token {
	if rest == t.Norm {
		return t
	}
	cut, n := len(t.Norm)-len(rest), 0
	for i, p := range t.Parts {
		if n == cut {
			r := &news.Token{Start: p.Start, End: t.End, Kind: t.Kind, Norm: rest, Parts: t.Parts[i:]}
			if off := p.Start - t.Start; off >= 0 && off <= len(t.Text) {
				r.Text = t.Text[off:]
			}
			return r
		}
		if n += len(p.Form); n > cut {
			break
		}
	}
	return &news.Token{Start: t.Start, End: t.End, Text: t.Text, Kind: t.Kind, Norm: rest}
}
