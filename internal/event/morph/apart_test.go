package morph

import (
	"testing"

	"rasad/internal/arabic"
)

func TestApart(t *testing.T) {
	for _, c := range []struct {
		name, prev, rest string
		want             bool
	}{
		{"a body after protesters is the object", "متظاهرون", "حكومة", true},
		{"an army after gunmen", "مسلحون", "جيش", true},
		{"a nisba describes the plural", "مسلحون", "حوثيون", false},
		{"a sound plural adjective", "متظاهرون", "غاضبون", false},
		{"a nisba in the singular feminine", "محتجون", "عراقية", false},
		{"a plural in the oblique case is no subject here", "متظاهرين", "حكومة", false},
		{"a broken plural may take a genitive", "أهالي", "مدينة", false},
	} {
		prev, rest := arabic.Normalize(c.prev), arabic.Normalize(c.rest)
		if got := Apart(prev, rest); got != c.want {
			t.Errorf("%s: Apart(%q, %q) = %v, want %v", c.name, c.prev, c.rest, got, c.want)
		}
	}
}
