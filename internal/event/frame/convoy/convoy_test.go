package convoy

import (
	"strings"
	"testing"

	"rasad/internal/event/frame"
	"rasad/internal/event/frame/frametest"
	"rasad/internal/event/vocab"
)

// towns are the words that open a phrase naming a place in the tests.
var towns = map[string]bool{"عدن": true, "صنعاء": true, "المدينة": true}

// parse reads a sentence written for a test: [ and ] enclose an actor
// phrase ([? one that stands for no actor; one that opens with a word of
// towns names a place), p+word a word with the attached preposition p
// ([p+word: its phrase's), word* an event verb, word! an event noun,
// word~ a light verb (تمكن), و~word a word with the conjunction و, امس a
// word of the day; على, الي, في and من are prepositions, . and ، bounds,
// ال before a word makes it definite; words are written normalised.
func parse(sentence string) *frametest.Sentence {
	f := frametest.Parse(sentence, func(w string) frame.Token {
		t := frame.Token{Norm: w}
		if p, rest, ok := strings.Cut(w, "+"); ok {
			t.Prep, w = p, rest
		}
		if rest, ok := strings.CutPrefix(w, "و~"); ok {
			t.And, w, t.Norm = true, rest, "و"+rest
		}
		if rest, ok := strings.CutSuffix(w, "*"); ok {
			w, t.Norm, t.Verb, t.Event = rest, rest, true, true
		}
		if rest, ok := strings.CutSuffix(w, "!"); ok {
			w, t.Norm, t.Noun, t.Event = rest, rest, true, true
		}
		if rest, ok := strings.CutSuffix(w, "~"); ok {
			w, t.Norm, t.Cue = rest, rest, vocab.CueLight
		}
		t.Word, t.Bound, t.IsPrep = w, w == "." || w == "،", w == "على" || w == "الي" || w == "في" || w == "من"
		if w == "امس" {
			t.Cue = vocab.CueRecent
		}
		if rest, ok := strings.CutPrefix(w, "ال"); ok && len(rest) > 2 {
			t.Word, t.Definite = rest, true
		}
		return t
	})
	for i := range f.Phr {
		first := f.Toks[f.Phr[i].Start]
		f.Phr[i].Place = towns[first.Norm]
		if first.Prep != "" {
			f.Phr[i].Prep = first.Prep
		}
	}
	return f
}

// index returns the index of the first token whose Norm is w.
func index(f *frametest.Sentence, w string) int {
	for j, x := range f.Toks {
		if x.Norm == w {
			return j
		}
	}
	return -1
}

// TestSiteOwner: an attack on what carries people or supplies to a side,
// or on a convoy going to its support, strikes that side.
func TestSiteOwner(t *testing.T) {
	for _, tt := range []struct {
		name, sentence, from string
		want                 int // the phrase, -1 if none
	}{
		// the people carried
		{"a bus after على", "شن* [المقاتلون] هجوما على حافلة تقل [مسلحين حوثيين] .", "هجوما", 1},
		{"a car as object", "استهدفت* [الغارة] سيارة تقل [مسلحين] .", "سيارة", 1},
		{"a comma between", "استهدفت* [الغارة] سيارة ، تقل [مسلحين] .", "سيارة", -1},
		{"a place after the verb", "شن* [المقاتلون] هجوما على حافلة تقل في [المدينة] .", "هجوما", -1},
		{"the vehicle not the object", "شن* [المقاتلون] هجوما قرب حافلة كبيرة تقل [مسلحين] .", "هجوما", -1},
		// the receiver of the load
		{"a load to a side", "استهدف* [الطيران] شاحنات تنقل امدادات [ل+المليشيات الحوثية] .", "شاحنات", 1},
		{"two things to a side", "استهدف* [الطيران] شاحنات تحمل اسلحة و~ذخائر [ل+المسلحين] .", "شاحنات", 1},
		{"past the day, كذلك and its comma", "استهدف* [الطيران] امس كذلك ، شاحنات تنقل امدادات [ل+المليشيات] .", "امس", 1},
		{"a verb of carrying that is also an event verb", "استهدف* [الطيران] شاحنات تحمل* اسلحة [ل+المسلحين] .", "شاحنات", 1},
		{"a load with no receiver", "استهدفت* [الغارة] شاحنة تحمل اسلحة .", "شاحنة", -1},
		{"a load to a town", "استهدف* [الطيران] شاحنات تنقل امدادات الي [عدن] .", "شاحنات", -1},
		{"a load from a side", "استهدف* [الطيران] شاحنات تنقل امدادات من [المليشيات] .", "شاحنات", -1},
		// the side a convoy goes to support
		{"on its way to support", "دمرت* [المدفعية] رتلا عسكريا كان في طريقه ل+دعم [الميليشيات] .", "رتلا", 1},
		{"remnants between", "دمرت* [المدفعية] رتلا كان في طريقه ل+دعم فلول [العصابات الحوثية] .", "رتلا", 1},
		{"the act a light verb manages", "قصف! [المدفعية] تمكن~ امس من تدمير! رتل كان في طريقه ل+دعم [الميليشيات] .", "تمكن", 1},
		{"the act after ب", "قصف! [المدفعية] قام~ ب+تدمير! رتل ل+دعم [الميليشيات] .", "قام", 1},
		{"a light verb with no act after it", "قصف! [المدفعية] تمكن~ رتل ل+دعم [الميليشيات] .", "تمكن", -1},
		{"a town supported is a place", "دمرت* [المدفعية] رتلا ل+دعم [عدن] .", "رتلا", -1},
		{"a bound before the support", "دمرت* [المدفعية] رتلا عسكريا ، ل+دعم [الميليشيات] .", "رتلا", -1},
		{"an event verb before the support", "دمرت* [المدفعية] رتلا ثم قصفت* مواقع ل+دعم [الجيش] .", "رتلا", -1},
		{"no convoy: the purpose of the act", "قصفت* [الطائرات] مواقع ل+دعم [القوات الحكومية] .", "مواقع", -1},
	} {
		f := parse(tt.sentence)
		if got := SiteOwner(f, index(f, tt.from), len(f.Toks)); got != tt.want {
			t.Errorf("%s: SiteOwner(%q) = %d, want %d", tt.name, tt.sentence, got, tt.want)
		}
	}
}
