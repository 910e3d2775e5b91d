package quote

import (
	"testing"

	"rasad/internal/news"
)

// newsRows are sentences written for these tests in the manner of Arabic
// news reports (none is copied from an article), one or two for each rule
// of attribution they show: how quotation marks are mistyped, which words
// are no cue, who a feminine verb or a described speaker is.
var newsRows = []quoteRow{
	{
		name: "an opening mark typed for a closing one is dropped",
		text: "وأفاد شهود بأن الشرطة اعتقلت الشاب «سامي خليل «رغم إصابته في ساقه» عند الحاجز. وقال المحامي: «سنطعن في القرار أمام المحكمة العليا».",
		ents: []ent{},
		want: []want{
			{"شهود", "", "", "الشرطة اعتقلت الشاب", false, ""},
			{"شهود", "", "", "رغم إصابته في ساقه", true, ""},
			{"المحامي", "", "", "سنطعن في القرار أمام المحكمة العليا", true, ""},
		},
	},
	{
		name: "a straight mark that reopens a new sentence goes on with the quotation",
		text: "وقال المتحدث باسم الجيش أحمد المسماري: \"نحن نتقدم في كل المحاور. \"الجيش سيحرر المدينة خلال أيام.\"",
		ents: []ent{{"أحمد المسماري", "Ahmed al-Mismari", news.PER, "LBY"}},
		want: []want{
			{"أحمد المسماري", "Ahmed al-Mismari", "LBY", "نحن نتقدم في كل المحاور. \"الجيش سيحرر المدينة", true, ""},
		},
	},
	{
		name: "a quotation after a title noun is a title",
		text: "وقال الوزير خلال ندوة تحت عنوان «مستقبل الطاقة في المنطقة العربية»: «نعمل على تنويع مصادر الدخل الوطني». وأطلقت الجمعية حملة بعنوان «معا من أجل بيئة نظيفة وآمنة».",
		ents: []ent{},
		want: []want{
			{"الوزير", "", "", "نعمل على تنويع مصادر الدخل الوطني", true, ""},
		},
	},
	{
		name: "a speech verb after kama is a verb",
		text: "كما أشار الوزير إلى أن «الحكومة ستدعم المزارعين هذا العام». كما أكد المتحدث أن المفاوضات مستمرة. كما أن الأسعار ارتفعت.",
		ents: []ent{},
		want: []want{
			{"الوزير", "", "", "الحكومة ستدعم المزارعين", true, ""},
			{"المتحدث", "", "", "المفاوضات مستمرة", false, ""},
		},
	},
	{
		name: "a bare common noun taken for a name takes up the body named before",
		text: "وأفادت وكالة «سانا» بأن «وحدات الجيش استعادت السيطرة على التلال المحيطة بالبلدة». وقالت الوكالة «إن الطيران دمر مستودعا للذخيرة قرب المطار».",
		ents: []ent{{"سانا", "SANA", news.ORG, "SYR"}, {"الوكالة", "الوكالة", news.ORG, ""}},
		want: []want{
			{"وكالة «سانا»", "", "SYR", "وحدات الجيش استعادت السيطرة", true, ""},
			{"الوكالة", "", "SYR", "الطيران دمر مستودعا للذخيرة", true, ""},
		},
	},
	{
		name: "a role and a name the entity stage missed: the name speaks",
		text: "وقال المتحدث باسم الخارجية الأمريكية جون كيربي إن واشنطن تتابع التطورات عن كثب. وقالت السفيرة البريطانية في الأمم المتحدة كارين بيرس: «لن نقبل بأي تسوية تتجاهل الضحايا». وقال مدير الشركة مرارا إن الأرباح سترتفع.",
		ents: []ent{{"الأمم المتحدة", "United Nations", news.ORG, ""}},
		want: []want{
			{"المتحدث باسم الخارجية الأمريكية جون كيربي", "جون كيربي", "USA", "واشنطن تتابع التطورات", false, ""},
			{"السفيرة البريطانية في الأمم المتحدة كارين بيرس", "كارين بيرس", "GBR", "لن نقبل بأي تسوية", true, ""},
			{"مدير الشركة", "", "", "الأرباح سترتفع", false, ""},
		},
	},
	{
		name: "a quotation that ends the line with the one it holds keeps it",
		text: "واستنكر الأمير خالد غياب الأقلام قائلا “بعض الأقلام غابت عن النقاش تماما، إليهم أقول: “لا أعز لدينا من وطننا”.\nوقال الكاتب: “الأسعار ترتفع كل يوم.. والناس تعاني “، والحكومة صامتة”.",
		ents: []ent{{"خالد", "Khalid", news.PER, "SAU"}},
		want: []want{
			{"خالد", "Khalid", "SAU", "بعض الأقلام غابت عن النقاش تماما، إليهم أقول", true, ""},
			{"الكاتب", "", "", "والناس تعاني “، والحكومة صامتة", true, ""},
		},
	},
	{
		name: "a quotation right after a relay verb is the channel",
		text: "وقال الوزير «لن نتراجع عن قرارنا مهما كانت الضغوط». كما نقلت «رويترز».",
		ents: []ent{},
		want: []want{
			{"الوزير", "", "", "لن نتراجع عن قرارنا", true, ""},
		},
	},
	{
		name: "a speech verb after an is its clause's, after baada an a cue",
		text: "وأراد الوزير أن يوضح للصحفيين أن القرار نهائي. وبعد أن قال الوزير إن القرار نهائي، غادر القاعة.",
		ents: []ent{},
		want: []want{
			{"الوزير", "", "", "القرار نهائي", false, ""},
		},
	},
	{
		name: "a quoted name after a title in a reported clause is no quote",
		text: "وأشارت مصادر محلية إلى أن الشيخ «أحمد درع الجميلي» قتل في الغارة.",
		ents: []ent{},
		want: []want{
			{"مصادر محلية", "", "", "الشيخ «أحمد درع الجميلي» قتل في الغارة", false, ""},
		},
	},
	{
		name: "a body named before its verb speaks",
		text: "وأصدرت الخارجية الصينية بيانا عن الاجتماع. لكن الوزارة ذكرت أن الوزير الفلبيني هاجم سياسة بكين.",
		ents: []ent{},
		want: []want{
			{"الوزارة", "", "", "الوزير الفلبيني هاجم سياسة بكين", false, ""},
		},
	},
	{
		name: "a body after a role is no name",
		text: "وقال مدير الأسواق ببنك أجنبي إن الطلب على السندات سيرتفع. وقال المدير التنفيذي لسوق عكاظ: «عدد الحرفيين يتجاوز مئتين هذا العام».",
		ents: []ent{},
		want: []want{
			{"مدير الأسواق", "", "", "الطلب على السندات سيرتفع", false, ""},
			{"المدير التنفيذي", "", "", "عدد الحرفيين يتجاوز", true, ""},
		},
	},
	{
		name: "a feminine verb after a man's words is the body's",
		text: "أعلنت الشركة الوطنية للبتروكيماويات نتائجها أمس. وقال رئيسها التنفيذي خالد السالم إن المبيعات ارتفعت. وأرجعت الشركة ذلك إلى الطلب، وقالت: «هنالك تحسن في هوامش الربح هذا العام».",
		ents: []ent{{"الشركة الوطنية للبتروكيماويات", "National Petrochemical Company", news.ORG, "SAU"}, {"خالد السالم", "Khalid al-Salem", news.PER, "SAU"}},
		want: []want{
			{"خالد السالم", "Khalid al-Salem", "SAU", "المبيعات ارتفعت", false, ""},
			{"الشركة", "National Petrochemical Company", "SAU", "هنالك تحسن في هوامش الربح", true, ""},
		},
	},
	{
		name: "a feminine verb continues a woman",
		text: "وقالت المندوبة الأمريكية سامانثا باور إن الاتفاق سيجعل العالم أكثر أمنا. لكنها أضافت أن «القلق من سياسات طهران الإقليمية باق».",
		ents: []ent{{"سامانثا باور", "Samantha Power", news.PER, "USA"}},
		want: []want{
			{"سامانثا باور", "Samantha Power", "USA", "الاتفاق سيجعل العالم", false, ""},
			{"سامانثا باور", "Samantha Power", "USA", "القلق من سياسات طهران", true, ""},
		},
	},
	{
		name: "mubayyinan and kashifan are participles of speech",
		text: "وأكد مدير المستشفى أن الحالات مستقرة، مبينا أن الفرق الطبية تعمل على مدار الساعة، كاشفا عن أن «المستشفى سيستقبل حالات جديدة الأسبوع المقبل».",
		ents: []ent{},
		want: []want{
			{"مدير المستشفى", "", "", "الحالات مستقرة", false, ""},
			{"مدير المستشفى", "", "", "الفرق الطبية تعمل على مدار الساعة", false, ""},
			{"مدير المستشفى", "", "", "المستشفى سيستقبل حالات جديدة", true, ""},
		},
	},
	{
		name: "he described it as: the words are the describer's",
		text: "وأشاد الرئيس الإيراني حسن روحاني بالاتفاق ووصفه بأنه «نصر سياسي وفني وقانوني». ووصفتها الأمم المتحدة بـ«محاولة لتنفيذ إبادة جماعية».",
		ents: []ent{{"حسن روحاني", "Hassan Rouhani", news.PER, "IRN"}, {"الأمم المتحدة", "United Nations", news.ORG, ""}},
		want: []want{
			{"حسن روحاني", "Hassan Rouhani", "IRN", "نصر سياسي وفني وقانوني", true, ""},
			{"الأمم المتحدة", "United Nations", "", "محاولة لتنفيذ إبادة جماعية", true, ""},
		},
	},
	{
		name: "according to his words: the speaker carried over",
		text: "وأضاف الوزير أن مسؤوليته تحتم عليه إسماع موقف بلاده، وحسب قوله «مضت الأيام التي كنا نصمت فيها أمام التهديد».",
		ents: []ent{},
		want: []want{
			{"الوزير", "", "", "مسؤوليته تحتم عليه", false, ""},
			{"الوزير", "", "", "مضت الأيام التي كنا نصمت فيها", true, ""},
		},
	},
	{
		name: "a paper learned from sources: the sources speak",
		text: "وعلمت «الشرق الأوسط» من مصادر في وزارة الصحة اليمنية، أن الوزارة تسلمت شحنة أدوية جديدة. وعلمت «الوطن» أن الإدارة تواصلت مع الداعمين.",
		ents: []ent{{"وزارة الصحة اليمنية", "Yemeni Ministry of Health", news.ORG, "YEM"}},
		want: []want{
			{"مصادر في وزارة الصحة اليمنية", "", "YEM", "الوزارة تسلمت شحنة أدوية", false, "«الشرق الأوسط»"},
		},
	},
	{
		name: "the channel first, then the subject",
		text: "وكشف لـ«الرياض» مصدر بشركة الكهرباء في عرعر بأن مقاولا تسبب في العطل. وأكد لـ«عكاظ» وكيل وزارة الصحة الدكتور عبدالعزيز بن سعيد، أن الحالات مستقرة.",
		ents: []ent{{"عرعر", "Arar", news.LOC, "SAU"}, {"عبدالعزيز بن سعيد", "Abdulaziz bin Saeed", news.PER, "SAU"}},
		want: []want{
			{"مصدر بشركة الكهرباء", "", "SAU", "مقاولا تسبب في العطل", false, "الرياض"},
			{"عبدالعزيز بن سعيد", "Abdulaziz bin Saeed", "SAU", "الحالات مستقرة", false, "عكاظ"},
		},
	},
	{
		name: "a country adjective after a title and a given name is a family name",
		text: "وأشار الدكتور حافظ مغربي أستاذ البلاغة المصري إلى أن القسم أسس عام 1950. وقال مسؤول مغربي إن الرباط تدرس الطلب.",
		ents: []ent{},
		want: []want{
			{"الدكتور حافظ مغربي أستاذ البلاغة المصري", "", "EGY", "القسم أسس عام 1950", false, ""},
			{"مسؤول مغربي", "", "MAR", "الرباط تدرس الطلب", false, ""},
		},
	},
	{
		name: "an office joined to another by wa, then named with its body",
		text: "وقال يوسف البنيان، نائب رئيس مجلس إدارتها والرئيس التنفيذي بالإنابة، إن الأرباح تراجعت. وأشار نائب رئيس مجلس إدارة سابك إلى أن الشركة ستتوسع.",
		ents: []ent{{"يوسف البنيان", "Yousef Al-Benyan", news.PER, "SAU"}},
		want: []want{
			{"يوسف البنيان", "Yousef Al-Benyan", "SAU", "الأرباح تراجعت", false, ""},
			{"نائب رئيس مجلس إدارة سابك", "Yousef Al-Benyan", "SAU", "الشركة ستتوسع", false, ""},
		},
	},
	{
		name: "the clause before hasbama is the words of the speaker after it",
		text: "وحين يدخل الجنود المنازل يجدون الكمائن قد نصبت لهم حسبما يقول ضباط بالجيش في بنغازي. وتقدمت القوات حسبما قال.",
		ents: []ent{{"بنغازي", "Benghazi", news.LOC, "LBY"}},
		want: []want{
			{"ضباط بالجيش في بنغازي", "", "LBY", "يجدون الكمائن قد نصبت لهم", false, ""},
		},
	},
}

func TestFindNewsRows(t *testing.T) { checkRows(t, newsRows) }
