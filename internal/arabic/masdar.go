package arabic

// The letters an assimilated form VIII writes for its infix ت after a
// first radical ص ض ط ظ (اضطراب) or د ذ ز (ازدحام).
const (
	Dal = '\u062F' // د
	Tah = '\u0637' // ط
)

// MasdarForm returns the derived verb form whose verbal noun (masdar) w
// has the shape of, or 0: w is a word without its article, as a search
// key spells it (no vowels, hamzas folded). The shapes, by letters:
//
//	2  تفعيل (تدمير)      ت, two letters, ي, one letter
//	5  تفعّل (الترشح)     ت and three letters, the last no ي
//	6  تفاعل (التعاون)    ت, a letter, ا, two letters
//	7  انفعال (الانسحاب)  ا ن, two letters, ا, one letter
//	8  افتعال (الاعتقال)  ا, a letter, ت (or ط د assimilated), a letter, ا, one letter
//	10 استفعال (الاستمرار) ا س ت, two letters, ا, one letter
//
// The bare forms (فعل, إفعال) share their shapes with plurals and with
// names (أعضاء), and forms 2 and 6 with some names and nouns, so a caller
// asks only for the forms its context makes safe.
func MasdarForm(w string) int {
	var r [8]rune // no allocation: the shapes have four to seven letters
	n := 0
	for _, c := range w {
		if n == len(r) {
			return 0
		}
		r[n] = c
		n++
	}
	switch {
	case n == 7 && r[0] == Alef && r[1] == Seen && r[2] == Teh && r[5] == Alef:
		return 10
	case n == 6 && r[0] == Alef && r[1] == Noon && r[4] == Alef:
		return 7
	case n == 6 && r[0] == Alef && (r[2] == Teh || r[2] == Tah || r[2] == Dal) && r[4] == Alef:
		return 8
	case n == 5 && r[0] == Teh && r[3] == Yeh:
		return 2
	case n == 5 && r[0] == Teh && r[2] == Alef:
		return 6
	case n == 4 && r[0] == Teh && r[3] != Yeh:
		return 5
	}
	return 0
}
