package when

import (
	"strings"

	"rasad/internal/arabic"
	"rasad/internal/news"
)

// placeNouns are the nouns of a quarter, a street, a square, a bridge or a
// town that take a name after them (normalised): a date right after one
// is that name (قرب حي واحد حزيران, ميدان 6 أكتوبر, مدينة 6 أكتوبر,
// جسر 14 تموز), no date the text gives.
var placeNouns = func() []string {
	var out []string
	for _, w := range []string{"حي", "شارع", "ساحة", "جسر", "ميدان", "مدينة", "مخيم"} {
		out = append(out, arabic.Normalize(w))
	}
	return out
}()

// placeName reports whether the expression that starts at token i follows
// a noun of place (placeNouns) without the article, written alone or with
// the conjunction or a preposition before it (وبحي, لشارع), past a day
// written before a month (حي واحد حزيران).
func (s *scanner) placeName(i int) bool {
	if i > 0 && (s.toks[i-1].Kind == news.Number || s.is(i-1, kNumber)) {
		i-- // حي واحد حزيران: the day written before the month
	}
	if i == 0 || s.toks[i-1].Kind != news.Word {
		return false
	}
	norm := s.toks[i-1].Norm
	for _, p := range placeNouns {
		// a noun with the article (في الشارع يوم 6 أكتوبر) takes no name after it
		if rest, ok := strings.CutSuffix(norm, p); ok && len(rest) <= 6 && strings.Trim(rest, "وفبلك") == "" && !strings.HasSuffix(rest, "لل") {
			return true
		}
	}
	return false
}
