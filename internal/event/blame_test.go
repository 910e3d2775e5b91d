package event

import (
	"slices"
	"strings"
	"testing"

	"rasad/internal/news"
)

// TestSaidImplicated: an actor said to be implicated (إيران متورطة) is
// accused (112) by the one who says it; an attributive المتورطين, or the
// predicate in the article's own voice, accuses nobody.
func TestSaidImplicated(t *testing.T) {
	actors := readActors(t, "testdata/actors.txt")
	jubeir := &news.Speaker{Name: "Adel al-Jubeir", Country: "SAU", Actor: "SAUGOV"}
	for _, tc := range []struct {
		name, sentence, quote string
		want                  bool // SAUGOV | 112 | IRN | asserted
		accused               bool // any 112 at all
	}{
		{"said", "وقال الجبير أمس إن إيران متورطة في دعم الحوثيين.", "إيران متورطة في دعم الحوثيين", true, true},
		{"said of several", "وقال الجبير أمس إن الإيرانيين متورطون في الهجوم.", "الإيرانيين متورطون في الهجوم", true, true},
		{"attributive", "وقال الجبير أمس إن الشرطة العراقية اعتقلت المسلحين المتورطين في الهجوم.", "الشرطة العراقية اعتقلت المسلحين المتورطين في الهجوم", false, false},
		{"no speaker", "وإيران متورطة في دعم الحوثيين.", "", false, false},
	} {
		doc := buildDoc(tc.sentence, "2015-07-01", actors)
		if tc.quote != "" {
			s := strings.Index(doc.Text, tc.quote)
			doc.Quotes = []news.Quote{{Speaker: jubeir, Text: tc.quote, Start: s, End: s + len(tc.quote)}}
		}
		lines := eventLines(DefaultCoder().Code(doc))
		got := slices.Contains(lines, "SAUGOV | 112 | IRN | asserted")
		accused := slices.ContainsFunc(lines, func(l string) bool { return strings.Contains(l, "| 112 |") })
		if got != tc.want || accused != tc.accused {
			t.Errorf("%s: %s: got %q, want SAUGOV | 112 | IRN: %v, any 112: %v", tc.name, tc.sentence, lines, tc.want, tc.accused)
		}
	}
}

// TestHeadlineSubject: a headline in the present puts its subject first
// («هيومن رايتس ووتش» تتهم إسرائيل); when the coder cannot name that
// subject, the name after the verb is its object, not its subject.
func TestHeadlineSubject(t *testing.T) {
	actors := readActors(t, "testdata/actors.txt")
	for _, tc := range []struct {
		name, text string
		want, not  string
	}{
		{"named subject", "أوباما يتهم إيران بدعم الإرهاب\nوقال الرئيس الأميركي أمس إن طهران تمول الجماعات المسلحة.", "USAGOV | 112 | IRN | asserted", "IRN | 112 | - | asserted"},
		{"subject not named", "منظمة ووتش تتهم إسرائيل بقتل المدنيين\nوقالت المنظمة في تقرير أمس إن القوات قتلت عشرات المدنيين.", "", "ISR | 112 | - | asserted"},
	} {
		doc := buildDoc(tc.text, "2015-07-01", actors)
		lines := eventLines(DefaultCoder().Code(doc))
		if tc.want != "" && !slices.Contains(lines, tc.want) || tc.not != "" && slices.Contains(lines, tc.not) {
			t.Errorf("%s: %q: got %q, want %q and not %q", tc.name, tc.text, lines, tc.want, tc.not)
		}
	}
}

// TestBlamedDoer: an act of blame whose object is an act targets the one
// the sentence names as its doer (package blame): the subject of the
// clause that describes the object, the first object of حمّل, the
// antecedent of the act's own object pronoun; a clause whose subject
// undergoes the act names no one blamed.
func TestBlamedDoer(t *testing.T) {
	actors := readActors(t, "testdata/actors.txt")
	for _, tc := range []struct {
		name, sentence, want, not string
	}{
		{"relative clause", "وندد الرئيس المصري بالتفجيرات التي نفذتها إيران في المنطقة.", "EGY | 111 | IRN | asserted", ""},
		{"indefinite noun", "وحذرت مصر من خطط تنفذها إيران في المنطقة.", "EGY | 012 | IRN | asserted", ""},
		{"held responsible", "والحكومة المصرية تحمل إيران المسؤولية عن التفجيرات.", "EGYGOV | 112 | IRN | asserted", ""},
		{"object pronoun", "وفرضت مصر عقوبات على إيرانيين اتهمتهما الولايات المتحدة بتمويل الإرهاب.", "USA | 112 | IRN | asserted", ""},
		{"undergone", "وندد الرئيس المصري بالتفجيرات التي تعرضت لها إيران في المنطقة.", "", "EGY | 111 | IRN | asserted"},
	} {
		doc := buildDoc("خبر\n"+tc.sentence, "2015-07-01", actors)
		lines := eventLines(DefaultCoder().Code(doc))
		if tc.want != "" && !slices.Contains(lines, tc.want) || tc.not != "" && slices.Contains(lines, tc.not) {
			t.Errorf("%s: %s: got %q, want %q and not %q", tc.name, tc.sentence, lines, tc.want, tc.not)
		}
	}
}
