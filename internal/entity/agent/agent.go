// Package agent reads the agent nouns of the gazetteer (package actor) in
// a text: the CAMEO agent code of a noun as written, without its proclitics
// or as the head of an idafa without its article (الجيش → MIL, لنظام →
// GOV), and the noun of an armed group (ميليشيا, تنظيم) with the group the
// gazetteer knows by it and a quoted name (ميليشيا «الدفاع الوطني»).
package agent

import (
	"rasad/internal/actor"
	"rasad/internal/arabic"
	"rasad/internal/entity/shape"
	"rasad/internal/lexicon"
	"rasad/internal/news"
)

// Code returns the CAMEO agent code of an agent noun, as written,
// without its proclitics or as the head of an idafa without its article
// (الجيش → MIL, الوزارة → GOV, لنظام → GOV), or "":
// the head of an institution's name, or the word before a ruler's name.
func Code(g *actor.Gazetteer, tok news.Token) string {
	keys := []string{arabic.SearchKey(tok.Norm)}
	if sk, _ := shape.StemKey(tok); sk != "" {
		keys = append(keys, sk)
	}
	// The head of an idafa drops the article (نظام الأسد): the noun is
	// the agent that the gazetteer lists with it (النظام).
	if k := keys[len(keys)-1]; !arabic.Definite(k) {
		keys = append(keys, shape.Article+k)
	}
	for _, k := range keys {
		if n, hits := g.MatchAgent([]string{k}); n == 1 && len(hits) > 0 && hits[0].Actor.Type == actor.Agent {
			return hits[0].Actor.Code
		}
	}
	return ""
}

// ArmedNamed returns the organisation the gazetteer knows by the noun of
// an armed group at token head followed by the words first..last (wkeys:
// the search keys of toks), or nil.
func ArmedNamed(g *actor.Gazetteer, toks []news.Token, wkeys []string, head, first, last int) *actor.Actor {
	key := wkeys[head]
	if sk, _ := shape.StemKey(toks[head]); sk != "" {
		key = sk
	} else if rest, prep := arabic.KeptPreposition(&toks[head]); prep != "" {
		key = arabic.SearchKey(rest)
	}
	keys := append([]string{key}, wkeys[first:last+1]...)
	if n, hits := g.Match(keys); n == len(keys) && hits[0].Actor.Type == actor.Org && !hits[0].Adjective {
		return hits[0].Actor
	}
	return nil
}

// ArmedHead reports whether a word is the noun of an armed group: a head
// of an organisation's name (org-cue) whose agent code is that of rebels
// or armed men (ميليشيا, تنظيم, جماعة, فصيل).
func ArmedHead(g *actor.Gazetteer, tok *news.Token) bool {
	lx := lexicon.Default()
	if w, _ := lx.Stem(tok); !w.Has("org-cue") {
		// A ب or ل the segmenter left on a noun it does not know in this
		// spelling (بميليشيا).
		rest, prep := arabic.KeptPreposition(tok)
		if prep == "" || len(tok.Parts) > 1 || !lx.Word(rest).Has("org-cue") {
			return false
		}
		tok = &news.Token{Kind: tok.Kind, Norm: rest, Text: rest}
	}
	switch Code(g, *tok) {
	case "REB", "UAF", "MIL":
		return true
	}
	return false
}
