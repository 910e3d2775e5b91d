package background

import (
	"strings"
	"testing"

	"rasad/internal/arabic"
	"rasad/internal/event/vocab"
	"rasad/internal/lexicon"
)

func TestChronicle(t *testing.T) {
	for _, tc := range []struct {
		headline string
		want     bool
	}{
		{"هذا اليوم في التاريخ: 1 أغسطس", true},
		{"حدث في مثل هذا اليوم", true},
		{"في مثل هذا اليوم من عام 1944 انتفضت وارسو", true},
		{"أردوغان يزور موسكو اليوم", false},
		{"التاريخ يشهد على هذا الاتفاق", false},
	} {
		if got := Chronicle(tc.headline); got != tc.want {
			t.Errorf("Chronicle(%q) = %v, want %v", tc.headline, got, tc.want)
		}
	}
}

// words is a Sentence of whitespace-separated words for the tests: ب, ل
// and و attached are read off as a proclitic and a conjunction, ال as the
// article; a word marked with * is an event word, with + an event verb,
// with ^ a verb with the س of the future, with = (after *) a noun with a
// pronoun attached; ال starts a noun with the article; كان and قد are
// auxiliaries.
type words []string

// prepWords are the prepositions written as words that the tests use.
var prepWords = normSet("في", "خلال", "إلى", "على", "من", "عن", "مع")

func (w words) Span() (int, int) { return 0, len(w) }

func (w words) Word(j int) Word {
	word, owned := strings.CutSuffix(w[j], "=")
	word, event := strings.CutSuffix(word, "*")
	word, verb := strings.CutSuffix(word, "+")
	word, future := strings.CutSuffix(word, "^")
	norm := arabic.Normalize(word)
	rest, prep := strings.TrimPrefix(norm, "و"), ""
	for _, p := range []string{"ب", "ل"} {
		if r, ok := strings.CutPrefix(rest, p); ok && len(r) > 4 {
			rest, prep = r, p
			break
		}
	}
	cue := vocab.CueNone
	if strings.HasPrefix(rest, "كان") || rest == "قد" {
		cue = vocab.CueAux
	}
	seg := lexicon.Tokens(word) // Plain and And as the segmenter reads the word
	return Word{Norm: norm, Rest: strings.TrimPrefix(rest, "ال"), Plain: lexicon.Plain(&seg[0]), And: lexicon.And(&seg[0]), Prep: prep, Bound: norm == "." || norm == "،", Event: event || verb, Verb: verb, Future: future, IsPrep: prepWords[norm], Cue: cue, Owned: owned, Article: strings.HasPrefix(rest, "ال")}
}

func TestOccasion(t *testing.T) {
	for _, tc := range []struct {
		sentence string
		k        int // the request or invitation
		want     bool
	}{
		{"جاءت الزيارة تلبية لدعوة من نظيره الأردني", 3, true},
		{"وقال تشرفت بتلبية دعوة الوزير لزيارة المركز", 3, true},
		{"وأرسلت القوات استجابة لطلب الحكومة اليمنية", 3, true},
		{"وعقدت الجلسة بناء على طلب أحزاب المعارضة", 4, true},
		{"وزار الوزير أربيل بدعوة من رئيس الإقليم", 3, true},
		{"واعتقلت السلطات سبعة بطلب من القضاء الأميركي", 3, true},
		{"ورحب الرئيس بدعوة الملك إلى الحوار", 3, false},
		{"ووجه الملك دعوة إلى الرئيس لزيارة الرياض", 3, false},
		{"وجدد الوزير دعوته إلى وقف إطلاق النار", 3, false},
		{"وقدمت الحكومة طلبا رسميا إلى مجلس الأمن", 3, false},
		{"وانسحبت القوات بناء على اتفاق بين الطرفين", 4, true},
	} {
		if got := Occasion(words(strings.Fields(tc.sentence)), tc.k, true); got != tc.want {
			t.Errorf("Occasion(%q, %d) = %v, want %v", tc.sentence, tc.k, got, tc.want)
		}
	}
}

