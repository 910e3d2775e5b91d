package setting

import (
	"rasad/internal/event/anaphor"
	"rasad/internal/lexicon"
	"rasad/internal/news"
)

// Coalition returns the speaker a description of no country stands for
// when its last word is the bare coalition (التحالف) in a genitive chain:
// the coalition itself, its command or its forces, a statement or a
// spokesman of either (وأكدت قيادة التحالف، وذكر بيان قيادة قوات التحالف،
// قال المتحدث باسم التحالف). The coalition speaks as itself, not as the
// country where the story happens: the one the article names by its name
// (التحالف العربي, an entity with its actor), else, in a report on the war
// in Yemen, the Saudi-led one, Saudi Arabia's (package anaphor decides
// both, as it does for the coalition's events). nil for any other words.
func (s *Story) Coalition(words []news.Token) *news.Speaker {
	n := len(words)
	if n == 0 || words[n-1].Kind != news.Word {
		return nil
	}
	if stem, _ := lexicon.StemOf(&words[n-1]); stem != coalition {
		return nil
	}
	for k := max(n-2, 0); k < n; k++ { // قيادة التحالف, قوات التحالف; else التحالف alone (المتحدث باسم التحالف)
		name := s.text[words[k].Start:words[n-1].End]
		if ei := anaphor.Coalition(&s.doc, name); ei >= 0 {
			e := &s.ents[ei]
			return &news.Speaker{Name: e.Name, Actor: e.Actor, Country: e.Country}
		}
		if c := anaphor.CoalitionCountry(&s.doc, name); c != "" {
			return &news.Speaker{Country: c}
		}
	}
	return nil
}
