package byline

import (
	"testing"

	"rasad/internal/arabic"
	"rasad/internal/lexicon"
	"rasad/internal/news"
)

func TestCountry(t *testing.T) {
	for _, c := range []struct {
		text, want string
	}{
		{"أيمن حسن – سبق: أعلنت الوزارة", "SAU"},
		{"محمد الزهراني- سبق- الباحة", "SAU"},
		{"أيمن حسن – سبق أعلنت الوزارة", ""}, // no dash nor colon after the title
		{"أيمن حسن – الوزارة: أعلنت", ""},    // no outlet's title
		{"أيمن حسن سبق: أعلنت الوزارة", ""},  // no dash before it
	} {
		toks := arabic.Tokenize(c.text)
		j := 0
		for j < len(toks) && toks[j].Kind == news.Word {
			j++ // the first token after the name
		}
		if got := Country(c.text, toks, j); got != c.want {
			t.Errorf("Country(%q) = %q, want %q", c.text, got, c.want)
		}
	}
}

func TestOutlet(t *testing.T) {
	lx := lexicon.Default()
	for name, want := range map[string]string{"سبق": "SAU", "الوزارة": "", "": ""} {
		if got := Outlet(lx, name); got != want {
			t.Errorf("Outlet(%q) = %q, want %q", name, got, want)
		}
	}
}
