package anaphor

import (
	"strings"
	"testing"

	"rasad/internal/news"
	"rasad/internal/tabletest"
)

func TestAntecedent(t *testing.T) {
	doc := &news.Document{Entities: []news.Entity{
		{Name: "PKK", Type: news.ORG, Mentions: []news.Mention{{Start: 10, End: 30, Text: "حزب العمال الكردستاني"}}},
		{Name: "Houthis", Type: news.ORG, Mentions: []news.Mention{{Start: 40, End: 52, Text: "جماعة الحوثي"}}},
		{Name: "Turkey", Type: news.LOC, Mentions: []news.Mention{{Start: 60, End: 65, Text: "تركيا"}}},
		{Name: "Houthis", Type: news.ORG, Mentions: []news.Mention{{Start: 200, End: 215, Text: "ميليشيات الحوثي"}}},
		{Name: "NDF", Type: news.ORG, Mentions: []news.Mention{{Start: 400, End: 415, Text: "مليشيا الدفاع الوطني"}}},
	}}
	antecedentTable(t, doc, []antecedentRow{
		{"the party after its name", word("الحزب", 100), 0},
		{"with و and the article split off", word("والجماعة", 100,
			news.Part{Form: "و", Role: news.Proclitic}, news.Part{Form: "ال", Role: news.Proclitic}, news.Part{Form: "جماعة", Role: news.Stem}), 1},
		{"before its name: no antecedent", word("الجماعة", 20), -1},
		{"without the article: a new name", word("حزب", 100), -1},
		{"a head no group was named with", word("الحركة", 100), -1},
		{"not a head noun", word("الدولة", 100), -1},
		{"the militias after the group named as its militias", word("الميليشيات", 300), 3},
		{"the militias spelled without ي", word("المليشيات", 300), 3},
		{"the militia, singular, after its plural", word("الميليشيا", 300), 3},
		{"the militias after the militia named last", word("الميليشيات", 500), 4},
		{"the militias before any militia is named", word("الميليشيات", 100), -1},
	})
}

func TestAntecedentUnit(t *testing.T) {
	doc := &news.Document{Entities: []news.Entity{
		{Name: "الكتيبة 17", Type: news.ORG, Mentions: []news.Mention{{Start: 10, End: 30, Text: "الكتيبة 17"}}},
		{Name: "الفرقة 4", Type: news.ORG, Mentions: []news.Mention{{Start: 200, End: 215, Text: "لفرقة 4"}}}, // للفرقة 4
		{Name: "حزب الأمة", Type: news.ORG, Mentions: []news.Mention{{Start: 300, End: 315, Text: "الحزب الوطني"}}},
	}}
	antecedentTable(t, doc, []antecedentRow{
		{"the battalion after its name with its number", word("الكتيبة", 100), 0},
		{"the division named after ل, its article's alef elided", word("الفرقة", 250), 1},
		{"a formation not named before", word("الفوج", 250), -1},
		{"before its name", word("الكتيبة", 5), -1},
		{"a party's name with the article is no head noun to refer back by", word("الحزب", 400), -1},
	})
}

func TestAntecedentSide(t *testing.T) {
	doc := &news.Document{Entities: []news.Entity{
		{Name: "Popular Resistance", Type: news.ORG, Mentions: []news.Mention{
			{Start: 10, End: 40, Text: "المقاومة الشعبية"}, {Start: 300, End: 330, Text: "للمقاومة الشعبية"}}},
		{Name: "Hezbollah", Type: news.ORG, Mentions: []news.Mention{{Start: 500, End: 530, Text: "والمقاومة الإسلامية"}}},
	}}
	if got := Antecedent(&news.Document{Entities: []news.Entity{
		{Name: "Lebanon", Type: news.LOC, Mentions: []news.Mention{{Start: 10, End: 40, Text: "المقاومة الإسلامية"}}},
		{Name: "Hamas", Type: news.ORG, Mentions: []news.Mention{{Start: 50, End: 60, Text: "المقاومة"}}},
	}}, word("المقاومة", 100)); got != -1 {
		t.Errorf("after a place and a bare word: Antecedent = %d, want -1 (no side's name)", got)
	}
	if got := Antecedent(&news.Document{Text: strings.Repeat(" ", 100) + "المقاومة الفلسطينية", Entities: doc.Entities[:1]},
		word("المقاومة", 100)); got != -1 {
		t.Errorf("with a definite epithet after it: Antecedent = %d, want -1 (another side)", got)
	}
	antecedentTable(t, doc, []antecedentRow{
		{"the resistance after the one side named so", word("المقاومة", 100), 0},
		{"with a preposition, after the side named again with one", word("بالمقاومة", 400,
			news.Part{Form: "ب", Role: news.Proclitic}, news.Part{Form: "ال", Role: news.Proclitic}, news.Part{Form: "مقاومة", Role: news.Stem}), 0},
		{"before any side is named", word("المقاومة", 5), -1},
		{"without the article: resistance, no side", word("مقاومة", 100), -1},
		{"after two sides named so: neither", word("المقاومة", 550), -1},
	})
}

