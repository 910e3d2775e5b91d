package sense

import (
	"slices"
	"strings"
	"testing"

	"rasad/internal/arabic"
	"rasad/internal/news"
)

// lemmas stands in for the coder's lexicon: the event words of the tests
// and their lemmas.
var lemmas = map[string]string{
	"فجرا": "فجر", "وتفجرت": "تفجر", "تفجرت": "تفجر", "وتحتل": "احتل", "تحتل": "احتل", "واحتل": "احتل",
	"وتلتقي": "التقي", "مفاوضات": "مفاوضات", "والتقي": "التقي", "ويلتقي": "التقي", "انفجار": "انفجار",
	"وقتل": "قتل", "قتل": "قتل", "بمقتل": "مقتل", "ومقتل": "مقتل", "واستشهد": "استشهد", "واعدم": "اعدم", "لقي": "لقي", "استشهد": "استشهد", "لقوا": "لقي", "ضرب": "ضرب", "وضرب": "ضرب", "فجر": "فجر", "مقتل": "مقتل", "قتلوا": "قتل", "قتلها": "قتل", "حرقا": "حرق", "واحرق": "احرق",
	"تبحث": "بحث", "وبحث": "بحث", "وتدعو": "دعا", "ودعا": "دعا", "يدافعون": "دافع", "ودافع": "دافع", "سجن": "سجن", "وسجنت": "سجن",
	"رفض": "رفض", "برفض": "رفض", "ورفضت": "رفض", "التهديد": "تهديد", "الاعتقال": "اعتقال", "بالتهديد": "تهديد", "وهاجم": "هاجم",
	"واستهدفت": "استهدف", "قصفت": "قصف", "تجمعا": "تجمع", "وتجمعا": "تجمع", "تجمع": "تجمع", "زيارة": "زيارة", "الزيارات": "زيارة", "ثمنا": "ثمن", "الثمن": "ثمن", "وثمن": "ثمن", "واصاب": "اصاب", "الاجتماع": "اجتماع", "وحذرت": "حذر", "وحذر": "حذر", "وطلب": "طلب", "ودعوة": "دعوة", "الدعوة": "دعوة", "دعوة": "دعوة",
	"توقيع": "توقيع", "المفاوضات": "مفاوضات", "اجتماع": "اجتماع",
	"بحذر": "حذر", "وحذرا": "حذر", "اجتمعا": "اجتمع",
	"تهديدات": "تهديد", "التهديدات": "تهديد", "لتهديدات": "تهديد", "تهديداته": "تهديد", "تهديد": "تهديد", "ووعيد": "", "والتهديدات": "تهديد",
	"التوقيع": "توقيع", "الهجوم": "هجوم", "الاحتجاز": "احتجاز", "وتهديدهم": "تهديد", "وشن": "شن", "غارات": "غارة", "الغارات": "غارة", "شنها": "شن",
	"وانسحب": "انسحب", "وقصفت": "قصف", "صرحا": "صرح", "وايد": "ايد",
	"الهجمات": "هجوم", "الاتهامات": "اتهام", "اتهامات": "اتهام", "واجتمع": "اجتمع", "تقتل": "قتل", "الانذار": "انذار", "تهدد": "هدد",
	"طلبا": "طلب", "الطلب": "طلب", "والطلب": "طلب", "طلب": "طلب", "لخطف": "خطف", "خطف": "خطف", "وخطف": "خطف",
	"ويحثهم": "حث", "ويدعو": "دعا", "ويحث": "حث", "وتحث": "حث", "وحث": "حث",
	"بزيارة": "زيارة", "ونحث": "حث", "مشاركة": "مشاركة", "مشاركتها": "مشاركة", "بالتحذير": "تحذير", "مؤتمر": "مؤتمر", "المؤتمر": "مؤتمر", "نفي": "نفي", "ووافق": "وافق", "ويوافق": "وافق", "ووافقت": "وافق", "قمة": "اجتماع", "كقمة": "اجتماع", "القمة": "اجتماع", "ودوت": "دوي", "الانفجار": "انفجار", "وانفجار": "انفجار", "انفجارات": "انفجار", "ينف": "نفي", "سينفي": "نفي", "ونفي": "نفي",
	"الاجتماعات": "اجتماع", "ويستثمر": "استثمر", "واستثمرت": "استثمر",
}

// nouns are the lemmas of lemmas whose patterns are nouns'.
var nouns = map[string]bool{"مفاوضات": true, "انفجار": true, "مقتل": true, "حرق": true, "تهديد": true, "اعتقال": true,
	"زيارة": true, "اجتماع": true, "دعوة": true, "هجوم": true, "دعم": true, "انسحاب": true, "توقيع": true, "غارة": true, "احتجاز": true,
	"اتهام": true, "انذار": true, "مشاركة": true, "تحذير": true, "مؤتمر": true}

func tokens(text string) ([]news.Token, []news.Sentence, Pattern) {
	toks := arabic.Tokenize(text)
	arabic.DefaultSegmenter().Segment(toks)
	return toks, arabic.Sentences(text, toks), func(k int) (string, bool) {
		l := lemmas[toks[k].Norm]
		return l, l != "" && !nouns[l]
	}
}

