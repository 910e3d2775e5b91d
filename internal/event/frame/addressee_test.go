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
	checkInts(t, "Concerned", 3, func(r []string) int {
		f := spoken(r[1])
		k := f.index("قلقها")
		if k < 0 {
			k = f.index("قلقه")
		}
		return Concerned(f, k, len(f.toks))
	})
}

// TestDemanded: a noun of demanding is addressed to the actor after ل
// right after it, not to one after a ل further on.
func TestDemanded(t *testing.T) {
	checkInts(t, "Demanded", 4, func(r []string) int {
		f := spoken(r[1])
		return Demanded(f, f.index(r[2]), len(f.toks))
	})
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
		if got, want := Interposed(f, j, len(f.toks)), f.indexOr(tt.want, j); got != want {
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
		if _, got := Counted(f, 2, len(f.toks)); got != f.indexOr(tt.want, -1) {
			t.Errorf("%s: Counted(%q) people = %d, want %d", tt.name, tt.sentence, got, f.indexOr(tt.want, -1))
		}
	}
}
