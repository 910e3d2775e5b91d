package eval

import (
	"bufio"
	"fmt"
	"io"
	"strings"

	"rasad/internal/news"
)

// WojoodSentence is one sentence of the Wojood nested NER corpus: its tokens
// joined by single spaces, and the byte spans of its gold DATE mentions.
type WojoodSentence struct {
	Text  string
	Dates []news.Span
}

// ReadWojood reads Wojood's CoNLL-like format: one token a line followed by
// its tags (several for nested mentions: "الأسد I-ORG B-PERS"), a blank line
// between sentences. A DATE mention runs from a token tagged B-DATE over the
// tokens tagged I-DATE after it; a DATE nested in another DATE ends with the
// outer one. name is for error messages.
func ReadWojood(r io.Reader, name string) ([]WojoodSentence, error) {
	var (
		out    []WojoodSentence
		words  []string
		tags   [][]string
		lineNo int
	)
	flush := func() {
		if len(words) > 0 {
			out = append(out, wojoodSentence(words, tags))
		}
		words, tags = words[:0], tags[:0]
	}
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 64*1024), 1<<20)
	for sc.Scan() {
		lineNo++
		f := strings.Fields(sc.Text())
		if len(f) == 0 {
			flush()
			continue
		}
		if len(f) < 2 {
			return nil, fmt.Errorf("read wojood %s:%d: want a token and its tags, got %q", name, lineNo, sc.Text())
		}
		words = append(words, f[0])
		tags = append(tags, f[1:])
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("read wojood %s: %w", name, err)
	}
	flush()
	return out, nil
}

func wojoodSentence(words []string, tags [][]string) WojoodSentence {
	var b strings.Builder
	starts := make([]int, len(words))
	for i, w := range words {
		if i > 0 {
			b.WriteByte(' ')
		}
		starts[i] = b.Len()
		b.WriteString(w)
	}
	s := WojoodSentence{Text: b.String()}
	hasTag := func(i int, t string) bool {
		for _, x := range tags[i] {
			if x == t {
				return true
			}
		}
		return false
	}
	for i := range words {
		if !hasTag(i, "B-DATE") {
			continue
		}
		j := i + 1
		for j < len(words) && hasTag(j, "I-DATE") {
			j++
		}
		s.Dates = append(s.Dates, news.Span{Start: starts[i], End: starts[j-1] + len(words[j-1])})
	}
	return s
}

// DateScore counts date mentions matched by overlap: a gold mention is
// found when a system span overlaps it, a system span is right when it
// overlaps a gold mention.
type DateScore struct {
	Sentences     int
	Gold, Found   int // gold mentions, and those a system span overlaps
	System, Right int // system spans, and those that overlap a gold mention
}

// Precision is Right/System in percent.
func (d DateScore) Precision() float64 { return percent(d.Right, d.System) }

// Recall is Found/Gold in percent.
func (d DateScore) Recall() float64 { return percent(d.Found, d.Gold) }

// F1 is the harmonic mean of precision and recall.
func (d DateScore) F1() float64 {
	return f1(d.Precision(), d.Recall())
}

// Dates scores spans, a function that returns the time expressions of a
// text, against the gold DATE mentions of sents.
func Dates(sents []WojoodSentence, spans func(text string) []news.Span) DateScore {
	var sc DateScore
	for _, s := range sents {
		sys := spans(s.Text)
		sc.Sentences++
		sc.Gold += len(s.Dates)
		sc.System += len(sys)
		for _, g := range s.Dates {
			if overlapsAny(g, sys) {
				sc.Found++
			}
		}
		for _, p := range sys {
			if overlapsAny(p, s.Dates) {
				sc.Right++
			}
		}
	}
	return sc
}

func overlapsAny(a news.Span, bs []news.Span) bool {
	for _, b := range bs {
		if a.Start < b.End && b.Start < a.End {
			return true
		}
	}
	return false
}

// Write prints the counts as a comment and the scores, F1 last:
//
//	DATE  P 71.2  R 91.0  F1 79.9
func (d DateScore) Write(w io.Writer) error {
	if _, err := fmt.Fprintf(w, "# %d sentences, %d gold DATE mentions (%d found), %d system spans (%d right)\n",
		d.Sentences, d.Gold, d.Found, d.System, d.Right); err != nil {
		return err
	}
	_, err := fmt.Fprintf(w, "DATE  P %.1f  R %.1f  F1 %.1f\n", d.Precision(), d.Recall(), d.F1())
	return err
}

// WriteDateDiff prints each gold mention that no system span overlaps and
// each system span that overlaps no gold mention, for tuning.
func WriteDateDiff(w io.Writer, sents []WojoodSentence, spans func(text string) []news.Span) error {
	for _, s := range sents {
		sys := spans(s.Text)
		for _, g := range s.Dates {
			if !overlapsAny(g, sys) {
				if _, err := fmt.Fprintf(w, "missed\t%s\t%s\n", s.Text[g.Start:g.End], s.Text); err != nil {
					return err
				}
			}
		}
		for _, p := range sys {
			if !overlapsAny(p, s.Dates) {
				if _, err := fmt.Fprintf(w, "extra\t%s\t%s\n", s.Text[p.Start:p.End], s.Text); err != nil {
					return err
				}
			}
		}
	}
	return nil
}