// idleCase is a sentence and the words Idle should find in it.
type idleCase struct {
	name, text string
	want       string // the idle words, space-separated
}

// checkIdle runs Idle on each case's text and compares its words.
func checkIdle(t *testing.T, cases []idleCase) {
	t.Helper()
	for _, tc := range cases {
		toks, sents, lemma := tokens(tc.text)
		if got := norms(toks, Idle(toks, sents, lemma)); got != tc.want {
			t.Errorf("%s: Idle(%q) = %q, want %q", tc.name, tc.text, got, tc.want)
		}
	}
}

func TestIdle(t *testing.T) {
	checkIdle(t, []idleCase{
		{"at dawn", "واعتقلت قوات الاحتلال فجرا شابا.", "فجرا"},
		{"demand for flats", "وقال ان هناك طلبا كبيرا على الشقق المفروشة في الصيف.", "طلبا"},
		{"demand for oil", "وارتفع الطلب على النفط الخام.", "الطلب"},
		{"supply and demand", "ويخضع السعر لقانون العرض والطلب.", "والطلب"},
		{"buying and demand", "ويكثر الشراء وطلب الملابس قبل العيد.", "وطلب"},
		{"asked at once", "وطلب الوزير على الفور عقد جلسة طارئة.", ""},
		{"asked of the government", "وطلب السفير من الحكومة الافراج عن المعتقلين.", ""},
		{"the prayer of the wronged", "وقال الخطيب ان الله يسمع دعوة المظلوم.", "دعوة"},
		{"a prayer answered", "وللصائم عند فطره دعوة لا ترد.", "دعوة"},
		{"an invitation to talks", "ووجه الرئيس دعوة الى المعارضة للحوار.", ""},
		{"a player signed", "ويسعى النادي لخطف المهاجم البرازيلي من منافسه.", "لخطف"},
		{"a win snatched", "ونجح الفريق في خطف الفوز في الدقيقة الاخيرة.", "خطف"},
		{"a journalist abducted", "وخطف مسلحون صحفيا في بغداد.", ""},
		{"the meeting room", "واقيم الحفل في قاعة الاجتماعات بالمبنى الرئيسي.", "الاجتماعات"},
		{"the season made use of", "ويستثمر الطلاب الاجازة الصيفية للعمل.", "ويستثمر"},
		{"a plea of not guilty", "ودفع المتهم ببراءته من اتهامات بالرشوة.", "اتهامات"},
		{"cleared by the court", "وقضت المحكمة بتبرئته من الاتهامات الموجهة اليه.", "الاتهامات"},
		{"the charges proved wrong", "واثبتت التحقيقات خطأ الاتهامات.", "الاتهامات"},
		{"charges brought", "ووجهت النيابة اتهامات بالرشوة الى الوزير.", ""},
		{"an opening that spurs", "وقال ان افتتاح المصنع يوفر فرص عمل للشباب، ويحثهم على الانتاج.", "ويحثهم"},
		{"a success that gives cause", "وقال ان نجاح الموسم يعزز الثقة ويدعو الى التفاؤل.", "ويدعو"},
		{"a president who urges", "ويزور الرئيس المصنع ويحث العمال على الانتاج.", ""},
		{"an opening attended, then an appeal", "وحضر الوزير افتتاح المصنع، ويحث العمال على الانتاج.", ""},
		{"a treaty urges", "وتحث الاتفاقية الدول على التعاون.", "وتحث"},
		{"the secretary-general urges", "وحث الامين العام الدول على التعاون.", ""},
		{"a visit to a fair", "وقام الرئيس بزيارة المعرض.", ""},
		{"a defector from a party", "وقال القيادي المنشق عن المؤتمر الوطني العام ان الحكومة سقطت.", "المؤتمر"},
		{"a party's leader", "واستقال رئيس حزب المؤتمر من منصبه.", "المؤتمر"},
		{"a conference held", "وعقد المؤتمر الدولي للمانحين في الكويت.", ""},
		{"a press conference", "وقال الوزير في المؤتمر الصحفي ان المحادثات ناجحة.", ""},
		{"neither confirmed nor denied", "وقال المتحدث انه لا يستطيع تأكيد أو نفي الخبر.", "نفي"},
		{"neither denied nor confirmed", "ولم ينف أو يؤكد الجيش مقتل القائد.", "ينف"},
		{"a denial", "ونفى الجيش مقتل القائد.", ""},
		{"a bill passed", "ووافق البرلمان، امس الاول، على مشروع قانون الانتخابات.", "ووافق"},
		{"a budget passed", "ويوافق المجلس على الميزانية العامة كل عام.", "ويوافق"},
		{"a truce accepted", "ووافقت الحكومة على وقف اطلاق النار.", ""},
		{"a draft decision passed", "ووافق مجلس الوزراء على مشروع القرار الذي قدمه الرئيس.", "ووافق"},
		{"a project accepted", "ووافقت الحكومة على المشروع الذي عرضته الشركة.", ""},
		{"reforms demanded", "ووافقت اليونان على الاصلاحات التي طلبها الدائنون.", ""},
		{"at the height of joy", "وقال الاهالي انهم في قمة السعادة بعد التحرير.", "قمة"},
		{"like a mountain's top", "ويقف المبنى كقمة جبل في وسط المدينة.", "كقمة"},
		{"a summit of the G20", "وتعقد قمة مجموعة العشرين في انطاليا.", ""},
		{"the Arab summit", "وقال ان القمة العربية ناقشت الازمة.", ""},
		{"explosions in the fire's area", "واشتعلت النار في المستودع، ودوت انفجارات في منطقة الحريق طوال الليل.", "ودوت انفجارات"},
		{"a blast a fire caused", "وقالت الشرطة ان الانفجار سببه حريق في المطبخ.", "الانفجار"},
		{"a fire and a blast", "واسفر اندلاع حريق ووقوع انفجار في المصنع عن اصابة عاملين.", "انفجار"},
		{"a fire then a blast", "وادى حريق وانفجار في الميناء الى مقتل عامل.", "وانفجار"},
		{"a blast that set a fire", "وتسبب الانفجار في اندلاع حريق كبير في السوق.", ""},
		{"explosions and gunfire", "وسمعت انفجارات واطلاق النيران في العاصمة.", ""},
		{"explosions rang out", "ودوت انفجارات في وسط المدينة.", ""},
		{"a denial or silence", "وقال انه سينفي أو يصمت.", ""},
		{"staff urged", "وحث المدير الموظفين على بذل الجهد.", "وحث"},
		{"students urged", "ونحث جميع الطلاب على الاجتهاد.", "ونحث"},
		{"states urged", "وحث الرئيس الدول الكبرى على التدخل.", ""},
		{"a visa application", "ويمكن تقديم طلب التاشيرة عبر الموقع.", "طلب"},
		{"a request to the council", "وقدمت فلسطين طلبا الى مجلس الامن.", ""},
		{"money invested", "واستثمرت الشركة في مشاريع الطاقة.", ""},
		{"a threat in the headline, a danger in the body", "تهديدات ايرانية للسعودية\nوقال الوزير ان التهديدات تتزايد.", "التهديدات"},
		{"the details of the talks", "ولم يطلعه على تفاصيل المفاوضات.", "المفاوضات"},
		{"an office named for preaching", "وقال مدير مكتب الدعوة ان البرنامج جديد.", "الدعوة"},
		{"as a result of the attack", "وقتل خمسة مدنيين نتيجة الهجوم.", ""},
		{"the talks go on", "واعلنت استمرار المفاوضات.", ""},
		{"details of talks, indefinite", "وقال ان تفاصيل مفاوضات جديدة تسربت.", ""},
		{"minutes counted after the signing", "واتصل به بعد دقائق معدودة من التوقيع.", "التوقيع"},
		{"threats made", "تهديدات ايرانية للسعودية\nووجه الحرس الثوري تهديدات للسعودية.", ""},
		{"threats renewed", "ايران والخليج\nوجدد الحرس الثوري تهديداته امس.", ""},
		{"threats suffered", "الصحفيون في اليمن\nوتعرض الصحفيون لتهديدات من الحوثيين.", ""},
		{"a threat with its content", "ايران والخليج\nوقالت ان تهديد ايران باغلاق المضيق جاد.", ""},
		{"threats replied to", "ايران والخليج\nوقال خامنئي ردا على تهديدات اوباما ان بلاده لن تتراجع.", ""},
		{"threats in a list of acts", "تقرير المنظمة\nوتحدث عن ضربهم اثناء الاحتجاز وتهديدهم.", ""},
		{"threat and menace", "داعش وتركيا\nوظهر مسلحون مع تهديد ووعيد للاتراك.", ""},
		{"the dangers and threats", "ايران والخليج\nوقال ان الاخطار والتهديدات تجاوزت المنطقة.", "والتهديدات"},
		{"a sociologist", "عاد عالم الاجتماع الفرنسي الى الساحة.", "الاجتماع"},
		{"sociology", "وقال استاذ علم الاجتماع ان الظاهرة جديدة.", "الاجتماع"},
		{"a meeting of the world's leaders", "وعقد الاجتماع في نيويورك.", ""},
		{"the dual before a reflexive", "انتحاريان فجرا نفسيهما في مسجد.", ""},
		{"a gathering struck", "واستهدفت الطائرات السورية تجمعا للمسلحين.", "تجمعا"},
		{"a gathering struck by a long subject", "قصفت طائرات التحالف العربي تجمعا للحوثيين.", "تجمعا"},
		{"the two gathered", "وتجمعا امام السفارة احتجاجا.", ""},
		{"a gathering attacked", "قتل 16 مسلحا في هجوم على تجمع لهم امام البنك.", "تجمع"},
		{"a rally", "تجمع المحتجون امام السفارة.", ""},
		{"seeking", "وقالت الشرطة انها تبحث عن ثلاثة صيادين.", "تبحث"},
		{"talks with", "وبحث الوزير مع نظيره الازمة.", ""},
		{"a text calls", "وتدعو الخطة الى اصلاح المناهج.", "وتدعو"},
		{"a president calls", "ودعا الرئيس الى اصلاح المناهج.", ""},
		{"the land defended", "وقالوا انهم يدافعون عن ارضهم.", "يدافعون"},
		{"a decision defended", "ودافع الوزير عن قرار حكومته.", ""},
		{"in the prison", "وامضى ثلاث سنوات في سجن طرة.", "سجن"},
		{"the prison's director", "وقال مدير سجن الحائر ان الوضع مستقر.", "سجن"},
		{"imprisoned", "وسجنت السلطات الصحفي.", ""},
		{"despite a rejection", "وعلى الرغم من رفض الحكومة للخطة بدات البلدية تنفيذها.", "رفض"},
		{"the topic of disputes", "خلافات تتعلق برفض الضباط تلقي الاوامر.", "برفض"},
		{"a dispute about", "واستمرت الخلافات حول رفض الحكومة للخطة.", "رفض"},
		{"a rejection", "ورفضت الحكومة الخطة.", ""},
		{"preaching to non-Muslims", "وتتولى الجمعية بناء المساجد ودعوة غير المسلمين.", "ودعوة"},
		{"preaching Islam", "ويعمل المركز في الدعوة الى الله.", "الدعوة"},
		{"a call to a summit", "ووجه الملك دعوة الى الرئيس لحضور القمة.", ""},
		{"a call by the ministry", "ودعوة الوزارة الى الحوار لقيت ترحيبا.", ""},
		{"alternatives", "وقال ان الاعتقال او التهديد لن يغير موقفه.", "الاعتقال التهديد"},
		{"described as", "ووصف النائب قرار البرلمان بالتهديد الخطير.", "بالتهديد"},
		{"a gathering struck past a long subject", "وهاجم مسلحو المقاومة الشعبية بقنبلة يدوية تجمعا للمسلحين.", "تجمعا"},
		{"the most visited", "المملكة على راس قائمة الدول الاكثر زيارة في المنطقة.", "زيارة"},
		{"the most of visits", "وكانت اكثر الزيارات اهمية زيارة الرئيس.", ""},
		{"at least", "اوقع 40 قتيلا على الاقل واصاب 55.", ""},
		{"a price paid", "ستدفع اسرائيل ثمنا باهظا له.", "ثمنا"},
		{"a price that is heavy", "وقال ان الشعب يدفع الثمن.", "الثمن"},
		{"praise", "وثمن الوزير جهود المملكة.", ""},
		{"the two gathered after a strike", "قصفت الطائرات المدينة، ثم تجمعا امام المستشفى.", ""},
		{"a scandal broke out", "وتفجرت الفضيحة اواخر مايو.", "وتفجرت"},
		{"a warning of the sun", "وحذرت هيئة الارصاد من خطر التعرض المباشر لاشعة الشمس.", "وحذرت"},
		{"a warning of torrents, past a comma", "وحذر الدفاع المدني، في بيان امس، من الاقتراب من مجاري السيول.", "وحذر"},
		{"a warning to an actor", "وحذرت واشنطن طهران من عواقب التصعيد.", ""},
		{"the weather in the next sentence", "وحذرت واشنطن طهران من التصعيد. وارتفعت الحرارة.", ""},
		{"greetings conveyed", "وطلب الملك نقل تحياته الى اخيه.", "وطلب"},
		{"a request to convey a message", "وطلب الملك نقل رسالة الى الرئيس.", ""},
		{"a car exploded", "وتفجرت سيارة مفخخة في بغداد.", ""},
		{"the explosion of the situation", "حذر من انفجار الوضع في غزة.", "انفجار"},
		{"the dawn of a day", "وصلت الطائرة فجر يوم الخميس.", "فجر"},
		{"a blast on a day", "فجر انتحاري نفسه يوم الخميس.", ""},
		{"the dawn of yesterday", "ان قوات الاحتلال اعتقلت، فجر امس الخميس، خمسة فلسطينيين.", "فجر"},
		{"the dawn of a weekday", "واقتحمت القوات البلدة فجر السبت.", "فجر"},
		{"a blast by a subject named after", "فجر مسلحون امس عبوة ناسفة.", ""},
		{"one of them blew himself up", "فجر احد الانتحاريين نفسه في السوق.", ""},
		{"a traffic accident", "لقي شخصان مصرعهما واصيب اربعة في حادث مروري.", "لقي"},
		{"a landslide", "لقوا حتفهم جراء انهيارات ارضية.", "لقوا"},
		{"incidents of violence", "قتل اربعون شخصا امس في حوادث عنف متفرقة.", ""},
		{"a fire set by settlers", "استشهد طفل في حريق بمنزله تسبب به مستوطنون.", ""},
		{"killed in shelling is no accident", "لقي شخصان مصرعهما في قصف.", ""},
		{"an earthquake struck", "وقالوا ان زلزالا متوسطا ضرب البحر الميت.", "ضرب"},
		{"the army struck", "وضرب الجيش مواقع التنظيم.", ""},
		{"sparked anger", "الامر الذي فجر غضبا دوليا.", "فجر"},
		{"burned to death", "مقتل طفل فلسطيني حرقا في هجوم.", "حرقا"},
		{"a burning of its own", "واحرق المستوطنون منزلا وسيارة حرقا.", ""},
		{"ranks first", "وتحتل الامارات المركز الاول في القائمة.", "وتحتل"},
		{"ranks fifth", "فرنسا تحتل المرتبة الخامسة عالميا.", "تحتل"},
		{"occupies the city centre", "واحتل الجيش مركز المدينة.", ""},
		{"occupies a town", "واحتل التنظيم مدينة الرمادي.", ""},
		{"a match in a sentence of sport", "وتلتقي ليبيا مع رواندا في تصفيات كاس العالم.", "وتلتقي"},
		{"a meeting of officials", "والتقي وزير الخارجية نظيره الليبي.", ""},
		{"a general meets a minister", "والتقي قائد الجيش الفريق الركن عثمان الغانمي بالجبير.", ""},
		{"talks with a coach", "وقالت المصادر ان مفاوضات الاتحاد السعودي مع المدرب الارجنتيني اقتربت من الحسم.", "مفاوضات"},
		{"a withdrawal in an article of sport", "فاز المنتخب في المباراة. وسجل اللاعب في الدوري. وانتقل المدرب الى النادي.\nوانسحب المغرب من البطولة احتجاجا على الحكم.", "وانسحب"},
		{"a withdrawal in a sentence of sport only", "وانسحب المغرب من البطولة احتجاجا على الحكم.", ""},
		{"a minister in an article of sport", "فاز المنتخب في المباراة. وسجل اللاعب في الدوري. وانتقل المدرب الى النادي.\nوانسحب وزير الرياضة المغربي من حفل البطولة.", ""},
		{"targets struck are no goals", "وسجل الهدف في المرمى. واصاب هدفين. وحقق اهدافا كثيرة.\nوقصفت المدفعية اهدافا للتنظيم في سوريا.", ""},
		{"an edifice", "ويخلق المشروع صرحا اقتصاديا جديدا.", "صرحا"},
		{"the two declared officially", "وكان الوزيران صرحا رسميا بذلك.", ""},
		{"called on a country", "ودعا الوزير بريطانيا الى التعاون.", ""},
		{"hands joined to nouns", "وانجز المشروع بتفكير ليبي وقرار وايد ليبية.", "وايد"},
		{"endorsed after a noun of its subject", "وقال الوزير وايد الرئيس الخطة.", ""},
		{"a warning against smoking", "وقال الكاتب ان ذلك اشبه بالتحذير من التدخين على العلب.", "بالتحذير"},
		{"a warning against smoking in quotation marks", "وقال الكاتب ان ذلك اشبه بالتحذير من «التدخين» على العلب.", "بالتحذير"},
		{"a warning against a group", "وحذر الوزير من الجماعة.", ""},
		{"the body a secretary-general heads", "وشارك امين عام مؤتمر وزراء الاوقاف في الندوة.", "مؤتمر"},
		{"a conference opened", "وافتتح الوزير مؤتمر وزراء الاوقاف.", ""},
		{"the beneficiary of a strike", "وقال ان المستفيد الاكبر من ضرب القوات هو التنظيم.", "ضرب"},
		{"a strike that killed", "وقتل خمسة في ضرب القوات للقرية.", ""},
		{"taking part in raids", "وقال المحلل ان مشاركة اردوغان في الغارات على التنظيم كانت غطاء.", "مشاركة"},
		{"taking part in a war, with its pronoun", "واكد الوزير مشاركتها في الحرب على الارهاب.", "مشاركتها"},
		{"taking part in a ceremony", "وشهد الحفل مشاركة بوتين في الافتتاح.", ""},
		{"hands in a list of adjectives of relation", "وبني المطار باموال قطرية وايد قطرية وخبرات قطرية.", "وايد"},
		{"endorsed after a nisba that ends a clause", "وصلت الوفود القطرية وايد الرئيس الخطة.", ""},
		{"the time of another act", "وقال الوزير ان بلاده ملتزمة بالاتفاق بعد توقيع الاتفاق.", "توقيع"},
		{"years of talks", "وقال الوزير ان الاتفاق جاء بعد 12 عاما من المفاوضات.", "المفاوضات"},
		{"since its signing", "وقال الوزير ان الهدنة صامدة منذ توقيع الاتفاق.", "توقيع"},
		{"a meeting is the occasion", "وقال الوزير بعد اجتماع مع نظيره ان الوضع صعب.", ""},
		{"an act to come", "وقال الوزير ذلك قبل توقيع الاتفاق.", ""},
		{"the talks themselves", "وبدات المفاوضات بين الطرفين امس.", ""},
		{"cautiously", "وتعاملت الحكومة بحذر مع المقترح.", "بحذر"},
		{"caution joined to vigilance", "وهذا يتطلب يقظة وحذرا في التعامل معه.", "وحذرا"},
		{"the two warned", "وكان الوزيران اجتمعا وحذرا من التصعيد.", ""},
		{"talks between governments", "وقالت المصادر ان مفاوضات ايران مع الدول الست اقتربت من الحسم.", ""},
		{"a match in an article of sport", "فاز المنتخب في المباراة. وسجل اللاعب هدفين في الشوط الاول.\nوتلتقي ليبيا مع رواندا.", "وتلتقي"},
		{"a meeting in an article of politics", "بحث الرئيس الازمة.\nوتلتقي ليبيا مع رواندا.", ""},
		{"threats faced, joined to attacks", "وقال ان الهجمات والتهديدات التي تواجهها البلاد تتزايد.", "والتهديدات"},
		{"threats launched, joined to attacks", "تقرير المنظمة\nوقال ان الهجمات والتهديدات التي اطلقها التنظيم تتزايد.", ""},
		{"charges a minister faces", "وقال ان الاتهامات التي يواجهها الوزير كثيرة.", "الاتهامات"},
		{"charges as the object of facing", "وتواجه الحكومة الاتهامات بالفساد.", "الاتهامات"},
		{"charges levelled", "ووجه الوزير الاتهامات الى المعارضة.", ""},
		{"charges denied", "ونفى المتحدث الاتهامات الموجهة الى الجيش.", "الاتهامات"},
		{"charges called baseless, in quotation marks", "وقال ان الاتهامات ضد الجيش «لا اساس لها».", "الاتهامات"},
		{"charges denied past a long subject", "ونفى رئيس الوزراء التركي احمد داود اوغلو الاتهامات.", "الاتهامات"},
		{"charges with a basis", "وقال ان الاتهامات ضد الجيش لها اساس.", ""},
		{"an author's charges called false", "ووصف الوزير اتهامات المعارضة بانها باطلة.", ""},
		{"students gathered", "واجتمع طلاب الجامعة في الساحة.", "واجتمع"},
		{"a minister met", "واجتمع الوزير مع نظيره.", ""},
		{"hands that kill", "وايد تقتل الابرياء.", "وايد"},
		{"endorsed by a name", "وايد يوسف الخطة.", ""},
		{"talks of traders", "وقال التجار ان المفاوضات مع الموردين حول الاسعار مستمرة.", "المفاوضات"},
		{"an alarm bell", "وقرعت الصحيفة جرس الانذار.", "الانذار"},
		{"an ultimatum", "ووجه الجيش الانذار الاخير للمسلحين.", ""},
		{"a rejection weighed", "وقال ان رفض البرلمان للخطة سيضعف الحكومة.", "رفض"},
		{"a rejection that would threaten", "وحذر من ان رفض الاتفاق من شانه ان يهدد الامن.", "رفض"},
		{"a rejection that weakened", "وقال ان رفض البرلمان للخطة اضعف الحكومة.", ""},
		{"a signing judged", "واعتبر الوزير ان توقيع الاتفاق كان خطوة ضرورية.", "توقيع"},
		{"a signing today", "واعلن الوزير توقيع الاتفاق اليوم.", ""},
		{"after he rejected", "وقال انه بعد ان رفض البرلمان الخطة سيستقيل الوزير.", ""},
		{"an attack and its sequel", "وقال ان الهجوم سيزيد عزم الحكومة.", ""},
		{"avoided inviting", "وتحاشى الوزير دعوة روسيا الى المؤتمر.", "دعوة"},
		{"advised to avoid a visit", "ونصحت الوزارة رعاياها بتجنب زيارة المنطقة.", "زيارة"},
		{"a plan that could threaten", "وقال ان الخطة من شانها ان تهدد الامن.", "تهدد"},
		{"a group that threatens", "وقال ان الجماعة تهدد الامن.", ""},
	})
}

