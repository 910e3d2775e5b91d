package setting

import (
	"strings"
	"testing"

	"rasad/internal/arabic"
	"rasad/internal/news"
)

func place(name, country string, at ...int) news.Entity {
	e := news.Entity{Name: name, Type: news.LOC, Country: country}
	for _, a := range at {
		e.Mentions = append(e.Mentions, news.Mention{Start: a, End: a + 5})
	}
	return e
}

// TestSetting: Aleppo twice and Syria once against Jordan once.
func TestSetting(t *testing.T) {
	ents := []news.Entity{place("Aleppo", "SYR", 0, 100), place("Syria", "SYR", 20), place("Jordan", "JOR", 60)}
	none := func(news.Mention) bool { return false }
	if got := Within(ents, 0, 50, none); got != "SYR" {
		t.Errorf("Within(0, 50) = %q, want SYR", got)
	}
	if got := Within(ents, 0, 80, none); got != "" {
		t.Errorf("Within(0, 80) = %q, want none: two countries", got)
	}
	if got := Within(ents, 0, 80, func(m news.Mention) bool { return m.Start == 60 }); got != "SYR" {
		t.Errorf("Within(0, 80) without Jordan = %q, want SYR", got)
	}
}

// TestSentence: the sentence that holds the quote names Aleppo and, inside
// the quote, Jordan: Syria; the next sentence names nothing; the third
// names Aleppo, and Iraq only inside other quotation marks (bytes 155
// to 170): Syria.
func TestSentence(t *testing.T) {
	ents := []news.Entity{place("Aleppo", "SYR", 0, 150), place("Jordan", "JOR", 60), place("Iraq", "IRQ", 160)}
	sents := []news.Sentence{{Start: 0, End: 100}, {Start: 101, End: 140}, {Start: 141, End: 200}}
	quoted := func(at int) bool { return at >= 155 && at < 170 }
	tests := []struct {
		name       string
		start, end int
		want       string
	}{
		{"places outside the quote", 50, 70, "SYR"},
		{"two countries outside the quote", 10, 40, ""},
		{"a sentence with no place", 110, 130, ""},
		{"after the last sentence", 300, 310, ""},
		{"a place in other quoted words of the sentence", 175, 195, "SYR"},
	}
	for _, tt := range tests {
		if got := Sentence(ents, sents, tt.start, tt.end, quoted); got != tt.want {
			t.Errorf("%s: Sentence(%d, %d) = %q, want %q", tt.name, tt.start, tt.end, got, tt.want)
		}
	}
}

// TestInternational: the first name of a description tells whose official
// speaks (descriptions written for the test, byte offsets by hand).
func TestInternational(t *testing.T) {
	un := news.Entity{Name: "United Nations", Type: news.ORG, Actor: "IGOUNO", Mentions: []news.Mention{{Start: 10, End: 20}}}
	yemen := news.Entity{Name: "Yemen", Type: news.LOC, Country: "YEM", Actor: "YEM", Mentions: []news.Mention{{Start: 5, End: 9}}}
	libya := news.Entity{Name: "Libya", Type: news.LOC, Country: "LBY", Actor: "LBY", Mentions: []news.Mention{{Start: 25, End: 30}}}
	rows := []struct {
		name       string
		ents       []news.Entity
		start, end int
		want       string
	}{
		{"المبعوث الأممي إلى ليبيا: the UN's", []news.Entity{libya, un}, 0, 30, "IGOUNO"},
		{"سفير اليمن لدى الأمم المتحدة: Yemen's", []news.Entity{un, yemen}, 0, 20, ""},
		{"the UN outside the description", []news.Entity{un}, 0, 9, ""},
		{"no name", nil, 0, 30, ""},
	}
	for _, c := range rows {
		if got := International(c.ents, c.start, c.end); got != c.want {
			t.Errorf("%s: International = %q, want %q", c.name, got, c.want)
		}
	}
}

// TestPersonal: the writer's friends and colleagues (phrases written for
// the test).
func TestPersonal(t *testing.T) {
	personal := map[string]bool{
		"أحد أصدقائي": true, "زميلي في الصحيفة": true, "صديقنا العزيز": true,
		"زميل له في الجامعة": false, "مصادر محلية": false,
		"زميل آخر": true, "صديق": true, "وصديقة أخرى": true,
		"صديق للعائلة": false, "زميل الضحية": false, "صديق مقرب من الرئيس": false, "الصديق": false,
	}
	for text, want := range personal {
		words := arabic.Tokenize(text)
		arabic.DefaultSegmenter().Segment(words)
		if Personal(words) != want {
			t.Errorf("Personal(%q) = %v, want %v", text, !want, want)
		}
	}
}

