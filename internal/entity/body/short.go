package body

import (
	"slices"
	"strings"

	"rasad/internal/arabic"
	"rasad/internal/news"
)

// Shortened merges into a body named in full the mentions of its name cut
// short: news names a body once with its field and then by the words
// before it (مركز الملك سلمان للإغاثة والأعمال الإنسانية, then مركز الملك
// سلمان or مركز الملك سلمان للإغاثة). A short form is an organisation the
// gazetteer does not link (no ActorID, as surname.Merge reads it) whose words, two at
// least, open the name of another such organisation of the same country,
// or of any when it has none; when it opens
// several, it goes to the one named most often, and to none when two tie.
// The merged entity is called by the form named most often (the full one
// on a tie: a long name that is one odd span does not rename the body),
// its mentions in text order; the entities stay in the order of their
// first mentions, as surname.Merge leaves them.
func Shortened(ents []news.Entity) []news.Entity {
	words := make([][]string, len(ents))
	for i, e := range ents {
		if e.Type == news.ORG && e.ActorID == "" {
			words[i] = strings.Fields(arabic.SearchKey(e.NameAr))
		}
	}
	into := make([]int, len(ents))
	for i := range ents {
		into[i] = -1
		if len(words[i]) < 2 {
			continue
		}
		best, tie := -1, false
		for j := range ents {
			if j == i || len(words[j]) <= len(words[i]) || !slices.Equal(words[j][:len(words[i])], words[i]) ||
				ents[i].Country != "" && (ents[i].Country != ents[j].Country || ents[i].Actor != ents[j].Actor) {
				continue
			}
			switch {
			case best < 0 || len(ents[j].Mentions) > len(ents[best].Mentions):
				best, tie = j, false
			case len(ents[j].Mentions) == len(ents[best].Mentions):
				tie = true
			}
		}
		if best >= 0 && !tie {
			into[i] = best
		}
	}
	root := func(i int) int {
		for into[i] >= 0 { // a longer name each step: no cycle
			i = into[i]
		}
		return i
	}
	out := make([]news.Entity, 0, len(ents))
	at := make([]int, len(ents))
	most := []int{} // per kept entity, the member named most often
	for i := range ents {
		if into[i] < 0 {
			at[i] = len(out)
			out = append(out, ents[i])
			most = append(most, i)
		}
	}
	for i := range ents {
		if into[i] < 0 {
			continue
		}
		k := at[root(i)]
		if len(ents[i].Mentions) > len(ents[most[k]].Mentions) {
			most[k] = i
		}
		out[k].Mentions = append(out[k].Mentions, ents[i].Mentions...)
		slices.SortFunc(out[k].Mentions, func(a, b news.Mention) int { return a.Start - b.Start })
	}
	for k := range out {
		if m := most[k]; into[m] >= 0 {
			out[k].Name, out[k].NameAr = ents[m].Name, ents[m].NameAr
		}
	}
	if len(out) < len(ents) { // a short form named first moves its body up
		slices.SortStableFunc(out, func(a, b news.Entity) int { return a.Mentions[0].Start - b.Mentions[0].Start })
	}
	return out
}
