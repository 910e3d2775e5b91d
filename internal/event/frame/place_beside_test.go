package frame

import (
	"testing"

	"rasad/internal/tabletest"
)

// TestBeside runs testdata/beside.tsv: a place after a word of place
// relation (خارج, قرب, شمال), or after such a word and a site word, is a
// landmark of the thing struck: where, not whom. A place that a word of
// containing (محيط) holds, one after a preposition, and a party with no
// place, are not.
func TestBeside(t *testing.T) {
	for _, r := range tabletest.Fields(t, "testdata/beside.tsv", 5) {
		s, at := parse(r[1]), tabletest.Int(t, r[2])
		s.phr[at].Place = tabletest.Bool(t, r[3])
		if got, want := Beside(s, at), tabletest.Bool(t, r[4]); got != want {
			t.Errorf("%s: Beside(%q, %d) = %v, want %v", r[0], r[1], at, got, want)
		}
	}
}
