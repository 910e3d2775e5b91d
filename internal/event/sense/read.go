package sense

import (
	"strings"
	"unicode/utf8"

	"rasad/internal/arabic"
	"rasad/internal/lexicon"
	"rasad/internal/news"
)

// reads reports whether the class holds a form the token is read as, besides
// its Norm, as the segmenter split it (its Parts, package arabic): without
// the conjunction, without the preposition, and then without the article
// (والمنتخب → المنتخب, منتخب; للفريق → الفريق, فريق); a pronoun after the
// word stays on it (فيها is no في, ناديك no نادي). Where the segmenter left
// a proclitic's letter on a word it does not know, that second reading
// (arabic.KeptProclitic) with and without its article. A word of three
// letters or fewer is read as written only.
func (c *class) reads(t *news.Token) bool {
	if len(c.set) == 0 || !c.may(t.Norm) {
		return false
	}
	fs, ok := formsOf(t)
	return ok && fs.in(c.set)
}

// class is one class of data/senses.txt: its words, and the last two
// letters of each (tails). Every reading formsOf gives ends as the
// token's Norm ends (a suffix of it, or ا before one), so a word of three
// letters or more that is one of them ends in the Norm's last two
// letters: a Norm whose ending no word of the class has is read as
// written only. A class with a word of one letter, or of two that begins
// with ا (ا + the last letter of the Norm), keeps no tails: each token
// is read whole.
type class struct {
	set   map[string]bool
	tails map[string]bool // nil: no filter
}

// indexOf builds the class of each set of words.
func indexOf(cs classes) map[string]*class {
	out := make(map[string]*class, len(cs))
	for name, set := range cs {
		c := &class{set: set, tails: map[string]bool{}}
		for w := range set {
			n := utf8.RuneCountInString(w)
			if n < 2 || n == 2 && strings.HasPrefix(w, "ا") {
				c.tails = nil
				break
			}
			c.tails[tail(w)] = true
		}
		out[name] = c
	}
	return out
}

// may reports whether a reading of a Norm can be a word of the class:
// false only when no word of the class ends as the Norm does. A nil
// class (a name with no words) holds none.
func (c *class) may(norm string) bool {
	return c != nil && (c.tails == nil || c.tails[tail(norm)])
}

// words returns the class's set, nil for a nil class.
func (c *class) words() map[string]bool {
	if c == nil {
		return nil
	}
	return c.set
}

// tail returns the last two letters of w (w itself when shorter).
func tail(w string) string {
	if n := len(w); n >= 4 && w[n-4]&0xE0 == 0xC0 && w[n-2]&0xE0 == 0xC0 {
		return w[n-4:] // two letters of two bytes each: Arabic's
	}
	i := len(w)
	for n := 0; n < 2 && i > 0; n++ {
		_, size := utf8.DecodeLastRuneInString(w[:i])
		i -= size
	}
	return w[i:]
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
