package when

import (
	"sort"
	"strings"
	"testing"

	"rasad/internal/actor"
	"rasad/internal/arabic"
	words "rasad/internal/lexicon"
)

// TestMonthsThatAreNames loads the month names of the lexicon
// (internal/lexicon/data/months.txt), its given and family names and the
// actor gazetteer, and fails on a month name that is also a person's or a
// place's name unless the month says which wins: month-ambiguous, a month
// only beside a day, a year or شهر (رجب and رمضان, given names; صفر, zero).
func TestMonthsThatAreNames(t *testing.T) {
	lx, gaz := words.Default(), actor.Default()
	var forms []string
	for w, e := range lex.words {
		if e.kinds&kMonth != 0 {
			forms = append(forms, w)
		}
	}
	sort.Strings(forms)
	checked := 0
	for _, w := range forms {
		var also []string
		for _, c := range []string{"given-name", "family-name"} {
			if lx.Has(w, c) {
				also = append(also, "lexicon "+c)
			}
		}
		if n, hits := gaz.Match([]string{arabic.SearchKey(w)}); n == 1 {
			for _, h := range hits {
				if !h.Adjective {
					also = append(also, "actor "+h.Actor.ID)
				}
			}
		}
		checked++
		if len(also) > 0 && !lex.words[w].ambiguous {
			t.Errorf("%s is a month (lexicon months.txt) and a name (%s) with no rule saying which wins: mark it month-ambiguous in the lexicon", w, strings.Join(also, ", "))
		}
	}
	if checked < 40 {
		t.Errorf("only %d month names checked", checked)
	}
}
