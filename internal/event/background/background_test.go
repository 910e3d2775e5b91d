package background

import (
	"strings"
	"testing"

	"rasad/internal/arabic"
	"rasad/internal/event/vocab"
	"rasad/internal/lexicon"
	"rasad/internal/tabletest"
)

func TestChronicle(t *testing.T) {
	tabletest.Verdicts(t, "testdata/chronicle.tsv", 3, map[string]func(string) bool{"Chronicle": Chronicle},
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
	word, present := strings.CutSuffix(word, "~") // an event verb in the present
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
	return Word{Norm: norm, Rest: strings.TrimPrefix(rest, "ال"), Plain: lexicon.Plain(&seg[0]), And: lexicon.And(&seg[0]), Prep: prep, Bound: norm == "." || norm == "،", Event: event || verb || present, Verb: verb || present, Past: verb && !future, Future: future, IsPrep: prepWords[norm], Cue: cue, Owned: owned, Article: strings.HasPrefix(rest, "ال")}
}

func TestOccasion(t *testing.T) {
	tabletest.Verdicts(t, "testdata/occasion.tsv", 4, map[string]func(Sentence, int, bool) bool{"Occasion": Occasion},
		func(t *testing.T, f func(Sentence, int, bool) bool, a []string) bool {
			return f(words(strings.Fields(a[0])), tabletest.Int(t, a[1]), true)
		})
}

func TestComing(t *testing.T) {
	tabletest.Verdicts(t, "testdata/coming.tsv", 5, map[string]func(Sentence, int, bool) bool{"Coming": Coming},
		func(t *testing.T, f func(Sentence, int, bool) bool, a []string) bool {
			return f(words(strings.Fields(a[0])), tabletest.Int(t, a[1]), tabletest.Bool(t, a[2]))
		})
}

func TestPressNoun(t *testing.T) {
	tabletest.Verdicts(t, "testdata/pressnoun.tsv", 3, map[string]func(string) bool{"pressNoun": pressNoun},
		func(t *testing.T, f func(string) bool, a []string) bool { return f(arabic.Normalize(a[0])) })
}

func TestHistory(t *testing.T) {
	tabletest.Verdicts(t, "testdata/history.tsv", 4, map[string]func(string, string) bool{"History": History}, onDates)
}

// TestDescribed reads the dates of acts of relative clauses against the day
// of publication: a week or more before it is background.
func TestDescribed(t *testing.T) {
	tabletest.Verdicts(t, "testdata/described.tsv", 4, map[string]func(string, string) bool{"Described": Described}, onDates)
}

// onDates applies a rule that reads a date against the day of publication
// to a row's two arguments, in that order.
func onDates(_ *testing.T, f func(string, string) bool, a []string) bool { return f(a[0], a[1]) }
