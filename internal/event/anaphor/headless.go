package anaphor

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"rasad/internal/arabic"
	"rasad/internal/news"
)

// headless returns the index in doc.Entities of the group whose name the
// words opening at tok repeat without its head noun (heads): after تنظيم
// الدولة الإسلامية, «مقاتلو الدولة الإسلامية» are the Islamic State's;
// after حزب العدالة والتنمية, «العدالة والتنمية» is the party. A name so
// shortened is the group's only when it keeps two words or more, the first
// with the article (حزب الله is not «الله»), spelled as the article spelled
// it, a conjunction (و, ف) before it aside; the group is an organisation
// with an actor, named so before tok, the last such. -1 if none.
func headless(doc *news.Document, tok *news.Token) int {
	if tok.Start >= len(doc.Text) {
		return -1
	}
	text := doc.Text[tok.Start:]
	if r, n := utf8.DecodeRuneInString(text); r == 'و' || r == 'ف' {
		if !strings.HasPrefix(text[n:], "ال") {
			return -1
		}
		text = text[n:]
	} else if !strings.HasPrefix(text, "ال") {
		return -1
	}
	best, at := -1, -1
	for ei, e := range doc.Entities {
		if e.Type != news.ORG || e.Actor == "" {
			continue
		}
		for _, m := range e.Mentions {
			if m.End > tok.Start || m.Start <= at {
				continue
			}
			head, rest, ok := strings.Cut(m.Text, " ")
			if !ok || heads[arabic.Normalize(head)] == "" || !strings.HasPrefix(rest, "ال") || !strings.Contains(rest, " ") || !strings.HasPrefix(text, rest) {
				continue
			}
			if next, _ := utf8.DecodeRuneInString(text[len(rest):]); len(text) > len(rest) && (unicode.IsLetter(next) || unicode.Is(unicode.Mn, next)) {
				continue // (a longer word: الدولة الإسلاميةَ aside, the name goes on)
			}
			best, at = ei, m.Start
		}
	}
	return best
}
