package marks

import (
	"strings"
	"testing"

	"rasad/internal/arabic"
)

// pairRows are sentences written for the test and the words of each
// outermost quotation Pair finds in them (its tokens First..Last), with
// "…" after one left open at the end of its line.
var pairRows = []struct {
	name, text string
	want       []string
}{
	{"guillemets", "قال الوزير: «نحن مستعدون للحوار».", []string{"نحن مستعدون للحوار"}},
	{"nested belong to the outer", "قال: «وصف الاتفاق بأنه \"تاريخي\" اليوم».", []string{"وصف الاتفاق بأنه \"تاريخي\" اليوم"}},
	{"left open runs to the end of the line", "وقال: «الحرب لن تنتهي قريبا\nوأضاف الوزير", []string{"الحرب لن تنتهي قريبا…"}},
	{"a stray closing mark stuck to a word opens nothing", "قتل عناصر الحوثي» لقوا حتفهم", nil},
	{"two quotations on one line", "قال «نعم» ثم قال «لا أبدا»", []string{"نعم", "لا أبدا"}},
	{"a stray straight closing mark before a full stop opens nothing", "قال المصدر إن القتلى في بغداد\". ومن جهته قال النائب إن \"الحرب\" طويلة", []string{"الحرب"}},
	{"a stray straight closing mark before a comma opens nothing", "في بغداد\"، وأضاف في برنامج \"ما وراء الخبر\" أن المدينة", []string{"ما وراء الخبر"}},
	{"a straight opening mark typed with a space after still opens", "قال إن\" قوات البيشمركة تقدمت\". وأضاف", []string{"قوات البيشمركة تقدمت"}},
	{"« typed both ways on a line without » closes", "وقعت الوزارة عقدا مع شركة « المستقبل « لبناء مدرسة في المدينة", []string{"المستقبل"}},
	{"« typed both ways closes a name glued to it", "اشتباكات مع مسلحي جماعة «النصرة « قرب الحدود", []string{"النصرة"}},
	{"« inside « with a » ahead still nests", "قال: «وصف الاتفاق «بالتاريخي» اليوم» ثم غادر", []string{"وصف الاتفاق «بالتاريخي» اليوم"}},
	{"a straight mark after a full stop goes on with the quotation", "قال: \"نحن هنا. \"الآن نبدأ العمل\"", []string{"نحن هنا. \"الآن نبدأ العمل"}},
}

// TestPair pairs the marks of pairRows.
func TestPair(t *testing.T) {
	for _, c := range pairRows {
		t.Run(c.name, func(t *testing.T) {
			toks := arabic.Tokenize(c.text)
			var got []string
			for _, s := range Pair(c.text, toks) {
				w := c.text[toks[s.First].Start:toks[s.Last].End]
				if s.Close < 0 {
					w += "…"
				}
				got = append(got, w)
			}
			if strings.Join(got, "|") != strings.Join(c.want, "|") {
				t.Errorf("Pair(%q) = %q, want %q", c.text, got, c.want)
			}
		})
	}
}

func TestLineStart(t *testing.T) {
	text := "قال الوزير\nالجبير: نعم"
	toks := arabic.Tokenize(text)
	for i, want := range []bool{true, false, true, false, false} {
		if i < len(toks) {
			if got := LineStart(text, toks, i); got != want {
				t.Errorf("LineStart(%d %q) = %v, want %v", i, toks[i].Text, got, want)
			}
		}
	}
}

// TestWordsAfterColon: sentences written for the test; the words of each
// paired quotation and whether a colon stands before it.
func TestWordsAfterColon(t *testing.T) {
	for _, c := range []struct {
		text  string
		words int
		colon bool
	}{
		{"وقال: «نحن ندعم الحوار»", 3, true},
		{"وقال إن «الحوار» مستمر", 1, false},
		{"«مرحبا»", 1, false},
		{"قال: «، .»", 0, true},
	} {
		toks := arabic.Tokenize(c.text)
		spans := Pair(c.text, toks)
		if len(spans) != 1 {
			t.Fatalf("Pair(%q) = %d spans, want 1", c.text, len(spans))
		}
		if got := Words(toks, spans[0]); got != c.words {
			t.Errorf("Words(%q) = %d, want %d", c.text, got, c.words)
		}
		if got := AfterColon(toks, spans[0].Open); got != c.colon {
			t.Errorf("AfterColon(%q) = %v, want %v", c.text, got, c.colon)
		}
	}
}

