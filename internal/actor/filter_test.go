package actor

import (
	"fmt"
	"testing"
)

// TestWordFilter checks that the filter in front of a trie's root never
// turns away a word the root has, and lets few others through.
func TestWordFilter(t *testing.T) {
	for _, n := range []int{0, 1, 100, 20_000} {
		t.Run(fmt.Sprint(n), func(t *testing.T) {
			words := map[string]bool{}
			for i := range n {
				words[fmt.Sprintf("كلمة%d", i)] = true
			}
			f := newWordFilter(words)
			for w := range words {
				if !f.has(w) {
					t.Fatalf("has(%q) = false for a word of the set", w)
				}
			}
			const others = 10_000
			passed := 0
			for i := range others {
				if f.has(fmt.Sprintf("غيرها%d", i)) {
					passed++
				}
			}
			if passed > others/8 {
				t.Errorf("%d of %d other words pass the filter of %d words; want about 1 in 16", passed, others, n)
			}
		})
	}
}

// TestMatchFiltered checks Match through the filter on the real data: a
// name's first word is found, and a phrase whose first word begins no name
// is not.
func TestMatchFiltered(t *testing.T) {
	g := Default()
	if n, hits := g.Match(Keys("الولايات المتحدة الأمريكية")); n != 3 || len(hits) == 0 {
		t.Errorf("Match(الولايات المتحدة الأمريكية) = %d, %d hits; want 3 words", n, len(hits))
	}
	if n, _ := g.Match(Keys("كلمةليستاسما المتحدة")); n != 0 {
		t.Errorf("Match of a phrase no name begins = %d words, want 0", n)
	}
}
