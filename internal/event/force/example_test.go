package force_test

import (
	"fmt"

	"rasad/internal/event/force"
)

// The codes of violence: a killing is the toll of an act, a massacre mass
// violence, and both are weighed with force, not with protests.
func ExampleGroup() {
	for _, code := range []string{"1823", "202", "145"} {
		fmt.Println(code, force.Violent(code), force.Toll(code), force.Mass(code), force.Group(code))
	}
	// Output:
	// 1823 true true false 1
	// 202 true false true 1
	// 145 false false false 0
}
