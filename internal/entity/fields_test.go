package entity_test

import "testing"

func TestFieldsNotParticiples(t *testing.T) {
	checkLink(t, []linkCase{
		{"a participle after و is no field", "وأكدت المدارس الصيفية التابعة لوزارة التعليم والمنتشرة في جميع مناطق ومدن المملكة نجاحها.", "2015-08-01", nil},
		{"a person noun after و is no field", "وقرر مجلس الإدارة والعضو المنتدب لشركة كهرباء السعودية زيادة رأس المال في الرياض.", "2015-08-01",
			[]string{"Saudi Arabia LOC SAU SAU [السعودية]", "Riyadh LOC SAU SAU [الرياض]"}},
		{"a participle after a place's body", "قال المدير التنفيذي للفعاليات بأمانة الشرقية والمشرف على البطولة في الدمام إن الفرق وصلت.", "2015-08-01",
			[]string{"Dammam LOC SAU SAU [الدمام]"}},
		{"masdars and nouns are fields, kept whole", "وأعلنت وزارة البيئة والمياه والزراعة وهيئة التحقيق والادعاء العام في الرياض خطة جديدة.", "2015-08-01",
			[]string{"وزارة البيئة والمياه والزراعة ORG   [وزارة البيئة والمياه والزراعة]", "هيئة التحقيق والادعاء ORG   [هيئة التحقيق والادعاء]", "Riyadh LOC SAU SAU [الرياض]"}},
	})
}

func TestFormerHolders(t *testing.T) {
	checkLink(t, []linkCase{
		{"a former president is not the one of the day", "التقى أوباما الوفد. وقال الرئيس الأميركي الأسبق إن الحرب كانت ضرورية.", "2015-08-01",
			[]string{"Barack Obama PER USA USAGOV [أوباما]", "United States LOC USA USA [الأميركي]"}},
		{"the deposed president is no holder of the day", "وقاتلت ميليشيات الرئيس المخلوع علي عبدالله صالح في عدن إلى جانب الرئيس هادي.", "2015-08-01",
			[]string{"Ali Abdullah Saleh PER YEM YEMPTY [علي عبدالله صالح]", "Aden LOC YEM YEM [عدن]", "Abdrabbuh Mansur Hadi PER YEM YEMGOV [هادي]"}},
		{"the holder of the day is still named by the role", "التقى أوباما الوفد. وقال الرئيس الأميركي إن الحرب ليست ضرورية.", "2015-08-01",
			[]string{"Barack Obama PER USA USAGOV [أوباما|الرئيس الأميركي]", "United States LOC USA USA [الأميركي]"}},
		{"a role's nisba is no person of that name", "وأعلن الرئيس السوداني عمر البشير أن اللجنة ستعمل.", "2015-08-01",
			[]string{"Sudan LOC SDN SDN [السوداني]", "Omar al-Bashir PER SDN SDNGOV [عمر البشير]"}},
	})
}

func TestQuotedNameAndNisba(t *testing.T) {
	checkLink(t, []linkCase{
		{"the nisba after a quoted body is its country", "وتوقعت مذكرة بحثية صادرة عن مجموعة «سيتي بنك» الأميركية أن النمو في الصين تراجع.", "2015-08-01",
			[]string{"سيتي بنك ORG USA  [سيتي بنك]", "United States LOC USA USA [الأميركية]", "China LOC CHN CHN [الصين]"}},
		{"a nisba before a person's name is the person's", "وكسر سيطرة سائقي «مرسيدس» البريطاني لويس هاميلتون في المجر.", "2015-08-01",
			[]string{"مرسيدس ORG   [مرسيدس]", "United Kingdom LOC GBR GBR [البريطاني]", "لويس هاميلتون PER GBR  [لويس هاميلتون]", "Hungary LOC HUN HUN [المجر]"}},
	})
}

func TestDefiniteHeadAndPlace(t *testing.T) {
	checkLink(t, []linkCase{
		{"a definite head and a place are two phrases", "وبعد أن منح الصندوق الأردن شهادته، ارتفعت السندات في عمان.", "2015-08-01",
			[]string{"Jordan LOC JOR JOR [الأردن]", "Amman LOC JOR JOR [عمان]"}},
		{"an indefinite head and a place are one name", "وأعلن مستشفى جنين الحكومي استقبال الجرحى.", "2015-08-01",
			[]string{"مستشفي جنين الحكومي ORG PSE PSEHLH [مستشفى جنين الحكومي]", "Jenin LOC PSE PSE [جنين]"}},
	})
}
