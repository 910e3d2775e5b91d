package nameparts

import (
	"strings"

	"rasad/internal/news"
	"rasad/internal/scene"
)

// Setting answers StoryCountry: the country of the known place
// (Seat), of the nisba adjective (Nisba) and of the body (Body) that
// begins at a token, with its last token; "" when none begins there.
// Code is the CAMEO code of the known actor named at a token (a body, or
// the movement a nisba names: الحوثية is the Houthis', YEMREB), "" for
// none; Land reports whether a nisba there is of a land (a country, city
// or region), not of a movement.
type Setting interface {
	Seat(k int) (string, int)
	Nisba(k int) (string, int)
	Body(k int) (string, int)
	Code(k int) string
	Land(k int) bool
}

// The least count of the story's country, and how many times as often as
// any other country the article names it (stricter than the outlet's
// rule, which counts no bodies).
const (
	storyMin   = 3
	storyRatio = 3
)

// StoryCountry returns the Arab country an article with no country of its
// own (no outlet, or none that leads) is clearly about: the one that its
// places and the nisba adjectives of its lands (each mention) and its
// bodies (each body once: its clubs, ministries, companies, not the one
// body it keeps naming) name at least storyMin times, and storyRatio
// times as often as any other country. The adjective of a movement
// (الحوثية, الإخوانية) and an armed group (Armed: الحوثيون, حماس) name a
// side, not a nationality, and do not count. Its people with Arabic names
// that the text gives no nisba, no office and no body are its citizens
// (Compatriot): Arab news marks a foreigner, not a compatriot. "" when no
// Arab country leads so.
func StoryCountry(toks []news.Token, p Setting) string {
	var counts scene.Count
	named(toks, p, counts.Add)
	if c := counts.Country(scene.Rule{Min: storyMin, Ratio: storyRatio}); ArabState(c) {
		return c
	}
	return ""
}

// OwnCountry returns outlet, the Arab country of the paper, when it is
// the one Arab country an article names, by the places, land nisbas and
// bodies StoryCountry counts, though it may name non-Arab countries as
// often (a club's camp in Austria, a delegation's visit to France): the
// paper's story of its own country's matters. A nisba just before or
// after a person (person tells a token of a person's name: اللاعب السوري
// عمر السومة, سيف سلمان العراقي) is his nationality, by which the paper
// marks a foreigner, and names no country of the story. Its people with Arabic names
// that the text gives no nisba, no office and no body are the paper's
// compatriots (Compatriot): no other Arab country is there to claim them,
// and an Arab paper marks a foreigner, not a compatriot. "" when the
// story names another Arab country, or not the paper's, or the paper is
// unknown: an unknown paper's story of one Arab country among others may
// be of a foreign paper, its Arabic names of any Arab land.
func OwnCountry(toks []news.Token, p Setting, person func(k int) bool, outlet string) string {
	if !ArabState(outlet) {
		return ""
	}
	own, other := false, false
	named(toks, p, func(c string, k int) {
		if _, last := p.Nisba(k); last >= 0 && (k > 0 && person(k-1) || last+1 < len(toks) && person(last+1)) {
			return // السوري عمر السومة, سيف سلمان العراقي: a foreigner's nationality, not the story's country
		}
		own = own || c == outlet
		other = other || c != outlet && ArabState(c)
	})
	if own && !other {
		return outlet
	}
	return ""
}

// named calls add with each country an article names and the token where
// it names it, as StoryCountry counts them: a place, a land's nisba, each
// body once; not a faction's nisba nor an armed group.
func named(toks []news.Token, p Setting, add func(country string, k int)) {
	var seen map[string]bool
	for k := range toks {
		c, _ := p.Seat(k)
		if c == "" {
			if c, _ = p.Nisba(k); c != "" && !p.Land(k) {
				continue // الحوثية, الإخواني: a faction's adjective says whose side, not whose citizen
			}
		}
		if c == "" {
			var last int
			if c, last = p.Body(k); c != "" && Armed(p.Code(k)) {
				continue // الحوثيون, حماس: a rebel or armed group of a country is no body of its state
			}
			if c != "" {
				key := bodyKey(toks[k : last+1])
				if seen[key] {
					continue
				}
				if seen == nil {
					seen = map[string]bool{}
				}
				seen[key] = true
			}
		}
		if c != "" {
			add(c, k)
		}
	}
}

// Compatriot reports whether a person named name, of no country the text
// says, is a citizen of the Arab country of his story (StoryCountry): his
// name is built as Arabic names are, and is no foreigner's spelling.
func Compatriot(name, story string) bool {
	return Arabic(name) && !Stranger(name, story)
}

// Armed reports whether a CAMEO actor code is an armed group's: a rebel
// or insurgent movement (YEMREB, PSEREBHMS) or an unidentified armed force.
func Armed(code string) bool {
	if len(code) < 6 {
		return false
	}
	switch code[3:6] {
	case "REB", "INS", "UAF":
		return true
	}
	return false
}

// bodyKey is the normalised words of a body's name.
func bodyKey(toks []news.Token) string {
	var b strings.Builder
	for _, t := range toks {
		b.WriteString(t.Norm)
		b.WriteByte(' ')
	}
	return b.String()
}