func TestCause(t *testing.T) {
	for _, tc := range []struct {
		name, text string
		code       string // "" for none
		cause      string // the word of the act
	}{
		{"shelling", "وافادت مصادر بمقتل مدني واصابة ثلاثة، في قصف للحوثيين.", "190", "قصف"},
		{"aerial shelling", "وقتل ثلاثة في قصف جوي على صنعاء.", "195", "قصف"},
		{"artillery", "وقتل ثلاثة في القصف المدفعي على حلب.", "194", "القصف"},
		{"a raid", "وقتل ثلاثة مدنيين في غارة على صنعاء.", "195", "غارة"},
		{"clashes after a place", "وقتل خمسة في الرمادي في اشتباكات مع داعش.", "190", "اشتباكات"},
		{"mines", "قتل سبعة عشر مدنيا جراء انفجار الغام زرعها الحوثيون.", "183", "انفجار"},
		{"a clash beyond a bracket", "وقتل جندي قرب كيليس (جنوب تركيا) في صدام مسلح.", "190", "صدام"},
		{"a targeting", "وقتل مدير المنطقة جراء استهدافه من قبل التنظيم.", "190", "استهدافه"},
		{"a shot is the cause", "واستشهد شاب جراء اصابته بعيار ناري في مواجهات.", "", ""},
		{"a killing with no act named", "وقتل مسلحون شرطيا بالرصاص في بغداد.", "", ""},
		{"an execution is no toll", "واعدم التنظيم اربعة في قصف.", "", ""},
		{"the next sentence", "وقتل ثلاثة. وفي غارة اخرى.", "", ""},
		{"another clause", "ومقتل تسعة مدنيين، بينما قتل احد عشر اخرون في قصف جوي.", "", ""},
		{"another clause, combatants", "ومقتل تسعة مسلحين، بينما قتل احد عشر اخرون في قصف جوي.", "190", ""},
		{"combatants and the act named", "وقتل خمسة جنود من الكتيبة 21 في الهجوم.", "190", "الهجوم"},
		{"soldiers killed", "وقتل جنديان عراقيان شمال بغداد.", "190", ""},
		{"fighters before the verb", "وقالت القيادة ان 7 عناصر من تنظيم داعش قتلوا وجرح اربعة منهم.", "190", ""},
		{"a number and من before them", "واعلنت المعارضة قتلها عشرات من عناصر النظام.", "190", ""},
		{"civilians", "وقتل ثلاثة مدنيين شمال بغداد.", "", ""},
		{"the gunmen are the doers", "وقتل مسلحون شرطيا امام منزله.", "", ""},
		{"the soldiers shoot", "واستشهد فلسطيني برصاص جنود الاحتلال.", "", ""},
		{"a manner of killing", "وقتل التنظيم جنديا ذبحا.", "", ""},
		{"a name between slashes", "واعلنت الخلية عن مقتل 49 مسلحا من تنظيم / داعش /، بقصف جوي استهدف اوكارهم.", "195", "بقصف"},
		{"the result of an attack", "وقالوا ان المسلحين هاجموا القرية، ما ادى الى مقتل ثلاثة.", "190", "هاجموا"},
		{"the result of a blast", "وقالوا ان سيارة مفخخة انفجرت في السوق، ما تسبب في مقتل 12.", "183", "انفجرت"},
		{"the result of a bombing, its subject between", "واستهدف التفجير مسجدا، واسفر التفجير عن مقتل 20.", "183", "التفجير"},
		{"the result of two bombings", "وقال المصدر ان التفجيرين تسببا في قتل 21.", "183", "التفجيرين"},
		{"the result of no act of fighting", "واعلنت الحكومة خطة جديدة، ما ادى الى مقتل ثلاثة.", "", ""},
		{"when: a verb of assault", "وقتل سبعة جنود امس عندما اقتحم متشددون نقطة تفتيش.", "190", "اقتحم"},
		{"when: a noun of fighting", "وقتل خمسة جنود عندما قام رتل من التنظيم بالهجوم على البوابة.", "190", "بالهجوم"},
		{"when: a bomb", "وقتل جنديان حين انفجرت عبوة ناسفة بدوريتهما.", "183", "عبوة"},
		{"when: a suicide bomber", "وقتل ستة اشخاص عندما فجرت انتحارية نفسها في سوق.", "183", "فجرت"},
		{"during an attack", "وقالت الشرطة ان خمسة من افرادها قتلوا اثناء هجومهم على ثكنات التنظيم.", "190", "هجومهم"},
		{"rebels killed", "واضافت ان 17 متمردا قتلوا.", "190", ""},
		{"when: no act of fighting", "وقتل مدنيان اخران عندما ارسلت الحكومة تعزيزات الى المنطقة.", "", ""},
		{"when: no act of fighting, soldiers killed", "وقتل جنديان اخران عندما ارسلت الحكومة تعزيزات الى المنطقة.", "190", ""},
	} {
		toks, _, _ := tokens(tc.text)
		k := 0
		for lemmas[toks[k].Norm] == "" {
			k++
		}
		checkCause(t, tc.name, tc.text, toks, k, lemmas[toks[k].Norm], tc.code, tc.cause)
	}
}

