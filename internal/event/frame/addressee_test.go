package frame

import (
	"strings"
	"testing"

	"rasad/internal/event/vocab"
)

// spoken parses a test sentence as parse does, and reads further what
// the rules of addressee.go need: a word with the article is definite,
// and a ل written before an underscore (لـ_الحكومة) is the preposition
// attached to the word, and of the phrase the word starts; امس and اليوم
// are words of the day.
func spoken(sentence string) *fake {
	f := parse(sentence)
	for j := range f.toks {
		x := &f.toks[j]
		if w, ok := strings.CutPrefix(x.Norm, "ل_"); ok {
			x.Norm, x.Word, x.Prep = w, strings.TrimPrefix(w, "ال"), "ل"
			if pi := PhraseAt(f, j); pi >= 0 {
				f.phr[pi].Prep = "ل"
			}
		}
		x.Definite = strings.HasPrefix(x.Norm, "ال")
		if x.Norm == "امس" || x.Norm == "اليوم" {
			x.Cue = vocab.CueRecent
		}
	}
	return f
}

// TestConcerned: a concern voiced about a situation is about the place
// the situation is in, or the actor whose it is; never about a clause,
// nor past a verb or a bound.
func TestConcerned(t *testing.T) {
	for _, tt := range []struct {
		name, sentence string
		want           int
	}{
		{"the situation in a country", "اعربت [الصين] عن قلقها ازاء الوضع في [سوريا] .", 1},
		{"an adjective of the noun", "اعرب [الوزير] عن قلقه البالغ حيال الاوضاع الامنية في [ليبيا] .", 1},
		{"an agent noun as adjective", "اعربت [قطر] عن قلقها ازاء الوضع [?السياسي] في [العراق] .", 2},
		{"a development in a country", "اعرب [الاتحاد] عن قلقه من تدهور الاوضاع في [اليمن] .", 1},
		{"whose policies", "اعربت [المانيا] عن قلقها ازاء سياسات [ايران] .", 1},
		{"no topic preposition", "اعربت [الصين] عن قلقها و دعت [الاطراف] .", -1},
		{"a clause, not a place", "اعرب [الوزير] عن قلقه من الهجمات التي يشنها [المسلحون] في [حلب] .", -1},
		{"a verb comes first", "اعربت [فرنسا] عن قلقها من ان يؤدي@ القتال في [لبنان] .", -1},
		{"the place too far", "اعربت [فرنسا] عن قلقها ازاء استمرار عمليات تهريب الاسلحة والذخائر الى المنطقة في [لبنان] .", -1},
		{"activities of the one the pronoun names", "اعرب [كيري] عن قلقه ازاء انشطتها~ في [بحر الصين] .", -1},
		{"an actor right after the preposition", "اعربت [واشنطن] عن قلقها من [ايران] .", -1},
		{"a person, not a place, after في", "اعربت [فرنسا] عن قلقها ازاء الوضع في [?الحكومة] .", -1},
	} {
		f := spoken(tt.sentence)
		k := f.index("قلقها")
		if k < 0 {
			k = f.index("قلقه")
		}
		if got := Concerned(f, k, len(f.toks)); got != tt.want {
			t.Errorf("%s: Concerned(%q) = %d, want %d", tt.name, tt.sentence, got, tt.want)
		}
	}
}

// TestDemanded: a noun of demanding is addressed to the actor after ل
// right after it, not to one after a ل further on.
func TestDemanded(t *testing.T) {
	for _, tt := range []struct {
		name, sentence, noun string
		want                 int
	}{
		{"the prime minister", "وسط مطالبات* [ل_رئيس الوزراء العراقي] باتخاذ قرارات .", "مطالبات", 0},
		{"the government", "تتصاعد المطالبة* [ل_الحكومة] بالاصلاح .", "المطالبة", 0},
		{"a ل further on", "عدم المطالبة* بالتقدم [ل_حركة النقل] .", "المطالبة", -1},
		{"no actor", "وسط مطالبات* ل_تحسين الخدمات .", "مطالبات", -1},
		{"a genitive, the demanders", "مطالبات* [المتظاهرين] باستقالة الحكومة .", "مطالبات", -1},
	} {
		f := spoken(tt.sentence)
		if got := Demanded(f, f.index(tt.noun), len(f.toks)); got != tt.want {
			t.Errorf("%s: Demanded(%q) = %d, want %d", tt.name, tt.sentence, got, tt.want)
		}
	}
}

// TestAddressed: the frame of the code chooses the rule.
func TestAddressed(t *testing.T) {
	f := spoken("اعربت [الصين] عن قلقها ازاء الوضع في [سوريا] .")
	k, compl := f.index("اعربت"), f.index("قلقها")
	if got := Addressed(f, "012", k, k+1, compl, len(f.toks)); got != 1 {
		t.Errorf("Addressed(012) = %d, want 1", got)
	}
	if got := Addressed(f, "012", k, k+1, -1, len(f.toks)); got != -1 {
		t.Errorf("Addressed(012, no complement) = %d, want -1", got)
	}
	if got := Addressed(f, "020", k, k+1, compl, len(f.toks)); got != -1 {
		t.Errorf("Addressed(020) = %d, want -1", got)
	}
	g := spoken("وسط مطالبات* [ل_رئيس الوزراء] باتخاذ قرارات .")
	if k := g.index("مطالبات"); Addressed(g, "100", k, k+1, -1, len(g.toks)) != 0 {
		t.Errorf("Addressed(100) = %d, want 0", Addressed(g, "100", k, k+1, -1, len(g.toks)))
	}
}

