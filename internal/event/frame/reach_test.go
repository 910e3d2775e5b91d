package frame

import (
	"strings"
	"testing"
)

// nameParse parses a test sentence as spoken does, and reads further: a word
// written with = starts the mention of a name (=المسجد), which makes its
// phrase a named one; الي is the preposition إلى as normalised.
func nameParse(sentence string) *fake {
	f := spoken(sentence)
	for j := range f.toks {
		x := &f.toks[j]
		if w, ok := strings.CutPrefix(x.Norm, "="); ok {
			x.Norm, x.Word, x.NameStart = w, strings.TrimPrefix(w, "ال"), true
			x.Definite = strings.HasPrefix(w, "ال")
			if x.Phrase > 0 {
				f.phr[x.Phrase-1].Named = true
			}
		}
		if x.Norm == "الي" {
			x.IsPrep, x.Word = true, "الي"
		}
	}
	return f
}

// TestVerbalNounDoer: the genitive of a verbal noun is its doer when the
// noun's object follows it (accusative or after ل), past the genitive's
// adjectives, words of the day, a comma and a phrase of escort; without an
// object it is the one who suffers the act.
func TestVerbalNounDoer(t *testing.T) {
	for _, tt := range []struct {
		name, sentence string
		want           int
	}{
		{"the object named after the doer", "ادان [الوزير] اقتحام*^ [المستوطنين] [=المسجد الاقصى] .", 1},
		{"the object after ل", "ادان [الوزير] اقتحام*^ [المستوطنين] ل_المسجد .", 1},
		{"an adjective of the doer between", "ادان [الوزير] اقتحام*^ [الجنود] المتطرفين [=مخيم جنين] .", 1},
		{"an escort, the object joined to its phrase", "ادان [الوزير] اقتحام*^ [المستوطنين] المتطرفين تحت حماية [قوات الاحتلال =المسجد الاقصى] .", 1},
		{"an escort, a day word and a comma", "ادان [الوزير] اقتحام*^ [المستوطنين] تحت حماية [قوات الاحتلال] اليوم ، [=المسجد الاقصى] .", 1},
		{"an escort and no object", "ادان [الوزير] اقتحام*^ [المستوطنين] تحت حماية [قوات الاحتلال] .", -1},
		{"no object: the dead", "ادان [الوزير] قتل*^ [المدنيين] الابرياء .", -1},
		{"an adjective phrase, no name", "ادان [الوزير] قتل*^ [المدنيين] [الفلسطينيين] .", -1},
		{"an object after a preposition other than ل", "ادان [الوزير] قتل*^ [المدنيين] في [=غزة] .", -1},
		{"quoted", "ادان [الوزير] \" اقتحام*^ [المستوطنين] [=المسجد الاقصى] \" .", 1},
	} {
		f := nameParse(tt.sentence)
		if got := ObjectOwner(f, 2, len(f.toks)); got != tt.want {
			t.Errorf("%s: ObjectOwner(%q) = %d, want %d", tt.name, tt.sentence, got, tt.want)
		}
	}
}

// TestSpokeIn: a definite noun of what is said right after the verb, then
// an indefinite act noun, is the subject: the object follows it; without
// the act noun after it, it is the object itself.
func TestSpokeIn(t *testing.T) {
	for _, tt := range []struct {
		name, sentence string
		want           int
	}{
		{"the statement condemned the storming", "ادان@ البيان \" اقتحام*^ [المستوطنين] [=المسجد الاقصى] \" .", 0},
		{"no quotation mark", "ادان@ البيان اقتحام*^ [الجنود] [=مخيم جنين] .", 0},
		{"the statement is the object", "ادان@ البيان [الاسرائيلي] .", 0},
		{"not a word of speech", "ادان@ الحادث \" اقتحام*^ [المستوطنين] [=المسجد الاقصى] \" .", -1},
		{"the forces' nisba is no object", "ادان@ البيان اقتحام*^ [الجنود] تحت حماية [قوات الاحتلال =الاسرائيلي] .", -1},
	} {
		f := nameParse(tt.sentence)
		if got := ObjectOwner(f, 1, len(f.toks)); got != tt.want {
			t.Errorf("%s: ObjectOwner(%q) = %d, want %d", tt.name, tt.sentence, got, tt.want)
		}
	}
}

// TestObjectAfterStatement: the comma that closes the words an act was
// said in ends no clause: the object after it is read.
func TestObjectAfterStatement(t *testing.T) {
	f := nameParse("ادانت [الوزارة] في بيان صحفي ، اقتحام*^ [المستوطنين] [=المسجد الاقصى] .")
	comma := f.index("،")
	if got := ObjectOwner(f, 2, comma); got != 1 {
		t.Errorf("ObjectOwner past the statement = %d, want 1", got)
	}
	g := nameParse("ادانت [الوزارة] في القاهرة ، اقتحام*^ [المستوطنين] [=المسجد الاقصى] .")
	if got := ObjectOwner(g, 2, g.index("،")); got != -1 {
		t.Errorf("ObjectOwner past a place = %d, want -1 (not a statement)", got)
	}
}

