package when

import (
	"strings"

	"rasad/internal/news"
)

// Corrected reports whether the date expression d of text is followed at
// once by another of dates in parentheses (صباح اليوم (أمس), فجر هذا اليوم
// (أمس)): the writer's day, corrected for the reader of the next day's
// paper. The act told with it is of the day in parentheses, not of d.
func Corrected(text string, d news.Date, dates []news.Date) bool {
	if d.End >= len(text) {
		return false
	}
	rest := strings.TrimLeft(text[d.End:], " ")
	if !strings.HasPrefix(rest, "(") {
		return false
	}
	at := len(text) - len(rest) + len("(")
	for _, e := range dates {
		if e.Start >= at && strings.TrimSpace(text[at:e.Start]) == "" && strings.HasPrefix(strings.TrimLeft(text[e.End:], " "), ")") {
			return true
		}
	}
	return false
}
