package quote

import (
	"testing"

	"rasad/internal/news"
)

// speakerRows are sentences written for these tests in the manner of Arabic
// news reports (none is copied from an article), one or two for each rule
// that tells who speaks: a document for the body that issued it, the
// subject of a sentence that opens with a verb and an organisation, a
// plural verb, a name the entity stage cut, a preposition that is no
// speaker, a preposition that looks like a speech verb.
var speakerRows = []quoteRow{
	{
		name: "a report speaks for the organisation named before it, not for a country it names",
		text: "اتهمت منظمة «العفو الدولية» السلطات السورية، اليوم، بتعذيب المعتقلين. وقالت المنظمة إن عشرات المعتقلين توفوا في السجون. وأشار التقرير إلى أن قوات الأمن السورية اعتقلت أطفالا في دمشق.",
		ents: []ent{
			{"العفو الدولية", "Amnesty International", news.ORG, ""},
			{"السورية", "Syria", news.LOC, "SYR"},
			{"دمشق", "Damascus", news.LOC, "SYR"},
		},
		actors: map[string]string{"Amnesty International": "NGOAMN"},
		want: []want{
			{"المنظمة", "Amnesty International", "", "عشرات المعتقلين توفوا", false, ""},
			{"التقرير", "Amnesty International", "", "قوات الأمن السورية اعتقلت", false, ""},
		},
	},
	{
		name: "a statement speaks for the body whose statement the article names",
		text: "وأعربت دمشق عن غضبها. وجاء ذلك بعد نشر بيان وزارة الخارجية الفرنسية مساء أمس. وأكد البيان أن باريس لن تعترف بالانتخابات السورية.",
		ents: []ent{
			{"دمشق", "Damascus", news.LOC, "SYR"},
			{"وزارة الخارجية الفرنسية", "French Ministry of Foreign Affairs", news.ORG, "FRA"},
			{"باريس", "Paris", news.LOC, "FRA"},
			{"السورية", "Syria", news.LOC, "SYR"},
		},
		want: []want{
			{"البيان", "French Ministry of Foreign Affairs", "FRA", "باريس لن تعترف", false, ""},
		},
	},
	{
		name: "a relative ما وصفته بـ quotes the subject of its sentence, and بـ is no speaker",
		text: "ودعت ليلى حسن مديرة المركز الحكومة إلى وقف ما وصفته بـ«الاعتقالات التعسفية».",
		ents: []ent{{"ليلى حسن", "Layla Hassan", news.PER, "JOR"}},
		want: []want{
			{"ليلى حسن", "Layla Hassan", "JOR", "الاعتقالات التعسفية", true, ""},
		},
	},
	{
		name: "إبان is the preposition during, أبان the speech verb",
		text: "كانت الجامعة تعاني من أزمة مالية إبان الحرب العالمية الثانية؛ وكان يجب عليها أن تجد لها حلولا. وأبان الوزير أن المشروع سيكتمل قبل نهاية العام.",
		ents: []ent{},
		want: []want{
			{"الوزير", "", "", "المشروع سيكتمل", false, ""},
		},
	},
	{
		name: "an organisation after the opening verb is the subject, the person after it the object",
		text: "ونعت حركة «فتح» في بيان لها القيادي سامي يوسف، الذي توفي أمس، وقالت: «كان مناضلا صلبا حتى آخر أيامه».",
		ents: []ent{
			{"فتح", "Fatah", news.ORG, "PSE"},
			{"سامي يوسف", "Sami Youssef", news.PER, "PSE"},
		},
		want: []want{
			{"فتح", "Fatah", "PSE", "كان مناضلا صلبا", true, ""},
		},
	},
	{
		name: "an institute that opens the sentence speaks through the participle",
		text: "وشكك معهد واشنطن للدراسات أمس في رواية الوزير خالد منصور قائلا إن الصور تظهر شاحنات في الموقع.",
		ents: []ent{
			{"معهد واشنطن للدراسات", "Washington Institute", news.ORG, "USA"},
			{"خالد منصور", "Khaled Mansour", news.PER, "EGY"},
		},
		want: []want{
			{"معهد واشنطن للدراسات", "Washington Institute", "USA", "الصور تظهر شاحنات", false, ""},
		},
	},
	{
		name: "a sentence that opens with a noun has no subject before its verb",
		text: "قرار أممي حول الاستيطان. وقال الرئيس محمود عباس إن القيادة ستتوجه إلى مجلس الأمن.",
		ents: []ent{
			{"أممي", "United Nations", news.ORG, ""},
			{"محمود عباس", "Mahmoud Abbas", news.PER, "PSE"},
		},
		actors: map[string]string{"United Nations": "IGOUNO"},
		want: []want{
			{"محمود عباس", "Mahmoud Abbas", "PSE", "القيادة ستتوجه", false, ""},
		},
	},
	{
		name: "a plural verb without a subject speaks for the plural before it",
		text: "وأرفق المكتب شكواه بصور الكتابات التي نشرها المتطرفون، ويقولون فيها إن الرئيس «لم يعد يمثلنا».",
		ents: []ent{},
		want: []want{
			{"المتطرفون", "", "", "لم يعد يمثلنا", true, ""},
		},
	},
	{
		name: "a plural verb does not continue one man's words",
		text: "وقال الوزير خالد منصور إن الحكومة ستدعم المزارعين. وقالوا إن الأسعار ارتفعت هذا العام.",
		ents: []ent{{"خالد منصور", "Khaled Mansour", news.PER, "EGY"}},
		want: []want{
			{"خالد منصور", "Khaled Mansour", "EGY", "الحكومة ستدعم", false, ""},
			{"", "", "", "الأسعار ارتفعت", false, ""},
		},
	},
	{
		name: "a given name before a family name the entity stage kept alone",
		text: "ونقلت المنظمة عن خولة الخطيب والدة الطفلة أن الجنود ضربوها أثناء الاعتقال.",
		ents: []ent{{"الخطيب", "", news.PER, ""}},
		want: []want{
			{"الخطيب", "خولة الخطيب", "", "الجنود ضربوها", false, "المنظمة"},
		},
	},
	{
		name: "the rest of a name after a given name, up to a role",
		text: "وقالت سارة ليا ويتسن مديرة القسم إن السلطات لم تبلغ الأهالي. وأكد إبراهيم وزملاؤه أن العمل مستمر. ووقع موراليز عقدا مع النادي، وقال إن الفريق قوي.",
		ents: []ent{
			{"سارة", "", news.PER, ""},
			{"إبراهيم", "", news.PER, ""},
			{"موراليز", "", news.PER, ""},
		},
		want: []want{
			{"سارة", "سارة ليا ويتسن", "", "السلطات لم تبلغ", false, ""},
			{"إبراهيم", "إبراهيم", "", "العمل مستمر", false, ""},
			{"موراليز", "موراليز", "", "الفريق قوي", false, ""},
		},
	},
	{
		name: "a demonstrative that stands for a thing is no speaker, before the verb or as its object",
		text: "واتفق الوزيران على أن ذلك يعتبر الحد الأدنى الذي من المفترض أن يرتكز عليه الحل. هذا وأوضح الوزير خالد منصور أن المحادثات مستمرة. واعتبر هذا الادعاء «كذبة لا أساس لها». وفي ذلك يقول المثل إن الصبر مفتاح الفرج.",
		ents: []ent{{"خالد منصور", "Khaled Mansour", news.PER, "EGY"}},
		want: []want{
			{"خالد منصور", "Khaled Mansour", "EGY", "المحادثات مستمرة", false, ""},
			{"خالد منصور", "Khaled Mansour", "EGY", "كذبة لا أساس لها", true, ""},
			{"المثل", "", "", "الصبر مفتاح الفرج", false, ""},
		},
	},
	{
		name: "a closing mark stuck to the word before it opens nothing",
		text: "وقالت المصادر إن المسلحين ينتمون إلى ما يسمى بكتائب الحسين(الجناح العسكري للجماعة») وإن الجثث لا تزال في المنطقة. وقالت المصادر لـ»المدينة»: إن التعزيزات وصلت.",
		ents: []ent{},
		want: []want{
			{"المصادر", "", "", "المسلحين ينتمون", false, ""},
			{"المصادر", "", "", "التعزيزات وصلت", false, "المدينة"},
		},
	},
	{
		name: "an office written short, without a word between its head and its last word",
		text: "وأكد قائد المنطقة العسكرية الرابعة اللواء أحمد سيف أن القوات تتقدم. وقال قائد المنطقة الرابعة إن المعارك مستمرة في زنجبار.",
		ents: []ent{
			{"أحمد سيف", "Ahmed Saif", news.PER, "YEM"},
			{"زنجبار", "Zanzibar", news.LOC, "TZA"},
		},
		want: []want{
			{"أحمد سيف", "Ahmed Saif", "YEM", "القوات تتقدم", false, ""},
			{"قائد المنطقة الرابعة", "Ahmed Saif", "YEM", "المعارك مستمرة", false, ""},
		},
	},
	{
		name: "جاء فيها and قال فيها take up the speech noun and its author",
		text: "وفي حين لم يذكر الوزير خالد منصور الكاتب بالاسم، رد عليه المدير سامي يوسف على حسابه بتغريدة قال فيها: «الكاتب لا يعرف الحقيقة». وأعاد خالد منصور نشر تغريدة للناشط علي حسن، جاء فيها: «نحن مع الوطن».",
		ents: []ent{
			{"خالد منصور", "Khaled Mansour", news.PER, "ARE"},
			{"سامي يوسف", "Sami Youssef", news.PER, "ARE"},
			{"علي حسن", "Ali Hassan", news.PER, "ARE"},
		},
		want: []want{
			{"سامي يوسف", "Sami Youssef", "ARE", "الكاتب لا يعرف الحقيقة", true, ""},
			{"علي حسن", "Ali Hassan", "ARE", "نحن مع الوطن", true, ""},
		},
	},
	{
		name: "a poll speaks for the body a verb after it names as its maker",
		text: "وأظهر استطلاع للرأي أجرته مؤسسة غالوب أن المرشحة متقدمة. وقال الاستطلاع إن نسبة المشاركة سترتفع في ولاية أوهايو الأمريكية.",
		ents: []ent{
			{"غالوب", "Gallup", news.ORG, "USA"},
			{"الأمريكية", "United States", news.LOC, "USA"},
		},
		want: []want{
			{"الاستطلاع", "Gallup", "USA", "نسبة المشاركة سترتفع", false, ""},
		},
	},
	{
		name: "a name after وهو says who someone is and is the subject carried on",
		text: "وفي السوق القديم التقينا بأحد أقدم الحرفيين وهو عبدالعزيز جاجة، ويمارس الحرفة منذ 56 سنة. وأوضح أن صناعة العقال تحتاج إلى صبر.",
		ents: []ent{{"عبدالعزيز جاجة", "", news.PER, "SAU"}},
		want: []want{
			{"عبدالعزيز جاجة", "عبدالعزيز جاجة", "SAU", "صناعة العقال تحتاج", false, ""},
		},
	},
	{
		name: "خاصة أن gives the writer's reason, not the speech verb's words",
		text: "بينما يؤكد المسؤولون دائما عدم وجود أي برنامج عسكري، خاصة أن المملكة وقعت على الاتفاقية. وقال الوزير إن المملكة ملتزمة بالاتفاقية، لا سيما أن العالم يراقب.",
		ents: []ent{},
		want: []want{
			{"الوزير", "", "", "المملكة ملتزمة بالاتفاقية", false, ""},
		},
	},
	{
		name: "a person named inside a body's name is not its spokesman",
		text: "وأوضح المتحدث الرسمي لمركز الملك سلمان للإغاثة رأفت الصباغ، أن الرحلة خصصت للمواد الطبية. وأشار الأمين العام لأوبك عبدالله البدري إلى أن الأسعار ستستقر.",
		ents: []ent{
			{"مركز الملك سلمان", "King Salman Relief Centre", news.ORG, "SAU"},
			{"الملك", "King Salman", news.PER, "SAU"},
			{"رأفت الصباغ", "Raafat al-Sabbagh", news.PER, "SAU"},
			{"أوبك", "OPEC", news.ORG, ""},
			{"عبدالله البدري", "Abdallah El-Badri", news.PER, "LBY"},
		},
		actors: map[string]string{"OPEC": "IGOOPC"},
		want: []want{
			{"رأفت الصباغ", "Raafat al-Sabbagh", "SAU", "الرحلة خصصت", false, ""},
			{"عبدالله البدري", "Abdallah El-Badri", "LBY", "الأسعار ستستقر", false, ""},
		},
	},
	{
		name: "في goes on with the speaker's phrase before a body and its country adjective",
		text: "أعلن زعيم الجمهوريين في الكونجرس الأمريكي، أن مجلس الشيوخ سيبحث القرار. وقال الوزير في مؤتمر صحفي إن الاتفاق سيوقع.",
		ents: []ent{},
		want: []want{
			{"زعيم الجمهوريين في الكونجرس الأمريكي", "", "USA", "مجلس الشيوخ سيبحث", false, ""},
			{"الوزير", "", "", "الاتفاق سيوقع", false, ""},
		},
	},
	{
		name: "a channel that reports عنه is the channel of the speaker named before",
		text: "وقال الرئيس خالد منصور حسب ما نقلت وسائل إعلامية عنه قوله إن المحادثات ستنجح. ونقل التلفزيون الرسمي عنه قوله إن الإنتاج سيرتفع.",
		ents: []ent{{"خالد منصور", "Khaled Mansour", news.PER, "EGY"}},
		want: []want{
			{"خالد منصور", "Khaled Mansour", "EGY", "المحادثات ستنجح", false, "وسائل إعلامية"},
			{"خالد منصور", "Khaled Mansour", "EGY", "الإنتاج سيرتفع", false, "التلفزيون الرسمي"},
		},
	},
}

func TestFindSpeakerRows(t *testing.T) { checkRows(t, speakerRows) }
