package entity_test

import "testing"

func TestPatronyms(t *testing.T) {
	checkLink(t, []linkCase{
		{"بن علي after a given name is a father, not Ben Ali", "وقال مدير مكتب الحملة في لبنان وليد بن على الجلال إن المشروع نجح.", "2015-08-01",
			[]string{"Lebanon LOC LBN LBN [لبنان]", "وليد بن علي الجلال PER   [وليد بن على الجلال]"}},
		{"Ben Ali by his own name", "وغادر الرئيس التونسي زين العابدين بن علي البلاد. وقال بن علي إنه سيعود.", "2011-01-20",
			[]string{"Tunisia LOC TUN TUN [التونسي]", "Zine El Abidine Ben Ali PER TUN TUN [زين العابدين بن علي|بن علي]"}},
		{"the father in a chain of names is not the one named", "وكان في استقباله الأمير راكان بن سلمان بن عبدالعزيز في الرياض.", "2015-08-01",
			[]string{"راكان بن سلمان بن عبدالعزيز PER   [راكان بن سلمان بن عبدالعزيز]", "Riyadh LOC SAU SAU [الرياض]"}},
		{"ابن, the noun son, refers to the father", "وقالت المصادر إن الملا يعقوب ابن الملا عمر شاهد جثة والده في كراتشي.", "2015-08-01",
			[]string{"Mohammad Yaqoob PER AFG AFG [الملا يعقوب]", "Mullah Omar PER AFG AFG [الملا عمر]", "Karachi LOC PAK PAK [كراتشي]"}},
		{"بن and a family name is a surname", "وحضر القسم رئيس الحكومة المغربية عبد الإله ابن كيران في الرباط.", "2015-08-01",
			[]string{"الحكومة المغربية ORG MAR MARGOV [الحكومة المغربية]", "Morocco LOC MAR MAR [المغربية]", "Abdelilah Benkirane PER MAR MARGOV [عبد الإله ابن كيران]", "Rabat LOC MAR MAR [الرباط]"}},
	})
}

func TestNationality(t *testing.T) {
	checkLink(t, []linkCase{
		{"a nisba and الجنسية after the name", "وذكر المصاب محمد أسلم (هندي الجنسية) أنه بخير في نجران.", "2015-08-01",
			[]string{"محمد اسلم PER IND  [محمد أسلم]", "India LOC IND IND [هندي]", "Najran LOC SAU SAU [نجران]"}},
		{"between dashes", "وقد تم تنفيذ حكم القتل في الجاني قاسم محمد الهلال - سوري الجنسية - في تبوك.", "2015-08-01",
			[]string{"قاسم محمد الهلال PER SYR  [قاسم محمد الهلال]", "Syria LOC SYR SYR [سوري]", "Tabuk LOC SAU SAU [تبوك]"}},
		{"a noun and its nisba in apposition, and the surname of two words", "ووصل الدكتور عز الدين أبو العيش، الطبيب الفلسطيني الذي فقد بناته، إلى حيفا. وقال أبو العيش إن السلام ممكن.", "2015-08-01",
			[]string{"عز الدين ابو العيش PER PSE  [عز الدين أبو العيش|أبو العيش]", "Palestine LOC PSE PSE [الفلسطيني]", "Haifa LOC ISR ISR [حيفا]"}},
	})
}

func TestCityNamesakes(t *testing.T) {
	checkLink(t, []linkCase{
		{"عمان in a story of Jordan is Amman", "وصل الملك عبدالله الثاني إلى عمان قادما من الأردن.", "2015-08-01",
			[]string{"Abdullah II of Jordan PER JOR JORGOV [الملك عبدالله الثاني|الملك]", "Amman LOC JOR JOR [عمان]", "Jordan LOC JOR JOR [الأردن]"}},
		{"عمان elsewhere is Oman", "وصل الوزير إلى عمان قادما من الرياض للقاء المسؤولين العمانيين في مسقط.", "2015-08-01",
			[]string{"Oman LOC OMN OMN [عمان]", "Riyadh LOC SAU SAU [الرياض]", "Muscat LOC OMN OMN [مسقط]"}},
	})
}
