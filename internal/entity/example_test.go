package entity_test

import (
	"fmt"

	"rasad/internal/arabic"
	"rasad/internal/entity"
)

func ExampleRecognizer_Recognize() {
	text := "استقبل الرئيس الروسي فلاديمير بوتين في موسكو وزير الخارجية الصيني ، ثم سافر الوزير وبكين تترقب ."
	toks := arabic.Tokenize(text)
	for _, s := range entity.DefaultRecognizer().Recognize(text, toks) {
		fmt.Printf("%s %s\n", s.Type, text[s.Start:s.End])
	}
	// Output:
	// PER فلاديمير بوتين
	// LOC موسكو
	// LOC بكين
}
