package blame

import (
	"strings"
	"testing"

	"rasad/internal/event/frame"
	"rasad/internal/event/frame/frametest"
	"rasad/internal/event/vocab"
)

// parse builds a sentence from a notation written for these tests: words
// apart by spaces; [ opens an actor phrase and ] closes it, [? one that
// stands for no actor (an adjective the chunker took for a nisba); a
// preposition written as a word (من) governs the phrase or word after it,
// one attached is written ب+ (ب+الهجوم); @ marks an event verb, ~ a word
// that carries an enclitic pronoun, % a verb of undergoing, # a number,
// * an event noun, ^ an event noun whose genitive suffers the act.
func parse(s string) *frametest.Sentence {
	return frametest.Parse(s, func(w string) frame.Token {
		var t frame.Token
		for marked := true; marked; {
			marked = false
			for mark, set := range map[string]func(){"@": func() { t.Verb, t.Event = true, true }, "~": func() { t.Suffix = true }, "%": func() { t.Cue = vocab.CueUndergo }, "#": func() { t.Number = true }, "*": func() { t.Event, t.Noun = true, true }, "^": func() { t.Patient = true }} {
				if strings.HasSuffix(w, mark) {
					w, marked = strings.TrimSuffix(w, mark), true
					set()
				}
			}
		}
		if prep, rest, ok := strings.Cut(w, "+"); ok {
			t.Prep, w = prep, prep+rest
			t.Word = strings.TrimPrefix(rest, "ال")
			t.Definite = strings.HasPrefix(rest, "ال")
		} else {
			t.Word, t.Definite = strings.TrimPrefix(w, "ال"), strings.HasPrefix(w, "ال") && !vocab.Relative(w)
		}
		t.Norm = w
		if w == "من" || w == "على" || w == "في" {
			t.IsPrep, t.Prep, t.Word = true, w, w
		}
		if w == "أمس" {
			t.Cue = vocab.CueRecent
		}
		if w == "." || w == "،" {
			t.Bound = true
		}
		return t
	})
}

// TestTarget: the one blamed or praised is the doer of the act the object
// names, the subject of the clause that describes the object noun; people
// described only by their count are the ones an accusation charges, under
// its preposition after the charge (Charged: the second result).
func TestTarget(t *testing.T) {
	denounce, deplore, warn, charges := []string{"_"}, []string{"ب"}, []string{"_", "من"}, []string{"ل", "إلى"}
	for _, tt := range []struct {
		name, sentence, code string
		tgt                  []string
		want, people         int
	}{
		{"relative, object pronoun", "دان@ [الوزير] الهجوم الذي نفذه~ [مسلحون] على القرية .", "111", denounce, 1, -1},
		{"under the act's preposition", "ندد@ [الرئيس] ب+الاعتداءات التي ارتكبها~ [جنود الاحتلال] .", "111", deplore, 1, -1},
		{"an adjective the chunker took for a phrase", "استنكر@ [الوزير] الجريمة [?النكراء] التي ارتكبها~ [مستوطنون] .", "111", denounce, 2, -1},
		{"a word of the day first", "اتهم@ [الوزير] أمس التفجيرات التي نفذها~ [التنظيم] .", "112", denounce, 1, -1},
		{"indefinite noun, no relative", "حذر@ [الوزير] من خطط تنفذها~ [إيران] في المنطقة .", "012", warn, 1, -1},
		{"preposition with the pronoun", "حذر@ [الوزير] من مخططات يقوم بها [النظام] في البلاد .", "012", warn, 1, -1},
		{"undergoing names the victim", "أدان@ [الوزير] الهجوم الذي تعرضت% لها [السفارة] .", "111", denounce, -1, -1},
		{"no pronoun: the clause's object", "دان@ [الوزير] الهجوم الذي استهدف [الجيش] .", "111", denounce, -1, -1},
		{"definite noun without relative", "دان@ [الوزير] الهجوم نفذه~ [مسلحون] .", "111", denounce, -1, -1},
		{"relative on the subject", "دان@ [الوزير] الذي زاره~ [الرئيس] الهجوم .", "111", denounce, -1, -1},
		{"preposition the act does not take", "دان@ [الوزير] في الهجوم الذي نفذه~ [مسلحون] .", "111", denounce, -1, -1},
		{"not an act of blame or praise", "زار@ [الوزير] المدينة التي حررها~ [الجيش] .", "042", denounce, -1, -1},
		{"praise of a thing given", "أشاد@ [الوزير] ب+الدعم [?الكبير] الذي تقدمه~ [الحكومة] .", "051", deplore, 2, -1},
		{"praise of a deed, direct object", "ثمن@ [الرئيس] الجهود التي تبذلها~ [القوات] .", "051", denounce, 1, -1},
		{"praise, preposition with the pronoun", "رحب@ [الوزير] ب+الخطوات التي قام بها [المجلس] .", "051", deplore, 1, -1},
		{"praise with the object as a pronoun", "أيد@~ [الوزير] ب+الخطة التي وضعتها~ [الحكومة] .", "051", deplore, -1, -1},
		{"praise under a preposition the act does not take", "أشاد@ [الوزير] ب+الأجواء التي سادت~ [المدينة] .", "051", []string{"على"}, -1, -1},
		{"an adverb of manner and a comma first", "دان@ [الوزير] ب+شدة ، الهجوم الذي نفذه~ [مسلحون] .", "111", denounce, 1, -1},
		{"an adverb of manner before the preposition", "ندد@ [الوزير] ب+قوة ب+الاعتداء الذي نفذه~ [مستوطنون] .", "111", deplore, 1, -1},
		{"the subject's place under a preposition the act does not take", "ثمن@ [رئيس الجالية] في العالم الدور الذي تقوم به [المملكة] .", "051", denounce, 1, -1},
		{"the subject's occasion, with its adjective", "أشاد@ [الوزير] في كلمته~ الافتتاحية ب+الدعم الذي تقدمه~ [الحكومة] .", "051", deplore, 1, -1},
		{"a long subject counts nothing against reach", "ثمن@ [مهدي حاتم النهاري رئيس الجالية اليمنية] [ب+المملكة] [و+المجلس الأعلى] [ل+الجاليات اليمنية] في العالم الدور الذي تقوم به [المملكة] .", "051", denounce, 4, -1},
		{"a preposition after a word of the day: no adjunct of the subject", "أشاد@ [الوزير] أمس في المؤتمر ب+الدور الذي تقوم به [الحكومة] .", "051", deplore, -1, -1},
		{"a bound before the object", "دان@ [الوزير] . الهجوم الذي نفذه~ [مسلحون] .", "111", denounce, -1, -1},
		{"after the charge under ب", "اتهامات ب+القتل ل+تسعة# شخصا .", "112", charges, -1, 2},
		{"a number of two words", "اتهامات ب+الإرهاب ل+ثلاثة# و+عشرين# شخصا .", "112", charges, -1, 2},
		{"the charge with its genitive", "اتهامات ب+تمويل الإرهاب ل+خمسة# شخصا .", "112", charges, -1, 3},
		{"no charge", "اتهامات ل+خمسة# شخصا .", "112", charges, -1, 1},
		{"the direct object after the subject", "اتهمت@ [الشرطة] ثلاثة# شخصا ب+السرقة .", "112", denounce, -1, 2},
		{"a group named, not counted", "اتهامات ب+القتل ل+تسعة# عناصر .", "112", charges, -1, -1},
		{"a count of no people", "اتهامات ب+القتل ل+تسعة# أيام .", "112", charges, -1, -1},
		{"a count under a preposition the accusation does not take", "اتهامات ب+القتل في+تسعة# شخصا .", "112", charges, -1, -1},
		{"not an accusation", "انتقادات ب+القتل ل+تسعة# شخصا .", "111", charges, -1, -1},
	} {
		if got, people := Target(parse(tt.sentence), 0, -1, tt.code, tt.tgt); got != tt.want || people != tt.people {
			t.Errorf("%s: Target(%q) = %d, %d, want %d, %d", tt.name, tt.sentence, got, people, tt.want, tt.people)
		}
	}
}

