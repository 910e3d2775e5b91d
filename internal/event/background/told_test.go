package background

import (
	"strings"
	"testing"

	"rasad/internal/news"
)

func TestTold(t *testing.T) {
	const published = "2015-07-22"
	for _, tc := range []struct {
		sentence string
		k        int    // the verb
		date     int    // the token a date starts at, -1 for none
		value    string // its value
		want     bool
	}{
		{"وكان البرلمان قد أقر قانونا في يونيو ، غير أن الحكومة عارضته+", 11, 6, "2015-06", true},
		{"وكانت الشرطة قد اعتقلت+ المحتجين في 10 تموز بعد أن اقتحموا+ المقر", 10, 6, "2015-07-10", true},
		// a recent date, no date, no recall, the recalled verb itself, a verb to come
		{"وكان المتحدث قد أعلن قبل يومين أن الملك سيحضر ، لكن الرئاسة نفت+", 12, 4, "2015-07-20", false},
		{"وكان البرلمان قد أقر قانونا ، غير أن الحكومة عارضته+", 9, -1, "", false},
		{"أقر البرلمان قانونا في يونيو ، غير أن الحكومة عارضته+", 9, 4, "2015-06", false},
		{"وكانت الشرطة قد اعتقلت+ المحتجين في 10 تموز", 3, 6, "2015-07-10", false},
		{"وكان البرلمان قد أقر قانونا في يونيو وستعارضه^+ الحكومة", 7, 6, "2015-06", false},
	} {
		var dates []news.Date
		if tc.date >= 0 {
			dates = []news.Date{{Value: tc.value, Start: 10 * tc.date, End: 10*tc.date + 5}}
		}
		if got := Told(cued(strings.Fields(tc.sentence)), tc.k, dates, published); got != tc.want {
			t.Errorf("Told(%q, %d) = %v, want %v", tc.sentence, tc.k, got, tc.want)
		}
	}
}
