package parts

import (
	"fmt"
	"strings"
	"testing"

	"rasad/internal/arabic"
	"rasad/internal/news"
)

// token segments one word as the pipeline does.
func token(word string) *news.Token {
	toks := arabic.Tokenize(word)
	arabic.DefaultSegmenter().Segment(toks)
	return &toks[0]
}

// TestHamzaBelow: words written for the test.
func TestHamzaBelow(t *testing.T) {
	for word, want := range map[string]bool{"إبان": true, "وإعلان": true, "أبان": false, "أعلن": false, "قال": false} {
		if got := HamzaBelow(token(word)); got != want {
			t.Errorf("HamzaBelow(%q) = %v, want %v", word, got, want)
		}
	}
}

// TestAfterLam: the word after ل, the article restored where ل took its
// alef; "" for a word without ل.
func TestAfterLam(t *testing.T) {
	for word, want := range map[string]string{"للتلفزيون": "التلفزيون", "لصحيفة": "صحيفة", "صحيفة": "", "بالتلفزيون": ""} {
		if got, ok := AfterLam(token(word)); got != want || ok != (want != "") {
			t.Errorf("AfterLam(%q) = %q, %v; want %q", word, got, ok, want)
		}
	}
}

func ExampleAfterLam() {
	toks := arabic.Tokenize("لوكالة")
	arabic.DefaultSegmenter().Segment(toks)
	fmt.Println(AfterLam(&toks[0]))
	// Output: وكالة true
}

// TestSkipPrev: a lone tatweel between ل and a quotation is stepped over
// both ways, never past the bounds (tokens written for the test).
func TestSkipPrev(t *testing.T) {
	toks := []news.Token{{Kind: news.Word, Norm: "قال"}, {Kind: news.Word, Norm: "ل"}, {Kind: news.Word, Norm: ""}, {Kind: news.Punctuation, Text: "«", Norm: "«"}}
	tests := []struct {
		name      string
		got, want int
	}{
		{"skip over the tatweel", Skip(toks, 2, 4), 3},
		{"skip from a word", Skip(toks, 1, 4), 1},
		{"skip stops at end", Skip(toks, 2, 2), 2},
		{"prev over the tatweel", Prev(toks, 3, 0), 1},
		{"prev never before lo", Prev(toks, 3, 2), 2},
		{"prev at the start", Prev(toks, 0, 0), 0},
	}
	for _, tt := range tests {
		if tt.got != tt.want {
			t.Errorf("%s: got %d, want %d", tt.name, tt.got, tt.want)
		}
	}
}

// TestParen: a subject in parentheses right after the verb, in sentences
// written for the test: the token after ")" when the words inside are one
// phrase and no more than max; 0 otherwise.
func TestParen(t *testing.T) {
	always := func(a, e int) bool { return true }
	never := func(a, e int) bool { return false }
	for _, c := range []struct {
		text   string
		at     int
		max    int
		phrase func(a, e int) bool
		want   int
	}{
		{"يقول (خبراء الاقتصاد) إن", 1, 10, always, 5},
		{"يقول (خبراء الاقتصاد) إن", 1, 10, never, 0},
		{"يقول (خبراء الاقتصاد) إن", 1, 2, always, 0},  // longer than max
		{"يقول () إن", 1, 10, always, 0},               // nothing inside
		{"يقول (خبراء، وباحثون) إن", 1, 10, always, 0}, // a comma inside
		{"يقول خبراء الاقتصاد إن", 1, 10, always, 0},   // no parenthesis
		{"يقول (خبراء الاقتصاد", 1, 10, always, 0},     // never closed
	} {
		toks := arabic.Tokenize(c.text)
		if got := Paren(toks, c.at, len(toks), c.max, c.phrase); got != c.want {
			t.Errorf("Paren(%q, %d, max %d) = %d, want %d", c.text, c.at, c.max, got, c.want)
		}
	}
}

// TestAside: a time phrase set off by commas right after the verb, in
// sentences written for the test; the time head is the phrase's first word
// here when it is عصر or صباح.
func TestAside(t *testing.T) {
	for _, c := range []struct {
		text string
		max  int
		want int
	}{
		{"قالت، عصر أمس الخميس، الوزارة إنها", 10, 6},
		{"قالت, صباح اليوم, الوزارة إنها", 10, 5},
		{"قالت، عصر أمس الخميس، الوزارة إنها", 2, 0},    // longer than max
		{"قالت، في بيان، الوزارة إنها", 10, 0},          // no time head
		{"قالت عصر أمس الخميس الوزارة إنها", 10, 0},     // no comma
		{"قالت، عصر أمس (الخميس)، الوزارة إنها", 10, 0}, // a mark inside
		{"قالت، عصر أمس الخميس", 10, 0},                 // never closed
	} {
		toks := arabic.Tokenize(c.text)
		time := func(j int) bool { return toks[j].Text == "عصر" || toks[j].Text == "صباح" }
		if got := Aside(toks, 1, len(toks), c.max, time); got != c.want {
			t.Errorf("Aside(%q, max %d) = %d, want %d", c.text, c.max, got, c.want)
		}
	}
}

