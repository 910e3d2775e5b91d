package anaphor

import (
	"slices"
	"strings"

	"rasad/internal/arabic"
	"rasad/internal/lexicon"
	"rasad/internal/news"
)

// coalitionForces are the words that name a coalition's arms before it
// (طيران التحالف, قوات التحالف), as Normalize writes them.
var coalitionForces = []string{"طيران", "طائرات", "مقاتلات", "قوات"}

// Coalition returns the index in doc.Entities of the coalition that the
// bare «التحالف» refers back to (قصف التحالف, وشن طيران التحالف غارات): a
// definite noun without a qualifier names the one the article has named
// by a name that opens with it (التحالف العربي), when it names one such
// only and not the international coalition in Syria and Iraq (التحالف
// الدولي), which is «التحالف» too; -1 for any other name or article.
func Coalition(doc *news.Document, name string) int {
	w := strings.Fields(lexicon.NameStem(name)) // (a name as text: lexicon reads it as the segmenter does)
	if len(w) == 0 || len(w) > 2 || w[len(w)-1] != coalition || len(w) == 2 && !slices.Contains(coalitionForces, w[0]) {
		return -1
	}
	if strings.Contains(arabic.Normalize(doc.Text), coalition+" الدولي") {
		return -1
	}
	found := -1
	for ei, e := range doc.Entities {
		named := e.Type == news.ORG && e.Actor != "" && slices.ContainsFunc(e.Mentions, func(m news.Mention) bool {
			f := strings.Fields(lexicon.NameStem(m.Text))
			return len(f) > 1 && f[0] == coalition // (والتحالف, بالتحالف, للتحالف)
		})
		if named && found >= 0 {
			return -1 // two coalitions: which one is not said
		}
		if named {
			found = ei
		}
	}
	return found
}

// coalition is التحالف as Normalize writes it.
var coalition = arabic.Normalize("التحالف")
