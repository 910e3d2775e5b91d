package background

import (
	"strconv"
	"strings"
	"testing"

	"rasad/internal/arabic"
	"rasad/internal/event/vocab"
	"rasad/internal/lexicon"
	"rasad/internal/tabletest"
)

func TestChronicle(t *testing.T) {
	checkRows(t, "testdata/chronicle.tsv", 3, map[string]func(string) bool{"Chronicle": Chronicle},
		func(t *testing.T, f func(string) bool, a []string) bool { return f(a[0]) })
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
	checkRows(t, "testdata/occasion.tsv", 4, map[string]func(Sentence, int, bool) bool{"Occasion": Occasion},
		func(t *testing.T, f func(Sentence, int, bool) bool, a []string) bool {
			return f(words(strings.Fields(a[0])), num(t, a[1]), true)
		})
}

func TestComing(t *testing.T) {
	checkRows(t, "testdata/coming.tsv", 5, map[string]func(Sentence, int, bool) bool{"Coming": Coming},
		func(t *testing.T, f func(Sentence, int, bool) bool, a []string) bool {
			return f(words(strings.Fields(a[0])), num(t, a[1]), truth(t, a[2]))
		})
}

func TestPressNoun(t *testing.T) {
	checkRows(t, "testdata/pressnoun.tsv", 3, map[string]func(string) bool{"pressNoun": pressNoun},
		func(t *testing.T, f func(string) bool, a []string) bool { return f(arabic.Normalize(a[0])) })
}

func TestHistory(t *testing.T) {
	checkRows(t, "testdata/history.tsv", 4, map[string]func(string, string) bool{"History": History}, onDates)
}

// TestDescribed reads the dates of acts of relative clauses against the day
// of publication: a week or more before it is background.
func TestDescribed(t *testing.T) {
	checkRows(t, "testdata/described.tsv", 4, map[string]func(string, string) bool{"Described": Described}, onDates)
}

// checkRows runs the rows of a table in testdata, n fields a row as
// tabletest.Fields reads them: the name of the rule asked first, then its
// arguments, and last the verdict wanted (true or false). verdict applies
// the rule a row names to the row's arguments. A row that names no rule
// of rules fails the test, and so does a rule without rows.
func checkRows[F any](t *testing.T, path string, n int, rules map[string]F, verdict func(t *testing.T, rule F, args []string) bool) {
	t.Helper()
	asked := map[string]bool{}
	for _, r := range tabletest.Fields(t, path, n) {
		rule, ok := rules[r[0]]
		if !ok {
			t.Fatalf("%s: row %q names no rule of the test", path, r)
		}
		asked[r[0]] = true
		want := truth(t, r[n-1])
		if got := verdict(t, rule, r[1:n-1]); got != want {
			t.Errorf("%s(%q) = %v, want %v", r[0], r[1:n-1], got, want)
		}
	}
	for name := range rules {
		if !asked[name] {
			t.Errorf("%s: no row asks %s", path, name)
		}
	}
}

// onDates applies a rule that reads a date against the day of publication
// to a row's two arguments, in that order.
func onDates(_ *testing.T, f func(string, string) bool, a []string) bool { return f(a[0], a[1]) }

// num reads a row's number: a word of the sentence, -1 for none.
func num(t *testing.T, s string) int {
	t.Helper()
	return field(t, s, strconv.Atoi)
}

// truth reads a row's true or false.
func truth(t *testing.T, s string) bool {
	t.Helper()
	return field(t, s, strconv.ParseBool)
}

// field reads a row's field with parse; a field it cannot read fails the test.
func field[T any](t *testing.T, s string, parse func(string) (T, error)) T {
	t.Helper()
	v, err := parse(s)
	if err != nil {
		t.Fatalf("field %q: %v", s, err)
	}
	return v
}
