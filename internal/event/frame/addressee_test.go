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
	checkAt(t, "StatementAside", 3, func(r []string) (int, int) {
		f := spoken(r[1])
		j := f.index("في")
		if j < 0 {
			j = 2 // after the verb and its subject
		}
		return Interposed(f, j, len(f.toks)), f.indexOr(r[2], j)
	})
}

// TestCountedPeople: people counted after the verb are its object, past a
// phrase that points back, whatever the case of the counted noun: the
// accusative after 11 to 99 (42 شخصا), the genitive singular after a
// hundred and more (1302 شخص).
func TestCountedPeople(t *testing.T) {
	checkAt(t, "CountedPeople", 3, func(r []string) (int, int) {
		f := nameParse(r[1])
		_, got := Counted(f, 2, len(f.toks))
		return got, f.indexOr(r[2], -1)
	})
}