// TestOutlet: a paper's country is an adjective after its name, else its
// as the entity stage gives it, else none (outlets written for the test).
func TestOutlet(t *testing.T) {
	tests := []struct {
		name      string
		e         news.Entity
		adjective string
		want      string
	}{
		{"known outlet", news.Entity{Name: "As", Type: news.ORG, Country: "ESP", Actor: "ESPMED"}, "", "ESP"},
		{"the entity stage's country", news.Entity{Name: "الدرر الشامية", Type: news.ORG, Country: "SYR"}, "", "SYR"},
		{"an adjective after the name", news.Entity{Name: "ديلي ميرور", Type: news.ORG, Country: "USA"}, "GBR", "GBR"},
		{"nothing known", news.Entity{Name: "سبورت", Type: news.ORG}, "", ""},
	}
	for _, tt := range tests {
		if got := Outlet(&tt.e, tt.adjective); got != tt.want {
			t.Errorf("%s: Outlet = %q, want %q", tt.name, got, tt.want)
		}
	}
}

// TestBodies: organisations by both names; places and empty names are not.
func TestBodies(t *testing.T) {
	b := Bodies([]news.Entity{{Name: "SANA", NameAr: "سانا", Type: news.ORG}, {Name: "Syria", Type: news.LOC}, {NameAr: "الوكالة", Type: news.ORG}})
	for name, want := range map[string]bool{"SANA": true, "سانا": true, "الوكالة": true, "Syria": false, "": false} {
		if b[name] != want {
			t.Errorf("Bodies[%q] = %v, want %v", name, b[name], want)
		}
	}
}

// worldwideRows are speakers' descriptions written for the test and
// whether they describe an international body: definite words up to
// "international", "world" or "Western", no name before the adjective.
const worldwideRows = `
الوكالة الدولية | true
الهيئة المالية الدولية | true
المبعوث الدولي | true
المنظمة العالمية | true
مطار الملك عبدالعزيز الدولي | false
خبير دولي | false
الدولية | false
الوكالة الوطنية | false
التقارير الغربية | true
المصادر الدبلوماسية الغربية | true
الإعلام الغربي | true
مصادر غربية | false
`

func TestWorldwide(t *testing.T) {
	for _, line := range strings.Split(strings.TrimSpace(worldwideRows), "\n") {
		desc, want, _ := strings.Cut(line, " | ")
		if got := Worldwide(arabic.Tokenize(desc)); got != (want == "true") {
			t.Errorf("Worldwide(%q) = %v, want %s", desc, got, want)
		}
	}
}

// TestNamed: the words after a body's noun are an organisation's Arabic
// name found elsewhere in the article, whole and normalised; a person's
// name, a part of a name or a word too short is none.
func TestNamed(t *testing.T) {
	ents := []news.Entity{
		{Name: "Jordan", NameAr: "الأردن", Type: news.LOC, Country: "JOR"},
		{NameAr: "ويكيليكس", Type: news.ORG},
		{Name: "Amnesty International", NameAr: "العفو الدولية", Type: news.ORG, Actor: "NGOHRI"},
		{Name: "Ahmed Saleh", NameAr: "أحمد صالح", Type: news.PER, Country: "YEM"},
		{NameAr: "اب", Type: news.ORG},
	}
	words := func(s string) []news.Token {
		var out []news.Token
		for _, w := range strings.Fields(s) {
			out = append(out, news.Token{Kind: news.Word, Norm: arabic.Normalize(w)})
		}
		return out
	}
	tests := []struct {
		words string
		want  int
	}{
		{"ويكيليكس", 1},
		{"العفو الدولية", 2},
		{"العفو", -1},
		{"العفو الدولية الجديدة", -1},
		{"أحمد صالح", -1},
		{"الأردن", -1},
		{"اب", -1},
		{"", -1},
	}
	for _, tt := range tests {
		if got := Named(ents, words(tt.words)); got != tt.want {
			t.Errorf("Named(%q) = %d, want %d", tt.words, got, tt.want)
		}
	}
	if got := Named(ents, append(words("ويكيليكس"), news.Token{Kind: news.Punctuation, Norm: "»"})); got != -1 {
		t.Errorf("Named(ويكيليكس ») = %d, want -1: a mark is no word of a name", got)
	}
}