// TestFa: words written for the test; ف split off as a conjunction, not a
// word that opens with the letter, nor و.
func TestFa(t *testing.T) {
	for word, want := range map[string]bool{"فبعمل": true, "فإن": true, "فيما": false, "في": false, "وبعمل": false, "فريق": false} {
		if got := Fa(token(word)); got != want {
			t.Errorf("Fa(%q) = %v, want %v", word, got, want)
		}
	}
}

// TestAtWithin: the tokens a byte offset and a span of the text fall on.
func TestAtWithin(t *testing.T) {
	text := "قال الوزير إن المحادثات"
	toks := arabic.Tokenize(text)
	w := func(s string) int { // the byte offset where s starts
		for i := range text {
			if len(text)-i >= len(s) && text[i:i+len(s)] == s {
				return i
			}
		}
		t.Fatalf("%q not in text", s)
		return -1
	}
	for _, c := range []struct {
		start, end int
		at, a, b   int
	}{
		{w("الوزير"), w("الوزير") + len("الوزير"), 1, 1, 2},
		{w("الوزير") + 2, w("المحادثات"), 1, 2, 3}, // a span that cuts a word leaves it out
		{0, len(text), 0, 0, 4},
		{len(text), len(text), 4, 4, 4},
	} {
		if got := At(toks, c.start); got != c.at {
			t.Errorf("At(%d) = %d, want %d", c.start, got, c.at)
		}
		if a, b := Within(toks, c.start, c.end); a != c.a || b != c.b {
			t.Errorf("Within(%d, %d) = %d, %d, want %d, %d", c.start, c.end, a, b, c.a, c.b)
		}
	}
}

// TestLamDefinite: words written for the test.
func TestLamDefinite(t *testing.T) {
	for word, want := range map[string]bool{"للإفتاء": true, "للتلفزيون": true, "لكرة": false, "الوزارة": false, "بالوزارة": false} {
		if got := LamDefinite(token(word)); got != want {
			t.Errorf("LamDefinite(%q) = %v, want %v", word, got, want)
		}
	}
}

// TestAli: the name علي where the text tells it from the preposition على by
// its spelling; sentences written for the test.
func TestAli(t *testing.T) {
	for _, c := range []struct {
		text string
		word int // the token asked about
		want bool
	}{
		{"وأكد المدرب علي حسن على أهمية المباراة", 2, true},
		{"وأكد المدرب علي حسن على أهمية المباراة", 5, false},    // the preposition as written
		{"وأكد المشرف علي الفعاليات أن الإقبال كبير", 2, false}, // no على in the text: either
		{"وقال وعلي حسن على الأرض", 1, false},                   // a clitic: not the name alone
		{"سافر علياء على متن الطائرة", 1, false},
	} {
		toks := arabic.Tokenize(c.text)
		arabic.DefaultSegmenter().Segment(toks)
		if got := Ali(toks, c.word); got != c.want {
			t.Errorf("Ali(%q, %d [%s]) = %v, want %v", c.text, c.word, toks[c.word].Text, got, c.want)
		}
	}
}

// TestInIt: phrases written for the test; the first word is the one asked
// about.
func TestInIt(t *testing.T) {
	for text, want := range map[string]bool{
		"فيه متحدث عسكري": true, "فيها الوزير": true, "فيها بجهود اللجنة": false,
		"في المؤتمر": false, "فيه": false, "عنه المتحدث": false,
	} {
		toks := arabic.Tokenize(text)
		arabic.DefaultSegmenter().Segment(toks)
		if got := InIt(toks, 0); got != want {
			t.Errorf("InIt(%s) = %v, want %v", text, got, want)
		}
	}
}

// TestConjunctEmphatic: words written for the test.
func TestConjunctEmphatic(t *testing.T) {
	toks := arabic.Tokenize("من حيث الشكل والمضمون وزير")
	arabic.DefaultSegmenter().Segment(toks)
	for j, want := range []bool{false, false, false, true, false} {
		if got := Conjunct(toks, j); got != want {
			t.Errorf("Conjunct(%s) = %v, want %v", toks[j].Text, got, want)
		}
	}
	for word, want := range map[string]bool{"أجمع": true, "كافة": true, "العالم": false} {
		if got := Emphatic(token(word)); got != want {
			t.Errorf("Emphatic(%s) = %v, want %v", word, got, want)
		}
	}
}

