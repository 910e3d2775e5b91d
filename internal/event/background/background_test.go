package background

import (
	"strings"
	"testing"

	"rasad/internal/arabic"
)

func TestChronicle(t *testing.T) {
	for _, tc := range []struct {
		headline string
		want     bool
	}{
		{"هذا اليوم في التاريخ: 1 أغسطس", true},
		{"حدث في مثل هذا اليوم", true},
		{"في مثل هذا اليوم من عام 1944 انتفضت وارسو", true},
		{"أردوغان يزور موسكو اليوم", false},
		{"التاريخ يشهد على هذا الاتفاق", false},
	} {
		if got := Chronicle(tc.headline); got != tc.want {
			t.Errorf("Chronicle(%q) = %v, want %v", tc.headline, got, tc.want)
		}
	}
}

// words is a Sentence of whitespace-separated words for the tests: ب, ل
// and و attached are read off as a proclitic and a conjunction, ال as the
// article; a word marked with * is an event word.
type words []string

func (w words) Span() (int, int) { return 0, len(w) }

func (w words) Word(j int) Word {
	word, event := strings.CutSuffix(w[j], "*")
	norm := arabic.Normalize(word)
	rest, prep := strings.TrimPrefix(norm, "و"), ""
	for _, p := range []string{"ب", "ل"} {
		if r, ok := strings.CutPrefix(rest, p); ok && len(r) > 4 {
			rest, prep = r, p
			break
		}
	}
	return Word{Norm: norm, Rest: strings.TrimPrefix(rest, "ال"), Prep: prep, Bound: norm == "." || norm == "،", Event: event}
}

func TestFormer(t *testing.T) {
	for _, tc := range []struct {
		sentence string
		k        int // the event noun
		want     bool
	}{
		{"تأتي تكملة لزيارته* الماضية إلى بغداد", 2, true},
		{"قال إن لقاءه* السابق مع بوتين كان مثمرا", 2, true},
		{"أشاد بالمحادثات* السابقة بين البلدين", 1, true},
		{"زيارة* الأسبوع الماضي إلى موسكو", 0, false},
		{"زيارة* سابقة لأوانها", 0, false},
		{"زار الوزير الرياض", 1, false},
	} {
		if got := Former(words(strings.Fields(tc.sentence)), tc.k); got != tc.want {
			t.Errorf("Former(%q, %d) = %v, want %v", tc.sentence, tc.k, got, tc.want)
		}
	}
}

func TestOccasion(t *testing.T) {
	for _, tc := range []struct {
		sentence string
		k        int // the request or invitation
		want     bool
	}{
		{"جاءت الزيارة تلبية لدعوة من نظيره الأردني", 3, true},
		{"وقال تشرفت بتلبية دعوة الوزير لزيارة المركز", 3, true},
		{"وأرسلت القوات استجابة لطلب الحكومة اليمنية", 3, true},
		{"وعقدت الجلسة بناء على طلب أحزاب المعارضة", 4, true},
		{"وزار الوزير أربيل بدعوة من رئيس الإقليم", 3, true},
		{"واعتقلت السلطات سبعة بطلب من القضاء الأميركي", 3, true},
		{"ورحب الرئيس بدعوة الملك إلى الحوار", 3, false},
		{"ووجه الملك دعوة إلى الرئيس لزيارة الرياض", 3, false},
		{"وجدد الوزير دعوته إلى وقف إطلاق النار", 3, false},
		{"وقدمت الحكومة طلبا رسميا إلى مجلس الأمن", 3, false},
		{"وانسحبت القوات بناء على اتفاق بين الطرفين", 4, true},
	} {
		if got := Occasion(words(strings.Fields(tc.sentence)), tc.k, true); got != tc.want {
			t.Errorf("Occasion(%q, %d) = %v, want %v", tc.sentence, tc.k, got, tc.want)
		}
	}
}
