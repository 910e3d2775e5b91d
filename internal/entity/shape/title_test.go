package shape_test

import (
	"strings"
	"testing"

	"rasad/internal/arabic"
	"rasad/internal/entity/shape"
	"rasad/internal/lexicon"
)

// TestWorks lists, for each text, the words Works reads as inside a
// work's title.
func TestWorks(t *testing.T) {
	for _, tt := range []struct{ text, want string }{
		// after a work noun
		{"وعرضت القناة فيلم «سمير وشهير وبهير» أمس", "سمير وشهير وبهير"},
		{"وغنى المطرب أغنية \"يا بغداد\" في الحفل", "يا بغداد"},
		{"وقدمت الفرقة مسرحية «عودة صلاح الدين» في القاهرة", "عودة صلاح الدين"},
		// before its author: ل and a nisba
		{"وفاز \"حكاية حسن ونعيمة\" للمصري هشام عيسوي بالجائزة", "حكاية حسن ونعيمة"},
		{"ومن بينها «بيت في عمان» للأردنية دينا ناصر", "بيت في عمان"},
		// not a work: speech, a slogan, a book's author, a name after a
		// non-work noun, a quote said to someone
		{"وقال الوزير «إن محمد عاد إلى عمان» للصحفيين", ""},
		{"تحت شعار «الملك سلمان في قلوبنا»", ""},
		{"وقال مؤلف الكتاب «حسن حسن» إن التنظيم", ""},
		{"وقال «نحن مع مصر» للمصريين", ""},
	} {
		toks := arabic.Tokenize(tt.text)
		arabic.DefaultSegmenter().Segment(toks)
		work := shape.Works(lexicon.Default(), toks, arabic.Quoted(tt.text, toks))
		var got []string
		for i, w := range work {
			if w {
				got = append(got, toks[i].Text)
			}
		}
		if g := strings.Join(got, " "); g != tt.want {
			t.Errorf("Works(%q) = %q, want %q", tt.text, g, tt.want)
		}
	}
}
