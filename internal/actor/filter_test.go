package actor

import "testing"

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
