package lexicon_test

import (
	"os"
	"slices"
	"strconv"
	"strings"
	"testing"

	"rasad/internal/arabic"
	"rasad/internal/golden"
	"rasad/internal/lexicon"
	"rasad/internal/news"
	"rasad/internal/tabletest"
)

func read(t *testing.T, text string) *lexicon.Lexicon {
	t.Helper()
	l := lexicon.New()
	if err := l.Read(strings.NewReader(text), "t.txt"); err != nil {
		t.Fatal(err)
	}
	return l
}

func TestRead(t *testing.T) {
	l := read(t, `# a comment
[speech-verb pos=verb]
قال أكّد  # with a shadda, and a comment
وزير الخارجية ; الرئيس | title
[nisba]
روسي | nisba:RUS lemma=روسي
[agent:GOV unnamed:secretary_of_state gloss=US_secretary_of_state]
وزير الخارجية الأمريكي ;
`)
	tests := []struct {
		form    string
		classes []string
		pos     string
	}{
		{"قال", []string{"speech-verb"}, "verb"},
		{"اكد", []string{"speech-verb"}, "verb"},
		{"وزير الخارجية", []string{"speech-verb", "title"}, "verb"},
		{"الرئيس", []string{"speech-verb", "title"}, "verb"},
		{"روسي", []string{"nisba", "nisba:RUS"}, ""},
	}
	for _, tt := range tests {
		w := l.Word(tt.form)
		if w == nil {
			t.Errorf("Word(%q) = nil", tt.form)
			continue
		}
		if !slices.Equal(w.Classes, tt.classes) || w.POS != tt.pos {
			t.Errorf("Word(%q) = %v pos %q, want %v pos %q", tt.form, w.Classes, w.POS, tt.classes, tt.pos)
		}
	}
	if w := l.Word("روسي"); w.Value("nisba") != "RUS" || !w.Has("nisba") || !w.Has("nisba:RUS") || w.Has("nisba:CHN") || w.Lemma != "روسي" {
		t.Errorf("روسي: %+v", w)
	}
	if w := l.Word("وزير الخارجية الامريكي"); w.Gloss != "US secretary of state" || w.Value("unnamed") != "secretary_of_state" {
		t.Errorf("وزير الخارجية الأمريكي: %+v", w)
	}
	if got := l.Forms("title"); !slices.Equal(got, []string{"الرئيس", "وزير الخارجية"}) {
		t.Errorf("Forms(title) = %q", got)
	}
	if w := l.Word("روس"); w != nil || w.Has("nisba") || w.Value("nisba") != "" {
		t.Errorf("an unknown word has classes")
	}
}

func TestReadErrors(t *testing.T) {
	tabletest.Errors(t, "Read", func(text string) error {
		return lexicon.New().Read(strings.NewReader(text), "t.txt")
	}, tabletest.Rows(t, "testdata/read_errors.tsv"))
}

func TestContradictions(t *testing.T) {
	l := read(t, `!exclusive month given-name
!exclusive nisba nisba
[month]
أيار تموز | prefer=month
[given-name]
أيار تموز نزار
[nisba:RUS]
روسي
[nisba:BLR]
روسي
[speech-verb]
قال | prefer=month
!exclusive agent agent
[agent:OPP unnamed:protesters]
المتظاهرون ; متظاهرون
[agent:CVL event-agent protester]
متظاهرون ; محتجون
[agent:UAF]
ميليشيات | prefer=agent:UAF
ميليشيات | agent:REB
`)
	var got []string
	for _, err := range l.Contradictions() {
		got = append(got, err.Error())
	}
	golden.Check(t, "testdata/contradictions.golden", strings.Join(got, "\n")+"\n")
}

// TestDefault loads every data file and fails on a word whose classes
// contradict each other without a rule saying which wins.
func TestDefault(t *testing.T) {
	l, err := lexicon.Load(os.DirFS("."), "data")
	if err != nil {
		t.Fatal(err)
	}
	if l.Len() != lexicon.Default().Len() || l.Len() < 500 {
		t.Fatalf("the data has %d forms, the embedded lexicon %d", l.Len(), lexicon.Default().Len())
	}
	for _, err := range l.Contradictions() {
		t.Error(err)
	}
	for _, c := range []string{"speech-verb", "nisba", "role", "title", "month", "calendar", "agent", "unnamed", "event-agent"} {
		if len(l.Forms(c)) == 0 {
			t.Errorf("no word of class %s", c)
		}
	}
	// An agent noun has one CAMEO code (agents.txt declares agent codes
	// exclusive; this holds even if that line goes).
	for _, f := range l.Forms("agent") {
		w := l.Word(f)
		var codes []string
		for _, c := range w.Classes {
			if strings.HasPrefix(c, "agent:") {
				codes = append(codes, c)
			}
		}
		if len(codes) > 1 && !slices.Contains(codes, w.Prefer) {
			t.Errorf("%s: %s has the agent codes %v and no prefer= naming one", strings.Join(w.At, ", "), f, codes)
		}
	}
	// A month that is also a name (أيار, تموز, نيسان) says which reading
	// wins (months.txt declares month exclusive of names; this holds even
	// if those lines go).
	for _, f := range l.Forms("month") {
		w := l.Word(f)
		for _, name := range []string{"given-name", "family-name"} {
			if w.Has(name) && w.Prefer != "month" && w.Prefer != name {
				t.Errorf("%s: %s is a month and a %s and no prefer= naming one", strings.Join(w.At, ", "), f, name)
			}
		}
	}
	// The classes that read an agent noun need its one CAMEO code.
	for _, c := range []string{"unnamed", "event-agent", "protester", "crowd", "civilian", "home", "air", "definite"} {
		for _, f := range l.Forms(c) {
			if w := l.Word(f); w.Value("agent") == "" {
				t.Errorf("%s: %s is %s without an agent code (agent:CODE)", w.At[0], f, c)
			}
		}
	}
}

