package arabic

import (
	_ "embed"
	"strings"

	"rasad/internal/news"
)

// abbreviations end with a period that does not end a sentence
// (data/abbreviations.txt). Single letters (أ. د. J.) are abbreviations
// too and need no entry.
var abbreviations = func() map[string]bool {
	m := map[string]bool{}
	for _, line := range strings.Split(abbreviationList, "\n") {
		if !strings.HasPrefix(line, "#") {
			for _, w := range strings.Fields(line) {
				m[w] = true
			}
		}
	}
	return m
}()

//go:embed data/abbreviations.txt
var abbreviationList string

// Sentences splits text, already cut into toks by Tokenize, into sentences.
// A line break always ends a sentence, so a title line is a sentence of its
// own. Within a line a sentence ends at . ! ? ؟ and their runs, except:
//   - inside a quotation that closes on the same line ("... الحرب الباردة.. إنها ...");
//   - at an ellipsis (.. ... …), which continues the sentence;
//   - after an abbreviation or a single letter (د. J. U.S.);
//   - between digits (19.5 is one number token, so it never arrives here).
//
// Closing quotes and brackets that follow the terminator stay with the
// sentence it ends.
func Sentences(text string, toks []news.Token) []news.Sentence {
	var out []news.Sentence
	forLines(text, toks, func(line []news.Token) { out = splitLine(text, line, out) })
	return out
}

// forLines calls fn with the tokens of each line of text in turn.
func forLines(text string, toks []news.Token, fn func(line []news.Token)) {
	lineStart := 0
	for i := 1; i <= len(toks); i++ {
		if i < len(toks) && !strings.Contains(text[toks[i-1].End:toks[i].Start], "\n") {
			continue
		}
		fn(toks[lineStart:i])
		lineStart = i
	}
}

func splitLine(text string, line []news.Token, out []news.Sentence) []news.Sentence {
	quoted := quotedTokens(line)
	start := 0
	for i := 0; i < len(line); i++ {
		if !endsSentence(text, line, i) || quoted[i] {
			continue
		}
		end := i
		for end+1 < len(line) && isCloser(line[end+1].Text) && !quoted[end+1] && line[end+1].Start == line[end].End {
			end++
		}
		out = append(out, news.Sentence{Start: line[start].Start, End: line[end].End})
		start, i = end+1, end
	}
	if start < len(line) {
		out = append(out, news.Sentence{Start: line[start].Start, End: line[len(line)-1].End})
	}
	return out
}

func endsSentence(text string, line []news.Token, i int) bool {
	t := line[i]
	if t.Kind != news.Punctuation {
		return false
	}
	switch t.Text {
	case "!", "?", "؟", "!!", "??", "؟؟", "!!!", "???", "۔":
		return true
	case ".":
		if i == 0 {
			return false
		}
		prev := line[i-1]
		if prev.End != t.Start {
			return true
		}
		if (prev.Kind == news.Word || prev.Kind == news.Latin) && (OneRune(prev.Norm) || abbreviations[prev.Norm]) {
			// An abbreviation, unless the line goes on with nothing after it.
			return i == len(line)-1
		}
		return true
	}
	if len(t.Text) > 0 && (t.Text[0] == '!' || t.Text[0] == '?') {
		return true
	}
	return false
}

func isCloser(s string) bool {
	switch s {
	case "»", "”", "\"", ")", "]", "’", "›", "'":
		return true
	}
	return false
}

// quotedTokens marks the tokens that stand strictly inside a quotation that
// opens and closes within the line: «…», “…”, „…“ and "…". A quote mark left
// open at the end of the line quotes nothing.
func quotedTokens(line []news.Token) []bool {
	var q []bool
	var stack []openQuote
	for i, t := range line {
		if t.Kind != news.Punctuation {
			continue
		}
		if k := closes(stack, t.Text); k >= 0 {
			if q == nil {
				q = make([]bool, len(line))
			}
			for j := stack[k].at + 1; j < i; j++ {
				q[j] = true
			}
			stack = stack[:k]
			continue
		}
		switch t.Text {
		case "«":
			stack = append(stack, openQuote{i, "»"})
		case "“":
			stack = append(stack, openQuote{i, "”"})
		case "„":
			stack = append(stack, openQuote{i, "“"})
		case "\"":
			stack = append(stack, openQuote{i, "\""})
		}
	}
	if q == nil {
		return make([]bool, len(line))
	}
	return q
}

type openQuote struct {
	at    int    // the token index of the opening mark
	close string // the mark that closes it
}

// closes returns the index in stack of the innermost quotation that mark
// closes, or -1.
func closes(stack []openQuote, mark string) int {
	for k := len(stack) - 1; k >= 0; k-- {
		if stack[k].close == mark {
			return k
		}
	}
	return -1
}

// Quoted reports, for each token of toks, whether it stands inside a
// quotation that opens and closes on the same line («…», “…”, „…“, "…"),
// the quote marks themselves excluded.
func Quoted(text string, toks []news.Token) []bool {
	out := make([]bool, 0, len(toks))
	forLines(text, toks, func(line []news.Token) { out = append(out, quotedTokens(line)...) })
	return out
}
