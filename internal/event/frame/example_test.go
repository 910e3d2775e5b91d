package frame

import "fmt"

// The two sides of clashes named after بين, each of two actors: the
// phrases that open them.
func ExampleSides() {
	s := parse("اشتباكات* بين [الفرقة الرابعة] [+وحزب الله] من جهة [والفصائل] [+ومسلحين] من جهة اخرى .")
	first, second := Sides(s, 0, len(s.toks))
	fmt.Println(first, second)
	// Output: 0 2
}