// TestFirstObject: held responsible is the first object of حمّل, the
// phrase that its complement closes.
func TestFirstObject(t *testing.T) {
	for _, tt := range []struct {
		name, sentence string
		compl          int
		tgt            []string
		want           int
	}{
		{"subject before the verb", "[الحكومة] تحمل@ [القوات المسؤولية] عن الحادث", 3, []string{"_"}, 1},
		{"subject after the verb", "[الحكومة] حملت@ [الوزير] [الميليشيا المسؤولية] .", 4, []string{"_"}, 2},
		{"complement apart", "[الحكومة] حملت@ [الميليشيا] المسؤولية .", 3, []string{"_"}, -1},
		{"no direct object", "[الحكومة] حملت@ [الميليشيا المسؤولية] .", 3, []string{"ل"}, -1},
		{"no complement", "[الحكومة] حملت@ [الميليشيا] .", -1, []string{"_"}, -1},
		{"a phrase that stands for nobody", "[الحكومة] حملت@ [?الجهات المسؤولية] .", 3, []string{"_"}, -1},
	} {
		if got := FirstObject(parse(tt.sentence), 1, tt.compl, tt.tgt); got != tt.want {
			t.Errorf("%s: FirstObject(%q) = %d, want %d", tt.name, tt.sentence, got, tt.want)
		}
	}
}

// TestAntecedent: the object pronoun of an act of blame that describes
// the phrase before it takes that phrase back when they agree in number.
func TestAntecedent(t *testing.T) {
	for _, tt := range []struct {
		name, sentence string
		k, want        int
	}{
		{"indefinite dual", "عقوبات على [مواطنين] اتهمتهما@~ [الحكومة] بتمويل الإرهاب", 3, 0},
		{"definite plural after the relative", "اعتقلت@ [المسلحين] الذين اتهمتهم@~ [الحكومة] بالهجوم", 3, 0},
		{"singular", "أفرج@ عن [صحفي] اتهمته@~ [السلطات] بالتجسس", 3, 0},
		{"feminine singular", "حلت@ [جمعية] اتهمتها@~ [الحكومة] بالتمويل", 2, 0},
		{"number disagrees", "عقوبات على [مواطنين] اتهمته@~ [الحكومة] بتمويل الإرهاب", 3, -1},
		{"definite without the relative", "اعتقلت@ [المسلحين] اتهمتهم@~ [الحكومة] بالهجوم", 2, -1},
		{"no pronoun", "عقوبات على [مواطنين] اتهمت@ [الحكومة] بتمويل الإرهاب", 3, -1},
		{"no phrase before", "وقال إنه اتهمهم@~ [بالتقصير]", 2, -1},
	} {
		if got := Antecedent(parse(tt.sentence), tt.k); got != tt.want {
			t.Errorf("%s: Antecedent(%q) = %d, want %d", tt.name, tt.sentence, got, tt.want)
		}
	}
}

// TestJudged: a court's إدانة convicts (173); anyone else's criticises.
func TestJudged(t *testing.T) {
	for _, tt := range []struct {
		code   string
		courts bool
		want   string
	}{
		{"111", true, "173"},
		{"111", false, "111"},
		{"112", true, "112"},
	} {
		if got := Judged(tt.code, tt.courts); got != tt.want {
			t.Errorf("Judged(%s, %v) = %s, want %s", tt.code, tt.courts, got, tt.want)
		}
	}
}
