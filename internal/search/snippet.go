package search

import (
	"encoding/binary"
	"errors"
	"strings"

	"rasad/internal/news"
)

// Snippet is a part of a document's original text around its matches.
type Snippet struct {
	Text       string      `json:"text"`       // a slice of the original text
	Start      int         `json:"start"`      // where Text starts in the document, in bytes
	Before     bool        `json:"before"`     // text was cut before Text
	After      bool        `json:"after"`      // text was cut after Text
	Highlights []news.Span `json:"highlights"` // the matches, byte offsets into Text
}

// Mark returns the snippet's text with each highlight between open and
// close, and "…" where text was cut. It does no escaping: a web page should
// escape the pieces between Highlights itself.
func (s Snippet) Mark(open, close string) string {
	var b strings.Builder
	if s.Before {
		b.WriteString("… ")
	}
	at := 0
	for _, h := range s.Highlights {
		b.WriteString(s.Text[at:h.Start])
		b.WriteString(open)
		b.WriteString(s.Text[h.Start:h.End])
		b.WriteString(close)
		at = h.End
	}
	b.WriteString(s.Text[at:])
	if s.After {
		b.WriteString(" …")
	}
	return b.String()
}

// MakeSnippet picks about size bytes of text around the densest run of
// terms that p matches (the start of the text when none does) and marks
// them. terms are the document's index terms, with offsets into text.
func MakeSnippet(text string, terms []Term, p *Plan, size int) Snippet {
	var hits []int
	if p != nil {
		for i, t := range terms {
			if p.Matches(t.Key) {
				hits = append(hits, i)
			}
		}
	}
	if len(hits) == 0 {
		end := 0
		for _, t := range terms {
			if t.End > size {
				break
			}
			end = t.End
		}
		if end == 0 {
			end = min(len(text), size)
			for end > 0 && end < len(text) && !isRuneStart(text[end]) {
				end--
			}
		}
		return Snippet{Text: text[:end], After: end < len(text)}
	}
	// The window that holds the most hits within size bytes.
	best, bestCount := 0, 0
	for i := range hits {
		j := i
		for j+1 < len(hits) && terms[hits[j+1]].End-terms[hits[i]].Start <= size {
			j++
		}
		if j-i+1 > bestCount {
			best, bestCount = i, j-i+1
		}
	}
	first, last := hits[best], hits[best+bestCount-1]
	// Widen by whole terms: a little context before, the rest after.
	lo, hi := first, last
	for lo > 0 && first-lo < 6 && terms[hi].End-terms[lo-1].Start <= size*2/3 &&
		!strings.Contains(text[terms[lo-1].End:terms[lo].Start], "\n") {
		lo--
	}
	for hi+1 < len(terms) && terms[hi+1].End-terms[lo].Start <= size {
		hi++
	}
	for lo > 0 && terms[hi].End-terms[lo-1].Start <= size {
		lo--
	}
	start, end := terms[lo].Start, terms[hi].End
	// Keep punctuation that closes the last word (a full stop, a quote).
	if hi+1 < len(terms) {
		if gap := text[end:terms[hi+1].Start]; !strings.ContainsAny(gap, " \n\t") {
			end = terms[hi+1].Start
		}
	} else {
		end = len(text)
	}
	s := Snippet{Text: text[start:end], Start: start, Before: start > 0, After: end < len(text)}
	for _, i := range hits[best : best+bestCount] {
		s.Highlights = append(s.Highlights, news.Span{Start: terms[i].Start - start, End: terms[i].End - start})
	}
	// Hits outside the densest run but inside the window are marked too.
	for _, i := range hits {
		if (i < first || i > last) && i >= lo && i <= hi {
			s.Highlights = append(s.Highlights, news.Span{Start: terms[i].Start - start, End: terms[i].End - start})
		}
	}
	sortSpans(s.Highlights)
	return s
}

func isRuneStart(b byte) bool { return b&0xC0 != 0x80 }

func sortSpans(sp []news.Span) {
	for i := 1; i < len(sp); i++ {
		for j := i; j > 0 && sp[j].Start < sp[j-1].Start; j-- {
			sp[j], sp[j-1] = sp[j-1], sp[j]
		}
	}
}

// JoinKeys returns the keys of terms separated by spaces: the text a store
// indexes.
func JoinKeys(terms []Term) string {
	var b strings.Builder
	for i, t := range terms {
		if i > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(t.Key)
	}
	return b.String()
}

// EncodeOffsets packs the offsets of terms into a compact blob: for each
// term, the gap from the end of the previous one and its length, as
// unsigned varints.
func EncodeOffsets(terms []Term) []byte {
	buf := make([]byte, 0, len(terms)*3)
	prev := 0
	for _, t := range terms {
		buf = binary.AppendUvarint(buf, uint64(t.Start-prev))
		buf = binary.AppendUvarint(buf, uint64(t.End-t.Start))
		prev = t.End
	}
	return buf
}

// errOffsets reports stored offsets that do not fit their keys.
var errOffsets = errors.New("search: stored offsets do not match the terms")

// DecodeTerms rebuilds terms from JoinKeys and EncodeOffsets output.
func DecodeTerms(keys string, offsets []byte) ([]Term, error) {
	var out []Term
	if keys == "" {
		return out, nil
	}
	prev := 0
	for k := range strings.SplitSeq(keys, " ") {
		gap, n := binary.Uvarint(offsets)
		if n <= 0 {
			return nil, errOffsets
		}
		offsets = offsets[n:]
		length, n := binary.Uvarint(offsets)
		if n <= 0 {
			return nil, errOffsets
		}
		offsets = offsets[n:]
		start := prev + int(gap)
		out = append(out, Term{Key: k, Start: start, End: start + int(length)})
		prev = start + int(length)
	}
	if len(offsets) != 0 {
		return nil, errOffsets
	}
	return out, nil
}
