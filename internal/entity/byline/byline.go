// Package byline reads the country of a news outlet from its title: the
// lexicon's class outlet:CODE of a paper or agency (سبق, واس), the
// reporter's byline that names it between dashes (أيمن حسن – سبق:), and
// the paper a statement is made to in its own text (قال لـ«عكاظ»). In a
// byline it also finds the paper's title as a mention of the paper
// (Credit) and the reporter's name that opens the line (Reporter); in
// the dateline that opens a text, the paper or agency and the city it is
// filed from (Dateline: سبق- الرياض:, واس - جدة).
package byline

import (
	"strings"

	"rasad/internal/actor"
	"rasad/internal/arabic"
	"rasad/internal/entity/shape"
	"rasad/internal/lexicon"
	"rasad/internal/news"
)

// Outlet returns the country the lexicon gives an outlet's title (class
// outlet:CODE), or "".
func Outlet(lx *lexicon.Lexicon, name string) string {
	return strings.ToUpper(lx.Word(lexicon.Key(name)).Value("outlet"))
}

// Document returns the country of a document's outlet: that of source,
// the outlet's name a corpus or feed gives (sabq, okaz), when there is
// one; else that of the paper the text says a statement was made to.
// Arabic papers mark what a speaker told them alone by the preposition
// لـ before their own quoted title (أوضح ذلك لـ«عكاظ», قال لـ"الاقتصادية"),
// and name another paper by its noun (قال لصحيفة «الغارديان»), so a
// title the lexicon knows, quoted right after a bare لـ, is the paper's
// own. "" when neither says.
func Document(lx *lexicon.Lexicon, source, text string, toks []news.Token) string {
	if source != "" {
		return Outlet(lx, strings.ToLower(source))
	}
	for i := 0; i+3 < len(toks); i++ {
		if toks[i].Kind != news.Word || toks[i].Norm != lam || toks[i+1].Kind != news.Punctuation || !shape.Opening(toks[i+1].Text) {
			continue
		}
		k := i + 2
		for k < len(toks) && k < i+2+maxTitleWords && toks[k].Kind == news.Word {
			k++
		}
		if k > i+2 && k < len(toks) && toks[k].Kind == news.Punctuation && shape.Closing(toks[k].Text) {
			if c := Outlet(lx, text[toks[i+2].Start:toks[k-1].End]); c != "" {
				return c
			}
		}
	}
	return ""
}

// lam is the preposition لـ written alone, as a token normalises it.
const lam = string(arabic.Lam)

// maxTitleWords is the most words of a paper's title (المصري اليوم,
// وول ستريت جورنال).
const maxTitleWords = 4

// Country returns the country of the outlet whose title follows a name
// between dashes, or after a dash and before a colon, at token j (أيمن حسن
// – سبق:, محمد الزهراني- سبق- الباحة): a reporter's byline, his paper's
// country, whatever the story's; "" when there is none.
func Country(text string, toks []news.Token, j int) string {
	if j+2 >= len(toks) || !shape.Dash(toks[j]) || toks[j+1].Kind != news.Word {
		return ""
	}
	if after := toks[j+2]; after.Kind != news.Punctuation || !shape.Dash(after) && after.Text != ":" {
		return ""
	}
	return Outlet(lexicon.Default(), text[toks[j+1].Start:toks[j+1].End])
}

// Credit returns the token of the outlet's title that a reporter's byline
// names after the dash at token j, and the outlet's country; -1 and "" for
// none. The byline is the reporter's name, a dash, the title and a dash or
// a colon (فهد العتيبي- سبق- الطائف:, أيمن حسن – سبق:): a reader counts the
// paper it credits as named there, as where the text quotes its title
// (حسب ما علمت "سبق"). The caller leaves a title that is also the
// dateline's city (محمد السالم - الرياض:) to the place.
func Credit(text string, toks []news.Token, j int) (int, string) {
	if j < 1 || toks[j-1].Kind != news.Word {
		return -1, ""
	}
	if c := Country(text, toks, j); c != "" {
		return j + 1, c
	}
	return -1, ""
}

// Reporter returns the first token of the reporter's name a byline gives
// before the dash at token j, where Credit finds the paper after it: two
// or three words that open their line (مهنا التميمي- سبق- الجوف:, written
// under the headline); -1 for none. Two reporters (قاسم الخبراني، فهد
// الكاملي- سبق) or a name inside a sentence are none.
func Reporter(text string, toks []news.Token, j int) int {
	if k, _ := Credit(text, toks, j); k < 0 {
		return -1
	}
	i := j
	lineStart := func(i int) bool { return i == 0 || strings.Contains(text[toks[i-1].End:toks[i].Start], "\n") }
	for !lineStart(i) && toks[i-1].Kind == news.Word && j-i < maxReporterWords {
		i--
	}
	if j-i < 2 || !lineStart(i) {
		return -1
	}
	return i
}

// maxReporterWords is the most words of a reporter's name in a byline.
const maxReporterWords = 3

// Named returns the news outlet the gazetteer knows by a media noun (the
// lexicon's class media: صحيفة, قناة) and the title of search keys title
// (صحيفة الشرق الأوسط for «الشرق الأوسط»), or nil: a title where only an
// outlet stands is that outlet, not the region or city it is spelt as.
func Named(g *actor.Gazetteer, title []string) *actor.Actor {
	keys := make([]string, 1, len(title)+1)
	keys = append(keys, title...)
	for _, head := range lexicon.Default().View("media") {
		keys[0] = arabic.SearchKey(head)
		if n, hits := g.Match(keys); n == len(keys) && hits[0].Actor.Type == actor.Org && !hits[0].Adjective {
			return hits[0].Actor
		}
	}
	return nil
}

// Title returns the index of the last word of a paper's title written
// after the paper's noun at i without quotation marks (صحيفة الوسط, جريدة
// الرياض, لصحيفة الحياة, مجلة الأمن والحياة), or -1: the noun in construct
// (the lexicon's class paper-head), then a definite word with no proclitic
// that is no nisba (صحيفة الوسط البحرينية: الوسط), and another joined to it
// by و. A canal's noun (قناة السويس) is no paper's.
func Title(lx *lexicon.Lexicon, toks []news.Token, i int) int {
	if i+1 >= len(toks) || toks[i].Kind != news.Word {
		return -1
	}
	if w, _ := lx.Stem(&toks[i]); !w.Has("paper-head") || !titleWord(lx, &toks[i+1], "") {
		return -1
	}
	if i+2 < len(toks) && titleWord(lx, &toks[i+2], string(arabic.Waw)) {
		return i + 2
	}
	return i + 1
}

// titleWord reports whether tok is a word of a paper's title: definite (its
// article written with a bare alef: not إلكترونية, "electronic"), no nisba,
// no paper's noun, with conj as its only proclitic.
func titleWord(lx *lexicon.Lexicon, tok *news.Token, conj string) bool {
	stem, cl := lexicon.StemOf(tok)
	stem = arabic.Normalize(stem)
	article := strings.HasPrefix(lexicon.TextAfterConjunction(tok), string(arabic.Alef)+string(arabic.Lam)) // not إلكترونية
	return tok.Kind == news.Word && cl.Conj == conj && cl.Prep == "" && article && !lx.Has(stem, "nisba") && !lx.Has(stem, "paper-head")
}
