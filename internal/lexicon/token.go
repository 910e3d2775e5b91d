package lexicon

import (
	"strings"

	"rasad/internal/arabic"
	"rasad/internal/news"
)

// The lookups of a token read the segmenter's Parts (package arabic sets
// them): no stage strips clitics itself. A token without Parts (not a word,
// or not segmented) is looked up whole.

// Whole returns what the lexicon knows of the token as written (its Norm),
// clitics and all: قوله, بحسب, للتلفزيون.
func (l *Lexicon) Whole(tok *news.Token) *Word { return l.Word(tok.Norm) }

// Stem returns what the lexicon knows of the token's stem (the article
// stays on it: ل + الوزير looks up الوزير), and the proclitics the
// segmenter split off before it. For a token without Parts the stem is the
// whole Norm.
func (l *Lexicon) Stem(tok *news.Token) (*Word, Clitics) {
	stem, c := StemOf(tok)
	return l.Word(stem), c
}

// Bare returns what the lexicon knows of the token's stem without its
// article (الوزير looks up وزير), and the clitics; where the stem has no
// article it is Stem.
func (l *Lexicon) Bare(tok *news.Token) (*Word, Clitics) {
	bare, c := BareOf(tok)
	return l.Word(bare), c
}

// AfterConjunction returns what the lexicon knows of the token without the
// conjunction و or ف the segmenter split off its front (وبحسب looks up
// بحسب, فقال قال), and whether there was one. Only a conjunction is
// dropped: the other proclitics stay, as written.
func (l *Lexicon) AfterConjunction(tok *news.Token) (*Word, bool) {
	form, ok := WithoutConjunction(tok)
	return l.Word(form), ok
}

// WithoutConjunction returns the token's Norm without the conjunction و or
// ف that the segmenter split off its front, and whether there was one;
// without one it returns Norm.
func WithoutConjunction(tok *news.Token) (string, bool) {
	n := conjunctionBytes(tok)
	return tok.Norm[n:], n > 0
}

// And reports whether the segmenter split the conjunction و (not ف) off
// the token's front: والجيش, وقال; not وزير, whose و is a root letter, nor
// فجرت, which the segmenter may read ف + جرت. A rule that joins clauses or
// names by "and" asks this, not the token's first letter.
func And(tok *news.Token) bool {
	return conjunctionBytes(tok) > 0 && tok.Parts[0].Form == waw
}

// TextAfterConjunction returns the token's text as written from where the
// segmenter's part after its conjunction (و, ف) starts, marks and all
// (وَإليزاغ → إليزاغ); without a conjunction, the whole text.
func TextAfterConjunction(tok *news.Token) string {
	if conjunctionBytes(tok) == 0 {
		return tok.Text
	}
	n := 0
	for n < len(tok.Parts)-1 && tok.Parts[n].Role == news.Proclitic && (tok.Parts[n].Form == waw || tok.Parts[n].Form == feh) {
		n++
	}
	if off := tok.Parts[n].Start - tok.Start; off > 0 && off <= len(tok.Text) {
		return tok.Text[off:]
	}
	return tok.Text
}

// waw and feh are the conjunctions و and ف as the segmenter writes their
// parts.
const waw, feh = string(arabic.Waw), string(arabic.Feh)

// Plain is the form of WithoutConjunction alone: the token's Norm without
// the conjunction و or ف the segmenter split off (والجيش → الجيش; وزير
// stays وزير).
func Plain(tok *news.Token) string { return tok.Norm[conjunctionBytes(tok):] }

// AfterPreposition returns the token's Norm after the conjunction and the
// preposition ب, ل or ك the segmenter split off its front (بالهجوم →
// الهجوم, وبقصف → قصف, لصديقي → صديقي, the article restored after ل:
// للوزير → الوزير), and that preposition; without one it returns
// Plain(tok) and "". A root letter stays: بيان, لبنان, كبير are whole.
func AfterPreposition(tok *news.Token) (string, string) {
	rest, alef, prep := CutPreposition(tok)
	if alef {
		rest = "ا" + rest
	}
	return rest, prep
}

