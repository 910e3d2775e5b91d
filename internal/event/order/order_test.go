package order

import (
	"strconv"
	"strings"
	"testing"

	"rasad/internal/event/frame"
	"rasad/internal/event/frame/frametest"
	"rasad/internal/event/vocab"
	"rasad/internal/tabletest"
)

// fake is a sentence written for a test, one token a word: [word] is a
// one-word actor phrase (ب[word] with its preposition), word# a number,
// word@ a word of the day (vocab.CueRecent), word! an event word (a noun),
// word^ an event verb, word~ an event verb of the third person feminine
// singular in every reading (frame.Token.Fem); على, مع
// and في are prepositions, and ال before a word makes it definite; words
// are written normalised (ا for أ), as the coder reads them.
type fake = frametest.Sentence

func parse(s string) *fake {
	f := &fake{}
	for _, w := range strings.Fields(s) {
		j := len(f.Toks)
		t := frame.Token{Norm: w}
		if p, rest, ok := strings.Cut(w, "["); ok && strings.HasSuffix(rest, "]") {
			w = strings.TrimSuffix(rest, "]")
			f.Phr = append(f.Phr, frame.Phrase{Start: j, End: j + 1, Prep: p, Named: true})
			t.Phrase, t.Actor, t.NameStart, t.Prep = len(f.Phr), len(f.Phr), true, p
		} else if p, rest, ok := strings.Cut(w, "+"); ok {
			t.Prep, w = p, rest
		}
		switch {
		case strings.HasSuffix(w, "#"):
			w, t.Number = strings.TrimSuffix(w, "#"), true
		case strings.HasSuffix(w, "@"):
			w, t.Cue = strings.TrimSuffix(w, "@"), vocab.CueRecent
		case strings.HasSuffix(w, "!"):
			w, t.Event, t.Noun = strings.TrimSuffix(w, "!"), true, true
		case strings.HasSuffix(w, "^"):
			w, t.Event, t.Verb = strings.TrimSuffix(w, "^"), true, true
		case strings.HasSuffix(w, "~"):
			w, t.Event, t.Verb, t.Fem = strings.TrimSuffix(w, "~"), true, true, true
		}
		if rest, ok := strings.CutPrefix(w, "ال"); ok && len(rest) > 2 {
			w, t.Definite = rest, true
		}
		t.Word, t.Bound, t.IsPrep = w, w == ".", w == "على" || w == "مع" || w == "في"
		f.Toks = append(f.Toks, t)
	}
	return f
}

var things = map[string]bool{"طائرات": true, "صواريخ": true, "أسلحة": true}

func TestReceiver(t *testing.T) {
	for _, c := range []struct {
		s    string
		want int // the phrase, -1 if none
	}{
		{"أعلنت [واشنطن] تسليم [عمان] أربع# طائرات .", 1}, // a number after the genitive: it receives
		{"بدأ تسليم [بغداد] الاسبوع الماضي طائرات .", 0},  // a span of time between
		{"تسليم [مصر] قبل وصول! [كيري] 8# طائرات .", 0},   // a time phrase with its own genitive
		{"تسليم [مصر] بعد زيارة! وزير 8# طائرات .", 0},    // a time by an event whose genitive is no actor
		{"تزويد [مصر] ب+صواريخ متطورة .", 0},              // زوّد: the thing after ب
		{"تسليم [روسيا] [إيران] صواريخ .", -1},            // a second actor: the genitive gives
		{"تسليم [روسيا] صواريخ ل[إيران] .", -1},           // the receiver after ل
		{"إرسال [روسيا] أسلحة .", -1},                     // أرسل takes one object
		{"تسليم [روسيا] الصواريخ .", -1},                  // the thing definite: no first object
		{"تزويد [مصر] صواريخ .", -1},                      // زوّد without ب: not its frame
		{"تسليم السلطة .", -1},                            // no actor in the genitive
	} {
		f := parse(c.s)
		k := 0
		for i, x := range f.Toks {
			if twoObjects[x.Word] || x.Word == "إرسال" {
				k = i
				break
			}
		}
		if got := Receiver(f, k, things); got != c.want {
			t.Errorf("Receiver(%s) = %d, want %d", c.s, got, c.want)
		}
	}
}