func TestTokenLookups(t *testing.T) {
	l := read(t, `[speech-verb]
قال
[via]
بحسب
[role]
وزير الوزير
`)
	seg := arabic.DefaultSegmenter()
	tok := func(w string) *news.Token {
		toks := arabic.Tokenize(w)
		seg.Segment(toks)
		return &toks[0]
	}
	tests := []struct {
		word, class string
		lookup      string
		want        bool
		clitics     lexicon.Clitics
	}{
		{"وقال", "speech-verb", "stem", true, lexicon.Clitics{Conj: "و"}},
		{"وزيرها", "role", "bare", true, lexicon.Clitics{Pronoun: "ها"}},
		{"فقال", "speech-verb", "after-conj", true, lexicon.Clitics{}},
		{"وبحسب", "via", "after-conj", true, lexicon.Clitics{}},
		{"وبحسب", "via", "stem", false, lexicon.Clitics{Conj: "و", Prep: "ب"}},
		{"بحسب", "via", "whole", true, lexicon.Clitics{}},
		{"للوزير", "role", "stem", true, lexicon.Clitics{Prep: "ل"}},
		{"للوزير", "role", "bare", true, lexicon.Clitics{Prep: "ل"}},
		{"والوزير", "role", "bare", true, lexicon.Clitics{Conj: "و"}},
		{"وزير", "role", "after-conj", true, lexicon.Clitics{}}, // not و + زير
		{"قالت", "speech-verb", "stem", false, lexicon.Clitics{}},
	}
	for _, tt := range tests {
		tk := tok(tt.word)
		var w *lexicon.Word
		var c lexicon.Clitics
		switch tt.lookup {
		case "whole":
			w = l.Whole(tk)
		case "stem":
			w, c = l.Stem(tk)
		case "bare":
			w, c = l.Bare(tk)
		case "after-conj":
			w, _ = l.AfterConjunction(tk)
		}
		if w.Has(tt.class) != tt.want || c != tt.clitics {
			t.Errorf("%s of %s (parts %v): %v %+v, want %s %v %+v", tt.lookup, tt.word, tk.Parts, w, c, tt.class, tt.want, tt.clitics)
		}
	}
}

// TestDefinite: the article of the stem, as the segmenter split it.
func TestDefinite(t *testing.T) {
	seg := arabic.DefaultSegmenter()
	definite := func(w string) string {
		toks := arabic.Tokenize(w)
		seg.Segment(toks)
		return strconv.FormatBool(lexicon.Definite(&toks[0]))
	}
	tabletest.Strings(t, "Definite", definite, [][3]string{
		{"the article", "الوزارة", "true"},
		{"the article after ل", "للوزارة", "true"},
		{"the article after و and ب", "وبالهجوم", "true"},
		{"no article", "وزارة", "false"},
		{"ب without the article", "بوزارة", "false"},
		{"إلى", "إلى", "false"},
		{"ألف", "ألف", "false"},
	})
}

// TestConjunction: what the segmenter split off a token's front, as And,
// WithoutConjunction, Plain and TextAfterConjunction read it; a root و (وزير,
// وقع, وصل, ولد) is no conjunction.
func TestConjunction(t *testing.T) {
	seg := arabic.DefaultSegmenter()
	read := func(w string) string {
		toks := arabic.Tokenize(w)
		seg.Segment(toks)
		plain, conj := lexicon.WithoutConjunction(&toks[0])
		return strings.Join([]string{plain, strconv.FormatBool(conj), strconv.FormatBool(lexicon.And(&toks[0])), lexicon.Plain(&toks[0]), lexicon.TextAfterConjunction(&toks[0])}, " ")
	}
	tabletest.Strings(t, "conjunction", read, [][3]string{
		{"و before a verb", "وقال", "قال true true قال قال"},
		{"و before the article", "والجيش", "الجيش true true الجيش الجيش"},
		{"و before a preposition", "وبحسب", "بحسب true true بحسب بحسب"},
		{"ف is a conjunction, not و", "فقال", "قال true false قال قال"},
		{"root و of a noun", "وزير", "وزير false false وزير وزير"},
		{"root و of a verb", "وقع", "وقع false false وقع وقع"},
		{"root و of وصل", "وصل", "وصل false false وصل وصل"},
		{"the text keeps its hamza and marks", "وَإليزاغ", "اليزاغ true true اليزاغ إليزاغ"},
		{"no conjunction", "بعد", "بعد false false بعد بعد"},
	})
}

// TestNameStem: a name held as text, its first word read as the segmenter
// reads the document's.
func TestNameStem(t *testing.T) {
	tabletest.Strings(t, "NameStem", lexicon.NameStem, [][3]string{
		{"و before the article", "والحكومة المعترف بها", "الحكومة المعترف بها"},
		{"ل before the article, restored", "للتحالف العربي", "التحالف العربي"},
		{"و and ل", "وللحكومة", "الحكومة"},
		{"ل before a noun", "لقوات النظام", "قوات النظام"},
		{"a root و stays", "وزارة الدفاع", "وزارة الدفاع"},
		{"the stem as StemOf gives it, its enclitic off", "وحكومته", "حكومة"},
		{"the later words as Normalize writes them", "قوات الأمن", "قوات الامن"},
		{"empty", "", ""},
	})
}
