package doer

import "testing"

// Sentences written for this test (events107).
func TestContrasted(t *testing.T) {
	for _, c := range []struct {
		name, sentence string
		verb           int // the verb's index
		want           int // the topic's phrase, -1 if none
	}{
		{"the topic, a comma, then فقد", "أما [الفلسطينيون] ، فقد حملوا [الحكومة] المسؤولية", 4, 0},
		{"the ف on the verb", "أما [السعودية] فاتهمت [إيران] بدعم الإرهاب", 2, 0},
		{"no أما", "وأكد [الفلسطينيون] ، فقد حملوا [الحكومة] المسؤولية", 4, -1},
		{"a verb without ف", "أما [السعودية] اتهمت [إيران] بدعم الإرهاب", 2, -1},
		{"the topic no actor", "أما [?المسألة] فقد ناقشها [الوزير]", 3, -1},
		{"words between the topic and its answer", "أما [السعودية] في بيانها فقد اتهمت [إيران]", 5, -1},
	} {
		s := accusation(c.sentence)
		if got := Contrasted(s, c.verb); got != c.want {
			t.Errorf("%s: Contrasted(%s, %d) = %d, want %d", c.name, c.sentence, c.verb, got, c.want)
		}
	}
}