func TestAfterTime(t *testing.T) {
	checkAt(t, "AfterTime", func(f frame.Sentence, j int) int { _, end := f.Span(); return AfterTime(f, j, end) }, []atRow{
		{"استهدف [الحوثيون] أمس@ ، مدرسة", 2, 4},       // the word of the day and its comma
		{"قصفت [المدفعية] صباح اليوم@ مواقع", 2, 4},    // a part of the day with its day
		{"قصفت [المدفعية] الاسبوع الماضي مواقع", 2, 4}, // a span and its adjective (normalised: ا for أ)
		{"قصفت [المدفعية] يوم الاربعاء@ مواقع", 2, 4},  // the day before its name
		{"قصفت [المدفعية] ، مواقع", 2, 2},              // a comma alone is no time
		{"قصفت [المدفعية] مواقع", 2, 2},
	})
}

func TestAfterSubject(t *testing.T) {
	checkAt(t, "AfterSubject", func(f frame.Sentence, j int) int { _, end := f.Span(); return AfterSubject(f, j, end) }, []atRow{
		{"استهدف [التحالف] ب+غارات! عنيفة مواقع", 2, 4},            // the instrument closed by its adjective
		{"قصفت [المدفعية] ب+قذائف ثقيلة امس@ ، القرى", 2, 6},       // the instrument, then a time and its comma
		{"قصفت [المدفعية] امس@ ب+قذائف صاروخية مكثفة القرى", 2, 5}, // a time, then the instrument: the first adjective closes it
		{"قتل جندي ب+رصاص [قوات] الاحتلال", 2, 2},                  // no adjective: the phrase after may be its genitive
		{"قصفت [المدفعية] ب+القذائف الثقيلة القرى", 2, 2},          // with the article
		{"قصفت [المدفعية] ب+قذائف [الجيش]", 2, 2},                  // an actor after the noun
		{"قصفت [المدفعية] ب+قذائف 3# مواقع", 2, 2},                 // a number after the noun is no adjective
		{"قصفت [المدفعية] مواقع", 2, 2},
	})
}

func TestFronted(t *testing.T) {
	for _, c := range []struct {
		s    string
		k    int // the verb
		want bool
	}{
		{"قال ان مجلس المحافظة طالب [رئيس] .", 4, true},             // a noun in construct, its genitive definite
		{"قال ان المجلس طالب [رئيس] .", 3, true},                    // a definite noun
		{"قال ان فصائل غرفة العمليات دمرت دبابات .", 5, true},       // three words
		{"على ان البلاد تنبذ الحرب وتحظر القوة .", 5, false},        // a word without the article after one with it: a verb
		{"قال ان تنبذ الحرب تحظر القوة .", 4, false},                // a present verb first
		{"قال انها المحافظة طالب [رئيس] .", 3, false},               // the particle's own pronoun
		{"قال ان هناك شروطا تتطلب طلب .", 4, false},                 // no definite noun before the verb
		{"قال ان ب+المجلس طالب [رئيس] .", 3, false},                 // a preposition
		{"قال ان مجلس ادارة الشركة العامة طالب [رئيس] .", 6, false}, // too far
		{"قال مجلس المحافظة طالب [رئيس] .", 3, false},               // no particle
		{"قال ان نظام الاسد قصف [المدينة] .", 4, true},              // a noun opening with ن the lexicon knows (an agent)
		{"قال ان تحالف الاحزاب طالب [رئيس] .", 4, true},             // with ت: the head of an organisation's name
		{"قال ان تنظيم الدولة هاجم [الجيش] .", 4, true},             // تنظيم
		{"قال ان نواب البرلمان طالبوا [الحكومة] .", 4, true},        // a role in the plural
		{"قال ان يمنيين اخرين طالبوا [الحكومة] .", 4, false},        // an indefinite adjective last: no definite noun before the verb
		{"قال ان تسوية الازمة تتطلب [الحكومة] .", 4, true},          // ة: no verb ends in it
		{"قال ان تظاهرات الطلاب طالبت [الحكومة] .", 4, true},        // ات: a plural noun
		{"يريد ان تنظم الحكومة الانتخابات [المدينة] .", 4, false},   // a present verb the lexicon does not know as a noun
		{"يريد ان يحاور الرئيس المعارضة [المدينة] .", 4, false},     // with ي
		{"يريد ان نستعيد المبادرة تحرير [المدينة] .", 4, false},     // with ن
	} {
		if got := Fronted(parse(c.s), c.k); got != c.want {
			t.Errorf("Fronted(%s, %d) = %v, want %v", c.s, c.k, got, c.want)
		}
	}
}