// antecedentRow is a row of a table of Antecedent: a word of doc and the
// index of the entity it refers back to, or -1.
type antecedentRow struct {
	name string
	tok  *news.Token
	want int
}

func antecedentTable(t *testing.T, doc *news.Document, rows []antecedentRow) {
	t.Helper()
	for _, tt := range rows {
		t.Run(tt.name, func(t *testing.T) {
			if got := Antecedent(doc, tt.tok); got != tt.want {
				t.Errorf("Antecedent(%q) = %d, want %d", tt.tok.Norm, got, tt.want)
			}
		})
	}
}

// word is a word token of normalised form norm at byte offset start.
func word(norm string, start int, parts ...news.Part) *news.Token {
	return &news.Token{Kind: news.Word, Norm: norm, Start: start, End: start + len(norm), Parts: parts}
}

func TestScene(t *testing.T) {
	loc := func(name, cc string, starts ...int) news.Entity {
		return mentioned(news.Entity{Name: name, Type: news.LOC, Country: cc}, 4, starts...)
	}
	tests := []struct {
		name string
		ents []news.Entity
		skip func(string) bool
		want int
	}{
		{"the country named most, its place named most", []news.Entity{
			loc("Riyadh", "SAU", 5), loc("Aden", "YEM", 10, 50, 90), loc("Yemen", "YEM", 20), loc("Saudi Arabia", "SAU", 30, 70)}, nil, 1},
		{"a tie: the country named first", []news.Entity{loc("Cairo", "EGY", 40), loc("Amman", "JOR", 10)}, nil, 1},
		{"the doers' own country skipped", []news.Entity{loc("Cairo", "EGY", 40), loc("Amman", "JOR", 10)}, func(cc string) bool { return cc == "JOR" }, 0},
		{"people and places without a country do not count", []news.Entity{
			{Name: "Hadi", Type: news.PER, Country: "YEM", Mentions: []news.Mention{{Start: 1}, {Start: 9}}}, loc("Sinai", "", 3, 7), loc("Cairo", "EGY", 20)}, nil, 2},
		{"no place", []news.Entity{{Name: "UN", Type: news.ORG}}, nil, -1},
	}
	for _, tt := range tests {
		if got := Scene(&news.Document{Entities: tt.ents}, tt.skip); got != tt.want {
			t.Errorf("%s: Scene = %d, want %d", tt.name, got, tt.want)
		}
	}
}

// countryRow is a row of a table of a function from a name in an article
// to a country.
type countryRow struct {
	name, actor string
	doc         *news.Document
	want        string
}

func countryTable(t *testing.T, fn string, f func(*news.Document, string) string, rows []countryRow) {
	t.Helper()
	for _, tt := range rows {
		t.Run(tt.name, func(t *testing.T) {
			if got := f(tt.doc, tt.actor); got != tt.want {
				t.Errorf("%s(%q) = %q, want %q", fn, tt.actor, got, tt.want)
			}
		})
	}
}

// countryFile runs countryTable on the rows of testdata/<fn in lower
// case>.tsv: a case's name, the actor's words, the key in docs of the
// article it is read in, and the country wanted.
func countryFile(t *testing.T, fn string, f func(*news.Document, string) string, docs map[string]*news.Document) {
	t.Helper()
	var rows []countryRow
	for _, r := range tabletest.Fields(t, "testdata/"+strings.ToLower(fn)+".tsv", 4) {
		doc, ok := docs[r[2]]
		if !ok {
			t.Fatalf("%s: row %q: no article %q", fn, r[0], r[2])
		}
		rows = append(rows, countryRow{r[0], r[1], doc, r[3]})
	}
	countryTable(t, fn, f, rows)
}

