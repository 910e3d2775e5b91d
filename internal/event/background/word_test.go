package background

import (
	"strings"
	"testing"
)

// atWord is one sentence with the word a rule is asked about and its verdict.
type atWord struct {
	sentence string
	k        int // the event word
	want     bool
}

// TestAtWord runs every rule that reads a sentence at one word over its rows.
func TestAtWord(t *testing.T) {
	for _, rule := range []struct {
		name string
		fn   func(Sentence, int) bool
		rows []atWord
	}{
		{"Announced", Announced, []atWord{
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
		}},
		{"Any", Any, []atWord{
			{"إن الحركة تتحمل المسؤولية عن أي اعتداء* ينطلق من القطاع", 6, true},
			{"أكد الوزير رفضه أية تدخلات* في شؤون بلاده", 4, true},
			{"لم يسجل أي هجوم* على القافلة", 3, true},
			// a done act: no quantifier, or a verb after أي
			{"شنت الطائرات هجوما* على القافلة", 2, false},
			{"لا نعرف أي جهة هاجمت+ القافلة", 4, false},
			{"أي اعتداء* على القافلة", 1, true},
			{"الاعتداء* على القافلة", 0, false},
		}},
		{"Charge", Charge, []atWord{
			{"قضت المحكمة بإدانة مواطن بتهريبه الأسلحة وزيارته* إيران", 6, true},
			{"أدين ثلاثة بالسفر* إلى العراق", 2, true},
			{"حكم يقضي بثبوت إدانة متهم بانضمامه إلى الخلية من خلال سفره* إلى سوريا", 11, true},
			// condemnation, another act, a verb, no conviction
			{"أدانت المملكة بشدة الهجوم* على المسجد", 3, false},
			{"أعربت عن إدانتها بأشد العبارات الهجوم* على المسجد", 5, false},
			{"بعد إدانته بالسرقة ، زار+ الوزير السجن", 4, false},
			{"بعد إدانته بالسرقة هاجم+ السجناء الحراس", 3, false},
			{"وزار الوزير السجن بعد زيارته* للمحكمة", 5, false},
		}},
		{"Hearsay", Hearsay, []atWord{
			{"غادر المقاتلون إلى سوريا ويقال إن ثلاثة منهم قتلوا+ هناك", 7, true},
			{"قيل إنهم اعتقلوا+ في الحدود", 2, true},
			{"وتردد أن الجيش قصف+ القرية بالمدفعية", 3, true},
			{"يشاع بأن الميليشيا خطفت+ الصحفي", 3, true},
			// a speaker named, the act before the verb, or another clause
			{"قيل للصحفيين إن الجيش قصف+ القرية", 4, false},
			{"وتردد الوزير في إدانة* الهجوم", 3, false},
			{"واستهدف+ هجوم قيل إنه انتحاري مركزا للشرطة", 0, false},
			{"يقال إن الوضع هادئ . وقصفت+ الطائرات المدينة", 5, false},
			{"قال المتحدث إن الجيش قصف+ القرية", 4, false},
		}},
		{"Landmark", Landmark, []atWord{
			{"وكان المجلس قد أقر القانون قبيل بدء المفاوضات* في يونيو", 7, true},
			{"وكانت الحكومة قد أعلنت الخطة قبل الزيارة* في مايو", 6, true},
			// no recall, or the noun not after قبل
			{"أقر المجلس القانون قبيل بدء المفاوضات* في يونيو", 5, false},
			{"وكان المجلس قد أقر القانون بعد المفاوضات* في يونيو", 6, false},
			{"وكان المجلس قد أقر القانون خلال المفاوضات* في يونيو", 6, false},
			{"وكان الاجتماع ناجحا قبيل المفاوضات*", 4, false},
		}},
		{"Former", Former, []atWord{
			{"تأتي تكملة لزيارته* الماضية إلى بغداد", 2, true},
			{"قال إن لقاءه* السابق مع بوتين كان مثمرا", 2, true},
			{"أشاد بالمحادثات* السابقة بين البلدين", 1, true},
			{"زيارة* الأسبوع الماضي إلى موسكو", 0, false},
			{"زيارة* سابقة لأوانها", 0, false},
			{"زار الوزير الرياض", 1, false},
		}},
		{"Pluperfect", Pluperfect, []atWord{
			{"وكان الجيش قصف+ مواقع التنظيم", 2, true},
			{"وكانت تركيا قد اتهمت+ روسيا", 3, true},
			{"وكان المتحدث الرسمي باسم الانتخابات البلدية المهندس جديع القحطاني قد دعا+ الشباب", 10, true},
			{"وكان وزير الخارجية السعودي عادل الجبير في حديثه إلى الصحفيين قد انتقد+ إيران", 11, true},
			{"كان الوضع صعبا جدا على السكان المدنيين في المدينة المحاصرة انتقد+ الوزير إيران", 10, false},
			{"وكان الجيش قد سيقصف^+ المواقع", 3, false},
			{"انتقد+ الوزير إيران", 0, false},
		}},
		{"Lapse", Lapse, []atWord{
			{"نجحت الإدارة في إبرام اتفاق بعد عامين من المفاوضات* الشاقة", 8, true},
			{"وقعت الهدنة بعد 3 سنوات من الحرب*", 6, true},
			{"وبعد أشهر من القتال* انسحبت القوات", 3, true},
			{"بعد ساعات من الهجوم* اعتقلت الشرطة مشتبها", 3, false},
			{"بعد يومين من المفاوضات* اتفق الطرفان", 3, false},
			{"جاءت الزيارة بعد أسبوع من زيارة* أردوغان", 5, false},
			{"قبل عامين من الاتفاق* كانت الحرب", 3, false},
			{"عامين من المفاوضات* مع إيران", 2, false},
			{"بعد عامين من توقيع+ الاتفاق", 3, false},
		}},
		{"Habit", Habit, []atWord{
			{"ودرج الرئيس على تحدي* المحكمة منذ سنوات", 3, true},
			{"دأبت الحكومة على زيارة* دول الجوار", 3, true},
			{"اعتاد الجيش قصف* المواقع ليلا", 2, true},
			{"وظلت القوات تقصف+ المدينة", 2, true},
			{"ظل المسؤولون طوال فترة المحادثات* يرددون الموقف", 4, true},
			// a state that goes on, ظل as "shade", as is his wont, another act
			{"ظلت الاشتباكات* مستمرة", 1, false},
			{"وظل الوضع في المدينة هادئا حتى هجوم* المسلحين على الجيش", 6, false},
			{"في ظل الحرب* على الإرهاب", 2, false},
			{"كما اعتاد الملك ، استقبل+ الوزراء", 4, false},
			{"دأب على زيارة* الخليج ثم زار+ مصر", 5, false},
			{"دأب على السفر . واعتقلت+ الشرطة خالدا", 4, false},
			{"اعتاد الجيش قصف المواقع التي هاجم+ منها المسلحون", 5, false},
		}},
		{"Counted", Counted, []atWord{
			{"شنت+ قوات الحلف في يونيو 106 غارات ، بحسب إحصاءات الحلف", 0, true},
			{"ووفقا لإحصاءات الحكومة ، فإن 1280 شخصا قتلوا خلال هجوم* المسلحين", 9, true},
			{"وبحسب إحصائية حكومية فإن 9072 مخالفا ينتظرون ترحيلهم*", 6, true},
			// a source that is no statistics, statistics that are no source, none
			{"شنت+ الطائرات غارات على المواقع ، بحسب المرصد", 0, false},
			{"وأصدرت+ الوزارة إحصاءات جديدة عن الحوادث", 0, false},
			{"وقتل+ 20 شخصا في الهجوم", 0, false},
		}},
		{"Formerly", Formerly, []atWord{
			{"والكاتب الذي سبق له أن زار+ بغداد يلقي محاضرة", 5, true},
			{"كما سبق أن أعلنت+ الوزارة عن الخطة", 3, true},
			{"وهي سبق لها وأن شاركت+ في المعرض", 4, true},
			// سبق as "came before" with its object, another word between, a noun, no سبق
			{"وسبق الاجتماع إعلان+ الوزارة", 2, false},
			{"سبق أن قال الوزير إنه زار+ المدينة", 5, false},
			{"سبق له أن زيارة* المدينة", 3, false},
			{"وقال الوزير إن الوفد زار+ المدينة", 5, false},
		}},
		{"Stated", Stated, []atWord{
			{"وكان تحذيرها*= واضحا", 1, true},
			{"وكانت زيارة* الرئيس الأولى للرياض في عام 2010", 1, true},
			{"حيث كانت الزيارة* بمثابة نسف", 2, false},  // the article: an act told before
			{"اللقاء ، كان لقاء* استراتيجيا", 3, false}, // the predicate
			{"كان الجيش قد قصف+ المواقع", 4, false},     // a verb: Pluperfect
			{"وكان الوزير قال إن زيارة* موسكو مثمرة", 5, false},
			{"وزيارة* الوزير مثمرة", 0, false},
		}},
	} {
		for _, tc := range rule.rows {
			if got := rule.fn(words(strings.Fields(tc.sentence)), tc.k); got != tc.want {
				t.Errorf("%s(%q, %d) = %v, want %v", rule.name, tc.sentence, tc.k, got, tc.want)
			}
		}
	}
}

