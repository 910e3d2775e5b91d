package arabic

import (
	"strings"
	"unicode/utf8"
)

// Stem returns the search key of one word: its clitics split off by the
// segmenter (وبحكومته → حكومة), then, unless the stem is a name or a
// function word of the lexicon, the article ال and one inflectional ending
// (ات ون ين ان ية ة), each only where what remains is a stem of the lexicon
// (الحكومات → حكومة, المعلمون → معلم). The result is folded like SearchKey
// (ة → ه). Names are never stemmed: بوتين stays بوتين, موسكو stays موسكو,
// and لبوتين gives بوتين. The Segmenter remembers the stems it gave.
func (s *Segmenter) Stem(word string) string {
	if st, ok := s.memo.stem(word); ok {
		return st
	}
	st := s.stem(word)
	s.memo.putStem(word, st)
	return st
}

func (s *Segmenter) stem(word string) string {
	var sc scratch
	sp := s.split(word, &sc)
	if sp.n == 0 {
		return SearchKey(word)
	}
	stem := sp.stemForm(Normalize(word), &sc)
	if sp.pre == 0 && sp.enc == 0 {
		stem = Normalize(word)
	}
	e := s.folded[stem]
	if e.flags&(flagName|flagFunction|flagWhole) != 0 {
		return SearchKey(stem)
	}
	// The article, where the rest is a word of its own (not الله، التي).
	if rest, ok := CutArticle(stem); ok {
		if f := s.folded[rest].flags; f&flagName == 0 && (f&flagStem != 0 || s.knownInflected([]byte(rest))) {
			stem = rest
		}
	}
	if s.folded[stem].flags&flagName != 0 {
		return SearchKey(stem)
	}
	for _, e := range stemEndings {
		body, ok := strings.CutSuffix(stem, e.suffix)
		if !ok || !AtLeastRunes(body, 2) {
			continue
		}
		if cand := body + e.replace; s.folded[cand].flags&flagStem != 0 {
			stem = cand
			break
		}
	}
	return SearchKey(stem)
}

// Article is the definite article ال, as normalised text.
const Article = article

// CutArticle returns the normalised word w without the definite article
// ال and true when w begins with it and two letters or more follow
// (الوزير → وزير, الذي → ذي); else w and false: in إلى, إلا, ألف
// (normalised الي, الا, الف) ال is no article. Every "has the article"
// test of the stages is this one (Definite; lexicon.Definite for a token).
func CutArticle(w string) (string, bool) {
	if rest, ok := strings.CutPrefix(w, article); ok && AtLeastRunes(rest, 2) {
		return rest, true
	}
	return w, false
}

// AtLeastRunes reports whether s has n runes or more, as
// utf8.RuneCountInString(s) >= n does (an invalid byte is one rune), reading
// no further than the nth: a length test on a word need not count it all.
func AtLeastRunes(s string, n int) bool {
	for ; n > 0; n-- {
		switch {
		case s == "":
			return false
		case s[0] < utf8.RuneSelf:
			s = s[1:]
		case s[0] >= 0xC2 && s[0] <= 0xDF && len(s) > 1 && s[1]&0xC0 == 0x80:
			s = s[2:] // a two-byte letter: Arabic's
		default:
			_, w := utf8.DecodeRuneInString(s)
			s = s[w:]
		}
	}
	return true
}

// OneRune reports whether s is one rune long, as
// utf8.RuneCountInString(s) == 1 does (a letter left alone: ب, و), reading
// no further than the second.
func OneRune(s string) bool {
	return s != "" && !AtLeastRunes(s, 2)
}

// WithoutArticle is w without the definite article, as CutArticle reads
// it (الوزير → وزير; الي, for إلى, stays).
func WithoutArticle(w string) string {
	rest, _ := CutArticle(w)
	return rest
}

// Definite reports whether the normalised word w carries the definite
// article (CutArticle).
func Definite(w string) bool {
	_, ok := CutArticle(w)
	return ok
}

// stemEndings are the endings Stem removes, longest first, with what the
// stem is written with instead.
var stemEndings = [...]struct{ suffix, replace string }{
	{"يات", "ية"}, {"ات", "ة"}, {"ات", ""}, {"يون", "ي"}, {"يين", "ي"}, {"ون", ""}, {"ين", ""},
	{"تان", "ة"}, {"تين", "ة"}, {"ان", ""}, {"ية", ""}, {"ة", ""},
}
