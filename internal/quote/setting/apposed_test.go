package setting

import (
	"strings"
	"testing"

	"rasad/internal/arabic"
	"rasad/internal/lexicon"
	"rasad/internal/news"
)

// named returns an entity of type typ with one mention of name in text.
func named(text, name string, typ news.EntityType, country, actor string) news.Entity {
	at := strings.Index(text, name)
	return news.Entity{NameAr: name, Type: typ, Country: country, Actor: actor,
		Mentions: []news.Mention{{Start: at, End: at + len(name), Text: name}}}
}

// segmented returns the tokens of text, segmented.
func segmented(text string) []news.Token {
	toks := arabic.Tokenize(text)
	arabic.DefaultSegmenter().Segment(toks)
	return toks
}

func TestApposed(t *testing.T) {
	for _, tt := range []struct {
		name, text, body string
		typ              news.EntityType
		country, actor   string
		want             string
	}{
		{"a company's chief", "وقال سالم العتيبي، الرئيس التنفيذي لمجموعة شركة النقل البحري إن", "شركة النقل البحري", news.ORG, "KWT", "", "KWT"},
		{"a quoted company", "وقال سالم العتيبي، المدير العام لشركة «نقل» إن", "نقل", news.ORG, "OMN", "", "OMN"},
		{"an international body's spokeswoman", "وقالت هدى العتيبي، الناطقة باسم برنامج الأغذية العالمي إن", "برنامج الأغذية العالمي", news.ORG, "", "IGOUNOWFP", "IGOUNOWFP"},
		{"a country adjective", "وقال سالم العتيبي، المستشار في الحكومة الأردنية إن", "الأردنية", news.LOC, "JOR", "", "JOR"},
		{"a person's adviser", "وقال سالم العتيبي، مستشار الرئيس حسن روحاني إن", "حسن روحاني", news.PER, "IRN", "", ""},
		{"no role after the comma", "وقال سالم العتيبي، وهو في شركة النقل البحري إن", "شركة النقل البحري", news.ORG, "KWT", "", ""},
		{"no comma", "وقال سالم العتيبي الرئيس التنفيذي لشركة النقل البحري إن", "شركة النقل البحري", news.ORG, "KWT", "", ""},
		{"a sentence ends first", "وقال سالم العتيبي، الرئيس التنفيذي. وفي شركة النقل البحري", "شركة النقل البحري", news.ORG, "KWT", "", ""},
	} {
		toks := segmented(tt.text)
		ents := []news.Entity{named(tt.text, tt.body, tt.typ, tt.country, tt.actor)}
		b := 0
		for b < len(toks) && toks[b].Text != "العتيبي" {
			b++
		}
		c, code := Apposed(toks, ents, b+1)
		if got := c + code; got != tt.want {
			t.Errorf("%s: Apposed(%q) = %q, %q, want %q", tt.name, tt.text, c, code, tt.want)
		}
	}
}

func TestEarlier(t *testing.T) {
	const text = "قال سالم الهاجري، الرئيس التنفيذي للشركة، إن «كذا». وقالت تقديرات المفوضية إن «كذا». وقال الهاجري إن «كذا». وقالت المفوضية إن «كذا»."
	toks := segmented(text)
	speaker := func(words string) *news.Speaker {
		at := strings.Index(text, words)
		return &news.Speaker{Text: words, Start: at, End: at + len(words)}
	}
	prev := []news.Quote{{Speaker: speaker("سالم الهاجري")}, {Speaker: speaker("تقديرات المفوضية")}}
	for _, tt := range []struct {
		name, words string
		want        string
	}{
		{"a surname after the full name", "الهاجري", "سالم الهاجري"},
		{"a noun the lexicon knows ends no name", "المفوضية", ""},
	} {
		sp := speaker(tt.words)
		at := 0
		for toks[at].Start < strings.LastIndex(text, tt.words) {
			at++
		}
		sp.Start = toks[at].Start
		head, _ := lexicon.BareOf(&toks[at])
		got := ""
		if p := Earlier(toks, prev, sp.Start, head); p != nil {
			got = p.Text
		}
		if got != tt.want {
			t.Errorf("%s: Earlier(%q) = %q, want %q", tt.name, tt.words, got, tt.want)
		}
	}
}

func TestSame(t *testing.T) {
	for _, tt := range []struct {
		name, word string
		want       bool
	}{
		{"masculine", "نفسه", true},
		{"feminine", "ذاتها", true},
		{"ayn", "عينه", true},
		{"plural", "أنفسهم", true},
		{"a noun", "المصدر", false},
		{"a verb", "قال", false},
	} {
		t.Run(tt.name, func(t *testing.T) {
			if got := Same(&segmented(tt.word)[0]); got != tt.want {
				t.Errorf("Same(%q) = %v, want %v", tt.word, got, tt.want)
			}
		})
	}
}

func TestFirst(t *testing.T) {
	intro := &news.Speaker{Text: "مصدر", Start: 10, End: 20, Country: "SAU"}
	later := &news.Speaker{Text: "مصدر", Start: 10, End: 20, Country: "GBR"}
	other := &news.Speaker{Text: "وزير", Start: 30, End: 40, Country: "EGY"}
	prev := []news.Quote{{Speaker: other}, {Speaker: intro}, {Speaker: later}}
	for _, tt := range []struct {
		name string
		sp   *news.Speaker
		want *news.Speaker
	}{
		{"the introduction of a source quoted twice", later, intro},
		{"a speaker quoted once", other, other},
		{"a speaker no quote has", &news.Speaker{Start: 50, End: 60}, nil},
	} {
		t.Run(tt.name, func(t *testing.T) {
			got := First(prev, tt.sp)
			if tt.want == nil {
				tt.want = tt.sp
			}
			if got != tt.want {
				t.Errorf("First(%+v) = %+v, want %+v", tt.sp, got, tt.want)
			}
		})
	}
}
