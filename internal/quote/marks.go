package quote

import (
	"strings"

	"rasad/internal/news"
)

// span is one quotation in quote marks: the token indices of its opening and
// closing marks (close is -1 when the mark is left open to the end of the
// line) and of its first and last inner tokens.
type span struct {
	open, close int
	first, last int
}

// closerOf returns the mark that closes an opening mark, and whether the
// mark opens a quotation at all. Symmetric marks (" ') close themselves.
func closerOf(mark string) (string, bool) {
	switch mark {
	case "«":
		return "»", true
	case "“":
		return "”", true
	case "„":
		return "“", true
	case "‘":
		return "’", true
	case "\"", "'", "”", "’", "»":
		// ” and ’ and » open a quotation only in texts that use them both ways.
		return mark, true
	}
	return "", false
}

// findSpans pairs the quote marks of each line and returns the outermost
// quotations in order. A quotation left open at the end of a line runs to the
// end of that line. Marks nested inside an outer quotation belong to it.
func findSpans(text string, toks []news.Token) []span {
	var out []span
	type open struct {
		at    int
		close string
	}
	var stack []open
	flush := func(lineEnd int) {
		if len(stack) > 0 {
			o := stack[0]
			if o.at+1 <= lineEnd {
				out = append(out, span{open: o.at, close: -1, first: o.at + 1, last: lineEnd})
			}
		}
		stack = stack[:0]
	}
	for i, t := range toks {
		if i > 0 && strings.IndexByte(text[toks[i-1].End:t.Start], '\n') >= 0 {
			flush(i - 1)
		}
		if t.Kind != news.Punctuation {
			continue
		}
		k := -1
		for j := len(stack) - 1; j >= 0; j-- {
			if stack[j].close == t.Text {
				k = j
				break
			}
		}
		if k >= 0 {
			if k == 0 && stack[0].at+1 <= i-1 {
				out = append(out, span{open: stack[0].at, close: i, first: stack[0].at + 1, last: i - 1})
			}
			stack = stack[:k]
			continue
		}
		if c, ok := closerOf(t.Text); ok && len(stack) < maxNesting {
			if t.Text == "»" || t.Text == "”" || t.Text == "’" {
				// A closing mark with nothing open: it opens only when it
				// has a partner later on the line; leave that to pairing.
				if !partnerAhead(text, toks, i, t.Text) {
					continue
				}
			}
			stack = append(stack, open{i, c})
		}
	}
	if len(toks) > 0 {
		flush(len(toks) - 1)
	}
	return out
}

// maxNesting bounds how deep quotations nest; deeper marks are ignored, so
// that pairing stays linear on any input.
const maxNesting = 8

// maxQuoteLookahead bounds the search for the partner of a stray mark.
const maxQuoteLookahead = 400

// partnerAhead reports whether mark occurs again on the same line after
// token i.
func partnerAhead(text string, toks []news.Token, i int, mark string) bool {
	for j := i + 1; j < len(toks) && j < i+maxQuoteLookahead; j++ {
		if strings.IndexByte(text[toks[j-1].End:toks[j].Start], '\n') >= 0 {
			return false
		}
		if toks[j].Text == mark {
			return true
		}
	}
	return false
}
