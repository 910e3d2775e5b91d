package frame

import (
	"fmt"

	"rasad/internal/event/vocab"
)

// The two sides of clashes named after بين, each of two actors: the
// phrases that open them.
func ExampleSides() {
	s := parse("اشتباكات* بين [الفرقة الرابعة] [+وحزب الله] من جهة [والفصائل] [+ومسلحين] من جهة اخرى .")
	first, second := Sides(s, 0, len(s.toks))
	fmt.Println(first, second)
	// Output: 0 2
}

// The one who made a call received is after من, the one who took it is the
// subject of تلقى: phrases 1 and 0.
func ExampleReceived() {
	s := parse("تلقى [الملك] اتصالا* هاتفيا من [الرئيس] .")
	s.toks[0].Cue = vocab.CueReceive
	from, to := Received(s, s.at("اتصالا"), -1, len(s.toks))
	fmt.Println(from, to)
	// Output: 1 0
}
