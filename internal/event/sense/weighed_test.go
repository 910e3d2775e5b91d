package sense

import (
	"maps"
	"testing"
)

func init() {
	maps.Copy(lemmas, map[string]string{
		"ويتعاون": "تعاون", "تعاون": "تعاون", "ويطرح": "طرح", "وتعاون": "تعاون",
		"انذار": "انذار", "والاتهامات": "اتهام", "التهم": "اتهام",
		"وهددت": "هدد", "عارضا": "عارض", "عارض": "عارض", "وعارض": "عارض",
		"اعتقاله": "اعتقال", "رفضهم": "رفض", "اشتباكات": "اشتباك", "ورفض": "رفض",
		"نداءها": "نداء", "لنداء": "نداء", "نداء": "نداء", "الدعوة": "دعوة", "ووجه": "وجه",
		"وتوقيع": "توقيع", "وهدد": "هدد", "سنقتحم": "اقتحم", "وحذر": "حذر", "حذر": "حذر",
	})
	maps.Copy(nouns, map[string]bool{"اشتباك": true})
}

// TestIdleWeighed holds the senses of the arts, of alarms, of charges
// that range, of lives endangered, of showing, of hearsay and of verbal
// nouns as subjects of a predicate.
func TestIdleWeighed(t *testing.T) {
	const album = "وطرح المطرب اغنية جديدة من البومه، وتضم الاغنيات لحنا جديدا وكليب. "
	checkIdle(t, []idleCase{
		{"a singer's collaboration", album + "ويتعاون المطرب في باقي اغنيات الالبوم مع الشاعر.", "ويتعاون"},
		{"one word of the arts is too few", "ويتعاون البلدان في انتاج اغنية وطنية.", ""},
		{"an official in a sentence of the arts", album + "ويتعاون وزير الثقافة مع المطرب في اغنية.", ""},
		{"an alarm bell, indefinite", "وقال ان الهزائم كانت تمثل جرس انذار لهم.", "انذار"},
		{"a siren, indefinite", "وقالت ان الارقام تمثل ناقوس انذار.", "انذار"},
		{"charges that range", "وتراوحت الاتهامات بين القتل وحيازة المتفجرات.", "الاتهامات"},
		{"charges that vary", "وتنوعت التهم بين السرقة والتزوير.", "التهم"},
		{"charges brought, not ranged", "ووجهت النيابة الاتهامات الى المتهمين.", ""},
		{"rates that endanger lives", "وبلغ المرض معدلات وبائية تهدد حياة الاهالي.", "تهدد"},
		{"a group that threatens a town", "وقال ان الجماعة تهدد المدينة.", ""},
		{"showing the documents", "وقام الموقوف بتدريب ابنه عارضا عليه الوثائق.", "عارضا"},
		{"opposing the plan", "وعارض البرلمان الخطة.", ""},
		{"Ali opposed", "عارض علي الخطة.", ""},
		{"a refusal in rumours", "وذلك بعد الانباء التي تواترت عن رفضهم الهدنة.", "رفضهم"},
		{"an arrest rumoured", "وترددت انباء عن اعتقاله امس.", "اعتقاله"},
		{"clashes reported", "وافادت التقارير الامنية عن اشتباكات بين الجيش والمسلحين.", ""},
		{"a refusal that does not deny", "ورفض دعمها لا ينفي حق الانفصال.", "ورفض"},
		{"a refusal that will show", "وقال ان المبعوث في الرياض، ورفض المتمردين للهدنة الانسانية سيوضح موقفهم.", "ورفض"},
		{"talks that were not to meet", "وقال ان المفاوضات الطويلة لم تكن لتلبي كل المطالب.", "المفاوضات"},
		{"a refusal reported", "ورفض المتمردون الهدنة امس.", ""},
		{"direct speech of a threat", "وهدد المتمردون سنقتحم المدينة.", ""},
		{"a warning with its complement", "وقال في كلمته، حذر فيه من ان افشال الاتفاق سيكون خطا.", ""},
		{"a call answered", "وهب الشباب لنجدة بلادهم، ولبوا نداءها.", "نداءها"},
		{"a distress call answered", "واستجابت السفينة لنداء استغاثة من قارب.", "لنداء"},
		{"an invitation accepted", "وقال ان الفنانين لبوا الدعوة.", "الدعوة"},
		{"a call made", "ووجه الرئيس نداء الى المجتمع الدولي.", ""},
		{"a refusal, then a relative clause", "ورفض المسؤول اتهامات كان يرددها المعارضون.", ""},
	})
}
