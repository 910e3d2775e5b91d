package byline

import (
	"strings"

	"rasad/internal/actor"
	"rasad/internal/entity/shape"
	"rasad/internal/lexicon"
	"rasad/internal/news"
)

// Dateline reads the dateline that opens an article, on the text's
// first line or the one under its headline: the line up to a colon or a
// slash, or the whole line when short, in parts between dashes (سبق-
// الرياض:, واس - جدة /, فهد العتيبي - سبق - الطائف:, عين اليوم – لندن),
// or a date followed by the agency (الرياض 26 شوال 1436 هـ … 2015 م واس).
// It returns the country of the paper or agency a part names (the
// lexicon's class outlet:CODE: سبق, واس SAU, قنا QAT), and that of the
// city a part names (a city or region of the gazetteer). A part that is
// both a title and a city is the city (سبق- الرياض:, محمد السالم -
// المدينة:), unless another part is a city too (الدوحة - قنا: the agency,
// not Qena). A part the lexicon does not know as an outlet (متابعات,
// وكالات, رويترز) names none: the world's wires are left out of the
// lexicon's outlets, as their readers are no one country's. wkeys are the
// tokens' search keys; "" for what the dateline does not name.
func Dateline(g *actor.Gazetteer, lx *lexicon.Lexicon, text string, toks []news.Token, wkeys []string) (outlet, city string) {
	for i, lines := 0, 0; i < len(toks) && lines < 2; i++ { // the text's first line, or the one under its headline
		if i > 0 && !strings.Contains(text[toks[i-1].End:toks[i].Start], "\n") {
			continue
		}
		lines++
		o, c := datelineAt(g, lx, text, toks, wkeys, i)
		if outlet == "" {
			outlet = o
		}
		if city == "" {
			city = c
		}
	}
	return outlet, city
}

// datelineAt is Dateline for a line that opens at token i.
func datelineAt(g *actor.Gazetteer, lx *lexicon.Lexicon, text string, toks []news.Token, wkeys []string, i int) (outlet, city string) {
	for i < len(toks) && toks[i].Kind == news.Latin { // Next Previous, a page's leftovers
		i++
	}
	end, dashed, numbers := -1, false, 0
	for k := i; k <= len(toks) && k-i < maxDatelineTokens; k++ {
		if k == len(toks) || k > i && strings.Contains(text[toks[k-1].End:toks[k].Start], "\n") {
			end = k // a line of its own (عين اليوم – لندن, then the text)
			break
		}
		if t := toks[k]; t.Kind == news.Punctuation && (t.Text == ":" || t.Text == "/") {
			end = k
			break
		}
		dashed = dashed || shape.Dash(toks[k])
		if toks[k].Kind == news.Number {
			numbers++
		}
	}
	if end < 0 {
		return "", ""
	}
	type reading struct{ outlet, city string }
	var parts []reading
	places := 0
	for first := i; first < end; {
		last := first
		for last < end && toks[last].Kind == news.Word {
			last++
		}
		dated := !dashed && numbers > 1 && last == end && first > i && toks[first-1].Kind == news.Number // الرياض 26 شوال 1436 هـ … 2015 م واس: a date, then the agency
		if last > first && last-first <= maxTitleWords && (dashed || dated) {
			r := reading{city: place(g, wkeys[first:last])}
			if r.outlet = Outlet(lx, text[toks[first].Start:toks[last-1].End]); r.outlet == "" && dated && place(g, wkeys[last-1:last]) == "" {
				r.outlet = Outlet(lx, text[toks[last-1].Start:toks[last-1].End])
			}
			if r.city != "" {
				places++
			}
			parts = append(parts, r)
		}
		first = last + 1
	}
	for _, r := range parts {
		switch {
		case r.outlet != "" && (r.city == "" || places > 1): // الدوحة - قنا: Qena is a city too, but the dateline has its city
			if outlet == "" {
				outlet = r.outlet
			}
		case r.city != "" && dashed && city == "":
			city = r.city
		}
	}
	return outlet, city
}

// place returns the country of the city or region the gazetteer knows by
// keys, whole, or "".
func place(g *actor.Gazetteer, keys []string) string {
	n, hits := g.Match(keys)
	if n != len(keys) || len(hits) == 0 {
		return ""
	}
	if a := hits[0].Actor; !hits[0].Adjective && (a.Type == actor.City || a.Type == actor.Place) {
		return a.Country
	}
	return ""
}

// maxDatelineTokens is the most tokens of a dateline, its colon or slash
// included (الرياض 26 شوال 1436 هـ الموافق 11 أغسطس 2015 م واس /).
const maxDatelineTokens = 16
