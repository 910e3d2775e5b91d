package shape_test

import (
	"strconv"
	"strings"
	"testing"

	"rasad/internal/arabic"
	"rasad/internal/entity/shape"
	"rasad/internal/lexicon"
	"rasad/internal/news"
	"rasad/internal/tabletest"
)

// TestRules runs each rule of the package that reads a text or a word on
// the rows of its file of testdata, named for it (Chronology:
// testdata/chronology.tsv), where the rows say what the rule decides.
func TestRules(t *testing.T) {
	for name, rule := range map[string]func(string) string{
		"AwayMention": func(text string) string {
			before, after, _ := strings.Cut(text, " | ")
			name, nisba := strings.CutSuffix(after, " nisba")
			return strconv.FormatBool(shape.AwayMention(lexicon.Tokens(before+" "+name), len(lexicon.Tokens(before)), nisba))
		},
		"Chronology": func(text string) string { return strconv.FormatBool(shape.Chronology(text)) },
		"FeminineAgreement": func(text string) string {
			toks := lexicon.Tokens(text)
			return strconv.FormatBool(shape.FeminineAgreement(toks[0], toks[1]))
		},
		"Eponymous": func(text string) string {
			before, _, _ := strings.Cut(text, " | ")
			toks := lexicon.Tokens(strings.Replace(text, " | ", " ", 1))
			return strconv.FormatBool(shape.Eponymous(lexicon.Default(), toks, len(lexicon.Tokens(before))))
		},
		"Former": func(word string) string { return strconv.FormatBool(shape.Former(arabic.SearchKey(word))) },
		"Formation": func(phrase string) string {
			toks := lexicon.Tokens(phrase)
			return strconv.FormatBool(shape.Formation(arabic.SearchKey(toks[0].Norm), toks[1], arabic.SearchKey(toks[1].Norm)))
		},
		"Participle": func(word string) string { return strconv.FormatBool(shape.Participle(arabic.SearchKey(word))) },
		"Person":     func(word string) string { return strconv.FormatBool(shape.Person(arabic.SearchKey(word))) },
		"Portfolio": func(text string) string {
			toks := lexicon.Tokens(text)
			last := shape.Portfolio(toks, make([]int, len(toks)), 0, len(toks), func(t news.Token) bool { return lexicon.Definite(&t) })
			if last < 0 {
				return "-"
			}
			return toks[last].Text
		},
		"Roman": func(phrase string) string { return strconv.FormatBool(shape.Roman(lexicon.Tokens(phrase), 1)) },
		"Works": func(text string) string {
			toks := lexicon.Tokens(text)
			var got []string
			for i, w := range shape.Works(lexicon.Default(), toks, arabic.Quoted(text, toks)) {
				if w {
					got = append(got, toks[i].Text)
				}
			}
			return strings.Join(got, " ")
		},
	} {
		t.Run(name, func(t *testing.T) {
			tabletest.Strings(t, name, rule, tabletest.Rows(t, "testdata/"+strings.ToLower(name)+".tsv"))
		})
	}
}
