package vocab

import (
	"strings"
	"testing"

	"rasad/internal/lexicon"
	"rasad/internal/tabletest"
)

func TestVocab(t *testing.T) {
	v := New()
	in := "verb 190 past=هاجم pres=يهاجم tgt=_\ncue launch form=بدأت\nagent MIL country=ISR form=جنود\ntitle form=نظيره\nprep form=ضد\n"
	if err := v.Read("x.txt", strings.NewReader(in)); err != nil {
		t.Fatal(err)
	}
	v.AddTitles(lexicon.Default())
	v.Index()
	for _, tc := range []struct {
		form string
		want func(Word) bool
	}{
		{"هاجمت", func(w Word) bool { return len(w.Forms) == 1 && w.Forms[0].P.Code == "190" && w.Forms[0].P.Kind == Verb }},
		{"يهاجمون", func(w Word) bool { return len(w.Forms) == 1 && w.Forms[0].Present }},
		{"بدات", func(w Word) bool { return w.Cue == CueLaunch }},
		{"جنود", func(w Word) bool { return w.Agent == "MIL" && w.AgentCC == "ISR" }},
		{"جنوده", func(w Word) bool { return w.Agent == "MIL" && w.AgentPron }},
		{"نظيره", func(w Word) bool { return w.Title }},
		{"وزير", func(w Word) bool { return w.Title }}, // from the lexicon's roles
		{"ضد", func(w Word) bool { return w.Prep }},
	} {
		w, ok := v.Lookup(tc.form)
		if !ok || !tc.want(w) {
			t.Errorf("Lookup(%s) = %+v, %v", tc.form, w, ok)
		}
	}
	if v.Patterns() != 1 {
		t.Errorf("Patterns() = %d, want 1", v.Patterns())
	}
	if got := v.Forms("هاجم"); len(got) < 10 {
		t.Errorf("Forms(هاجم) = %v, want the inflected forms", got)
	}
}

func TestReadErrors(t *testing.T) {
	for _, tc := range []struct{ line, want string }{
		{"verb 999 past=هاجم", `x.txt:1: unknown CAMEO code "999"`},
		{"cue maybe form=ربما", `unknown cue kind "maybe"`},
	} {
		err := New().Read("x.txt", strings.NewReader(tc.line+"\n"))
		if err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("%q: error %v, want %q", tc.line, err, tc.want)
		}
	}
}

// TestAddLexicon: the cues the event coder takes from the lexicon's months
// (AddMonths) and words of the day of the news (AddRecent), where the
// event lexicon gives the word no cue of its own.
func TestAddLexicon(t *testing.T) {
	v := New()
	if err := v.Read("x.txt", strings.NewReader("cue recent form=آب\ncue background form=اليوم\n")); err != nil {
		t.Fatal(err)
	}
	v.AddMonths(lexicon.Default())
	v.AddRecent(lexicon.Default())
	v.Index()
	for _, tc := range []struct {
		form string
		want Cue
	}{
		{"يناير", CueMonth},
		{"ابريل", CueMonth}, // أبريل, normalised
		{"نيسان", CueMonth},
		{"جانفي", CueMonth},
		{"كانون", CueMonth}, // the first word of كانون الثاني
		{"تشرين", CueMonth},
		{"اب", CueRecent},   // a cue of the event lexicon stays
		{"رمضان", CueNone},  // a month of the Hijri calendar
		{"الثاني", CueNone}, // the ordinal after كانون
		{"امس", CueRecent},  // أمس, normalised
		{"البارحة", CueRecent},
		{"الخميس", CueRecent},
		{"الاثنين", CueRecent}, // الإثنين, normalised
		{"الثلثاء", CueRecent}, // the weekday in an older spelling
		{"فجرا", CueRecent},
		{"للتو", CueRecent},
		{"اليوم", CueBackground}, // a cue of the event lexicon stays
		{"غدا", CueNone},         // a day to come is no news of the day
		{"الاسبوع", CueNone},     // a span, not a day
	} {
		if w, _ := v.Lookup(tc.form); w.Cue != tc.want {
			t.Errorf("Lookup(%s).Cue = %v, want %v", tc.form, w.Cue, tc.want)
		}
	}
}

func TestDual(t *testing.T) {
	for _, c := range []struct {
		s, base, kind, role string
		want                string
	}{
		{"جندي", "جندي", "agent", "MIL", "جنديين"},    // قتل مسلحون جنديين
		{"شرطي", "شرطي", "agent", "COP", "شرطيين"},    // (the same as the plural)
		{"طائرة", "طائرت", "agent", "MIL", "طائرتين"}, // ة written ت
		{"مسلحين", "مسلحين", "agent", "REB", ""},      // a plural has none
		{"جنودا", "جنودا", "agent", "MIL", ""},        // an accusative has none
		{"آلاف", "آلاف", "crowd", "CVL", ""},          // a count of people
		{"الدولة", "الدولت", "agent", "GOV", ""},      // حل الدولتين: two parties
	} {
		got := strings.Join(dual(c.s, c.base, c.kind, c.role), ",")
		if got != c.want {
			t.Errorf("dual(%s) = %q, want %q", c.s, got, c.want)
		}
	}
}

// A noun of class of-genitive (وفد, وفود) is read as a noun in construct,
// whose genitive gives the role; its other forms and other agent nouns are
// not.
func TestAddAgentsOfGenitive(t *testing.T) {
	v := New()
	v.AddAgents(lexicon.Default())
	v.Index()
	tabletest.Verdicts(t, "testdata/construct.tsv", 3, map[string]*Vocab{"Construct": v}, func(t *testing.T, v *Vocab, a []string) bool {
		w, ok := v.Lookup(a[0])
		if !ok || w.Agent == "" {
			t.Fatalf("Lookup(%s): no agent noun", a[0])
		}
		return w.Construct
	})
	if w, _ := v.Lookup("مجلس"); w.Agent != "" {
		t.Errorf("Lookup(مجلس).Agent = %q, want none: the bare noun names no body", w.Agent)
	}
}
