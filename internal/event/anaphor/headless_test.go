package anaphor

import (
	"strconv"
	"strings"
	"testing"

	"rasad/internal/news"
	"rasad/internal/tabletest"
)

// antecedentAfter reads "NAMED | LATER": an organisation named NAMED first
// (with an actor, none when NAMED opens with ?), then the words LATER; it
// returns what Antecedent gives for the third word of LATER (after a verb
// and a noun): the organisation's index, 1, or -1.
func antecedentAfter(in string) string {
	named, later, _ := strings.Cut(in, " | ")
	actor := "IMG"
	if n, ok := strings.CutPrefix(named, "?"); ok {
		named, actor = n, ""
	}
	text := named + " . " + later
	doc := &news.Document{Text: text, Entities: []news.Entity{
		{Name: "Libya", Type: news.LOC, Actor: "LBY", Mentions: []news.Mention{{Text: "ليبيا"}}},
		{Name: "group", Type: news.ORG, Actor: actor, Mentions: []news.Mention{{Start: 0, End: len(named), Text: named}}},
	}}
	w := strings.Fields(later)
	at := len(named) + len(" . ") + len(w[0]) + 1 + len(w[1]) + 1
	return strconv.Itoa(Antecedent(doc, &news.Token{Kind: news.Word, Norm: w[2], Start: at, End: at + len(w[2])}))
}

func TestHeadless(t *testing.T) {
	tabletest.Strings(t, "Antecedent", antecedentAfter, tabletest.Rows(t, "testdata/headless.tsv"))
}