func TestGenitive(t *testing.T) {
	for _, c := range []struct {
		text string
		j, a int
		want bool
	}{
		{"وقال نائب البشير", 2, 1, true},    // a noun of serving, construct state
		{"ويرى منتقدو أردوغان", 2, 1, true}, // a noun of the ones against
		{"وقال محامي مبارك", 2, 1, true},    // a lawyer
		{"وقال المحامي خالد", 2, 1, false},  // the article: apposition
		{"وقال الوزير خالد", 2, 1, false},   // a role of no genitive
		{"وقال نائب البشير", 1, 1, false},   // the noun opens the phrase
		{"وقال نائبه خالد", 2, 1, false},    // a pronoun ends the construct
	} {
		toks := arabic.Tokenize(c.text)
		arabic.DefaultSegmenter().Segment(toks)
		if got := Genitive(toks, c.j, c.a); got != c.want {
			t.Errorf("Genitive(%s, %d) = %v, want %v", c.text, c.j, got, c.want)
		}
	}
}

// TestWhich: a verb between the relative ما and a complementizer or إلى
// has ما for its subject; a noun after the verb is its own subject.
func TestWhich(t *testing.T) {
	for _, c := range []struct {
		text string
		i    int
		want bool
	}{
		{"ارتفع السعر مما يعني أن", 3, true},
		{"وهو ما يشير إلى أن", 2, true},
		{"بما يؤكد أن", 1, true},
		{"حسب ما أكد المصدر أن", 2, false}, // the source speaks
		{"هذا يعني أن", 1, false},          // no ما (demonstrative-thing's)
		{"مما يعني", 1, false},             // nothing after the verb
		{"ووصفه لما حدث بأنه", 2, false},   // بأن is the describing verb's
	} {
		toks := arabic.Tokenize(c.text)
		arabic.DefaultSegmenter().Segment(toks)
		if got := Which(toks, c.i); got != c.want {
			t.Errorf("Which(%q, %d) = %v, want %v", c.text, c.i, got, c.want)
		}
	}
}

func TestEachMentionToken(t *testing.T) {
	text := "قال وزير الخارجية سامح شكري المصري أمس"
	toks := arabic.Tokenize(text)
	span := func(s string) news.Mention {
		i := strings.Index(text, s)
		return news.Mention{Start: i, End: i + len(s), Text: s}
	}
	nisba := span("المصري")
	nisba.Nisba = true
	ents := []news.Entity{
		{Mentions: []news.Mention{span("سامح شكري"), nisba}},
		{Mentions: []news.Mention{{Start: -1, End: 3}, {Start: 5, End: 5}, {Start: 0, End: len(text) + 1}}},
	}
	var got []string
	EachMentionToken(len(text), toks, ents, func(j, e, m int) {
		got = append(got, fmt.Sprintf("%s:%d:%d", toks[j].Text, e, m))
	})
	if want := []string{"سامح:0:0", "شكري:0:0"}; strings.Join(got, " ") != strings.Join(want, " ") {
		t.Errorf("EachMentionToken = %v, want %v", got, want)
	}
}

// asSaidRows are sentences written for the test, each with the speech verb
// it names, and the word AsSaid finds before it (the word that opens the
// attribution), "" for none; حسبما is the one as-said word, and بحسب، حسب،
// وفق، وفقا the words of accord.
var asSaidRows = []struct {
	name, text, verb, want string
}{
	{"حسبما before the verb", "وتراجعت المبيعات حسبما ذكرت الوزارة", "ذكرت", "حسبما"},
	{"بحسب ما reads as حسبما", "وتراجعت المبيعات بحسب ما ذكرت الوزارة", "ذكرت", "بحسب"},
	{"وفق ما reads as حسبما", "وسيطر المسلحون على البلدة، وفق ما قال سكان", "قال", "وفق"},
	{"وفقا لما reads as حسبما", "وارتفعت الأسعار، وفقا لما قالت الهيئة", "قالت", "وفقا"},
	{"ما alone is no attribution", "وهذا ما قال الوزير", "قال", ""},
	{"a verb with nothing before it", "قال الوزير إن", "قال", ""},
	{"كما ما is no word of accord", "ونفذت الخطة كما ما قال", "قال", ""},
	{"فإن after the source: the clause after is its words", "وفقا لما قال الخبير، فإنه من الممكن أن يكون نيزكا", "قال", ""},
	{"حسبما and فإن after the source", "وسقط الجسم حسبما قال الخبير، فإنه نيزك", "قال", ""},
}

// TestAsSaid reads asSaidRows.
func TestAsSaid(t *testing.T) {
	asSaid := func(w string) bool { return w == "حسبما" }
	accord := func(w string) bool { return w == "بحسب" || w == "حسب" || w == "وفق" || w == "وفقا" }
	for _, c := range asSaidRows {
		t.Run(c.name, func(t *testing.T) {
			toks := arabic.Tokenize(c.text)
			arabic.DefaultSegmenter().Segment(toks)
			v := -1
			for j := range toks {
				if toks[j].Text == c.verb {
					v = j
				}
			}
			p := AsSaid(toks, v, 0, len(toks), func(j int) bool { return asSaid(toks[j].Norm) }, func(j int) bool { return accord(toks[j].Norm) })
			got := ""
			if p >= 0 {
				got = toks[p].Text
			}
			if got != c.want {
				t.Errorf("AsSaid(%q, %q) = %q, want %q", c.text, c.verb, got, c.want)
			}
		})
	}
}
