package refer

import (
	"strings"
	"testing"

	"rasad/internal/arabic"
	"rasad/internal/lexicon"
	"rasad/internal/news"
	"rasad/internal/tabletest"
)

// body is one organisation of a test text: every occurrence of surface is
// a mention.
type body struct{ surface, country string }

// article builds the Text of a sentence: its tokens, segmented, and its
// organisations; « and » open and close the one quotation.
func article(text string, bodies ...body) Text {
	toks := arabic.Tokenize(text)
	arabic.DefaultSegmenter().Segment(toks)
	var ents []news.Entity
	for _, b := range bodies {
		e := news.Entity{NameAr: b.surface, Type: news.ORG, Country: b.country}
		for from := 0; ; {
			i := strings.Index(text[from:], b.surface)
			if i < 0 {
				break
			}
			e.Mentions = append(e.Mentions, news.Mention{Start: from + i, End: from + i + len(b.surface)})
			from += i + len(b.surface)
		}
		ents = append(ents, e)
	}
	quote := make([]int32, len(toks))
	q := int32(-1)
	for j := range toks {
		if toks[j].Text == "«" {
			q = 0
		}
		quote[j] = q
		if toks[j].Text == "»" {
			q = -1
		}
	}
	return Text{Toks: toks, Ents: ents, Quote: func(j int) int32 { return quote[j] },
		Nisba: func(j int) string { return lexicon.Default().Word(toks[j].Norm).Value("nisba") },
		Mention: func(j int) (int32, int32) {
			for e := range ents {
				for m, x := range ents[e].Mentions {
					if toks[j].Start >= x.Start && toks[j].End <= x.End {
						return int32(e), int32(m)
					}
				}
			}
			return -1, -1
		}}
}

// word returns the index of the last token whose text is w.
func (t Text) word(w string) int {
	for j := len(t.Toks) - 1; j >= 0; j-- {
		if t.Toks[j].Text == w {
			return j
		}
	}
	return -1
}

// TestBody: a definite body noun takes up the organisation named last
// before it whose name opens with that noun or is written after it; not
// one of another noun, nor one with no country or actor, nor one named
// after it.
func TestBody(t *testing.T) {
	for _, c := range []struct {
		text   string
		bodies []body
		head   string // the noun, bare; the last token of the text is where it stands
		want   string // the body's first word, "" for none
	}{
		{"ولم تعلق وزارة الخارجية السويدية على القضية. وقال المتحدث باسم الوزارة", []body{{"وزارة الخارجية السويدية", "SWE"}}, "وزارة", "وزارة"},
		{"أعلنت شركة أرامكو السعودية أرباحها ثم أعلنت وزارة المالية المصرية ميزانيتها. وقالت الوزارة", []body{{"شركة أرامكو السعودية", "SAU"}, {"وزارة المالية المصرية", "EGY"}}, "وزارة", "وزارة"},
		{"قالت وزارة الخارجية الروسية ثم قالت وزارة الدفاع الأمريكية. وأضافت الوزارة", []body{{"وزارة الخارجية الروسية", "RUS"}, {"وزارة الدفاع الأمريكية", "USA"}}, "وزارة", "وزارة"},
		{"انتقدت منظمة «هيومن رايتس ووتش» القرار. وقالت المنظمة", []body{{"هيومن رايتس ووتش", "USA"}}, "منظمة", "هيومن"},
		{"انتقدت منظمة هيومن رايتس ووتش القرار. وقالت المنظمة", []body{{"هيومن رايتس ووتش", "USA"}}, "منظمة", "هيومن"},
		{"أعلنت شركة أرامكو السعودية أرباحها. وقالت الوزارة", []body{{"شركة أرامكو السعودية", "SAU"}}, "وزارة", ""},
		{"قالت وزارة الصحة أمس. وأضافت الوزارة", []body{{"وزارة الصحة", ""}}, "وزارة", ""},
	} {
		a := article(c.text, c.bodies...)
		got := ""
		if j := a.Body(c.head, len(a.Toks)-1); j >= 0 {
			got = a.Toks[j].Text
		}
		if got != c.want {
			t.Errorf("%s\nBody(%s) = %q, want %q", c.text, c.head, got, c.want)
		}
	}
	a := article("وقال المتحدث باسم الوزارة إن وزارة الخارجية السويدية تتابع", body{"وزارة الخارجية السويدية", "SWE"})
	if j := a.Body("وزارة", a.word("الوزارة")); j >= 0 {
		t.Errorf("Body took up a ministry named after the noun: %s", a.Toks[j].Text)
	}
}

