package ner

import (
	"fmt"
	"io"
	"strings"

	"rasad/internal/lexicon"
)

// Sentence is one sentence of a BIO-tagged corpus: a word and its tag per
// token. Tags are normalised by NormalizeTag.
type Sentence struct {
	Words []string
	Tags  []string
}

// ReadCoNLL reads a corpus of "word TAG" lines (further columns between the
// word and the tag are ignored) with a blank line between sentences. name is
// used in error messages.
func ReadCoNLL(r io.Reader, name string) ([]Sentence, error) {
	var out []Sentence
	var cur Sentence
	err := lexicon.EachLine(r, name, func(_ int, line string) error {
		f := strings.Fields(line)
		if len(f) == 0 {
			if len(cur.Words) > 0 {
				out = append(out, cur)
				cur = Sentence{}
			}
			return nil
		}
		if len(f) < 2 {
			return fmt.Errorf("want \"word TAG\", got %q", line)
		}
		cur.Words = append(cur.Words, f[0])
		cur.Tags = append(cur.Tags, NormalizeTag(f[len(f)-1]))
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("read %w", err)
	}
	if len(cur.Words) > 0 {
		out = append(out, cur)
	}
	return out, nil
}

// NormalizeTag maps the tag spellings of ANERcorp and AQMAR onto B-PER,
// I-PER, B-LOC, I-LOC, B-ORG, I-ORG, B-MISC, I-MISC and O: PERS is PER; MIS,
// MIS0…MIS3, MIS-1, MISS1 are MISC; stray marks are dropped (I--ORG is I-ORG,
// B-MIS1` is B-MISC); OO and IO are O; any other type (B-ENGLISH) is O.
func NormalizeTag(tag string) string {
	tag = strings.ToUpper(strings.TrimSpace(tag))
	if len(tag) < 2 || (tag[0] != 'B' && tag[0] != 'I') {
		return "O"
	}
	prefix := tag[:1]
	typ := strings.TrimLeft(tag[1:], "-_")
	typ = strings.TrimRight(typ, "0123456789-`'_")
	switch {
	case typ == "PER" || typ == "PERS":
		typ = "PER"
	case typ == "LOC":
	case typ == "ORG":
	case strings.HasPrefix(typ, "MIS"):
		typ = "MISC"
	default:
		return "O"
	}
	return prefix + "-" + typ
}
