package body

import (
	"testing"

	"rasad/internal/arabic"
	"rasad/internal/tabletest"
)

// TestField reads the field that ends a body's name from the text's first
// word (testdata/fields.tsv): the words it spans, "" for none.
func TestField(t *testing.T) {
	tabletest.Strings(t, "Field", field, tabletest.Rows(t, "testdata/fields.tsv"))
}

// field returns what TestField reads of a text.
func field(text string) string {
	toks, ends := sentence(text)
	keys := make([]string, len(toks))
	for i, tk := range toks {
		keys[i] = arabic.SearchKey(tk.Norm)
	}
	last := Field(arabic.DefaultSegmenter(), toks, keys, func(int) bool { return true }, 0, ends[0])
	if last < 0 {
		return ""
	}
	return text[toks[0].Start:toks[last].End]
}

// TestCoined reads the body a head at the text's first word names by a
// coined name and its field (testdata/coined.tsv): the words it spans, ""
// for none. The recogniser's mentions are left out: a name is a word.
func TestCoined(t *testing.T) {
	tabletest.Strings(t, "Coined", coined, tabletest.Rows(t, "testdata/coined.tsv"))
}

// coined returns what TestCoined reads of a text.
func coined(text string) string {
	toks, ends := sentence(text)
	keys := make([]string, len(toks))
	for i, tk := range toks {
		keys[i] = arabic.SearchKey(tk.Norm)
	}
	last := Coined(arabic.DefaultSegmenter(), toks, keys, func(int) bool { return true }, func(int) int { return -1 }, 0, ends[0])
	if last < 0 {
		return ""
	}
	return text[toks[0].Start:toks[last].End]
}