func TestLoyalTo(t *testing.T) {
	libya := &news.Document{Entities: []news.Entity{{Name: "Libya", Type: news.LOC, Country: "LBY", Mentions: []news.Mention{{Start: 0}}}}}
	countryFile(t, "LoyalTo", LoyalTo, map[string]*news.Document{"libya": libya, "none": {}})
}

func TestGovernment(t *testing.T) {
	libya := &news.Document{Entities: []news.Entity{
		{Name: "Libya", Type: news.LOC, Country: "LBY", Mentions: []news.Mention{{Start: 0}, {Start: 50}}},
		{Name: "Tunisia", Type: news.LOC, Country: "TUN", Mentions: []news.Mention{{Start: 20}}},
	}}
	nowhere := &news.Document{Entities: []news.Entity{{Name: "UN", Type: news.ORG, Mentions: []news.Mention{{Start: 0}}}}}
	countryFile(t, "Government", Government, map[string]*news.Document{"libya": libya, "nowhere": nowhere})
}

func TestCoalitionCountry(t *testing.T) {
	houthis := news.Entity{Name: "Houthis", Type: news.ORG, Actor: "YEMREB", Mentions: []news.Mention{{Text: "الحوثيين"}}}
	arab := news.Entity{Name: "Saudi-led coalition in Yemen", Type: news.ORG, Actor: "SAUMIL", Mentions: []news.Mention{{Text: "التحالف العربي"}}}
	raqqa := news.Entity{Name: "Raqqa", Type: news.LOC, Country: "SYR", Mentions: []news.Mention{{Text: "الرقة"}}}
	taiz := news.Entity{Name: "Taiz", Type: news.LOC, Country: "YEM", Mentions: []news.Mention{{Text: "تعز"}}}
	doc := func(text string, ents ...news.Entity) *news.Document {
		return &news.Document{Text: text, Entities: ents}
	}
	countryTable(t, "CoalitionCountry", CoalitionCountry, []countryRow{
		{"its aircraft, the Houthis named", "طيران التحالف", doc("شن طيران التحالف غارات على الحوثيين", houthis), "SAU"},
		{"its fighters, set in Yemen", "مقاتلات التحالف", doc("قصفت مقاتلات التحالف موقعا في تعز", taiz), "SAU"},
		{"the bare coalition after و", "والتحالف", doc("والتحالف يقصف الحوثيين", houthis), "SAU"},
		{"the bare air force after the coalition's", "الطيران", doc("وكان طيران التحالف قصف الحوثيين. وشن الطيران غارات", houthis), "SAU"},
		{"set in Syria", "طيران التحالف", doc("قصف طيران التحالف الرقة", raqqa), ""},
		{"the international one named", "طيران التحالف", doc("قصف طيران التحالف الدولي مواقع قرب الحوثيين", houthis), ""},
		{"a coalition named by its name: Coalition decides", "طيران التحالف", doc("قصف طيران التحالف الحوثيين", houthis, arab), ""},
		{"a qualifier: another coalition", "التحالف الوطني", doc("التحالف الوطني والحوثيين", houthis), ""},
		{"not the coalition", "طيران الحوثيين", doc("طيران الحوثيين", houthis), ""},
	})
}

