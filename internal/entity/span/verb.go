package span

import (
	"strings"
	"unicode/utf8"

	"rasad/internal/arabic"
	"rasad/internal/lexicon"
	"rasad/internal/ner"
	"rasad/internal/news"
)

// plural is the ending of the imperfect's plural: يتخلون.
const plural = "ون"

// signs are the letters a verb's imperfect takes before it and the
// prefixes of the imperfect each stands on: the future سـ on that of he,
// she or you, or we (سيتخلون, ستعطي, سنعمل); the لـ of purpose on that of
// he alone (ليكسر), as a لـ before تـ or نـ is as often the preposition
// before a verbal noun of a body's name (لتطوير, لتحرير, لنصرة).
var signs = [...]struct {
	sign      string
	imperfect string
}{
	{string(arabic.Seen), string([]rune{arabic.Yeh, arabic.Teh, arabic.Noon})},
	{string(arabic.Lam), string(arabic.Yeh)},
}

// Verb reports whether word i of toks has a verb's inflection that no name
// has: the future سـ on an imperfect (سيتخلون "they will abandon", ستعطي
// "she will give") or the لـ of purpose on the imperfect of the third
// person (ليكسر الاحتكار "to break the monopoly"). The imperfect without
// its sign must end in the plural ون, or be a word the dictionary knows and
// no name, seen standing alone in its corpora or followed here by a
// definite word, its object or subject: a foreign name can read as a rare
// verb (سيلون, سيران, ليران, ستوكس). A word the dictionary or the lexicon
// holds whole as a word or a name (ستار, سيناء, سيرغي, ليونيل, ليفني) is
// that word, and an imperfect of fewer than four letters is too short to
// tell from a name (سيسي).
func Verb(toks []news.Token, i int, lex *arabic.Segmenter) bool {
	w, _ := lexicon.WithoutConjunction(&toks[i])
	if info, ok := lex.Lookup(w); ok && (info.Stem || info.Name) || named(w) {
		return false
	}
	for _, s := range signs {
		rest, ok := strings.CutPrefix(w, s.sign)
		if !ok || !arabic.AtLeastRunes(rest, 4) || !strings.ContainsRune(s.imperfect, firstRune(rest)) {
			continue
		}
		if strings.HasSuffix(rest, plural) && arabic.AtLeastRunes(rest, 5) {
			return true
		}
		if info, ok := lex.Lookup(rest); ok && !info.Name && !named(rest) && (info.Count > 0 || definiteAfter(toks, i)) {
			return true
		}
	}
	return false
}

// named reports whether the lexicon lists a word as a given, family or
// foreign name (يعالون, Ya'alon, is a family name the dictionary holds as
// a verb).
func named(w string) bool {
	x := lexicon.Default().Word(w)
	return x.Has("given-name") || x.Has("family-name") || x.Has("foreign-name")
}

// definiteAfter reports whether the token after word i is a definite word.
func definiteAfter(toks []news.Token, i int) bool {
	return i+1 < len(toks) && toks[i+1].Kind == news.Word && lexicon.Definite(&toks[i+1])
}

func firstRune(s string) rune {
	r, _ := utf8.DecodeRuneInString(s)
	return r
}

// cutVerbs ends a span before a word with a verb's inflection (Verb): a
// verb is no part of a name, and the name before it is the subject it
// follows (منتخب قطر ليكسر الاحتكار: "Qatar's team, to break the
// monopoly"). A span that opens with the verb keeps the words after it
// (سيلتقي بوتين), and a verb alone is no name (سيتخلون).
func cutVerbs(toks []news.Token, spans []ner.Span, lex *arabic.Segmenter) []ner.Span {
	out := spans[:0]
	for _, s := range spans {
		for t := s.First; t <= s.Last; t++ {
			if toks[t].Kind != news.Word || !Verb(toks, t, lex) {
				continue
			}
			if t > s.First {
				s.Last, s.End = t-1, toks[t-1].End
			} else if t < s.Last {
				s.First, s.Start = t+1, toks[t+1].Start
				t = s.First - 1 // read the rest again
				continue
			} else {
				s.First = -1
			}
			break
		}
		if s.First >= 0 {
			out = append(out, s)
		}
	}
	return out
}