// TestConvened: a call for a meeting is addressed to the body whose
// meeting it is.
func TestConvened(t *testing.T) {
	for _, tt := range []struct {
		name, sentence string
		want           int
	}{
		{"a collective noun after ل", "دعت [تركيا] الي اجتماع طارئ ل_دول [حلف الناتو] .", 1},
		{"holding a session, the body after ل", "دعا [الوزير] الي عقد جلسة عاجلة [ل_مجلس الامن] .", 1},
		{"the body as genitive", "دعا [الوزير] الي اجتماع [مجلس الامن] .", 1},
		{"where, not whose", "دعا [الوزير] الي اجتماع في [الرياض] .", -1},
		{"no meeting", "دعا [الوزير] الي الحوار مع [المعارضة] .", -1},
		{"a purpose, no body", "دعا [الوزير] الي اجتماع ل_بحث الازمة .", -1},
		{"a definite word between", "دعا [الوزير] الي اجتماع الاسبوع [المقبل] .", -1},
	} {
		f := nameParse(tt.sentence)
		if got := Convened(f, f.index("الي"), len(f.toks)); got != tt.want {
			t.Errorf("%s: Convened(%q) = %d, want %d", tt.name, tt.sentence, got, tt.want)
		}
		if got := Addressed(f, "020", 0, f.index("الي"), -1, len(f.toks)); got != tt.want {
			t.Errorf("%s: Addressed(020, %q) = %d, want %d", tt.name, tt.sentence, got, tt.want)
		}
	}
}

// TestJoined: a request for membership is addressed to the body joined.
func TestJoined(t *testing.T) {
	for _, tt := range []struct {
		name, sentence string
		want           int
	}{
		{"the body as genitive, article and quotes apart", "تطلب [فلسطين] عضوية ال \" [=انتربول] \" .", 1},
		{"joining after الي", "طلبت [تركيا] الانضمام الي [=الاتحاد الاوروبي] .", 1},
		{"a place", "طلب [الوزير] عضوية [=القاهرة] .", -1},
		{"no noun of joining", "طلبت [تركيا] دعم [=الاتحاد الاوروبي] .", -1},
		{"a word between", "طلبت [تركيا] عضوية دائمة في [=مجلس الامن] .", -1},
	} {
		f := nameParse(tt.sentence)
		if f.toks[3].Norm == "القاهرة" {
			f.phr[1].Place = true // a town the gazetteer links
		}
		if got := Addressed(f, "020", 0, 2, -1, len(f.toks)); got != tt.want {
			t.Errorf("%s: Addressed(020, %q) = %d, want %d", tt.name, tt.sentence, got, tt.want)
		}
	}
}

// TestDemandedAfterComma: a noun of demanding set off by a comma is a
// circumstantial accusative: the nouns after it are whom it asks.
func TestDemandedAfterComma(t *testing.T) {
	for _, tt := range []struct {
		name, sentence string
		want           int
	}{
		{"states and a body", "اشارت [الوزارة] الي حاجة المدينة ، مطالبة* الدول كافة ومؤسسات [=الامم المتحدة] باتخاذ اجراءات .", 1},
		{"the body first", "نددت [الوزارة] بالقرار ، مطالبة* [=مجلس الامن] بالتدخل .", 1},
		{"no comma: the genitive demands", "وسط مطالبة* [المتظاهرين] باستقالة الحكومة .", -1},
		{"what is asked comes first", "نددت [الوزارة] بالقرار ، مطالبة* بالتدخل من [=مجلس الامن] .", -1},
		{"definite: a noun of the clause", "نددت [الوزارة] بالقرار ، المطالبة* [=مجلس الامن] بالتدخل .", -1},
	} {
		f := nameParse(tt.sentence)
		for j := range f.toks { // ب written on the word: what is asked
			if w, ok := strings.CutPrefix(f.toks[j].Norm, "ب"); ok && f.toks[j].Phrase == 0 && !f.toks[j].Noun {
				f.toks[j].Prep, f.toks[j].Word = "ب", strings.TrimPrefix(w, "ال")
			}
		}
		k := f.index("مطالبة")
		if k < 0 {
			k = f.index("المطالبة")
		}
		if got := Demanded(f, k, len(f.toks)); got != tt.want {
			t.Errorf("%s: Demanded(%q) = %d, want %d", tt.name, tt.sentence, got, tt.want)
		}
	}
}