func TestCoalition(t *testing.T) {
	arab := news.Entity{Name: "Saudi-led coalition in Yemen", Type: news.ORG, Actor: "SAUMIL", Mentions: []news.Mention{{Text: "للتحالف العربي"}}}
	national := news.Entity{Name: "National Alliance", Type: news.ORG, Actor: "IRQLEG", Mentions: []news.Mention{{Text: "التحالف الوطني"}}}
	houthis := news.Entity{Name: "Houthis", Type: news.ORG, Actor: "YEMREB", Mentions: []news.Mention{{Text: "الحوثيين"}}}
	yemen := &news.Document{Text: "قال متحدث باسم التحالف العربي", Entities: []news.Entity{houthis, arab}}
	tests := []struct {
		name, actor string
		doc         *news.Document
		want        int
	}{
		{"the bare coalition", "التحالف", yemen, 1},
		{"after و", "والتحالف", yemen, 1},
		{"its aircraft", "طيران التحالف", yemen, 1},
		{"its forces after ل", "لقوات التحالف", yemen, 1},
		{"a qualifier: another coalition", "التحالف الدولي", yemen, -1},
		{"another head", "مجلس التحالف", yemen, -1},
		{"the international coalition named too", "التحالف", &news.Document{Text: "قصف التحالف الدولي مواقع", Entities: []news.Entity{arab}}, -1},
		{"two coalitions named", "التحالف", &news.Document{Entities: []news.Entity{arab, national}}, -1},
		{"none named", "التحالف", &news.Document{Entities: []news.Entity{houthis}}, -1},
		{"the bare air force after the coalition's aircraft", "الطيران", airDoc("وكان طيران التحالف قصف مواقع الحوثيين. وشن الطيران غارات"), 0},
		{"the bare aircraft after the coalition's aircraft", "الطائرات", airDoc("وقصفت طائرات التحالف مواقع الحوثيين، واستهدفت الطائرات"), 0},
		{"the bare air force, the coalition named by another noun", "الطيران", airDoc("وقصف التحالف مواقع الحوثيين. وشن الطيران غارات"), -1},
		{"the air force without the article", "طيران", airDoc("وكان طيران التحالف قصف مواقع الحوثيين. وشن الطيران غارات"), -1},
		{"another air force named", "الطيران", airDocRussia("وكان طيران التحالف قصف مواقع الحوثيين، وقصف الطيران الروسي حلب. وشن الطيران غارات"), -1},
		{"another air force named after ب", "الطيران", airDocRussia("وكان طيران التحالف قصف مواقع الحوثيين، وقصفت حلب بالطيران الروسي. وشن الطيران غارات"), -1},
		{"another air force of the regime", "الطيران", airDoc("وكان طيران التحالف قصف مواقع الحوثيين، وقصف طيران النظام حلب. وشن الطيران غارات"), -1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := Coalition(tt.doc, tt.actor); got != tt.want {
				t.Errorf("Coalition(%q) = %d, want %d", tt.actor, got, tt.want)
			}
		})
	}
}

// airDoc is an article text that names the Arab coalition; airDocRussia
// names Russia too, right after the air force of its text (الطيران الروسي).
func airDoc(text string) *news.Document {
	arab := news.Entity{Name: "Saudi-led coalition in Yemen", Type: news.ORG, Actor: "SAUMIL", Mentions: []news.Mention{{Text: "التحالف العربي"}}}
	return &news.Document{Text: text, Entities: []news.Entity{arab}}
}

func airDocRussia(text string) *news.Document {
	doc := airDoc(text)
	s := strings.Index(text, "الروسي")
	doc.Entities = append(doc.Entities, news.Entity{Name: "Russia", Type: news.LOC, Actor: "RUS", Country: "RUS",
		Mentions: []news.Mention{{Start: s, End: s + len("الروسي"), Text: "الروسي"}}})
	return doc
}

// mentioned returns e with a mention of width bytes at each of starts.
func mentioned(e news.Entity, width int, starts ...int) news.Entity {
	for _, s := range starts {
		e.Mentions = append(e.Mentions, news.Mention{Start: s, End: s + width})
	}
	return e
}

