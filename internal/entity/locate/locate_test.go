package locate_test

import (
	"testing"

	"rasad/internal/arabic"
	"rasad/internal/entity/locate"
	"rasad/internal/news"
)

// spans are place mentions by first and last token.
type spans [][2]int

func (s spans) Place(k int) (int, int, bool) {
	for _, p := range s {
		if p[0] <= k && k <= p[1] {
			return p[0], p[1], true
		}
	}
	return 0, 0, false
}

// words tokenises and segments text.
func words(text string) []news.Token {
	toks := arabic.Tokenize(text)
	arabic.DefaultSegmenter().Segment(toks)
	return toks
}

func TestList(t *testing.T) {
	for _, tt := range []struct {
		name        string
		text        string
		places      spans
		from, at    int // ListEnd from token from; ListStart at token at
		end, start  int
		locativeEnd bool // Locative at the list's end
	}{
		// قرى(0) الحواش(1) والقاهرة(2) والعنكاوي(3) بسهل(4) الغاب(5)
		{"a list joined by و, placed by ب", "قرى الحواش والقاهرة والعنكاوي بسهل الغاب", spans{{1, 1}, {2, 2}, {3, 3}, {4, 5}}, 2, 2, 4, 1, true},
		// قرى(0) الحواش(1) ،(2) والعمقية(3) في(4) سهل(5) الغاب(6)
		{"a comma and في", "قرى الحواش، والعمقية في سهل الغاب", spans{{1, 1}, {3, 3}, {5, 6}}, 2, 3, 4, 1, false},
		// زار(0) القاهرة(1) ثم(2) المنصورة(3)
		{"no و, no list", "زار القاهرة ثم المنصورة", spans{{1, 1}, {3, 3}}, 2, 3, 2, 3, false},
		// بلدة(0) المنصورة(1) بالقرب(2)
		// جزيرة(0) إيكس(1) ،(2) بفرنسا(3)
		{"a name with ب after a comma is where the list lies", "جزيرة إيكس، بفرنسا", spans{{1, 1}, {3, 3}}, 2, 3, 2, 3, false},
		{"a word that is no place ends it", "بلدة المنصورة وأطرافها", spans{{1, 1}}, 2, 1, 2, 1, false},
	} {
		toks := words(tt.text)
		if got := locate.ListEnd(toks, tt.from, len(toks), tt.places); got != tt.end {
			t.Errorf("%s: ListEnd(%d) = %d, want %d", tt.name, tt.from, got, tt.end)
		}
		if got := locate.ListStart(toks, tt.at, tt.places); got != tt.start {
			t.Errorf("%s: ListStart(%d) = %d, want %d", tt.name, tt.at, got, tt.start)
		}
		if got := tt.end < len(toks) && locate.Locative(toks, tt.end); got != tt.locativeEnd {
			t.Errorf("%s: Locative(%d) = %v, want %v", tt.name, tt.end, got, tt.locativeEnd)
		}
	}
}

func TestLocativeAfterFi(t *testing.T) {
	toks := words("قرية الحواش في سهل الغاب")
	if !locate.Locative(toks, 3) || locate.Locative(toks, 1) {
		t.Errorf("Locative: want سهل after في locative, الحواش not")
	}
}

func TestCued(t *testing.T) {
	lebanon := func(toks []news.Token) func(int) bool {
		return func(k int) bool { return toks[k].Norm == "لبنان" || toks[k].Norm == "اللبنانية" }
	}
	for _, tt := range []struct {
		text string
		at   int // the name's token
		want bool
	}{
		{"قصف مدينة صور أمس", 2, true},        // a noun of settlement before it
		{"قصف في صور جنوب لبنان", 2, true},    // a word of relative place after it
		{"زار صور اللبنانية أمس", 1, true},    // a place's nisba after it
		{"وصل إلى صور، ثم غادر", 2, true},     // it ends its phrase
		{"وصل إلى صور ولبنان", 2, true},       // before و
		{"وصل إلى صور فتوقف", 2, true},        // before ف
		{"احتفل الطلاب بصور كثيرة", 2, false}, // ب alone, an adjective after it
		{"في صور التخلف", 1, false},           // في alone, heading an idafa
	} {
		toks := words(tt.text)
		if got := locate.Cued(toks, tt.at, tt.at, lebanon(toks)); got != tt.want {
			t.Errorf("Cued(%q, %q) = %v, want %v", tt.text, toks[tt.at].Text, got, tt.want)
		}
	}
}

func TestAttributive(t *testing.T) {
	for _, tt := range []struct {
		name string
		text string
		next int
		want bool
	}{
		// تحرير(0) الخبر(1) الصحفي(2)
		{"a definite word after a noun may be its adjective", "تحرير الخبر الصحفي", 2, true},
		// صور(0) التحرش(1)
		{"or its genitive", "صور التحرش", 1, true},
		// تحرير(0) عدن(1) بالكامل(2)
		{"a word with a preposition begins another phrase", "تحرير عدن بالكامل", 2, false},
		// طريق(0) الطائف(1) والسيل(2)
		{"so does one with a conjunction", "طريق الطائف والسيل", 2, false},
		// تعليم(0) الخرج(1) الدكتور(2) خالد(3)
		{"and a title before a name", "تعليم الخرج الدكتور خالد", 2, false},
		// مدينة(0) عدن(1) أمس(2)
		{"an indefinite word is no adjective of a definite name", "مدينة عدن أمس", 2, false},
		{"nothing after it", "مدينة عدن", 2, false},
	} {
		if got := locate.Attributive(words(tt.text), tt.next); got != tt.want {
			t.Errorf("%s: Attributive(%q, %d) = %v, want %v", tt.name, tt.text, tt.next, got, tt.want)
		}
	}
}

func TestSeated(t *testing.T) {
	for _, tt := range []struct {
		name, text, body string
		named            []int // the tokens a mention covers
		want             bool
	}{
		{"an envoy at a body", "مندوب المملكة في الأمم المتحدة", "الأمم", []int{1}, true},
		{"an ambassador to a body", "سفير اليمن لدى الاتحاد الأوروبي", "الاتحاد", []int{1}, true},
		{"a role in an idafa with its department, then في", "مفوض المنافسة في الاتحاد الأوروبي", "الاتحاد", nil, false},
		{"the same with ب", "مفوض الشؤون الاقتصادية بالاتحاد الأوروبي", "بالاتحاد", nil, false},
		{"a definite role before في says where he works", "الباحث المقيم في الاتحاد الأوروبي", "الاتحاد", nil, true},
		{"the ل of the role's genitive", "الأمين العام للأمم المتحدة", "للأمم", nil, false},
	} {
		toks := words(tt.text)
		first := 0
		for toks[first].Text != tt.body {
			first++
		}
		at := make([]int, len(toks))
		for _, k := range tt.named {
			at[k] = 1
		}
		if got := locate.Seated(toks, at, first); got != tt.want {
			t.Errorf("%s: Seated(%q) = %v, want %v", tt.name, tt.text, got, tt.want)
		}
	}
}