// checkCause tests that Cause reads the act of the toll or damage at k
// (lemma) as code at the word cause ("" and "" for none).
func checkCause(t *testing.T, name, text string, toks []news.Token, k int, lemma, code, cause string) {
	t.Helper()
	at, got := Cause(toks, k, lemma)
	word := ""
	if at >= 0 {
		word = toks[at].Norm
	}
	if got != code || word != cause {
		t.Errorf("%s: Cause(%q) = %q at %q, want %q at %q", name, text, got, word, code, cause)
	}
}

func TestCauseOfOutcome(t *testing.T) {
	for _, tc := range []struct {
		name, text string
		word       string // the word of toll or damage read
		lemma      string
		code       string // "" for none
		cause      string // the word of the act
	}{
		{"damage, the result of a raid", "وشنت الطائرات غارة على المعسكر اسفرت عن تدمير ثلاث اليات.", "تدمير", "تدمير", "195", "غارة"},
		{"damage, the success of raids", "وشنت الطائرات غارات على المعسكر ونجحت في تدمير اهدافها.", "تدمير", "تدمير", "195", "غارات"},
		{"a toll, the success of an attack", "وقالوا ان الجيش هاجم القرية وتمكن من قتل عشرة مسلحين.", "قتل", "قتل", "190", "هاجم"},
		{"success, the act after", "وتمكنت القوات من قتل عشرة مسلحين في غارة على الحدود.", "قتل", "قتل", "195", "غارة"},
		{"damage joined to a toll", "وقالوا ان الهجوم اسفر عن مقتل اثنين من المسلحين وتدمير مدرعة.", "وتدمير", "تدمير", "190", "الهجوم"},
		{"a toll joined to damage", "وشنت الطائرات غارة على الطريق تمكنت من تدمير ثلاثة اطقم وقتل القيادي.", "وقتل", "قتل", "195", "غارة"},
		{"damage joined to the verb of a raid", "وشنت الطائرات غارات على مواقع المسلحين في المدينة ودمرت اليات لهم.", "ودمرت", "دمر", "195", "غارات"},
		{"damage joined to a verb of clashes", "وقالوا ان القوات اشتبكت مع المسلحين ودمرت عربتين.", "ودمرت", "دمر", "190", "اشتبكت"},
		{"damage added by فضلا عن", "وقالوا ان الغارة اسفرت عن مقتل خمسة، فضلا عن تدمير عربتين.", "تدمير", "تدمير", "195", "الغارة"},
		{"a toll joined to another, its own act after it", "وقتل خمسة في غارة ومقتل ثلاثة في اشتباكات مع المسلحين.", "ومقتل", "مقتل", "190", "اشتباكات"},
		{"damage with no act named", "ودمر الجيش مواقع للمسلحين في المدينة.", "ودمر", "دمر", "", ""},
		{"damage joined past a clause", "وشنت الطائرات غارات على المدينة، بينما دمر المسلحون جسرا.", "دمر", "دمر", "", ""},
		{"damage in a flood", "وادى السيل الى تدمير عشرات المنازل.", "تدمير", "تدمير", "", ""},
		{"damage by torrents, the cause after", "وتدمير عشرات المنازل جراء السيول.", "وتدمير", "تدمير", "", ""},
	} {
		toks := arabic.Tokenize(tc.text)
		arabic.DefaultSegmenter().Segment(toks)
		k := slices.IndexFunc(toks, func(x news.Token) bool { return x.Norm == tc.word })
		if k < 0 {
			t.Fatalf("%s: no %q in %q", tc.name, tc.word, tc.text)
		}
		checkCause(t, tc.name, tc.text, toks, k, tc.lemma, tc.code, tc.cause)
	}
}