// TestKin: a noun of kin and a definite noun take the country of the
// adjective the text wrote with that noun before; not a noun of another
// word, a pronoun on the kin noun, or a definite kin noun.
func TestKin(t *testing.T) {
	tabletest.Strings(t, "Kin", func(text string) string {
		a := article(text)
		n := len(a.Toks)
		return a.Kin(n-2, n)
	}, tabletest.Rows(t, "testdata/kin.tsv"))
}

// TestSpokesman: a role, باسم and a definite body noun take up the body of
// that noun named before; not a role without باسم, a noun of no body, or
// a body of another noun.
func TestSpokesman(t *testing.T) {
	ministry := body{"وزارة الخارجية الفرنسية", "FRA"}
	for _, c := range []struct {
		text string
		want string // the body's first word, "" for none
	}{
		{"انتقدت وزارة الخارجية الفرنسية القرار. وقالت المتحدثة باسم الوزارة", "وزارة"},
		{"انتقدت وزارة الخارجية الفرنسية القرار. وقال الناطق بلسان الوزارة", "وزارة"},
		{"انتقدت وزارة الخارجية الفرنسية القرار. وقال وكيل الوزارة", ""},
		{"انتقدت وزارة الخارجية الفرنسية القرار. وقال المتحدث باسم الرئاسة", ""},
		{"انتقدت وزارة الخارجية الفرنسية القرار. وقال المتحدث باسم اللاجئين", ""},
	} {
		a := article(c.text, ministry)
		got := ""
		if j := a.Spokesman(len(a.Toks)-3, len(a.Toks)); j >= 0 {
			got = a.Toks[j].Text
		}
		if got != c.want {
			t.Errorf("%s: Spokesman = %q, want %q", c.text, got, c.want)
		}
	}
}

// TestQuoted: the one person of a country among a text's speakers; none
// when two of it speak.
func TestQuoted(t *testing.T) {
	ents := []news.Entity{{Name: "Daniel Glaser", Type: news.PER, Country: "USA"}, {Name: "John Kerry", Type: news.PER, Country: "USA"}, {Name: "Hashem Haidar", Type: news.PER, Country: "LBN"}}
	person := func(sp *news.Speaker) int {
		for i := range ents {
			if ents[i].Name == sp.Name {
				return i
			}
		}
		return -1
	}
	said := func(names ...string) []news.Quote {
		var qs []news.Quote
		for _, n := range names {
			qs = append(qs, news.Quote{Speaker: &news.Speaker{Name: n}})
		}
		return append(qs, news.Quote{})
	}
	for _, c := range []struct {
		name    string
		qs      []news.Quote
		country string
		want    int
	}{
		{"one American", said("Daniel Glaser", "Daniel Glaser", "Hashem Haidar"), "USA", 0},
		{"two Americans", said("Daniel Glaser", "John Kerry"), "USA", -1},
		{"anyone, one person", said("Hashem Haidar", "Hashem Haidar"), "", 2},
		{"anyone, two people", said("Hashem Haidar", "Daniel Glaser"), "", -1},
		{"a body is no person", said("Reuters"), "", -1},
	} {
		if got := Quoted(c.qs, ents, c.country, person); got != c.want {
			t.Errorf("%s: Quoted(…, %q) = %d, want %d", c.name, c.country, got, c.want)
		}
	}
}
