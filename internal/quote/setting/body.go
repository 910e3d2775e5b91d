package setting

import (
	"strings"

	"rasad/internal/arabic"
	"rasad/internal/lexicon"
	"rasad/internal/news"
)

// Own gives a described speaker of no country what its own words, or the
// text's other words for its body, say of it (Union, Adjective), and
// reports whether they said anything: package quote asks it before it
// falls back to the country where the story happens, which is not a
// body's own.
func Own(toks []news.Token, a, b int, sp *news.Speaker) bool {
	if a >= b {
		return false
	}
	if Union(toks[a:b], sp) {
		return true
	}
	sp.Country = Adjective(toks, a, b)
	return sp.Country != ""
}

// Union gives a described speaker of no country the actor code of the
// union its own words name by their adjective (بيان أوروبي، البيان
// الأوروبي، مكتب الإحصاء الأوروبي: the European Union's), from the
// lexicon's union: class, and reports whether it did. A union's statement
// or office speaks for the union, not for the country the story is about;
// a country adjective among the words (مصدر أوروبي فرنسي) leaves the
// speaker to the rules of countries.
func Union(words []news.Token, sp *news.Speaker) bool {
	code := ""
	for i := range words {
		w, _ := lexicon.Default().AfterConjunction(&words[i])
		if w.Value("nisba") != "" {
			return false
		}
		if c := w.Value("union"); c != "" {
			code = c
		}
	}
	if code == "" {
		return false
	}
	sp.Actor = code
	return true
}

// Adjective returns the country that the text gives elsewhere to the body
// a described speaker ends with (متحدثة باسم الشرطة, وسائل الإعلام): the
// same definite noun followed by a country adjective (الشرطة الإسرائيلية،
// وسائل الإعلام الإسرائيلية). A bare body of the story is the one the story
// qualified: the nearest such mention before the speaker, else the one
// country all such mentions after it give; "" when none does (a noun the
// text qualifies by no country keeps its own rules). A person named by
// his relation to someone of a trade (وكيل اللاعب) is not of that one's
// country; the trade alone (الساحر after الساحر السوداني) is. toks are the article's
// tokens and [a, b) the speaker's.
func Adjective(toks []news.Token, a, b int) string {
	if b <= a || b-a > 4 || !lexicon.Definite(&toks[b-1]) {
		return ""
	}
	if next := b; next < len(toks) && toks[next].Kind == news.Word && nisbaOf(&toks[next]) != "" {
		return "" // the speaker's own adjective, already read
	}
	if w, _ := lexicon.Default().AfterConjunction(&toks[b-1]); b-a > 1 && w.Has("profession") {
		return "" // وكيل اللاعب: the player's agent is not of the player's country
	}
	head, _ := lexicon.BareOf(&toks[b-1])
	before, after := "", ""
	for j := range toks {
		if j >= a && j < b || j+1 >= len(toks) || toks[j].Kind != news.Word {
			continue
		}
		stem, _ := lexicon.StemOf(&toks[j]) // Definite and BareOf of one StemOf
		if bare, def := arabic.CutArticle(stem); !def || bare != head {
			continue // not the same definite noun
		}
		c := nisbaOf(&toks[j+1])
		switch {
		case c == "":
		case j < a:
			before = c
		case after == "":
			after = c
		case after != c:
			after = "-"
		}
	}
	if before != "" {
		return before
	}
	if after == "-" {
		return ""
	}
	return after
}

// nisbaOf returns the country of a definite country adjective (الإسرائيلية
// → ISR), or "".
func nisbaOf(tok *news.Token) string {
	if !lexicon.Definite(tok) {
		return ""
	}
	w, _ := lexicon.Default().AfterConjunction(tok)
	return w.Value("nisba")
}

// Office returns the country of an office held in one country only that
// the words right after a named speaker give him, over a dash, a comma or
// a bracket (فيصل بن خالد -أمير منطقة عسير-: SAU), from the lexicon's
// office-country class; "". toks are the article's tokens and span gives
// the token range of the speaker's words.
func Office(toks []news.Token, sp *news.Speaker, span func(*news.Speaker) (int, int)) string {
	a, b := span(sp)
	if a >= b {
		return ""
	}
	for k := 0; k < 2 && b < len(toks) && toks[b].Kind == news.Punctuation; k++ {
		b++
	}
	var phrase []string
	for j := b; j < len(toks) && j < b+3 && toks[j].Kind == news.Word; j++ {
		phrase = append(phrase, toks[j].Norm)
		if c := lexicon.Default().Word(strings.Join(phrase, " ")).Value("office-country"); c != "" {
			return c
		}
	}
	return ""
}