// TestStrayEnds: the full stops after a stray closing mark, in sentences
// written for the test.
func TestStrayEnds(t *testing.T) {
	for _, c := range []struct {
		name, text string
		want       []string // the word before each full stop found
	}{
		{"after a stray closer", "وأضاف أن الإجابات طويلة للغاية\". وقال النائب \"اجلس\" مرتين.", []string{"للغاية"}},
		{"a closer that closes a quotation is no stray", "وقال \"الإجابات طويلة للغاية\". وقال النائب كلاما.", nil},
		{"a stray closer before a comma ends no sentence", "في بغداد\"، وأضاف أن المدينة هادئة.", nil},
		{"inside a quotation left open", "قال: «نحن هنا\". الآن نبدأ", nil},
	} {
		toks := arabic.Tokenize(c.text)
		var got []string
		for _, e := range StrayEnds(toks, Pair(c.text, toks)) {
			if toks[e].Text != "." {
				t.Errorf("%s: end %d is %q, not a full stop", c.name, e, toks[e].Text)
			}
			got = append(got, toks[e-2].Text)
		}
		if strings.Join(got, "|") != strings.Join(c.want, "|") {
			t.Errorf("%s: StrayEnds after %q, want %q", c.name, got, c.want)
		}
	}
}

// TestOneName reads the quotation of each sentence with the token spans
// that name an entity, given as [first, last] word indexes of the quotation
// by entity and mention.
func TestOneName(t *testing.T) {
	rows := []struct {
		name, text string
		ments      [][3]int // entity, mention, word index in the quotation
		want       bool
	}{
		{"a name alone", "والفنان «عبد الله السدحان» ممثل", [][3]int{{0, 0, 0}, {0, 0, 1}, {0, 0, 2}}, true},
		{"a name and a word more", "وقال «عبد الله السدحان ممثل»", [][3]int{{0, 0, 0}, {0, 0, 1}, {0, 0, 2}}, false},
		{"two names", "هم «خالد ديوب أحمد سالم»", [][3]int{{0, 0, 0}, {0, 0, 1}, {1, 0, 2}, {1, 0, 3}}, false},
		{"two mentions of one entity", "هم «خالد ديوب خالد ديوب»", [][3]int{{0, 0, 0}, {0, 0, 1}, {0, 1, 2}, {0, 1, 3}}, false},
		{"no name", "قال «نحن مستعدون»", nil, false},
	}
	for _, c := range rows {
		t.Run(c.name, func(t *testing.T) {
			toks := arabic.Tokenize(c.text)
			spans := Pair(c.text, toks)
			if len(spans) != 1 {
				t.Fatalf("%d quotations, want 1", len(spans))
			}
			s := spans[0]
			var words []int // token index of each word of the quotation
			for j := s.First; j <= s.Last; j++ {
				if Wordy(toks[j].Kind) {
					words = append(words, j)
				}
			}
			at := map[int][2]int32{}
			for _, m := range c.ments {
				at[words[m[2]]] = [2]int32{int32(m[0]), int32(m[1])}
			}
			mention := func(j int) (int32, int32) {
				if m, ok := at[j]; ok {
					return m[0], m[1]
				}
				return -1, -1
			}
			if got := OneName(toks, s, mention); got != c.want {
				t.Errorf("OneName(%q) = %v, want %v", c.text, got, c.want)
			}
		})
	}
}

// joinedRows are phrases written for the test, the index of a token in
// them, and how many tokens Joined holds together there, with د. the one
// abbreviated title.
var joinedRows = []struct {
	name, text string
	j, want    int
}{
	{"a dash inside a name", "شركة هارلي-ديفيدسون الأمريكية", 2, 1},
	{"a dash with spaces joins nothing", "شركة هارلي - ديفيدسون", 2, 0},
	{"an abbreviated title before a name", "د. خالد العمري", 0, 2},
	{"the abbreviated title after a role", "المحلل السياسي د. حمدان الشهري", 2, 2},
	{"a letter with a period that is no title", "ق. خالد العمري", 0, 0},
	{"an abbreviation ending the phrase", "قال د.", 1, 0},
	{"a lone letter with no period", "د خالد العمري", 0, 0},
}

// TestJoined reads joinedRows.
func TestJoined(t *testing.T) {
	title := func(a string) bool { return a == "د." }
	for _, c := range joinedRows {
		t.Run(c.name, func(t *testing.T) {
			toks := arabic.Tokenize(c.text)
			if got := Joined(toks, 0, c.j, len(toks), title); got != c.want {
				t.Errorf("Joined(%q, %d) = %d, want %d", c.text, c.j, got, c.want)
			}
		})
	}
}
