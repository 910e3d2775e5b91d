package blame_test

import (
	"fmt"

	"rasad/internal/event/blame"
	"rasad/internal/event/frame"
	"rasad/internal/event/frame/frametest"
)

// دان الوزير الهجوم الذي نفذه مسلحون: the minister denounced the attack
// that gunmen carried out; the gunmen (phrase 1) are blamed, and no
// people counted (-1) are charged.
func ExampleTarget() {
	s := &frametest.Sentence{
		Toks: []frame.Token{
			{Norm: "دان", Verb: true, Event: true},
			{Norm: "الوزير", Definite: true, Phrase: 1},
			{Norm: "الهجوم", Word: "هجوم", Definite: true},
			{Norm: "الذي"},
			{Norm: "نفذه", Suffix: true},
			{Norm: "مسلحون", Phrase: 2},
			{Norm: ".", Bound: true},
		},
		Phr: []frame.Phrase{{Start: 1, End: 2, Actor: true}, {Start: 5, End: 6, Actor: true}},
	}
	fmt.Println(blame.Target(s, 0, -1, "111", []string{"_"}))
	// Output: 1 -1
}
