package background

import (
	"strings"
	"testing"
)

func TestAnnounced(t *testing.T) {
	for _, tc := range []struct {
		sentence string
		k        int // the event word
		want     bool
	}{
		{"أعلن الاتحاد عن تنظيم مسيرة* في العاصمة غدا", 4, true},
		{"أعلن الاتحاد عن تنظيم مسيرة* في العاصمة احتجاجا* على الغلاء", 7, true},
		{"دعت النقابة إلى تنظيم اعتصام* أمام الوزارة", 4, true},
		{"وأعلنت الأحزاب تنظيم تظاهرة* حاشدة", 3, true},
		{"قال البيان إن الوقفة سيكون^ أمام المحكمة للمطالبة* بالإفراج عنهم", 7, true},
		// held acts: organised (a verb), carried out, or another act after a verb
		{"نظم الاتحاد مسيرة* في العاصمة احتجاجا على الغلاء", 2, false},
		{"أعلن التنظيم عن تنفيذ الهجوم* على الثكنة", 4, false},
		{"أعلن تنظيم داعش مسؤوليته عن الهجوم*", 5, false},
		{"أعلن تنظيم داعش عن تنظيم مسيرة", 1, false},
		{"أعلن الاتحاد عن تنظيم مسيرة وهاجمت+ الشرطة المحتجين", 5, false},
		{"تظاهر+ المعلمون أمس احتجاجا على سجن زملائهم", 0, false},
		{"أعلن الاتحاد عن تنظيم مسيرة . واعتقلت+ الشرطة عشرة", 7, false},
		{"أكد الوزير أن المسيرة* كانت سلمية", 3, false},
		{"قال الوزير إن المحاور ستكون^ على الطاولة في لقاءات* بوتين", 7, false},
		{"وستكون^ المعارك* القادمة بهدف السيطرة", 1, false},
	} {
		if got := Announced(words(strings.Fields(tc.sentence)), tc.k); got != tc.want {
			t.Errorf("Announced(%q, %d) = %v, want %v", tc.sentence, tc.k, got, tc.want)
		}
	}
}