func TestMeasures(t *testing.T) {
	for _, tc := range []struct {
		name, text string
		want       string // the quantity nouns that measure an act launched
	}{
		{"a series of raids launched", "وشن طيران التحالف سلسلة غارات على صنعاء.", "سلسلة"},
		{"a series of the raids", "وشن طيران التحالف سلسلة من الغارات على صنعاء.", "سلسلة"},
		{"a wave of raids", "وشن الطيران موجة غارات على المدينة.", "موجة"},
		{"a series the raid belongs to", "وتاتي الغارة ضمن سلسلة غارات شنها التحالف.", ""},
		{"a series of no act", "وشن الطيران سلسلة طويلة على المدينة.", ""},
		{"the series", "وشن الطيران السلسلة على المدينة.", ""},
	} {
		toks, _, pat := tokens(tc.text)
		if got := norms(toks, Measures(toks, pat)); got != tc.want {
			t.Errorf("%s: Measures(%q) = %q, want %q", tc.name, tc.text, got, tc.want)
		}
	}
}

// norms is the words at ks, space separated.
func norms(toks []news.Token, ks []int) string {
	var w []string
	for _, k := range ks {
		w = append(w, toks[k].Norm)
	}
	return strings.Join(w, " ")
}

func TestCausedBy(t *testing.T) {
	for _, tc := range []struct {
		name, text string
		act        string // the word CausedBy is asked about
		want       bool
	}{
		{"after جراء", "واستشهد فتى من جراء دهس مستوطن اياه قرب القدس.", "دهس", true},
		{"after اثر", "وقتل عامل اثر اعتداء حراس المزرعة عليه.", "اعتداء", true},
		{"after نتيجة", "وقتل سجين نتيجة تعذيب السجانين له.", "تعذيب", true},
		{"a setting is no cause", "وقتل عامل في اعتداء حراس المزرعة عليه.", "اعتداء", false},
		{"not right after the preposition", "وقتل عامل اثر خلاف ثم اعتداء الحراس عليه.", "اعتداء", false},
		{"another sentence", "وقتل عامل. واثر اعتداء الحراس عليه فر.", "اعتداء", false},
		{"before the toll", "واثر اعتداء الحراس عليه قتل عامل.", "اعتداء", false},
	} {
		toks, _, _ := tokens(tc.text)
		k, at := -1, -1
		for j := range toks {
			if k < 0 && lemmas[toks[j].Norm] != "" {
				k = j
			}
			if toks[j].Norm == tc.act {
				at = j
			}
		}
		if k < 0 || at < 0 {
			t.Fatalf("%s: no toll or no %q in %q", tc.name, tc.act, tc.text)
		}
		if got := CausedBy(toks, k, at); got != tc.want {
			t.Errorf("%s: CausedBy(%q, %q) = %v, want %v", tc.name, tc.text, tc.act, got, tc.want)
		}
	}
}
