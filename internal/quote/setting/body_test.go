package setting

import (
	"strings"
	"testing"

	"rasad/internal/lexicon"
	"rasad/internal/news"
)

// TestOwn: a described speaker takes what its own words or the text's
// other words for its body say of it, never nothing made up (texts
// written for the test; the speaker is the words between « and »).
func TestOwn(t *testing.T) {
	tests := []struct {
		text                   string
		wantActor, wantCountry string
	}{
		{"وأوضح «بيان أوروبي» أن الاجتماع انتهى", "IGOEUREEC", ""},
		{"وذكرت «المفوضية الأوروبية» أن الاتفاق تم", "IGOEUREEC", ""},
		{"وقال «مصدر أوروبي فرنسي» إن المحادثات مستمرة", "", ""},
		{"ذكرت الشرطة التركية أن مسلحا قتل. وقال «متحدث باسم الشرطة» إن التحقيق بدأ", "", "TUR"},
		{"وقالت «وسائل الإعلام» إن الحكومة اجتمعت، بحسب وسائل الإعلام المصرية", "", "EGY"},
		{"نقلت وسائل الإعلام الروسية الخبر ثم وسائل الإعلام الأمريكية. وقالت «وسائل الإعلام» إن القمة تأجلت", "", "USA"},
		{"وقالت «وسائل الإعلام» إن القمة تأجلت، كما قالت وسائل الإعلام الروسية ثم وسائل الإعلام الأمريكية", "", ""},
		{"وقع اللاعب البرازيلي عقدا. وقال «وكيل اللاعب» إن العقد لعامين", "", ""},
		{"قبض على الساحر السوداني. واعترف «الساحر» بأنه تقاضى مالا", "", "SDN"},
		{"وقالت «الشرطة» إن التحقيق بدأ", "", ""},
	}
	for _, tt := range tests {
		text := strings.NewReplacer("«", "", "»", "").Replace(tt.text)
		from := strings.Index(tt.text, "«")
		to := strings.Index(tt.text, "»") - len("«")
		toks := lexicon.Tokens(text)
		a, b := -1, -1
		for i, tk := range toks {
			if tk.Start == from {
				a = i
			}
			if tk.End == to {
				b = i + 1
			}
		}
		if a < 0 || b < 0 {
			t.Fatalf("%s: speaker words not found", tt.text)
		}
		var sp news.Speaker
		got := Own(toks, a, b, &sp)
		if sp.Actor != tt.wantActor || sp.Country != tt.wantCountry || got != (sp.Actor != "" || sp.Country != "") {
			t.Errorf("%s: Own = %v, actor %q country %q; want actor %q country %q", tt.text, got, sp.Actor, sp.Country, tt.wantActor, tt.wantCountry)
		}
	}
}

// TestOffice: an office held in one country only, written right after a
// named speaker, gives him that country (texts written for the test; the
// speaker is the first two words).
func TestOffice(t *testing.T) {
	tests := []struct{ text, want string }{
		{"خالد الفيصل -أمير منطقة مكة المكرمة- قال إن", "SAU"},
		{"خالد الفيصل، أمير منطقة مكة المكرمة، قال إن", "SAU"},
		{"خالد الفيصل نائب أمير منطقة الرياض قال إن", "SAU"},
		{"خالد الفيصل -محافظ منطقة الجيزة- قال إن", ""},
		{"خالد الفيصل قال إن أمير منطقة مكة المكرمة زار", ""},
	}
	span := func(*news.Speaker) (int, int) { return 0, 2 }
	for _, tt := range tests {
		if got := Office(lexicon.Tokens(tt.text), &news.Speaker{}, span); got != tt.want {
			t.Errorf("%s: Office = %q, want %q", tt.text, got, tt.want)
		}
	}
}
