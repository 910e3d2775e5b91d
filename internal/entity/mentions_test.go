package entity_test

import "testing"

func TestLaterMentions(t *testing.T) {
	checkLink(t, []linkCase{
		{"a surname after its verb, where a quotation was left open", "وأكد الدكتور أحمد بحر أن الفرج قريب.. وقال بحر: «إن الاحتلال يحاول كسر الأسرى.. وشدد بحر على أن الإفراج واجب.", "2015-07-23",
			[]string{"احمد بحر PER   [أحمد بحر|بحر|بحر]"}},
		{"inside a quotation, a common word stays one", "وقال أحمد بحر: «نحن أبناء هذا البحر وشدد بحر العزيمة على الصبر».", "2015-07-23",
			[]string{"احمد بحر PER   [أحمد بحر]"}},
		{"a short name joined to an actor of its country", "وترفض الحكومة التفاوض مع ميليشيا الحوثي وصالح في عدن.", "2015-08-01",
			[]string{"Houthis (Ansar Allah) ORG YEM YEMREB [ميليشيا الحوثي]", "Ali Abdullah Saleh PER YEM YEMPTY [صالح]", "Aden LOC YEM YEM [عدن]"}},
		{"the same word joined to an actor of another country stays a word", "وقال إن إيران وصالح الشعوب يلتقيان.", "2015-08-01",
			[]string{"Iran LOC IRN IRN [إيران]"}},
	})
}

func TestBylines(t *testing.T) {
	checkLink(t, []linkCase{
		{"a reporter before his paper's title between dashes is of its country", "مقتل العشرات في صنعاء\nأيمن حسن- سبق- صنعاء: قتل العشرات في غارات على صنعاء وعدن وتعز.", "2015-08-01",
			[]string{"Sanaa LOC YEM YEM [صنعاء|صنعاء|صنعاء]", "ايمن حسن PER SAU  [أيمن حسن]", "Aden LOC YEM YEM [عدن]", "Taiz LOC YEM YEM [تعز]"}},
		{"a name before a dash and a word that is no outlet stays the story's", "مقتل العشرات في صنعاء\nأيمن حسن- مراسل- صنعاء: قتل العشرات في غارات على صنعاء وعدن وتعز.", "2015-08-01",
			[]string{"Sanaa LOC YEM YEM [صنعاء|صنعاء|صنعاء]", "ايمن حسن PER YEM  [أيمن حسن]", "Aden LOC YEM YEM [عدن]", "Taiz LOC YEM YEM [تعز]"}},
	})
}

func TestArmedGroupsQuoted(t *testing.T) {
	checkLink(t, []linkCase{
		{"a group the gazetteer knows by its noun and the quoted name, after ب", "وقوات النظام مدعومة بميليشيا «الدفاع الوطني» والمسلحين الموالين لها.", "2015-08-01",
			[]string{"National Defence Forces ORG SYR SYRMIL [الدفاع الوطني]"}},
		{"in brackets", "قتل عنصر من ميليشيا (الدفاع الوطني) الموالية للنظام.", "2015-08-01",
			[]string{"National Defence Forces ORG SYR SYRMIL [الدفاع الوطني]"}},
		{"a quoted name the gazetteer lacks stays a group of its own", "قتل عنصر من ميليشيا «درع الساحل» الموالية للنظام.", "2015-08-01",
			[]string{"درع الساحل ORG   [درع الساحل]"}},
	})
}

func TestNationalBodiesJoined(t *testing.T) {
	checkLink(t, []linkCase{
		{"a national body joined to another of its country is that country's", "ضغط السفير على أعضاء مجلس الشيوخ والكونغرس الديمقراطيين في إسرائيل.", "2015-08-01",
			[]string{"United States Senate ORG USA USALEG [مجلس الشيوخ]", "United States Congress ORG USA USALEG [الكونغرس]", "Israel LOC ISR ISR [إسرائيل]"}},
		{"alone in a story of another country it stays unread", "ضغط السفير على أعضاء مجلس الشيوخ في إسرائيل.", "2015-08-01",
			[]string{"Israel LOC ISR ISR [إسرائيل]"}},
	})
}

func TestBodyByItsHead(t *testing.T) {
	checkLink(t, []linkCase{
		{"the head noun the recogniser took for a body is the body named before", "دعا الاتحاد الأوروبي الحكومة الإسرائيلية إلى مراجعة القرارات. واعتبر الاتحاد في بيان صحفي الخميس أن الخطط تهدد حل الدولتين.", "2015-08-01",
			[]string{"European Union ORG  IGOEUREEC [الاتحاد الأوروبي|الاتحاد]", "الحكومة الاسرائيلية ORG ISR ISRGOV [الحكومة الإسرائيلية]", "Israel LOC ISR ISR [الإسرائيلية]"}},
		{"two bodies with that head leave it unread", "دعا الاتحاد الأوروبي والاتحاد الأفريقي إلى الحوار. واعتبر الاتحاد في بيان صحفي الخميس أن الحل قريب.", "2015-08-01",
			[]string{"European Union ORG  IGOEUREEC [الاتحاد الأوروبي]", "African Union ORG  IGOAFRAFU [الاتحاد الأفريقي]", "الاتحاد ORG   [الاتحاد]"}},
	})
}

func TestRulerInQuotation(t *testing.T) {
	checkLink(t, []linkCase{
		{"a ruler's short name after his title, inside a quotation", "ومضى قائلا \"انقلبت الميليشيات على الحكومة وعلى الرئيس هادي، وتجاهلت مخرجات الحوار\".", "2015-08-01",
			[]string{"Abdrabbuh Mansur Hadi PER YEM YEMGOV [هادي]"}},
		{"the word alone inside a quotation stays a word", "وقال \"كان الجو هادي والبحر ساكنا\".", "2015-08-01",
			nil},
	})
}

func TestPredicateNisba(t *testing.T) {
	checkLink(t, []linkCase{
		{"a sentence saying what the person is gives his country", "يغوص خالد الحروب في عمق التحولات السياسية. خالد الحروب كاتب فلسطيني مقيم في بريطانيا.", "2015-08-01",
			[]string{"خالد الحروب PER PSE  [خالد الحروب|خالد الحروب]", "Palestine LOC PSE PSE [فلسطيني]", "United Kingdom LOC GBR GBR [بريطانيا]"}},
		{"a nisba after the trade's complement is the complement's", "ويسعى النادي للتعاقد مع كيفين بواتينج لاعب شالكه الألماني.", "2015-08-01",
			[]string{"كيفين بواتينج PER   [كيفين بواتينج]", "Germany LOC DEU DEU [الألماني]"}},
	})
}
