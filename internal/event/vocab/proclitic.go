package vocab

import "rasad/internal/arabic"

// Readable drops the verb forms that a word's proclitics exclude: a verb
// takes no article and no ب or ك, and ل only before the present tense
// (لتعزيز is a noun, ليبحث a verb). article says the word carries the
// article, prep is its attached preposition ("" if none). The slice is
// returned as it is when every form stays.
func Readable(fs []Form, article bool, prep string) []Form {
	ok := func(f Form) bool {
		return f.P.Kind == Noun || (!article && prep == lam && f.Present)
	}
	if !article && prep == "" {
		return fs
	}
	keep := 0
	for _, f := range fs {
		if ok(f) {
			keep++
		}
	}
	if keep == len(fs) {
		return fs
	}
	out := make([]Form, 0, keep)
	for _, f := range fs {
		if ok(f) {
			out = append(out, f)
		}
	}
	return out
}

// lam is the preposition ل as a segmenter's part.
const lam = string(arabic.Lam)
