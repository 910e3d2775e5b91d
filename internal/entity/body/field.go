package body

import (
	"strings"

	"rasad/internal/arabic"
	"rasad/internal/entity/shape"
	"rasad/internal/lexicon"
	"rasad/internal/news"
)

// Field returns the last word of the field that ends a body's name from
// token j, or -1 when no field begins there. Arabic names a company, a
// centre or a publisher by its name and then what it is for, after ل: the
// field is a definite noun after ل (للطاقة, للإغاثة, للنشر), or an
// indefinite one and the definite noun it governs (لعلوم الفضاء), and the
// definite nouns joined to it by و (للنشر والتوزيع, للإغاثة والأعمال) with
// their relational adjectives (والأعمال الإنسانية). A word after ل that
// heads a body (للحكومة, للشركة) or names people (للمواطنين), a function
// word, or one a mention covers (free is false: لأمم المتحدة) is whom the
// sentence gives to, not a field. end is the end of j's sentence.
func Field(lex *arabic.Segmenter, toks []news.Token, wkeys []string, free func(int) bool, j, end int) int {
	if j >= end || !fieldWord(lex, toks[j], free(j), true) {
		return -1
	}
	last := j
	if stem, _ := lexicon.StemOf(&toks[j]); !arabic.Definite(stem) {
		// لعلوم الفضاء: an indefinite field governs the noun after it.
		if j+1 >= end || !fieldWord(lex, toks[j+1], free(j+1), false) || lexicon.And(&toks[j+1]) {
			return -1
		}
		last = j + 1
	}
	for k := last + 1; k < end && k-j < MaxWords; k++ {
		t := toks[k]
		switch {
		case !fieldWord(lex, t, free(k), false):
			return last
		case lexicon.And(&toks[k]) && !shape.NoField(t):
			last = k
		case !lexicon.And(&toks[k]) && shape.Relational(wkeys[k]) && !shape.HasPrepClitic(t):
			last = k
		default:
			return last
		}
	}
	return last
}

// fieldWord reports whether a word may be in a body's field: a word no
// mention covers, of the article (after ل when first: للطاقة, or an
// indefinite noun there: لعلوم), no function word, no head of a body
// (الحكومة, الشركة), no office or trade (الرئيس, shape.Person) and no
// people (المواطنين).
func fieldWord(lex *arabic.Segmenter, t news.Token, free, first bool) bool {
	if t.Kind != news.Word || !free {
		return false
	}
	stem, cl := lexicon.StemOf(&t)
	if cl.Pronoun != "" || first != (cl.Prep == string(arabic.Lam)) || !first && cl.Prep != "" || first && cl.Conj != "" {
		return false
	}
	if !first && !arabic.Definite(stem) || !arabic.AtLeastRunes(arabic.WithoutArticle(arabic.SearchKey(stem)), 3) {
		return false
	}
	if info, ok := lex.Lookup(stem); ok && info.Function {
		return false
	}
	w, _ := lexicon.Default().AfterConjunction(&t)
	if bare := lexicon.Default().Word(arabic.WithoutArticle(stem)); w.Has("org-cue") || bare.Has("org-cue") {
		return false
	}
	return !shape.People(arabic.SearchKey(stem)) && !shape.Person(arabic.SearchKey(stem))
}

// Coined returns the last word of a body's name that a head at token i
// (the lexicon's coined-head: شركة, دار, مركز, ائتلاف) opens with a
// coined name and its field (Field): شركة كيشو للطاقة, دار فضاءات للنشر
// والتوزيع, مؤسسة ماركت للأبحاث; -1 when there is none. The name is one
// word with no clitic that the lexicon knows as no common word, nor as an
// adjective by its ending (استشاري, ناشئة: مركز استشاري للدراسات is a
// description), or a mention with no actor the recogniser found there,
// whose last token named(j) returns (كونسول, كوكا كولا; else -1). A head
// with the article or a clitic pronoun heads no coined name. free reports
// a token no mention covers; end is the end of i's sentence.
func Coined(lex *arabic.Segmenter, toks []news.Token, wkeys []string, free func(int) bool, named func(int) int, i, end int) int {
	stem, cl := lexicon.StemOf(&toks[i])
	if !lexicon.Default().Word(stem).Has("coined-head") || cl.Pronoun != "" || i+1 >= end {
		return -1
	}
	name := named(i + 1)
	if name < 0 && free(i+1) && coinedWord(lex, toks[i+1]) {
		name = i + 1
	}
	if name < 0 || name-i > 2 {
		return -1
	}
	return Field(lex, toks, wkeys, free, name+1, end)
}

// coinedWord reports whether a word may be a coined name: no clitic, three
// letters or more, not the article's, unknown to lex as a dictionary word (ممتاز, كبير), and
// no adjective's ending (ي, ية, ة).
func coinedWord(lex *arabic.Segmenter, t news.Token) bool {
	stem, cl := lexicon.StemOf(&t)
	if _, known := lex.Lookup(t.Norm); cl != (lexicon.Clitics{}) && !known {
		stem = t.Norm // بلومبرج: the segmenter's ب is the name's letter
	} else if cl != (lexicon.Clitics{}) {
		return false
	}
	if t.Kind != news.Word || arabic.Definite(stem) || !arabic.AtLeastRunes(stem, 3) {
		return false
	}
	if info, ok := lex.Lookup(stem); ok && (info.Stem || info.Function) {
		return false
	}
	key := arabic.SearchKey(stem)
	return !shape.Relational(key) && !strings.HasSuffix(key, string(arabic.Heh)) && !strings.HasSuffix(stem, string(arabic.TehMarbuta))
}
