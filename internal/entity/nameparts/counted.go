package nameparts

import (
	"strings"

	"rasad/internal/lexicon"
	"rasad/internal/news"
)

// CountedNationality returns the one country whose people the text counts
// by their nationality: a masculine plural nisba, a noun of people, after
// a number (خمسة كويتيين, 5 كويتيين; the lexicon's class cardinal) or after
// من and a quantity (عدد من الكويتيين; class quantity). News that counts a
// group so names its members after, unmarked (والمتهمون هم: مبارك ملفي …):
// they are of that country. "" when the text counts none, or people of
// two countries.
func CountedNationality(toks []news.Token, p Mentions) string {
	lx, country := lexicon.Default(), ""
	for k := 1; k < len(toks); k++ {
		c, last := p.Nisba(k)
		if c == "" || last != k || !strings.HasSuffix(toks[k].Norm, "يين") && !strings.HasSuffix(toks[k].Norm, "يون") {
			continue
		}
		before := &toks[k-1]
		w, _ := lx.Stem(before) // وثلاثة
		counted := before.Kind == news.Number || w.Has("cardinal") ||
			k > 1 && before.Norm == "من" && lx.Whole(&toks[k-2]).Has("quantity")
		switch {
		case !counted:
		case country != "" && country != c:
			return ""
		default:
			country = c
		}
	}
	return country
}
