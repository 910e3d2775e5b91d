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
