package event

import (
	"strings"
	"testing"

	"rasad/internal/news"
)

// A support verb's subject (قدم له المالكي التعازي, أبدى أردوغان رفضه)
// does the act its object noun names, and so does the subject of a verb of
// beginning or ending whose complement names the act (استهل الجلسة بتجديد
// الدعوة, اختتم جولته بلقاء: lexicon cue launch, events33c), even inside a
// quote: the speaker of the quote (who reports the act) is not its doer.
func TestSupportVerbInQuote(t *testing.T) {
	actors := readActors(t, "testdata/actors.txt")
	for _, tc := range []struct {
		sentence, quote, code, want string
	}{
		{"وأوضح أوباما أن ضابطا عراقيا قتل في الموصل حيث أقيمت له جنازة وقدم له المالكي التعازي.",
			"ضابطا عراقيا قتل في الموصل حيث أقيمت له جنازة وقدم له المالكي التعازي", "018", "Nouri al-Maliki"},
		{"وأوضح أوباما أن ضابطا عراقيا قتل في الموصل حيث أقيمت له جنازة وقدم المالكي التعازي.",
			"ضابطا عراقيا قتل في الموصل حيث أقيمت له جنازة وقدم المالكي التعازي", "018", "Nouri al-Maliki"},
		{"وأعلن أوباما أن «الرئيس محمود عباس استهل الجلسة بتجديد الدعوة لانتخاب رئيس للمجلس».",
			"الرئيس محمود عباس استهل الجلسة بتجديد الدعوة لانتخاب رئيس للمجلس", "020", "Mahmoud Abbas"},
		{"وقال أوباما إن «الرئيس بوتين افتتح القمة بالدعوة إلى الحوار بين الأطراف».",
			"الرئيس بوتين افتتح القمة بالدعوة إلى الحوار بين الأطراف", "020", "Vladimir Putin"},
		{"وأوضح أوباما أن «الوزير عادل الجبير يختتم جولته بزيارة إلى موسكو».",
			"الوزير عادل الجبير يختتم جولته بزيارة إلى موسكو", "042", "Adel al-Jubeir"},
	} {
		doc := buildDoc(tc.sentence, "2015-08-01", actors)
		s := strings.Index(doc.Text, tc.quote)
		obama := &news.Speaker{Name: "Barack Obama", Country: "USA", Actor: "USAGOV"}
		doc.Quotes = []news.Quote{{Speaker: obama, Text: tc.quote, Start: s, End: s + len(tc.quote)}}
		var got []string
		for _, e := range DefaultCoder().Code(doc) {
			if e.Code == tc.code {
				got = append(got, e.Source.Name)
			}
		}
		if len(got) != 1 || got[0] != tc.want {
			t.Errorf("%s: %s sources %q, want [%s]", tc.sentence, tc.code, got, tc.want)
		}
	}
}

// A verb with a dropped subject (ونفى أن يكون) continues the speaker the
// paragraph quoted last, not a doer of another paragraph; a doer named in
// the paragraph after that quote, or a speaker with no name of its own
// (المصادر), leaves the last doer continued.
func TestDroppedSubjectInParagraph(t *testing.T) {
	actors := readActors(t, "testdata/actors.txt")
	erdogan := &news.Speaker{Name: "Recep Tayyip Erdogan", Country: "TUR", Actor: "TURGOV"}
	sources := &news.Speaker{Name: "مصادر", Country: "TUR"}
	for _, tc := range []struct {
		text, quote string
		speaker     *news.Speaker
		want        string
	}{
		{"وهاجم حزب العمال الكردستاني مواقع الجيش التركي في ماردين.\nوقال أردوغان إن «الحكومة مستمرة في عملها». ونفى أن تكون أنقرة قد قصفت مواقع في العراق.",
			"الحكومة مستمرة في عملها", erdogan, "Recep Tayyip Erdogan"},
		{"وقال أردوغان إن «الحكومة مستمرة في عملها». وهاجم حزب العمال الكردستاني مواقع الجيش التركي، ونفى أن يكون قد قصف مواقع في العراق.",
			"الحكومة مستمرة في عملها", erdogan, "Kurdistan Workers' Party"},
		{"وهاجم حزب العمال الكردستاني مواقع الجيش التركي في ماردين.\nوقالت مصادر إن «الحكومة مستمرة في عملها». ونفى أن تكون أنقرة قد قصفت مواقع في العراق.",
			"الحكومة مستمرة في عملها", sources, "Kurdistan Workers' Party"},
	} {
		doc := buildDoc(tc.text, "2015-08-01", actors)
		s := strings.Index(doc.Text, tc.quote)
		doc.Quotes = []news.Quote{{Speaker: tc.speaker, Text: tc.quote, Start: s, End: s + len(tc.quote)}}
		var got []string
		for _, e := range DefaultCoder().Code(doc) {
			if e.Code == "016" {
				got = append(got, e.Source.Name)
			}
		}
		if len(got) != 1 || got[0] != tc.want {
			t.Errorf("%s: 016 sources %q, want [%s]", tc.text, got, tc.want)
		}
	}
}
