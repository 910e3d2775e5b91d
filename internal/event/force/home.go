package force

import (
	"strings"

	"rasad/internal/event/frame"
	"rasad/internal/news"
)

// Own reports whether the target of an act of force is one of the state
// of cc's own forces or officials: its police, army or government, named
// (قوات الأمن التركية in Turkey: TURCOP) or not (شرطيين, جنود: COP, MIL with
// no country, the scene's), not a person or a group of that country (an
// actor code cc alone, civilians, rebels). The unnamed doer of such an
// act is not the scene's state (a state does not bomb its own police):
// an attacker nobody names has no country (CAMEO's unidentified actor),
// so the event coder does not give it the country of the scene then.
func Own(cc string, target news.Party) bool {
	if cc == "" || target.Country != "" && target.Country != cc {
		return false
	}
	role := target.Actor
	if target.Country != "" {
		r, ok := strings.CutPrefix(target.Actor, cc)
		if !ok {
			return false
		}
		role = r[:min(3, len(r))]
	}
	return role == "COP" || role == "MIL" || role == "GOV"
}

// Official reports whether the place at token j is the nisba or the place
// of a person named in the same phrase (والرئيس الأمريكي باراك أوباما):
// people are named by their nationality wherever they are, so that the
// country says whose they are, and gives no country to the police that
// another clause names alone (بعد اتصال بين إردوغان والرئيس الأمريكي باراك
// أوباما ... حملات نفذتها الشرطة: not the American police). Only for such
// police (anaphor.HomeForce): an official's country is often the scene's
// (المتحدث العسكري المصري, reporting on Sinai).
func Official(s frame.Sentence, j int) bool {
	pi := s.Token(j).Phrase - 1
	return pi >= 0 && s.Phrase(pi).PersonIn
}
