// Package byline reads the country of a news outlet from its title: the
// lexicon's class outlet:CODE of a paper or agency (سبق, واس), and the
// reporter's byline that names it between dashes (أيمن حسن – سبق:).
package byline

import (
	"strings"

	"rasad/internal/entity/shape"
	"rasad/internal/lexicon"
	"rasad/internal/news"
)

// Outlet returns the country the lexicon gives an outlet's title (class
// outlet:CODE), or "".
func Outlet(lx *lexicon.Lexicon, name string) string {
	return strings.ToUpper(lx.Word(lexicon.Key(name)).Value("outlet"))
}

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