// TestStatementAside: the words an act was said in, closed by a comma,
// stand between a verb and its object; without the comma, or with an
// actor among them, they do not. So do phrases that point back (في هذا
// السياق, في أعقابها, إثر ذلك, أيضا), not a sequel noun with its own
// genitive (إثر الهجوم).
func TestStatementAside(t *testing.T) {
	for _, tt := range []struct {
		name, sentence, want string // want: the word the object starts at, "" for none
	}{
		{"a statement issued", "اتهمت [الخارجية] في بيان اصدرته مساء امس ، [النظام] بقمع الاقليات .", "النظام"},
		{"a speech", "اتهم [الرئيس] في كلمة القاها ، [المعارضة] بالخيانة .", "المعارضة"},
		{"a statement alone", "اتهمت [الوزارة] في بيان ، [الحركة] بالتحريض .", "الحركة"},
		{"no comma: a genitive", "اتهمت [الوزارة] في بيان [الحكومة] الاخير .", ""},
		{"not a word of speech", "اتهمت [الوزارة] في القاهرة ، [الحركة] بالتحريض .", ""},
		{"an actor before the comma", "اتهمت [الوزارة] في بيان نشرته [الوكالة] ، [الحركة] بالتحريض .", ""},
		{"this context", "دعا [الوزير] في هذا السياق [اللبنانيين] الى التوافق .", "اللبنانيين"},
		{"this framework", "دعت [الحكومة] في هذا الاطار [المواطنين] الى الحذر .", "المواطنين"},
		{"a demonstrative before an actor", "دعا [الوزير] في هذه [الدولة] الى التوافق .", ""},
		{"no article", "دعا [الوزير] في هذا سياق [اللبنانيين] .", ""},
		{"during his meeting", "دعا [هادي] خلال لقائه~ امس [مبعوث الامين العام] الى زيارة عدن .", "مبعوث"},
		{"the call's own object", "طالبت [الوزيرة] اثناء اتصالها~ [نظيرها] بالافراج .", ""},
		{"during this visit", "دعا [بحاح] خلال زيارته~ تلك [اهالي المدينة] الى العودة .", "اهالي"},
		{"during his visit to a place", "سيلتقي [لافروف] خلال زيارته~ [ل_الدوحة] [نظيره] .", "نظيره"},
		{"the visit's own object", "داعيا خلال زيارته~ [واشنطن] الى حل سلمي .", ""},
		{"during another's meeting", "دعا [هادي] خلال لقاء [المبعوث] الى زيارة عدن .", ""},
		{"in its wake", "اعتقلت [الشرطة] في اعقابها~ [مقاتلين] .", "مقاتلين"},
		{"after that", "اعتقلت [الشرطة] اثر ذلك [مسلحين] .", "مسلحين"},
		{"after the attack: what it follows", "اعتقلت [الشرطة] اثر الهجوم [مسلحين] .", ""},
		{"a bare sequel noun last", "اعتقلت [الشرطة] اثر .", ""},
		{"also", "احتجزت [السلطات] ايضا [ناشطين] .", "ناشطين"},
		{"the comma too far", "اتهمت [الوزارة] في بيان اصدرته مساء امس بعد اجتماع طويل عقده اعضاؤها ، [الحركة] .", ""},
	} {
		f := spoken(tt.sentence)
		j := f.index("في")
		if j < 0 {
			j = 2 // after the verb and its subject
		}
		got := Interposed(f, j, len(f.toks))
		want := j
		if tt.want != "" {
			want = f.index(tt.want)
		}
		if got != want {
			t.Errorf("%s: Interposed(%q) = %d, want %d", tt.name, tt.sentence, got, want)
		}
	}
}

// TestCountedPeople: people counted after the verb are its object, past a
// phrase that points back, whatever the case of the counted noun: the
// accusative after 11 to 99 (42 شخصا), the genitive singular after a
// hundred and more (1302 شخص).
func TestCountedPeople(t *testing.T) {
	for _, tt := range []struct {
		name, sentence, want string // want: the first word of the people, "" for none
	}{
		{"a hundred and more", "احتجزت [السلطات] 1302 شخص في [تركيا] .", "1302"},
		{"also, then the count", "احتجزت [السلطات] ايضا 1302 شخص .", "1302"},
		{"in its wake, then the count", "اعتقلت [الشرطة] في اعقابها~ 150 شخص .", "150"},
		{"after that", "اعتقلت [الشرطة] اثر ذلك 200 شخص .", "200"},
		{"after the attack: its genitive first", "اعتقلت [الشرطة] اثر الهجوم 200 شخص .", ""},
		{"no number", "احتجزت [السلطات] شخص .", ""},
	} {
		f := nameParse(tt.sentence)
		_, got := Counted(f, 2, len(f.toks))
		want := -1
		if tt.want != "" {
			want = f.index(tt.want)
		}
		if got != want {
			t.Errorf("%s: Counted(%q) people = %d, want %d", tt.name, tt.sentence, got, want)
		}
	}
}
