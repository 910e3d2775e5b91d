package ner_test

import (
	"fmt"

	"rasad/internal/arabic"
	"rasad/internal/ner"
)

func ExampleRecognizer_Recognize() {
	text := "استقبل الرئيس الروسي فلاديمير بوتين في موسكو وزير الخارجية الصيني ، ثم سافر الوزير وبكين تترقب ."
	toks := arabic.Tokenize(text)
	for _, s := range ner.DefaultRecognizer().Recognize(text, toks) {
		fmt.Printf("%s %s\n", s.Type, text[s.Start:s.End])
	}
	// Output:
	// PER فلاديمير بوتين
	// LOC موسكو
	// LOC بكين
}