func TestStatedRecalled(t *testing.T) {
	// an act stated with كان is recalled, unless its clause names the day
	s := words(strings.Fields("وكان تحذيرها*= واضحا"))
	if !Recalled(s, 1) {
		t.Errorf("Recalled(%q) = false", s)
	}
}

// atTwo is one sentence with the two words a rule is asked about (the
// gathering or the date first, the act second) and its verdict.
type atTwo struct {
	sentence string
	a, k     int
	want     bool
}

// TestAtTwoWords runs the rules that relate two words of a sentence: an act
// said to be the purpose of a gathering (Purpose), a date told before an act
// it does not date (Earlier).
func TestAtTwoWords(t *testing.T) {
	for _, rule := range []struct {
		name string
		fn   func(Sentence, int, int) bool
		rows []atTwo
	}{
		{"Purpose", Purpose, []atTwo{
			{"وكانت المدينة قد شهدت+ قبل أسبوعين مسيرات* للعمال للمطالبة* برفع الأجور", 6, 8, true},
			{"نظم الطلاب اعتصاما* للتنديد* بالقرار", 2, 3, true},
			{"خرجت مظاهرة* حاشدة للمطالبة* بالإصلاح", 1, 3, true},
			// too far, past a verb or a clause's end, or another act between
			{"خرجت مظاهرة* حاشدة في الساحة للمطالبة* بالإصلاح", 1, 5, false},
			{"خرجت مظاهرة* حاشدة في الساحة الكبرى للمطالبة* بالإصلاح", 1, 6, false},
			{"نظم الطلاب اعتصاما* ، للمطالبة* بحقوقهم", 2, 4, false},
			{"نظم الطلاب اعتصاما* وطالبوا+ بحقوقهم", 2, 3, false},
			{"شهدت المدينة مسيرة* واعتصاما* للمطالبة* بالإصلاح", 2, 4, false},
			// not after ل, or before the gathering
			{"نظم الطلاب اعتصاما* بعد المطالبة* بحقوقهم", 2, 4, false},
			{"للمطالبة* بحقوقهم نظم الطلاب اعتصاما*", 4, 0, false},
		}},
		{"Earlier", Earlier, []atTwo{
			{"أوضحت المنظمة في تقرير نشرته أمس ، أنها قابلت صبية ، كانت القوات قد اعتقلتهم+", 5, 14, true},
			{"وكان الجيش قد قصف+ ، أمس ، مواقع", 6, 4, false},
			{"قصفت+ الطائرات أمس مواقع", 2, 0, false},
			{"نشرت أمس تقريرا ، واعتقلت+ القوات خمسة", 1, 5, false},
			{"وفي يوم الجمعة كان هناك تجمع+ لمؤيدي التنظيم", 3, 6, false},
		}},
	} {
		for _, tc := range rule.rows {
			if got := rule.fn(words(strings.Fields(tc.sentence)), tc.a, tc.k); got != tc.want {
				t.Errorf("%s(%q, %d, %d) = %v, want %v", rule.name, tc.sentence, tc.a, tc.k, got, tc.want)
			}
		}
	}
}