// TestBroadcaster: channels written for the test; a state's public or
// official medium, in any written form of its adjective, and media that
// are not.
func TestBroadcaster(t *testing.T) {
	for via, want := range map[string]bool{
		"الإذاعة العامة الإسرائيلية": true, "التلفزيون الرسمي السوري": true, "وكالة الأنباء الحكومية": true,
		"الإذاعة العامّة": true, "وكالة الأنباء الفرنسية": false, "صحيفة الشرق الأوسط": false, "": false,
	} {
		if got := Broadcaster(via); got != want {
			t.Errorf("Broadcaster(%q) = %v, want %v", via, got, want)
		}
	}
}

// TestAntecedent: the body a definite noun takes up is the last one of
// that noun named before the offset, organisations only.
func TestAntecedent(t *testing.T) {
	body := func(nameAr, country string, typ news.EntityType, at ...int) news.Entity {
		e := place(nameAr, country, at...)
		e.NameAr, e.Type = nameAr, typ
		return e
	}
	ents := []news.Entity{
		body("الشركة الكويتية للنفط", "KWT", news.ORG, 0),
		body("الشركة العمانية للغاز", "OMN", news.ORG, 50),
		body("المركز السعودي للثقافة", "SAU", news.ORG, 200),
		body("الشركة", "QAT", news.LOC, 60),
		body("هيئة الاستثمار الأردنية", "JOR", news.ORG, 10),
	}
	for _, c := range []struct {
		bare string
		at   int
		want string
	}{
		{"شركة", 100, "OMN"}, // the last company named before
		{"شركة", 40, "KWT"},  // the Omani one comes after
		{"مركز", 100, ""},    // the centre is named after the offset
		{"مركز", 300, "SAU"}, // and before this one
		{"هيئة", 100, "JOR"}, // no article on the name's noun
		{"جامعة", 300, ""},   // no body of that noun
		{"شركة", 3, ""},      // a mention must end before the offset
	} {
		if got := Antecedent(ents, c.bare, c.at); got != c.want {
			t.Errorf("Antecedent(%q, %d) = %q, want %q", c.bare, c.at, got, c.want)
		}
	}
}

// commentatorRows: a described speaker's words (ويرى المحللون: المحللون) |
// whether they are unnamed commentators as a crowd | the word of theirs that names a
// place or country adjective (the entity stage's mention), if any.
const commentatorRows = `
المحللون | true |
محللون سياسيون | true |
مراقبون | true |
المراقبين | true |
خبراء | true |
خبراء مصريون | false | مصريون
مراقبون في القاهرة | false | القاهرة
محللون في بيروت | false | بيروت
الخبراء | false |
المحلل الاقتصادي | false |
مصادر مطلعة | false |
الناشطون | false |
`

// TestCommentator: unnamed analysts, experts and observers as a crowd are
// of no country unless their own words name one; the definite الخبراء
// (the forum's experts), one analyst and other described speakers are not
// such a crowd.
func TestCommentator(t *testing.T) {
	for _, line := range strings.Split(strings.TrimSpace(commentatorRows), "\n") {
		f := strings.Split(line, "|")
		desc, want, at := strings.TrimSpace(f[0]), strings.TrimSpace(f[1]) == "true", strings.TrimSpace(f[2])
		var ents []news.Entity
		if at != "" {
			i := strings.Index(desc, at)
			e := place(at, "EGY", i)
			e.Mentions[0].End = i + len(at)
			ents = append(ents, e)
		}
		if got := Commentator(arabic.Tokenize(desc), ents); got != want {
			t.Errorf("Commentator(%q) = %v, want %v", desc, got, want)
		}
	}
	if Commentator(nil, nil) {
		t.Error("Commentator(no words) = true, want false")
	}
}

// TestStory: the organisations that spoke, and the country an article's
// places name most, found once.
func TestStory(t *testing.T) {
	ents := []news.Entity{{Name: "SANA", Type: news.ORG}, {Name: "Syria", Type: news.LOC, Country: "SYR", Mentions: []news.Mention{{Start: 0, End: 8}, {Start: 20, End: 28}}}}
	s := NewStory("", ents)
	if !s.Body(&news.Speaker{Name: "SANA"}) || s.Body(&news.Speaker{Name: "Syria"}) || s.Body(nil) {
		t.Error("Body: want SANA only")
	}
	if got := s.Country(); got != "SYR" {
		t.Errorf("Country = %q, want SYR", got)
	}
	if got := NewStory("", nil).Country(); got != "" {
		t.Errorf("Country of no places = %q, want none", got)
	}
}
