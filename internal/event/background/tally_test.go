package background

import (
	"strings"
	"testing"

	"rasad/internal/event/vocab"
	"rasad/internal/news"
)

// cued is words with the cues Tally reads (منذ, أمس, numbers in words), dashes
// as bounds, and each token at offset 10*j (a date written «@value» starts
// at the token after it).
type cued []string

func (c cued) Span() (int, int) { return 0, len(c) }

func (c cued) Word(j int) Word {
	w := words(c).Word(j)
	switch w.Rest {
	case "منذ":
		w.Cue = vocab.CueSince
	case "ثلاثه", "خمس", "عشره", "نحو":
		w.Cue = vocab.CueNumber
	case "امس":
		w.Cue = vocab.CueRecent
	case "-":
		w.Bound = true
	}
	w.Start = 10 * j
	return w
}

// dated is one sentence with its event word, the date it names (the token
// the date starts at, -1 for none, and its value) and the verdict wanted.
type dated struct {
	sentence string
	k        int    // the event word
	date     int    // the token a date starts at, -1 for none
	value    string // its value
	want     bool
}

// TestDated runs the rules that read a sentence's dates against the day of
// publication (Tally, Told) over their rows.
func TestDated(t *testing.T) {
	for _, rule := range []struct {
		name      string
		fn        func(Sentence, int, []news.Date, string) bool
		published string
		rows      []dated
	}{
		{"Tally", Tally, "2015-07-24", []dated{
			// a count over weeks, months or years
			{"قتلت+ الطائرات 3042 مسلحا خلال 10 أشهر", 0, -1, "", true},
			{"قتل+ 200 مدني في الأشهر القليلة الماضية", 0, -1, "", true},
			{"نفذت+ الجماعة خمس هجمات خلال الأسبوعين الماضيين", 0, -1, "", true},
			{"إن 173 مدنيا قتلوا+ جراء هذه الغارات* خلال هذه الفترة", 3, -1, "", true},
			{"اعتقلت+ الشرطة 45 شخصا منذ بدء الاحتجاجات*", 0, -1, "", true},
			{"ارتفع عدد القتلى إلى 3216 جراء الغارات* - الدولية ، على مناطق منذ 23 أيلول 2014", 6, 13, "2014-09-23", true},
			{"ارتفع عدد القتلى إلى 32 جراء الغارات* - الدولية ، على مناطق منذ 23 تموز 2015", 6, 13, "2015-07-23", false},
			{"قتل+ 13 جنديا منذ سنوات", 0, -1, "", true},
			// through a named month or year gone by: every act of it
			{"قتل+ 9 مدنيين ، جراء القصف خلال شهر يونيو الماضي", 0, 7, "2015-06", true},
			{"اعتقلت+ الشرطة 120 شخصا طوال عام 2014", 0, 6, "2014", true},
			{"قتل+ 9 مدنيين ، جراء القصف خلال شهر يونيو الماضي", 0, 6, "2015-06", true},
			{"سجلت الوزارة 40 هجوما* على مدى شهر يونيو", 4, 7, "2015-06", true},
			// in a month (one act), through a day, a month to come, no count
			{"قتل+ 9 مدنيين في شهر يونيو الماضي", 0, 5, "2015-06", false},
			{"قتل+ 9 مدنيين خلال زيارته يوم الأحد", 0, 6, "2015-07-19", false},
			{"تنفذ+ الشركة 30 مشروعا خلال شهر أغسطس", 0, 6, "2015-08", false},
			{"أعلن+ الوزير أن الوزارة ستبني 30 مدرسة خلال العام الحالي", 0, 8, "2015", false},
			{"سجلت+ الشرطة 30 مخالفة خلال شهر يوليو الجاري", 0, 6, "2015-07", false},
			{"توصلت+ الدول إلى اتفاق خلال شهر يوليو", 0, 6, "2015-07", false},
			// one act: no count, a short or coming span, a recent start, another part
			{"توصلت+ الدول إلى اتفاق خلال 20 شهرا", 0, -1, "", false},
			{"قتل+ 13 جنديا خلال الأسبوع الماضي", 0, -1, "", false},
			{"ستنفذ الشركة 30 مشروعا* خلال العامين المقبلين", 3, -1, "", false},
			{"اعتقلت+ الشرطة 12 شخصا منذ الجمعة", 0, 5, "2015-07-17", false},
			{"زار+ الرئيس موسكو لأول مرة منذ 2010 مع 12 وزيرا", 0, -1, "", false},
			{"بقيت نحو 40 دقيقة أطلب المساعدة* خلال هذه الفترة", 5, -1, "", false},
			{"قتل+ نحو 40 شخصا خلال هذه الفترة", 0, -1, "", true},
			{"قتل+ 13 جنديا ، منذ بدء الجولة", 0, -1, "", true},
			{"منذ بدء الجولة ، قتل 13 جنديا ، ثلاثة منهم في مكمن* استهدف أمس قافلة", 11, -1, "", false},
			{"ألقي القبض+ على 12 شخصا ، وتمثل رومانيا ، العضو في الاتحاد منذ 2007 ، طريقا", 1, 13, "2007", false},
			{"ألقي القبض+ على 12 شخصا ، العضو في الاتحاد منذ 2007", 1, 10, "2007", true},
			{"فجر+ مهاجم حافلة في كابول أمس ، مما أسفر عن 35 قتيلا في الشهور الأخيرة", 0, -1, "", false},
			{"فجر+ مهاجم حافلة في كابول ، مما أسفر عن 35 قتيلا في الشهور الأخيرة", 0, -1, "", true},
			{"فجر+ مهاجم حافلة في كابول ، مما أسفر عن 35 قتيلا في أحد أكثر الانفجارات دموية في الشهور الأخيرة", 0, -1, "", false},
			{"اتهمت المصادر الحوثيين بخرق الهدنة المتفق عليها منذ أشهر ، بما تسبب في اشتباك* قتل فيه 3 حوثيين", 13, -1, "", false},
		}},
		{"Before", Before, "2015-07-24", []dated{
			{"وفي النصف الثاني من مايو الماضي ، أصدرت+ المحكمة أحكاما", 8, 5, "2015-05", true},
			{"وجرى اعتقال* خالد في فبراير الماضي", 2, 5, "2015-02", true},
			{"اختطاف* طائرة في العام 1988", 0, 3, "1988", true},
			// the month before, a day of the news, no date, a recalled act, another sentence's date
			{"زار+ الوزير موسكو في يونيو الماضي", 0, 4, "2015-06", false},
			{"اعتقلت+ الشرطة أمس خالدا المطلوب منذ 2012", 0, 6, "2012", false},
			{"اعتقلت+ الشرطة خالدا", 0, -1, "", false},
			{"وكانت الشرطة قد اعتقلت+ خالدا في فبراير", 3, 6, "2015-02", false},
			{"اعتقلت+ الشرطة خالدا . وكان قد سافر في 2012", 0, 8, "2012", false},
		}},
		{"Told", Told, "2015-07-22", []dated{
			{"وكان البرلمان قد أقر قانونا في يونيو ، غير أن الحكومة عارضته+", 11, 6, "2015-06", true},
			{"وكانت الشرطة قد اعتقلت+ المحتجين في 10 تموز بعد أن اقتحموا+ المقر", 10, 6, "2015-07-10", true},
			// a recent date, no date, no recall, the recalled verb itself, a verb to come
			{"وكان المتحدث قد أعلن قبل يومين أن الملك سيحضر ، لكن الرئاسة نفت+", 12, 4, "2015-07-20", false},
			{"وكان البرلمان قد أقر قانونا ، غير أن الحكومة عارضته+", 9, -1, "", false},
			{"أقر البرلمان قانونا في يونيو ، غير أن الحكومة عارضته+", 9, 4, "2015-06", false},
			{"وكانت الشرطة قد اعتقلت+ المحتجين في 10 تموز", 3, 6, "2015-07-10", false},
			{"وكان البرلمان قد أقر قانونا في يونيو وستعارضه^+ الحكومة", 7, 6, "2015-06", false},
		}},
	} {
		for _, tc := range rule.rows {
			var dates []news.Date
			if tc.date >= 0 {
				dates = []news.Date{{Value: tc.value, Start: 10 * tc.date, End: 10*tc.date + 5}}
			}
			if got := rule.fn(cued(strings.Fields(tc.sentence)), tc.k, dates, rule.published); got != tc.want {
				t.Errorf("%s(%q, %d) = %v, want %v", rule.name, tc.sentence, tc.k, got, tc.want)
			}
		}
	}
}
