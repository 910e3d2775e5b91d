package sense

import (
	"maps"
	"testing"
)

func init() {
	maps.Copy(lemmas, map[string]string{
		"هجمات": "هجوم", "غارات": "غارة", "الانسحاب": "انسحاب", "احتجاجه": "احتجاج", "احتجاجهم": "احتجاج",
		"محادثات": "محادثات", "المحادثات": "محادثات", "طالب": "طالب", "وطالب": "طالب",
		"مكالمات": "مكالمة", "اتصالات": "اتصال",
	})
	maps.Copy(nouns, map[string]bool{"انسحاب": true, "احتجاج": true, "محادثات": true, "مكالمة": true, "اتصال": true})
}

// TestIdleNouns holds verbal nouns of a trend (after a noun of pace), of
// an aim (after ل and a noun of starting), of a predicate (after هو),
// and of an act judged with its complements before كان.
func TestIdleNouns(t *testing.T) {
	checkIdle(t, []idleCase{
		{"the pace of attacks", "وزادت وتيرة هجمات المسلحين في الشمال منذ يونيو.", "هجمات"},
		{"the rate of the attacks", "وارتفع معدل الهجمات على القوافل.", "الهجمات"},
		{"attacks that rose", "وشن المسلحون هجمات على القوافل امس.", ""},
		{"the rate with the article is no construct", "وقال ان المعدل هجمات يومية.", ""},
		{"to begin talks", "ووافق البرلمان على الاصلاحات المطلوبة للبدء في مفاوضات مع الدائنين.", "مفاوضات"},
		{"to resume talks", "ودعا الوزيران الى العمل بجدية لاستئناف مفاوضات جنيف.", "مفاوضات"},
		{"a condition to begin talks", "ووضع الرئيس الاصلاح شرطا لبدء المحادثات.", "المحادثات"},
		{"talks that began", "وبدات مفاوضات الطرفين امس في جنيف.", ""},
		{"the start of talks", "واعلن الوسيط بدء المحادثات امس.", ""},
		{"a refusal as a predicate", "ما يوحدهم هو رفض الاتفاق.", "رفض"},
		{"a withdrawal as the condition", "وقال المتمردون ان شرط السلام هو الانسحاب الفوري.", "الانسحاب"},
		{"a student, not a demand", "وقال والده هو طالب هندسة.", "طالب"},
		{"a meeting in a clause of circumstance", "وعقد الوزير اجتماعا امس، وهو الاجتماع الاول.", ""},
		{"a protest judged as a cause", "واشار الى ان احتجاجه على قيام احد ضباط الجيش باعتقال فتاة في المدينة كان وراء اقالته.", "احتجاجه"},
		{"a protest broken off by a comma", "واشار الى ان احتجاجهم على قيام ضباط الجيش باعتقال فتاة، قال المسؤول، كان كبيرا.", ""},
	})
}

// TestIdleIntercepted holds calls spied on and calls made.
func TestIdleIntercepted(t *testing.T) {
	checkIdle(t, []idleCase{
		{"calls intercepted", "ودربهم الخبراء على اعتراض مكالمات المقاومة.", "مكالمات"},
		{"eavesdropping on calls", "واتهم الحزب الجهاز بالتنصت على اتصالات قادته.", "اتصالات"},
		{"calls made", "واجرى الوزير اتصالات مع نظرائه.", ""},
		{"an interception of missiles, then calls", "وتم اعتراض الصواريخ وجرت اتصالات بين الطرفين.", ""},
	})
}
