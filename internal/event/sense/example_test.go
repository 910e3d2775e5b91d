package sense_test

import (
	"fmt"

	"rasad/internal/arabic"
	"rasad/internal/event/sense"
)

func ExampleIdle() {
	text := "وتفجرت الفضيحة في مايو، وتحتل الامارات المركز الاول."
	toks := arabic.Tokenize(text)
	lemma := func(k int) (string, bool) {
		l := map[string]string{"وتفجرت": "تفجر", "وتحتل": "احتل"}[toks[k].Norm]
		return l, l != ""
	}
	for _, k := range sense.Idle(toks, arabic.Sentences(text, toks), lemma) {
		fmt.Println(toks[k].Text)
	}
	// Output:
	// وتفجرت
	// وتحتل
}

func ExampleCause() {
	text := "وقتل ثلاثة مدنيين في غارة على صنعاء."
	toks := arabic.Tokenize(text)
	at, code := sense.Cause(toks, 0, "قتل")
	fmt.Println(toks[at].Text, code)
	// Output: غارة 195
}
