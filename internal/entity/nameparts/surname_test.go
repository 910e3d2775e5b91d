package nameparts_test

import (
	"strings"
	"testing"

	"rasad/internal/arabic"
	"rasad/internal/entity/nameparts"
	"rasad/internal/entity/placename"
	"rasad/internal/lexicon"
	"rasad/internal/news"
)

// tokens segments a sentence as the pipeline does.
func tokens(text string) []news.Token {
	toks := arabic.Tokenize(text)
	arabic.DefaultSegmenter().Segment(toks)
	return toks
}

// wordAt returns the index of the token whose text is word.
func wordAt(t *testing.T, toks []news.Token, word string) int {
	for i, tok := range toks {
		if tok.Text == word {
			return i
		}
	}
	t.Fatalf("no token %q", word)
	return 0
}

func TestTheophoric(t *testing.T) {
	lx := lexicon.Default()
	for _, row := range []struct {
		word string
		want bool
	}{
		{"عبدالرحمن", true},
		{"عبدالمحسن", true},
		{"عبدالإله", true},
		{"عبد", false},
		{"عبدال", false},
		{"عبور", false},
	} {
		if got := nameparts.Theophoric(lx, tokens(row.word)[0]); got != row.want {
			t.Errorf("Theophoric(%q) = %v, want %v", row.word, got, row.want)
		}
	}
}

func TestIndefiniteSurname(t *testing.T) {
	lx := lexicon.Default()
	seg := arabic.DefaultSegmenter()
	dictionary := func(w string) bool { return placename.DictionaryWord(seg, w) }
	function := func(w string) bool { info, ok := seg.Lookup(w); return ok && info.Function }
	for _, row := range []struct {
		name, text, word string
		introduced, want bool
	}{
		{"a family name no dictionary holds", "وقال المهندس فهد بقشان إن المشروع اكتمل", "بقشان", false, true},
		{"after a chain of fathers", "وأكد خالد بن حمد مطيري أن العمل مستمر", "مطيري", false, true},
		{"a father's given name", "وقال المقدم سعد حمد إن الحادث وقع", "حمد", false, true},
		{"a dictionary nisba after a role and its nisba", "وقاد المدرب الجزائري نبيل عمراني الحصة", "عمراني", true, true},
		{"a dictionary nisba with no role before it", "وهو نور فطري في القلب", "فطري", false, false},
		{"a function word", "وقال محمد إن الاجتماع انتهى", "إن", false, false},
		{"a verb's imperfect", "وكان ماجد يتابع المباراة", "يتابع", false, false},
		{"a verb's perfect of she", "وكانت هدى سألت عن الموعد", "سألت", false, false},
		{"a verb's perfect of they", "وأروى وسعيد قالوا إن المهرجان جميل", "قالوا", false, false},
		{"a noun with the pronoun ه", "وجمع وليد أصدقائه في بيته", "أصدقائه", false, false},
		{"a feminine adjective", "والشيخة نورة مكرمة في الحفل", "مكرمة", false, false},
		{"an adverb's accusative", "وأعلن سامي رسميا انضمامه", "رسميا", false, false},
		{"a role", "وقال عادل عضو المجلس إن القرار صدر", "عضو", false, false},
		{"a word with و", "وحضر فهد وسلطان الحفل", "وسلطان", false, false},
		{"a word with a preposition", "وقال ناصر بالرياض إن الجو حار", "بالرياض", false, false},
		{"a definite word", "وقال فهد الزهراني إن الجو حار", "الزهراني", false, false},
		{"a dash of tatweel", "الملك فيصل ـ رحمه الله ـ", "ـ", false, false},
	} {
		toks := tokens(row.text)
		j := wordAt(t, toks, row.word)
		if got := nameparts.IndefiniteSurname(lx, toks, j, row.introduced, dictionary, function); got != row.want {
			t.Errorf("%s: IndefiniteSurname(%q, %q) = %v, want %v", row.name, row.text, row.word, got, row.want)
		}
	}
}

func TestLoneGiven(t *testing.T) {
	lx := lexicon.Default()
	seg := arabic.DefaultSegmenter()
	function := func(w string) bool { info, ok := seg.Lookup(w); return ok && info.Function }
	for _, row := range []struct {
		name, text, name1 string // name1: the given name alone, one or two words
		want              bool
	}{
		{"after a rank", "وقال العقيد عبدالرحيم الدباس إن الحادث وقع", "عبدالرحيم", true},
		{"after a role's complement", "وكلف رئيس النادي عبدالكريم الحمود المدرب", "عبدالكريم", true},
		{"in a list", "وشارك اللاعبون: سعود الحربي، عبدالمجيد الفهيد", "عبدالمجيد", true},
		{"after a preposition", "وجرى الاتفاق بين عبدالرحمن الجاسر والإدارة", "عبدالرحمن", true},
		{"a given name of two words", "وقال المقدم عبد الله الحمدان إن الحادث وقع", "عبد الله", true},
		{"the subject after its verb", "وجدد عباس التأكيد على موقفه", "عباس", false},
		{"a genitive in construct", "ورفض المدرب اعتبار رونالدو الأفضل", "رونالدو", false},
		{"a relational adjective after it", "وقال العقيد فهد الجزائري إن الحادث وقع", "فهد", false},
		{"a role after it", "والتقى اللواء سعد الرئيس", "سعد", false},
		{"the preposition على", "وشكره المحافظ على حسن الاستقبال", "على حسن", false},
	} {
		toks := tokens(row.text)
		words := strings.Fields(row.name1)
		first := wordAt(t, toks, words[0])
		last := first + len(words) - 1
		if got := nameparts.LoneGiven(lx, toks, first, last, function); got != row.want {
			t.Errorf("%s: LoneGiven(%q, %q) = %v, want %v", row.name, row.text, row.name1, got, row.want)
		}
	}
}

func TestParticleEnd(t *testing.T) {
	lx := lexicon.Default()
	seg := arabic.DefaultSegmenter()
	function := func(w string) bool { info, ok := seg.Lookup(w); return ok && info.Function }
	for _, row := range []struct {
		name, text, person, want string // person: the name as read; want: as mended
	}{
		{"آل and the family after it", "وقال الشيخ سعد بن ناصر آل الشيخ إن", "سعد بن ناصر آل", "سعد بن ناصر آل الشيخ"},
		{"ولد and the father after it", "وقال الوزير سيدي ولد التاه إن", "سيدي ولد", "سيدي ولد التاه"},
		{"بن and the father after it", "وقال العميد سالم بن وصل إن", "سالم بن", "سالم بن وصل"},
		{"ولد before a function word is the verb", "والراحل خالد الجهني ولد في جدة", "خالد الجهني ولد", "خالد الجهني"},
		{"a particle before a mark", "وقال حسن أبو، ثم سكت", "حسن أبو", "حسن أبو"},
		{"no particle at the end", "وقال فهد بن سعد إن", "فهد بن سعد", "فهد بن سعد"},
		{"الله ends a name", "وقال حسن نصر الله إن", "حسن نصر الله", "حسن نصر الله"},
	} {
		toks := tokens(row.text)
		words := strings.Fields(row.person)
		first := wordAt(t, toks, words[0])
		last := first + len(words) - 1
		got := nameparts.ParticleEnd(lx, toks, first, last, function)
		var mended []string
		for _, tok := range toks[first : got+1] {
			mended = append(mended, tok.Text)
		}
		if m := strings.Join(mended, " "); m != row.want {
			t.Errorf("%s: ParticleEnd(%q, %q) = %q, want %q", row.name, row.text, row.person, m, row.want)
		}
	}
}