func TestComing(t *testing.T) {
	for _, tc := range []struct {
		sentence string
		k        int  // the event word
		dated    bool // it has a date of its own
		want     bool
	}{
		{"حذرت واشنطن رعاياها قبل زيارة* مقررة لأوباما", 4, false, true},
		{"أبلغ الوزير نظيره قبل سفره* إلى إيران", 4, false, false},
		{"خلال زيارة* لوزير الخارجية جون كيري مرتقبة", 1, false, true},
		{"توقع زيارة* للرئيس إلى عدن خلال الأيام القليلة المقبلة", 1, false, true},
		{"ناقشوا التحضير للقمة* العربية المقبلة", 2, false, true},
		{"على غرار زيارة* بحاح أمس خلال الأيام المقبلة", 2, true, false},
		{"قال الوزير بعد لقائه* نظيره", 3, false, false},
		{"زيارة* الوزير أمس إلى موسكو", 0, true, false},
		{"زيارة* الوزير . ثم المرحلة المقبلة", 0, false, false},
		{"أشاد الوزير بالاجتماع* الذي سيعقد^ في موسكو", 2, false, true},
		{"أشاد الوزير بالاجتماع* الذي سوف يعقد في موسكو", 2, false, true},
		{"أشاد الوزير بالاجتماع* الذي عقد في موسكو", 2, false, false},
		{"ناقش الوزراء الاجتماع* في المدينة التي سيزورها^ الرئيس", 2, false, false},
	} {
		if got := Coming(words(strings.Fields(tc.sentence)), tc.k, tc.dated); got != tc.want {
			t.Errorf("Coming(%q, %d, %v) = %v, want %v", tc.sentence, tc.k, tc.dated, got, tc.want)
		}
	}
}

func TestPressNoun(t *testing.T) {
	for _, tc := range []struct {
		word string
		want bool
	}{
		{"صحيفة", true},
		{"الصحيفة", true},
		{"وكالة", true},
		{"الإذاعة", true}, // written with hamza, read normalised
		{"إذاعة", true},
		{"التلفزيون", true},
		{"مراسل", true},
		{"المراسل", true},
		{"نظيره", false},
		{"الرئيس", false},
		{"ال", false},
	} {
		if got := pressNoun(arabic.Normalize(tc.word)); got != tc.want {
			t.Errorf("pressNoun(%q) = %v, want %v", tc.word, got, tc.want)
		}
	}
}

func TestHistory(t *testing.T) {
	for _, tc := range []struct {
		date, published string
		want            bool
	}{
		{"1982", "2015-08-01", true},
		{"2014", "2015-08-01", true},        // the year ends 2014-12-31: 213 days back
		{"2015", "2015-08-01", false},       // this year: it can mean any day up to now
		{"2015-06", "2015-08-01", true},     // June 30 is 32 days back
		{"2015-06-30", "2015-08-01", true},  // 32 days back
		{"2015-07-01", "2015-08-01", false}, // 31 days back: within the month
		{"2015-07-22", "2015-08-01", false}, // last week
		{"2015-09-01", "2015-08-01", false}, // to come, not history
		{"2015-05", "2015-08-01", true},
		{"2015-07", "2015-08-01", false}, // July 31 is yesterday
		{"2015", "2016-02-15", true},     // 46 days after the year's end
		{"2003", "", false},              // no publication date: nothing to count from
		{"", "2015-08-01", false},
		{"20xx", "2015-08-01", false},
	} {
		if got := History(tc.date, tc.published); got != tc.want {
			t.Errorf("History(%q, %q) = %v, want %v", tc.date, tc.published, got, tc.want)
		}
	}
}

// TestDescribed reads the dates of acts of relative clauses against the day
// of publication: a week or more before it is background.
func TestDescribed(t *testing.T) {
	for _, tc := range []struct {
		date, published string
		want            bool
	}{
		{"2015-07-20", "2015-07-27", true},  // a week back: يوم 20 يوليو الماضي
		{"2015-07-31", "2015-08-09", true},  // nine days back
		{"2015-08-06", "2015-08-09", false}, // الخميس الماضي: the news's own days
		{"2015-08-08", "2015-08-09", false}, // yesterday
		{"2015-07", "2015-08-09", true},     // July 31 is nine days back
		{"2015-07", "2015-08-03", false},    // July 31 is three days back
		{"2015", "2015-08-09", false},       // this year: any day up to now
		{"2015-08-12", "2015-08-09", false}, // to come
		{"2015-07-20", "", false},
		{"", "2015-08-09", false},
	} {
		if got := Described(tc.date, tc.published); got != tc.want {
			t.Errorf("Described(%q, %q) = %v, want %v", tc.date, tc.published, got, tc.want)
		}
	}
}