func TestAntecedentBody(t *testing.T) {
	text := "نظرت محكمة بروكسل الجنائية في القضية، ووصل وفد من حماس إلى الرياض، ثم وفد فتح. " +
		"وأدانت المحكمة سيدة، وقضت المحكمة العليا بالإفراج عنه، وقال إن زيارة الوفد كانت خاصة، واستقبل الوفد المصري"
	at := func(s string, n int) int { // the byte offset of the nth s in text
		i := -1
		for ; n > 0; n-- {
			i += 1 + strings.Index(text[i+1:], s)
		}
		return i
	}
	mention := func(s string) news.Mention { i := at(s, 1); return news.Mention{Start: i, End: i + len(s), Text: s} }
	doc := &news.Document{Text: text, Entities: []news.Entity{
		{Name: "Brussels court", Type: news.ORG, Actor: "BELJUD", Mentions: []news.Mention{mention("محكمة بروكسل الجنائية")}},
		{Name: "Hamas", Type: news.ORG, Actor: "PSEREBHMS", Mentions: []news.Mention{mention("حماس")}},
		{Name: "Riyadh", Type: news.LOC, Mentions: []news.Mention{mention("الرياض")}},
		{Name: "Fatah", Type: news.ORG, Mentions: []news.Mention{mention("فتح")}},
	}}
	word := func(s string, n int) *news.Token {
		i := at(s, n)
		return &news.Token{Kind: news.Word, Norm: s, Start: i, End: i + len(s)}
	}
	tests := []struct {
		name string
		tok  *news.Token
		want int
	}{
		{"the court after the court named by its city", word("المحكمة", 1), 0},
		{"a court with its own qualifier is another court", word("المحكمة", 2), -1},
		{"the delegation: the body of the delegation named last, in construct", word("الوفد", 1), 3},
		{"a delegation with a nisba is another delegation", word("الوفد", 2), -1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := Antecedent(doc, tt.tok); got != tt.want {
				t.Errorf("Antecedent(%q at %d) = %d, want %d", tt.tok.Norm, tt.tok.Start, got, tt.want)
			}
		})
	}
	hamas := &news.Document{Text: "زار وفد من حماس الرياض، وقال إن زيارة الوفد كانت خاصة", Entities: doc.Entities[1:2]}
	hamas.Entities = []news.Entity{{Name: "Hamas", Type: news.ORG, Mentions: []news.Mention{{Start: strings.Index(hamas.Text, "حماس"), End: strings.Index(hamas.Text, "حماس") + len("حماس"), Text: "حماس"}}}}
	i := strings.LastIndex(hamas.Text, "الوفد")
	if got := Antecedent(hamas, &news.Token{Kind: news.Word, Norm: "الوفد", Start: i, End: i + len("الوفد")}); got != 0 {
		t.Errorf("وفد من حماس, then الوفد: Antecedent = %d, want 0 (Hamas)", got)
	}
}

func TestCourt(t *testing.T) {
	doc := &news.Document{Entities: []news.Entity{{Name: "Brussels court", Actor: "BELJUD"}, {Name: "Hamas", Actor: "PSEREBHMS"}}}
	tests := []struct {
		name string
		ent  int
		role string
		want bool
	}{
		{"a named court", 0, "", true},
		{"a named body that is no court", 1, "", false},
		{"an unnamed court", -1, "JUD", true},
		{"an unnamed army", -1, "MIL", false},
	}
	for _, tt := range tests {
		if got := Court(doc, tt.ent, tt.role); got != tt.want {
			t.Errorf("%s: Court = %v, want %v", tt.name, got, tt.want)
		}
	}
}

func TestAntecedentRegion(t *testing.T) {
	text := "زار رئيس إقليم كردستان العراق أنقرة، وقال مسؤول في حكومة الإقليم إن عاصمة الإقليم آمنة"
	region := strings.Index(text, "إقليم كردستان العراق")
	doc := &news.Document{Text: text, Entities: []news.Entity{
		{Name: "Kurdistan Region", Type: news.LOC, Country: "IRQ", Mentions: []news.Mention{{Start: region, End: region + len("إقليم كردستان العراق"), Text: "إقليم كردستان العراق"}}},
	}}
	word := func(after string) *news.Token {
		i := strings.Index(text, after+" الإقليم") + len(after+" ")
		return &news.Token{Kind: news.Word, Norm: "الاقليم", Start: i, End: i + len("الإقليم"),
			Parts: []news.Part{{Form: "ال", Role: news.Proclitic}, {Form: "اقليم", Role: news.Stem}}}
	}
	tests := []struct {
		name string
		tok  *news.Token
		want int
	}{
		{"the region's government: the region named before", word("حكومة"), 0},
		{"the region as a place (its capital): not a body", word("عاصمة"), -1},
	}
	for _, tt := range tests {
		if got := Antecedent(doc, tt.tok); got != tt.want {
			t.Errorf("%s: Antecedent = %d, want %d", tt.name, got, tt.want)
		}
	}
}