// CutPreposition is AfterPreposition without building a string: the
// token's Norm after the conjunction and the preposition as written, and
// whether the article's alef, which the ل of لل swallowed, goes before it
// (للوزير → لوزير, true: read الوزير). A caller that only looks the form
// up builds it on the stack.
func CutPreposition(tok *news.Token) (rest string, alef bool, prep string) {
	n := conjunctionBytes(tok)
	i := 0
	for i < len(tok.Parts)-1 && tok.Parts[i].Role == news.Proclitic && (tok.Parts[i].Form == waw || tok.Parts[i].Form == feh) {
		i++
	}
	if n == 0 {
		i = 0
	}
	if i >= len(tok.Parts)-1 || tok.Parts[i].Role != news.Proclitic {
		return tok.Norm[n:], false, ""
	}
	prep = tok.Parts[i].Form
	if prep != "ب" && prep != "ل" && prep != "ك" || !strings.HasPrefix(tok.Norm[n:], prep) || n+len(prep) >= len(tok.Norm) {
		return tok.Norm[n:], false, ""
	}
	rest = tok.Norm[n+len(prep):]
	next := tok.Parts[i+1].Form
	alef = prep == "ل" && strings.HasPrefix(next, "ال") && !strings.HasPrefix(rest, "ال") // لل: the ل of the article written once
	return rest, alef, prep
}

// Tokens reads a text that a stage holds only as a string (an actor's
// name, kept as text once its phrase is read) as the document's tokens are
// read: tokenised and split by the default segmenter, so that StemOf,
// BareOf and the rest answer for it as for the document's own tokens.
func Tokens(text string) []news.Token {
	toks := arabic.Tokenize(text)
	arabic.DefaultSegmenter().Segment(toks)
	return toks
}

// NameStem returns a name as Normalize writes it, where its first word
// may carry proclitics that word's stem as the segmenter gives it (StemOf
// of Tokens: والحكومة → الحكومة, للتحالف العربي → التحالف العربي, لقوات
// النظام → قوات النظام; وحكومته → حكومة). A name whose first letter is no
// proclitic's (arabic.MayHaveProclitic) is not segmented.
func NameStem(name string) string {
	if !arabic.MayHaveProclitic(name) {
		return arabic.Normalize(name)
	}
	first, _, _ := strings.Cut(name, " ")
	toks := Tokens(first)
	if len(toks) == 0 {
		return arabic.Normalize(name)
	}
	stem, _ := StemOf(&toks[0])
	return stem + arabic.Normalize(name[toks[0].End:])
}

// BareOf returns the token's stem without its article (الوزير → وزير, when
// at least two letters are left: arabic.CutArticle) and its proclitics; a
// stem without the article is returned as it is.
func BareOf(tok *news.Token) (string, Clitics) {
	stem, c := StemOf(tok)
	bare, _ := arabic.CutArticle(stem)
	return bare, c
}

// Definite reports whether the token's stem, as the segmenter split it,
// carries the article (الهجوم, وبالهجوم, للهجوم → الهجوم; not إلى):
// arabic.Definite of StemOf.
func Definite(tok *news.Token) bool {
	stem, _ := StemOf(tok)
	return arabic.Definite(stem)
}

// Clitics are the clitics the segmenter split off a token.
type Clitics struct {
	// Conj is the conjunction و or ف, "" if none.
	Conj string
	// Prep is the preposition ب, ل or ك, "" if none.
	Prep string
	// Future is true for the future particle س.
	Future bool
	// Pronoun is the enclitic pronoun after the stem (ه ها هم نا ...), ""
	// if none.
	Pronoun string
}

// StemOf returns the form of the token's stem part (normalised, the article
// restored after ل: للوزير → الوزير) and its clitics. A token without
// Parts is its own stem.
func StemOf(tok *news.Token) (string, Clitics) {
	var c Clitics
	switch {
	case len(tok.Parts) == 0:
		return tok.Norm, c
	case len(tok.Parts) == 1: // most words: the stem alone
		return tok.Parts[0].Form, c
	}
	stem := tok.Norm
	for _, p := range tok.Parts {
		switch p.Role {
		case news.Stem:
			stem = p.Form
		case news.Enclitic:
			c.Pronoun = p.Form
		case news.Proclitic:
			switch p.Form {
			case "و", "ف":
				c.Conj = p.Form
			case "ب", "ل", "ك":
				c.Prep = p.Form
			case "س":
				c.Future = true
			}
		}
	}
	return stem, c
}

// conjunctionBytes returns how many bytes of the token's Norm the leading
// conjunction parts (و, ف) take: their forms are the normalised letters
// themselves.
func conjunctionBytes(tok *news.Token) int {
	n := 0
	for _, p := range tok.Parts {
		if p.Role != news.Proclitic || p.Form != "و" && p.Form != "ف" {
			break
		}
		n += len(p.Form)
	}
	if n == 0 || n >= len(tok.Norm) || !strings.HasPrefix(tok.Norm, tok.Parts[0].Form) {
		return 0
	}
	return n
}
