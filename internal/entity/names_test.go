package entity_test

import "testing"

func TestOtherPersonsSurname(t *testing.T) {
	checkLink(t, []linkCase{
		{"a given name the gazetteer's person lacks makes another person, and his surname later is his", "وقال جيه جونسون وزير الأمن الداخلي في بيان إن القواعد تغيرت. وأضاف جونسون أن القرار نهائي.", "2015-08-06",
			[]string{"جيه جونسون PER   [جيه جونسون|جونسون]"}},
		{"the person's own given name keeps the link", "وقال بوريس جونسون في لندن إن القرار نهائي. وأضاف جونسون أن الحكومة موحدة.", "2019-08-06",
			[]string{"Boris Johnson PER GBR GBRGOV [بوريس جونسون|جونسون]", "London LOC GBR GBR [لندن]"}},
		{"the person's given name spelled another way keeps the link", "وقال بورس جونسون إن القرار نهائي.", "2019-08-06",
			[]string{"Boris Johnson PER GBR GBRGOV [بورس جونسون]"}},
	})
}

func TestOfficialsOfBodies(t *testing.T) {
	checkLink(t, []linkCase{
		{"an office of Europe's adjective is the EU's", "التقى محافظ كركوك مع كريستوس ستايليانيدس المفوض الأوروبي للمساعدات الإنسانية في كركوك.", "2015-08-06",
			[]string{"Kirkuk LOC IRQ IRQ [كركوك|كركوك]", "كريستوس ستايليانيدس PER  IGOEUREEC [كريستوس ستايليانيدس]"}},
		{"a UN office before the name", "وصل المبعوث الأممي يوهانس فالتر إلى صنعاء.", "2015-08-06",
			[]string{"United Nations ORG  IGOUNO [الأممي]", "يوهانس فالتر PER  IGOUNO [يوهانس فالتر]", "Sanaa LOC YEM YEM [صنعاء]"}},
		{"a country's envoy to the UN is the country's", "وقال بشار الجعفري مندوب سوريا لدى الأمم المتحدة إن الوفد وصل.", "2015-08-06",
			[]string{"بشار الجعفري PER SYR  [بشار الجعفري]", "Syria LOC SYR SYR [سوريا]", "United Nations ORG  IGOUNO [الأمم المتحدة]"}},
	})
}

func TestShortForms(t *testing.T) {
	checkLink(t, []linkCase{
		{"a body's last word in quotation marks, in a headline before the full name", "الحرب على «الكردستاني»\nقصفت الطائرات مواقع حزب العمال الكردستاني في الجبال.", "2015-07-27",
			[]string{"Kurdistan Workers' Party ORG TUR TURREB [الكردستاني|حزب العمال الكردستاني]"}},
		{"the word unquoted is an adjective", "قصفت الطائرات مواقع حزب العمال الكردستاني. وقال النائب الكردستاني إن الوضع خطير.", "2015-07-27",
			[]string{"Kurdistan Workers' Party ORG TUR TURREB [حزب العمال الكردستاني]"}},
		{"a dotted abbreviation", "استهدفت الغارات حزب العمال الكردستاني المعروف بـ«ب.ك.ك» شمال العراق.", "2015-07-27",
			[]string{"Kurdistan Workers' Party ORG TUR TURREB [حزب العمال الكردستاني|ب.ك.ك]", "Iraq LOC IRQ IRQ [العراق]"}},
	})
}

func TestKingdom(t *testing.T) {
	checkLink(t, []linkCase{
		{"the Kingdom alone is the one kingdom the article names", "وأكد الملك سلمان بن عبدالعزيز دعم اليمن. وقال مسؤول إن المساعدات التي وصلت إلى عدن هي من المملكة والإمارات.", "2015-08-01",
			[]string{"King Salman of Saudi Arabia PER SAU SAUGOV [الملك سلمان بن عبدالعزيز|الملك]", "Yemen LOC YEM YEM [اليمن]", "Aden LOC YEM YEM [عدن]", "Saudi Arabia LOC SAU SAU [المملكة]", "United Arab Emirates LOC ARE ARE [الإمارات]"}},
		{"two kingdoms named alike leave it unread", "التقى الملك سلمان بن عبدالعزيز الملك عبدالله الثاني. وقال إن المملكة تدعم الحل.", "2015-08-01",
			[]string{"King Salman of Saudi Arabia PER SAU SAUGOV [الملك سلمان بن عبدالعزيز]", "Abdullah II of Jordan PER JOR JORGOV [الملك عبدالله الثاني]"}},
	})
	checkLinkFrom(t, "alyaum", []linkCase{
		{"a Saudi paper's Kingdom is Saudi Arabia", "وارتفع حجم التبادل التجاري بين المملكة وإيران.", "2015-08-01",
			[]string{"Saudi Arabia LOC SAU SAU [المملكة]", "Iran LOC IRN IRN [إيران]"}},
		{"the Kingdom with its name is the gazetteer's", "وقال إن المملكة الأردنية الهاشمية والمملكة المتحدة تدعمان الحل.", "2015-08-01",
			[]string{"Jordan LOC JOR JOR [المملكة الأردنية الهاشمية]", "United Kingdom LOC GBR GBR [المملكة المتحدة]"}},
	})
}

