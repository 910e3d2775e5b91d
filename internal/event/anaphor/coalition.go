package anaphor

import (
	"slices"
	"strings"
	"unicode"

	"rasad/internal/arabic"
	"rasad/internal/lexicon"
	"rasad/internal/news"
)

// Coalition returns the index in doc.Entities of the coalition that the
// bare «التحالف» refers back to (قصف التحالف, وشن طيران التحالف غارات): a
// definite noun without a qualifier names the one the article has named
// by a name that opens with it (التحالف العربي), when it names one such
// only and not the international coalition in Syria and Iraq (التحالف
// الدولي), which is «التحالف» too; -1 for any other name or article.
//
// The bare air force (الطيران, الطائرات, المقاتلات) refers back to the
// coalition's when the article names the coalition's aircraft by the same
// noun (وكان طيران التحالف قصف ... وشن الطيران غارات) and no other air
// force (الطيران الروسي, طيران النظام): a definite noun refers to the
// one named with it before.
func Coalition(doc *news.Document, name string) int {
	if !bareCoalition(doc, name) {
		return -1
	}
	found := -1
	for ei, e := range doc.Entities {
		named := namesCoalition(e)
		if named && found >= 0 {
			return -1 // two coalitions: which one is not said
		}
		if named {
			found = ei
		}
	}
	return found
}

// CoalitionCountry returns the country of the coalition that the bare
// «التحالف» or its arms (طيران التحالف, the bare الطيران after it, as for
// Coalition) are when the article names no coalition by a name: in a report
// on the war in Yemen (set in Yemen, or naming the Houthis) the coalition
// is the Saudi-led one, Saudi Arabia's; "" for any other name, for an
// article on another war, or one that names a coalition by its name
// (Coalition decides) or the international one (التحالف الدولي, US-led).
func CoalitionCountry(doc *news.Document, name string) string {
	if !bareCoalition(doc, name) || slices.ContainsFunc(doc.Entities, namesCoalition) {
		return ""
	}
	houthis := slices.ContainsFunc(doc.Entities, func(e news.Entity) bool { return e.Actor == "YEMREB" })
	if houthis || sceneCountry(doc) == "YEM" {
		return "SAU"
	}
	return ""
}

// bareCoalition reports whether name is the coalition with no qualifier
// (التحالف, والتحالف) or its arms (طيران التحالف, قوات التحالف), or the bare
// air force after the coalition's by the same noun, in an article that does
// not name the international coalition.
func bareCoalition(doc *news.Document, name string) bool {
	w := strings.Fields(lexicon.NameStem(name)) // (a name as text: lexicon reads it as the segmenter does)
	var text string                             // the article normalised, once a name's shape asks for it
	if len(w) == 1 && strings.HasPrefix(w[0], "ال") && lexicon.Default().Has(w[0][len("ال"):], "coalition-air") {
		head := w[0][len("ال"):]
		text = arabic.Normalize(doc.Text)
		if !strings.Contains(text, head+" "+coalition) || otherAirForce(doc, text, head) {
			return false
		}
		w = []string{head, coalition}
	}
	if len(w) == 0 || len(w) > 2 || w[len(w)-1] != coalition || len(w) == 2 && !lexicon.Default().Has(w[0], "coalition-arm") {
		return false
	}
	if text == "" {
		text = arabic.Normalize(doc.Text)
	}
	return !strings.Contains(text, coalition+" الدولي")
}

// namesCoalition reports whether e is a body with an actor that the article
// names by a name opening with التحالف (التحالف العربي).
func namesCoalition(e news.Entity) bool {
	return e.Type == news.ORG && e.Actor != "" && slices.ContainsFunc(e.Mentions, func(m news.Mention) bool {
		f := strings.Fields(lexicon.NameStem(m.Text))
		return len(f) > 1 && f[0] == coalition // (والتحالف, بالتحالف, للتحالف)
	})
}

// coalition is التحالف as Normalize writes it.
var coalition = arabic.Normalize("التحالف")

// otherAirForce reports whether the article, normalised as text, names an
// air force other than the coalition's by the noun head (طيران, طائرات,
// مقاتلات): the noun
// before a name or a nisba of a place or a body (الطيران الروسي, طائرات
// إسرائيلية), or before النظام (طيران النظام).
func otherAirForce(doc *news.Document, text, head string) bool {
	if strings.Contains(text, head+" النظام") || strings.Contains(text, head+" الاسد") {
		return true
	}
	for _, e := range doc.Entities {
		for _, m := range e.Mentions {
			if m.Start > len(doc.Text) {
				continue
			}
			f := strings.Fields(arabic.Normalize(lastField(doc.Text[:m.Start])))
			if len(f) == 0 {
				f = strings.Fields(arabic.Normalize(doc.Text[:m.Start])) // (a last field that normalises to nothing, a lone tatweel)
			}
			if len(f) == 0 {
				continue
			}
			if last := f[len(f)-1]; strings.HasSuffix(last, head) && (arabic.WithoutArticle(last) == head || arabic.WithoutArticle(lexicon.NameStem(last)) == head) && !strings.Contains(arabic.Normalize(m.Text), coalition) {
				return true
			}
		}
	}
	return false
}

// lastField returns the last whitespace-separated field of s with what
// follows it: the word before a mention, read without normalising all the
// text before it (once per mention, that was quadratic in the article).
func lastField(s string) string {
	t := strings.TrimRightFunc(s, unicode.IsSpace)
	return s[strings.LastIndexFunc(t, unicode.IsSpace)+1:]
}
