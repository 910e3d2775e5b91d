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
	// Forms hands out a copy; View the lexicon's own list, which the copy's
	// change must not reach, and without allocating.
	mine := l.Forms("title")
	mine[0] = "changed"
	if got := l.View("title"); !slices.Equal(got, []string{"الرئيس", "وزير الخارجية"}) {
		t.Errorf("View(title) after a change to Forms' slice = %q", got)
	}
	if got := l.View("nisba"); !slices.Equal(got, l.Forms("nisba")) || len(got) == 0 {
		t.Errorf("View(nisba) = %q, Forms(nisba) = %q", got, l.Forms("nisba"))
	}
	if n := testing.AllocsPerRun(10, func() { l.View("nisba") }); n != 0 {
		t.Errorf("View allocates %v times a call", n)
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
	tabletest.Strings(t, "Definite", definite, tabletest.Rows(t, "testdata/definite.tsv"))
}

// TestConjunction: what the segmenter split off a token's front, as
// WithoutConjunction, And, TextAfterConjunction and NameStem read it (the
// first word of a text; NameStem the whole text, its first word's
// proclitics off); a root و (وزير, وقع, وصل) is no conjunction.
func TestConjunction(t *testing.T) {
	for _, tt := range []struct {
		text, plain string
		conj, and   bool
		written     string // TextAfterConjunction
		name        string // NameStem
	}{
		{"وقال", "قال", true, true, "قال", "قال"},
		{"والحكومة المعترف بها", "الحكومة", true, true, "الحكومة", "الحكومة المعترف بها"},
		{"وبحسب", "بحسب", true, true, "بحسب", "حسب"},
		{"فقال", "قال", true, false, "قال", "قال"}, // ف is a conjunction, not و
		{"وزير", "وزير", false, false, "وزير", "وزير"},
		{"وقع", "وقع", false, false, "وقع", "وقع"},
		{"وصل", "وصل", false, false, "وصل", "وصل"},
		{"وزارة الدفاع", "وزارة", false, false, "وزارة", "وزارة الدفاع"},
		{"وَإليزاغ", "اليزاغ", true, true, "إليزاغ", "اليزاغ"},                   // the text keeps its hamza and marks
		{"للتحالف العربي", "للتحالف", false, false, "للتحالف", "التحالف العربي"}, // the article restored after ل
		{"وللحكومة", "للحكومة", true, true, "للحكومة", "الحكومة"},
		{"لقوات النظام", "لقوات", false, false, "لقوات", "قوات النظام"},
		{"وحكومته", "حكومته", true, true, "حكومته", "حكومة"},       // the stem as StemOf gives it
		{"قوات الأمن", "قوات", false, false, "قوات", "قوات الامن"}, // Normalize's
		{"بعد", "بعد", false, false, "بعد", "بعد"},
	} {
		tok := &lexicon.Tokens(tt.text)[0]
		plain, conj := lexicon.WithoutConjunction(tok)
		if plain != tt.plain || conj != tt.conj || lexicon.Plain(tok) != tt.plain || lexicon.And(tok) != tt.and ||
			lexicon.TextAfterConjunction(tok) != tt.written || lexicon.NameStem(tt.text) != tt.name {
			t.Errorf("%s (parts %v): WithoutConjunction %s %v, Plain %s, And %v, TextAfterConjunction %s, NameStem %s; want %s %v, %s, %v, %s, %s",
				tt.text, tok.Parts, plain, conj, lexicon.Plain(tok), lexicon.And(tok), lexicon.TextAfterConjunction(tok), lexicon.NameStem(tt.text),
				tt.plain, tt.conj, tt.plain, tt.and, tt.written, tt.name)
		}
	}
}

// TestAfterPreposition: the word after the preposition the segmenter split
// off its front; a root ب, ل or ك (بيان, لبنان, كبير) is no preposition.
func TestAfterPreposition(t *testing.T) {
	for _, tt := range []struct{ word, rest, prep string }{
		{"بالهجوم", "الهجوم", "ب"},
		{"بقصف", "قصف", "ب"},
		{"وبقصف", "قصف", "ب"}, // after the conjunction
		{"لصديقي", "صديقي", "ل"},
		{"للوزير", "الوزير", "ل"}, // the article restored after ل
		{"كالعادة", "العادة", "ك"},
		{"بيان", "بيان", ""},
		{"لبنان", "لبنان", ""},
		{"والجيش", "الجيش", ""}, // a conjunction alone: Plain
		{"هجوم", "هجوم", ""},
	} {
		tok := &lexicon.Tokens(tt.word)[0]
		if rest, prep := lexicon.AfterPreposition(tok); rest != tt.rest || prep != tt.prep {
			t.Errorf("AfterPreposition(%s) (parts %v) = %s %q, want %s %q", tt.word, tok.Parts, rest, prep, tt.rest, tt.prep)
		}
	}
}