func TestOutletCountryInPassing(t *testing.T) {
	checkLinkFrom(t, "aljazirah", []linkCase{
		{"other countries named once each leave the paper's", "حاول الوزير محمد الرشيد إصلاح التعليم كما في المدارس الأمريكية، وتحدث عن إيران.", "2015-08-01",
			[]string{"محمد الرشيد PER SAU  [محمد الرشيد]", "United States LOC USA USA [الأمريكية]", "Iran LOC IRN IRN [إيران]"}},
		{"an accredited representative is his country's, not the body's", "وقال خالد العقيل ممثل المملكة لدى منظمة أوبك سابقا إن الأسعار ستنخفض.", "2015-08-01",
			[]string{"خالد العقيل PER SAU  [خالد العقيل]", "Saudi Arabia LOC SAU SAU [المملكة]", "OPEC ORG  IGOBUSOPC [منظمة أوبك]"}},
	})
}

func TestSmallPlaces(t *testing.T) {
	checkLink(t, []linkCase{
		{"a known place's name as the second word of a village's", "قصف الطيران قرية قصر البريج في ريف حلب الشمالي.", "2015-08-01",
			[]string{"قصر البريج LOC SYR  [قصر البريج]", "Aleppo LOC SYR SYR [حلب]"}},
		{"the verb of a relative clause after an indefinite head is no name", "استهدف القصف قرية يسيطر عليها تنظيم داعش في ريف حلب.", "2015-08-01",
			[]string{"Islamic State ORG  IMGMUSISI [تنظيم داعش]", "Aleppo LOC SYR SYR [حلب]"}},
	})
}

func TestEnvoysSeated(t *testing.T) {
	checkLink(t, []linkCase{
		{"a body after في is where the envoy sits", "وقال مندوب سوريا في الأمم المتحدة بشار الجعفري إن الوفد وصل.", "2015-08-06",
			[]string{"Syria LOC SYR SYR [سوريا]", "United Nations ORG  IGOUNO [الأمم المتحدة]", "بشار الجعفري PER   [بشار الجعفري]"}},
		{"a body's spokesman is the body's", "وقال أحمد فوزي المتحدث باسم الأمم المتحدة إن المبعوث سيزور مصر. وأضاف فوزي أن المحادثات مستمرة.", "2015-08-06",
			[]string{"احمد فوزي PER  IGOUNO [أحمد فوزي|فوزي]", "United Nations ORG  IGOUNO [الأمم المتحدة]", "Egypt LOC EGY EGY [مصر]"}},
	})
	checkLinkFrom(t, "okaz", []linkCase{
		{"countries of a list, once each, are no passing mention", "ووقعت الشركة اتفاقات مع شركة أورنج في فرنسا وألمانيا وإسبانيا.", "2015-08-01",
			[]string{"اورنج ORG   [أورنج]", "France LOC FRA FRA [فرنسا]", "Germany LOC DEU DEU [ألمانيا]", "Spain LOC ESP ESP [إسبانيا]"}},
	})
}

func TestCoordinatedBodies(t *testing.T) {
	checkLink(t, []linkCase{
		{"a body's head after و begins a second body", "وقالت المنظمة إن مجلس الشيوخ والجمعية الوطنية الفرنسية صادقا على القانون.", "2015-08-01",
			[]string{"الجمعية الوطنية الفرنسية ORG FRA FRA [الجمعية الوطنية الفرنسية]", "France LOC FRA FRA [الفرنسية]"}},
		{"fields joined by و stay one body", "وقالت وزارة الشباب والرياضة اليمنية إن الملعب جاهز.", "2015-08-01",
			[]string{"وزارة الشباب والرياضة اليمنية ORG YEM YEMGOV [وزارة الشباب والرياضة اليمنية]", "Yemen LOC YEM YEM [اليمنية]"}},
	})
}

func TestNationalBodies(t *testing.T) {
	checkLink(t, []linkCase{
		{"a body without its nisba in a story of its country", "قال مسؤولون في واشنطن ونيويورك إن الخطة ستعرض على الكونغرس. وانتقدت السناتور دايان فاينستاين في مجلس الشيوخ البرنامج، وقال البيت الأبيض إن الولايات المتحدة ماضية فيه.", "2015-08-01",
			[]string{"Washington LOC USA USA [واشنطن]", "New York LOC USA USA [نيويورك]", "United States Congress ORG USA USALEG [الكونغرس]", "دايان فاينستاين PER USA  [دايان فاينستاين]", "United States Senate ORG USA USALEG [مجلس الشيوخ]", "White House ORG USA USAGOV [البيت الأبيض]", "United States LOC USA USA [الولايات المتحدة]"}},
		{"in a story of no one country it stays unread", "وقال وزير الخارجية الإيراني إن مجلس الشيوخ لن يعطل الاتفاق مع الولايات المتحدة.", "2015-08-01",
			[]string{"Iran LOC IRN IRN [الإيراني]", "United States LOC USA USA [الولايات المتحدة]"}},
	})
}
