package entity_test

import "testing"

func TestDatedNames(t *testing.T) {
	checkLink(t, []linkCase{
		{"a body is named as it was on the day", "هاجمت جبهة النصرة مواقع النظام في إدلب.", "2015-08-03",
			[]string{"Al-Nusra Front ORG SYR SYRREB [جبهة النصرة]", "Idlib LOC SYR SYR [إدلب]"}},
		{"its later name after the merger", "هاجمت هيئة تحرير الشام مواقع النظام في إدلب.", "2019-05-03",
			[]string{"Hayat Tahrir al-Sham ORG SYR SYRREB [هيئة تحرير الشام]", "Idlib LOC SYR SYR [إدلب]"}},
		{"its old name in a later story is still the same body, named as it is now", "وكانت جبهة النصرة قد سيطرت على إدلب.", "2019-05-03",
			[]string{"Hayat Tahrir al-Sham ORG SYR SYRREB [جبهة النصرة]", "Idlib LOC SYR SYR [إدلب]"}},
	})
}

func TestBodyNamesakes(t *testing.T) {
	checkLink(t, []linkCase{
		{"the body of the country the article names most", "وقال قائد في المقاومة الشعبية إن المعارك في عدن ولحج مستمرة ضد الحوثيين في اليمن.", "2015-08-01",
			[]string{"Popular Resistance (Yemen) ORG YEM YEMREB [المقاومة الشعبية]", "Aden LOC YEM YEM [عدن]", "Lahij LOC YEM YEM [لحج]", "Houthis (Ansar Allah) ORG YEM YEMREB [الحوثيين]", "Yemen LOC YEM YEM [اليمن]"}},
		{"the same name in a Palestinian story", "ونظمت المقاومة الشعبية مسيرة في بلعين غرب رام الله، وقال منسق المقاومة الشعبية في نابلس إن المسيرات مستمرة.", "2015-08-01",
			[]string{"Popular Resistance (Palestine) ORG PSE PSEOPP [المقاومة الشعبية|المقاومة الشعبية]", "Ramallah LOC PSE PSE [رام الله]", "Nablus LOC PSE PSE [نابلس]"}},
		{"a group of one name in three countries, in a Libyan story", "وقاتلت جماعة أنصار الشريعة في بنغازي قوات حفتر شرق ليبيا.", "2015-08-01",
			[]string{"Ansar al-Sharia (Libya) ORG LBY LBYREB [جماعة أنصار الشريعة]", "Benghazi LOC LBY LBY [بنغازي]", "Libyan National Army ORG LBY LBYMIL [قوات حفتر]", "Libya LOC LBY LBY [ليبيا]"}},
		{"the same group in a Yemeni story", "وسيطر مسلحو أنصار الشريعة على مدينة المكلا في حضرموت شرق اليمن.", "2015-08-01",
			[]string{"Ansar al-Sharia (Yemen) ORG YEM YEMREB [أنصار الشريعة]", "Mukalla LOC YEM YEM [المكلا]", "Hadhramaut LOC YEM YEM [حضرموت]", "Yemen LOC YEM YEM [اليمن]"}},
	})
}

func TestPlacesOfConflicts(t *testing.T) {
	checkLink(t, []linkCase{
		{"the PKK's mountains are Iraq's", "قصفت الطائرات التركية مواقع حزب العمال الكردستاني في جبال قنديل.", "2015-07-27",
			[]string{"Türkiye LOC TUR TUR [التركية]", "Kurdistan Workers' Party ORG TUR TURREB [حزب العمال الكردستاني]", "Qandil Mountains LOC IRQ IRQ [جبال قنديل]"}},
		{"Israel's prison of Palestinian detainees", "زارت والدة الأسير نجلها في سجن جلبوع.", "2015-07-23",
			[]string{"Gilboa Prison LOC ISR ISR [سجن جلبوع]"}},
	})
}

func TestBodiesByTheirFields(t *testing.T) {
	checkLink(t, []linkCase{
		{"fields joined by و name a body of the article's country", "وقالت مصادر في عدن ولحج إن الحوثيين أجبروا شركة التبغ والكبريت على دفع 300 مليون ريال لصالح صندوق النشء والشباب في اليمن، وإن شركة التبغ والكبريت رفضت.", "2015-08-01",
			[]string{"Aden LOC YEM YEM [عدن]", "Lahij LOC YEM YEM [لحج]", "Houthis (Ansar Allah) ORG YEM YEMREB [الحوثيين]", "شركة التبغ والكبريت ORG YEM YEMBUS [شركة التبغ والكبريت|شركة التبغ والكبريت]", "صندوق النشء والشباب ORG YEM YEM [صندوق النشء والشباب]", "Yemen LOC YEM YEM [اليمن]"}},
		{"a relational adjective after the fields is the name's", "وأصدر مركز الدراسات والإعلام الاقتصادي تقريره في صنعاء عن الصحفيين في تعز وعدن.", "2015-08-01",
			[]string{"مركز الدراسات والاعلام الاقتصادي ORG YEM YEM [مركز الدراسات والإعلام الاقتصادي]", "Sanaa LOC YEM YEM [صنعاء]", "Taiz LOC YEM YEM [تعز]", "Aden LOC YEM YEM [عدن]"}},
		{"without the article's country, none", "وأصدر مركز الدراسات والإعلام الاقتصادي تقريره.", "2015-08-01",
			[]string{"مركز الدراسات والاعلام الاقتصادي ORG   [مركز الدراسات والإعلام الاقتصادي]"}},
		{"one field is no list", "وقالت وزارة الخارجية في بيان إن الوفد وصل إلى صنعاء.", "2015-08-01",
			[]string{"Sanaa LOC YEM YEM [صنعاء]"}},
	})
}

func TestDuals(t *testing.T) {
	checkLink(t, []linkCase{
		{"the two seas are no Bahrain", "وقناة السويس ممر مائي يصل بين البحرين الأحمر والمتوسط.", "2015-08-06",
			[]string{"Suez Canal LOC EGY EGY [قناة السويس]"}},
		{"Bahrain with its own adjective", "وزار الوفد البحرين الشقيقة.", "2015-08-06",
			[]string{"Bahrain LOC BHR BHR [البحرين]"}},
		{"Bahrain before a sea", "وتقع البحرين في الخليج العربي.", "2015-08-06",
			[]string{"Bahrain LOC BHR BHR [البحرين]", "Persian Gulf LOC  PGS [الخليج العربي]"}},
	})
}

func TestPolice(t *testing.T) {
	checkLink(t, []linkCase{
		{"the police of a city is a body of its country", "ذكره نائب مدير شرطة دبي، الفريق ضاحي خلفان.", "2015-08-06",
			[]string{"شرطة دبي ORG ARE ARECOP [شرطة دبي]", "Dubai LOC ARE ARE [دبي]", "ضاحي خلفان PER   [ضاحي خلفان]"}},
		{"the army stays an agent and its nisba", "قال الجيش التركي إن جنديين قتلا.", "2015-08-06",
			[]string{"Türkiye LOC TUR TUR [التركي]"}},
	})
}
