package wordclass_test

import (
	"fmt"
	"slices"

	"rasad/internal/wordclass"
)

func Example() {
	c := wordclass.NewCounter()
	for _, s := range corpus(1000) { // "NAME said in PLACE that NAME visited PLACE"
		c.Add(s)
	}
	classes, err := c.Cluster(wordclass.Options{K: 8, Iterations: 10})
	if err != nil {
		fmt.Println(err)
		return
	}
	x, _ := classes.Of("alice")
	fmt.Println(slices.Sorted(slices.Values(classes.Members(x))))
	y, _ := classes.Of("paris")
	fmt.Println(slices.Sorted(slices.Values(classes.Members(y))))
	// Output:
	// [alice bob carol dave erin frank]
	// [cairo lima oslo paris quito rome]
}
