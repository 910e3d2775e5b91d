package bloom

import (
	"fmt"
	"testing"
)

// TestFilter checks, for filters built whole (Of) and word by word (Add),
// that no word held is turned away and that few others pass.
func TestFilter(t *testing.T) {
	for _, n := range []int{0, 1, 100, 20_000} {
		words := map[string]bool{}
		for i := range n {
			words[fmt.Sprintf("كلمة%d", i)] = true
		}
		added := &Filter{}
		for w := range words {
			added.Add(w)
		}
		for name, f := range map[string]*Filter{"Of": Of(words), "Add": added} {
			t.Run(fmt.Sprint(name, n), func(t *testing.T) {
				for w := range words {
					if !f.MayHave(w) {
						t.Fatalf("MayHave(%q) = false for a word of the set", w)
					}
				}
				const others = 10_000
				passed := 0
				for i := range others {
					if f.MayHave(fmt.Sprintf("غيرها%d", i)) {
						passed++
					}
				}
				if passed > others/8 {
					t.Errorf("%d of %d other words pass the filter of %d words; want about 1 in 16", passed, others, n)
				}
			})
		}
	}
}

func ExampleFilter() {
	f := Of(map[string]int{"بوتين": 1, "موسكو": 2})
	fmt.Println(f.MayHave("بوتين"), f.MayHave("موسكو"))
	// Output: true true
}
