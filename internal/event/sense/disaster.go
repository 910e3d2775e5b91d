package sense

import "rasad/internal/news"

// natural reports whether the verb of striking at k (ضرب, اجتاح) has a
// force of nature as its subject: right after it (ضربتها الصاعقة) or
// before it, past the measure of its strength (زلزال ضرب المنطقة, زلزال
// بقوة 5.1 درجة، ضرب, زلزالا بقوة 5.7 درجة على مقياس ريختر ضرب): a
// disaster, no assault.
func natural(toks []news.Token, k int) bool {
	if is("nature", tok(toks, k+1)) {
		return true
	}
	for j := k - 1; j >= 0 && j >= k-9; j-- {
		t := &toks[j]
		switch {
		case t.Kind == news.Word && is("nature", t):
			return true
		case t.Kind == news.Number, t.Kind == news.Punctuation && aside(t.Text), t.Kind == news.Word && is("measure", t):
		default:
			return false
		}
	}
	return false
}

// burst reports whether the word of explosion at k has as its genitive a
// thing that bursts by itself, right after it or after أحد (انفجار إطار
// السيارة, انفجار أحد إطاراتها, انفجار أنبوب المياه): an accident.
func burst(toks []news.Token, k int) bool {
	return is("burst", tok(toks, k+1)) || is("oneof", tok(toks, k+1)) && is("burst", tok(toks, k+2))
}
