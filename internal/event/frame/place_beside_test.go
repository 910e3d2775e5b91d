package frame

import "testing"

// A place after a word of place relation (خارج, قرب, شمال), or after such
// a word and a site word, is a landmark of the thing struck: where, not
// whom. A place that a word of containing (محيط) holds, one after a
// preposition, and a party with no place, are not.
func TestBeside(t *testing.T) {
	for _, tc := range []struct {
		name, sentence string
		phrase         int
		want           bool
	}{
		{"a town outside which a post lies", "هاجم@ [المسلحون] حاجزا خارج مدينة [البلدة] .", 1, true},
		{"a country north of which sites lie", "قصفت@ [الطائرات] مواقع [للحزب] شمال [الدولة] .", 2, true},
		{"a town near which", "قصفت@ [الطائرات] قرب [البلدة] .", 1, true},
		{"the vicinity holds the site", "قصفت@ [الطائرات] مواقع في محيط مدينة [البلدة] .", 1, false},
		{"a place after a preposition", "قصفت@ [الطائرات] مواقع قرب من [البلدة] .", 1, false},
		{"a party, no place", "قصفت@ [الطائرات] مواقع قرب [الحزب] .", 1, false},
	} {
		s := parse(tc.sentence)
		if tc.name != "a party, no place" {
			s.phr[tc.phrase].Place = true
		}
		if got := Beside(s, tc.phrase); got != tc.want {
			t.Errorf("%s: %s: got %v, want %v", tc.name, tc.sentence, got, tc.want)
		}
	}
}
