package shape_test

import (
	"testing"

	"rasad/internal/entity/shape"
)

// TestChronology holds which texts are lists of dated lines.
func TestChronology(t *testing.T) {
	for _, tt := range []struct {
		text string
		want bool
	}{
		{"أحداث هذا اليوم\n1805- نابليون يدخل فيينا.\n1914- بدء الحرب في أوروبا.\n1991: تحرير الكويت.\n", true},
		{"١٩٥٦- تأميم القناة\n١٩٦٧ - الحرب\n١٩٧٣ – العبور\n", true},
		// a title and a closing line around three dated lines
		{"العنوان\nمقدمة عن اليوم.\n2001- حدث أول\n2002- حدث ثان\n2003- حدث ثالث\nخاتمة.\n", true},
		// two dated lines only
		{"العنوان\n2001- حدث أول\n2002- حدث ثان\n", false},
		// dated lines fewer than half of the text's lines
		{"العنوان\nفقرة.\nفقرة.\nفقرة.\n2001- حدث\n2002- حدث\n2003- حدث\nفقرة.\n", false},
		// years that open sentences, not list items; numbers that are no year
		{"العنوان\n2015 كان عاما صعبا.\n2014 شهد الحرب.\n2013 بدأ فيه الحوار.\n", false},
		{"العنوان\n12- البند الثاني عشر\n13- البند الثالث عشر\n14- البند الرابع عشر\n", false},
		{"العنوان\n20000- رقم\n30000- رقم\n40000- رقم\n", false},
	} {
		if got := shape.Chronology(tt.text); got != tt.want {
			t.Errorf("Chronology(%q) = %v, want %v", tt.text, got, tt.want)
		}
	}
}
