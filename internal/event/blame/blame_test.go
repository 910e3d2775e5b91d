package blame

import (
	"fmt"
	"strings"
	"testing"

	"rasad/internal/event/frame"
	"rasad/internal/event/frame/frametest"
	"rasad/internal/event/vocab"
	"rasad/internal/tabletest"
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
	for _, r := range tabletest.Fields(t, "testdata/target.tsv", 6) {
		got, people := Target(parse(r[1]), 0, -1, r[2], strings.Fields(r[3]))
		if g := fmt.Sprint(got, people); g != r[4]+" "+r[5] {
			t.Errorf("%s: Target(%q) = %s, want %s %s", r[0], r[1], g, r[4], r[5])
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
