package article

import (
	"strings"
	"unicode/utf8"
)

// Dateline returns the outlet that a dateline at the head of a paragraph of
// body names, or "". It reads the first paragraphs only, in the two forms
// Arabic news uses:
//
//	إيصال نيوز/ أشاد وزير الدفاع ...     → "إيصال نيوز"
//	موسكو (رويترز) - قال ...             → "رويترز"
func Dateline(body string) string {
	for i, para := range strings.SplitN(body, "\n", 4) {
		if i == 3 {
			break
		}
		para = strings.TrimSpace(para)
		if s := slashDateline(para); s != "" {
			return s
		}
		if s := parenDateline(para); s != "" {
			return s
		}
	}
	return ""
}

// slashDateline reads "OUTLET/ text": one to three words, a slash, a space.
func slashDateline(p string) string {
	head, rest, ok := strings.Cut(p, "/")
	if !ok || !strings.HasPrefix(rest, " ") || strings.HasSuffix(head, " ") {
		return ""
	}
	return outletName(head, 3)
}

// parenDateline reads "CITY (OUTLET) - text".
func parenDateline(p string) string {
	open := strings.IndexByte(p, '(')
	if open <= 0 || open > 60 {
		return ""
	}
	inner, rest, ok := strings.Cut(p[open+1:], ")")
	if !ok {
		return ""
	}
	rest = strings.TrimSpace(rest)
	if r, _ := utf8.DecodeRuneInString(rest); r != '-' && r != '–' && r != '—' && r != ':' {
		return ""
	}
	if outletName(p[:open], 3) == "" {
		return ""
	}
	return outletName(inner, 4)
}

// outletName returns s trimmed when it is a short run of words with no
// sentence punctuation in it.
func outletName(s string, maxWords int) string {
	s = strings.TrimSpace(s)
	if s == "" || strings.ContainsAny(s, ".,،:؛!?؟\"«»") {
		return ""
	}
	if n := len(strings.Fields(s)); n == 0 || n > maxWords {
		return ""
	}
	return strings.Join(strings.Fields(s), " ")
}
