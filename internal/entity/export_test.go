package entity

// ForgetWords empties the word memo of r, for benchmarks that must not
// measure one text remembered.
func ForgetWords(r *Recognizer) {
	if r.memo != nil {
		r.memo = &wordMemo{}
	}
}
