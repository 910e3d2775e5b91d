package eval

import (
	"fmt"
	"io"
	"strings"
)

// NERCounts are the counts of one entity type: spans predicted, spans in the
// gold data, and spans that match exactly in span and type.
type NERCounts struct {
	Pred, Gold, Correct int
}

// Add adds c to n.
func (n *NERCounts) Add(c NERCounts) {
	n.Pred += c.Pred
	n.Gold += c.Gold
	n.Correct += c.Correct
}

// Precision, Recall and F1 are percentages (0 when undefined).
func (n NERCounts) Precision() float64 { return percent(n.Correct, n.Pred) }

// Recall is the share of gold spans found, in percent.
func (n NERCounts) Recall() float64 { return percent(n.Correct, n.Gold) }

// F1 is the harmonic mean of precision and recall, in percent.
func (n NERCounts) F1() float64 {
	return f1(n.Precision(), n.Recall())
}

// NERTypes are the types scored; micro F1 is over the first three, MISC is
// reported apart.
var NERTypes = []string{"PER", "LOC", "ORG", "MISC"}

// NERScore holds counts by entity type.
type NERScore map[string]*NERCounts

// Micro sums the counts of PER, LOC and ORG.
func (s NERScore) Micro() NERCounts {
	var m NERCounts
	for _, t := range NERTypes[:3] {
		if c := s[t]; c != nil {
			m.Add(*c)
		}
	}
	return m
}

// ScoreBIO adds to s the exact-match counts of one sentence's predicted BIO
// tags against its gold tags (tags like B-PER, I-PER, O).
func (s NERScore) ScoreBIO(gold, pred []string) {
	g, p := bioSpans(gold), bioSpans(pred)
	for _, sp := range g {
		s.counts(sp.typ).Gold++
	}
	for _, sp := range p {
		s.counts(sp.typ).Pred++
		if g[sp.key()] == sp {
			s.counts(sp.typ).Correct++
		}
	}
}

func (s NERScore) counts(t string) *NERCounts {
	c := s[t]
	if c == nil {
		c = &NERCounts{}
		s[t] = c
	}
	return c
}

type bioSpan struct {
	start, end int
	typ        string
}

func (b bioSpan) key() [2]int { return [2]int{b.start, b.end} }

// bioSpans reads spans from BIO tags, keyed by their token range. A span
// starts at B-X or at an I-X that does not continue X, and runs through the
// I-X that follow.
func bioSpans(tags []string) map[[2]int]bioSpan {
	out := make(map[[2]int]bioSpan)
	for i := 0; i < len(tags); i++ {
		bi, typ, ok := strings.Cut(tags[i], "-")
		if !ok || (bi != "B" && bi != "I") {
			continue
		}
		j := i
		for j+1 < len(tags) && tags[j+1] == "I-"+typ {
			j++
		}
		sp := bioSpan{i, j + 1, typ}
		out[sp.key()] = sp
		i = j
	}
	return out
}

// WriteNER prints a line per type and the micro line last:
// "PER    P 80.2  R 77.9  F1 79.0"; MISC is printed apart from the micro
// figure, which covers PER, LOC and ORG.
func (s NERScore) WriteNER(w io.Writer) error {
	line := func(name string, c NERCounts) error {
		_, err := fmt.Fprintf(w, "%-6s P %5.1f  R %5.1f  F1 %5.1f\n", name, c.Precision(), c.Recall(), c.F1())
		return err
	}
	for _, t := range NERTypes {
		c := NERCounts{}
		if p := s[t]; p != nil {
			c = *p
		}
		if err := line(t, c); err != nil {
			return err
		}
	}
	return line("micro", s.Micro())
}