func TestThingsPlural(t *testing.T) {
	for _, c := range []struct {
		verb, stem string // the verb in parse's notation
		want       bool
	}{
		{"طالب^", "الدول", true},    // a masculine verb before a plural of things: its object
		{"يطالب^", "الدول", true},   // in the present
		{"طالبت~", "الدول", false},  // the feminine verb agrees: its subject
		{"تطالب~", "الدول", false},  // in the present
		{"طالب^", "دول", false},     // no article
		{"طالب^", "الحكومة", false}, // not a broken plural (doer.Object reads it)
		{"دعا^", "البلدان", true},   // another plural of the class
		{"تبنى^", "الدول", true},    // the masculine past of form V opens with ت
		{"تبادل^", "البلدان", true}, // and of form VI
		{"تبنت~", "الدول", false},   // their feminine
		{"تطالب", "الدول", false},   // a word the coder reads as no verb: its ت taken as feminine
	} {
		if got := ThingsPlural(parse(c.verb+" "+c.stem+" ."), 0, c.stem); got != c.want {
			t.Errorf("ThingsPlural(%s, %s) = %v, want %v", c.verb, c.stem, got, c.want)
		}
	}
}

func TestDayPart(t *testing.T) {
	for w, want := range map[string]bool{"صباح": true, "يوم": true, "ليلة": true, "عصر": true, "مطلع": false, "اواخر": false, "الاسبوع": false, "مدرسة": false} {
		if got := dayPart(w); got != want {
			t.Errorf("dayPart(%s) = %v, want %v", w, got, want)
		}
	}
}

func TestPurpose(t *testing.T) {
	for _, r := range tabletest.Fields(t, "testdata/purpose.tsv", 5) {
		k, err := strconv.Atoi(r[2])
		if err != nil {
			t.Fatalf("%s: the noun's index %q: %v", r[0], r[2], err)
		}
		if got := Purpose(parse(r[1]), k, r[3]); strconv.FormatBool(got) != r[4] {
			t.Errorf("%s: Purpose(%s) = %v, want %s", r[0], r[1], got, r[4])
		}
	}
}

func TestDenounced(t *testing.T) {
	checkAt(t, "Denounced", Denounced, []atRow{
		{"تظاهر [الآلاف] تنديدا! ب+الغارات! التي يشنها [الجيش] .", 2, 1},    // the doer of the raids
		{"خرج [الآلاف] رفضا! على الاعتقالات! التي نفذتها [الشرطة] .", 2, 1}, // after على
		{"تظاهر [الآلاف] تنديدا! ب+الغارات! على [غزة] .", 2, -1},            // no relative clause
		{"تظاهر [الآلاف] تنديدا! ب+الغارات! التي يشنها ب+[الجيش] .", 2, -1}, // the phrase after a preposition
		{"جاء ذلك خلال لقاء! مع [الجنود] .", 3, -1},                         // an occasion, no object of purpose
	})
}

// atRow is a row of a test of what is read from the word at k: the
// sentence in parse's notation, k, and the token or phrase wanted (-1 for
// none).
type atRow struct {
	s       string
	k, want int
}

// checkAt runs read, called name in failures, on each row's sentence and k.
func checkAt(t *testing.T, name string, read func(f frame.Sentence, k int) int, rows []atRow) {
	t.Helper()
	for _, c := range rows {
		if got := read(parse(c.s), c.k); got != c.want {
			t.Errorf("%s(%s, %d) = %d, want %d", name, c.s, c.k, got, c.want)
		}
	}
}
