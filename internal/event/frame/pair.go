package frame

// TitleDual reports whether the token at j is a definite dual of a title
// noun (الرئيسان, الوزيرين, الزعيمان): the two holders of that title whom
// the text has just named, not a third party (واتفق الرئيسان after اتصل
// الرئيس الأميركي بنظيره الصيني). title tells whether a singular word is a
// title noun; the dual is the singular with ان or ين, at least three
// letters before the ending.
func TitleDual(s Sentence, j int, title func(string) bool) bool {
	if a, b := s.Span(); j < a || j >= b {
		return false
	}
	x := s.Token(j)
	if !x.Definite || x.Place != "" || x.Actor != 0 || !dualShape(x.Word) {
		return false
	}
	w := []rune(x.Word)
	return title(string(w[:len(w)-2]))
}
