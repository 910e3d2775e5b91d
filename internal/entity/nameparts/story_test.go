package nameparts_test

import (
	"strconv"
	"strings"
	"testing"

	"rasad/internal/actor"
	"rasad/internal/arabic"
	"rasad/internal/entity/nameparts"
	"rasad/internal/lexicon"
	"rasad/internal/news"
	"rasad/internal/tabletest"
)

// TestStoryCountry runs StoryCountry on the texts of
// testdata/storycountry.tsv, whose places, nisbas and bodies the
// gazetteer finds (gazetteerWords), OwnCountry on the outlet|text rows of
// testdata/owncountry.tsv (a person: a given name the lexicon knows and
// the word after it), and Compatriot on the name|country
// rows of testdata/compatriot.tsv.
func TestStoryCountry(t *testing.T) {
	tabletest.Strings(t, "StoryCountry", func(text string) string {
		toks := lexicon.Tokens(text)
		return nameparts.StoryCountry(toks, gazetteerWords(toks))
	}, tabletest.Rows(t, "testdata/storycountry.tsv"))
	tabletest.Strings(t, "OwnCountry", func(in string) string {
		outlet, text, _ := strings.Cut(in, "|")
		toks := lexicon.Tokens(text)
		person := func(k int) bool { // a given name the lexicon knows and the word after it
			return nameparts.GivenName(lexicon.Default(), toks[k]) || k > 0 && nameparts.GivenName(lexicon.Default(), toks[k-1])
		}
		return nameparts.OwnCountry(toks, gazetteerWords(toks), person, outlet)
	}, tabletest.Rows(t, "testdata/owncountry.tsv"))
	tabletest.Strings(t, "Compatriot", func(in string) string {
		name, country, _ := strings.Cut(in, "|")
		return strconv.FormatBool(nameparts.Compatriot(name, country))
	}, tabletest.Rows(t, "testdata/compatriot.tsv"))
}

// gazetteerWords is a Setting that reads each word, without its clitics,
// as the gazetteer's one-word name or nisba: a known place is a Seat, an
// organisation a Body, an adjective a Nisba.
type gazetteerWords []news.Token

func (g gazetteerWords) hit(k int) (actor.Hit, bool) {
	if g[k].Kind != news.Word {
		return actor.Hit{}, false
	}
	stem, _ := lexicon.StemOf(&g[k])
	n, hits := actor.Default().Match([]string{arabic.SearchKey(stem)})
	if n != 1 || len(hits) == 0 {
		return actor.Hit{}, false
	}
	return hits[0], true
}

func (g gazetteerWords) Seat(k int) (string, int) {
	if h, ok := g.hit(k); ok && !h.Adjective && h.Actor.Type != actor.Org && h.Actor.Type != actor.Person {
		return h.Actor.Country, k
	}
	return "", -1
}

func (g gazetteerWords) Nisba(k int) (string, int) {
	if h, ok := g.hit(k); ok && h.Adjective {
		return h.Actor.Country, k
	}
	return "", -1
}

func (g gazetteerWords) Body(k int) (string, int) {
	if h, ok := g.hit(k); ok && !h.Adjective && h.Actor.Type == actor.Org {
		return h.Actor.Country, k
	}
	return "", -1
}

func (g gazetteerWords) Code(k int) string {
	h, _ := g.hit(k)
	if h.Actor == nil {
		return ""
	}
	return h.Actor.Code
}

func (g gazetteerWords) Land(k int) bool {
	h, ok := g.hit(k)
	return ok && h.Actor.Type != actor.Org
}
