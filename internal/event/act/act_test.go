package act

import (
	"fmt"
	"os"
	"reflect"
	"strings"
	"testing"

	"rasad/internal/news"
)

// rec builds a record from a compact form: "code source>target date
// polarity sentence [place]", a party being an entity id (e1), an actor
// code with a description (SAUGOV:الوزير), "?" for an unnamed doer, "-"
// for none, @YEM a party that names only its country.
func rec(t *testing.T, s string) news.Event {
	t.Helper()
	f := strings.Fields(s)
	if len(f) < 5 {
		t.Fatalf("bad record %q", s)
	}
	st := strings.SplitN(f[1], ">", 2)
	var sent int
	fmt.Sscan(f[4], &sent)
	ev := news.Event{Code: f[0], Source: party(st[0]), Date: f[2], Polarity: news.Polarity(f[3]), Sentence: sent, Sentences: []int{sent}}
	if st[1] != "-" {
		p := party(st[1])
		ev.Target = &p
	}
	if len(f) > 5 {
		ev.Location = f[5]
	}
	return ev
}

// party: e1 is an entity with actor code A1 (e2: A2 and so on; eS1 is an
// entity with actor SAUGOV), CODE:words a party of that actor code and
// the country of its first three letters, ? an unnamed doer.
func party(s string) news.Party {
	switch {
	case s == "?":
		return news.Party{}
	case strings.HasPrefix(s, "@"):
		return news.Party{Country: s[1:]}
	case strings.HasPrefix(s, "eS"):
		return news.Party{Entity: s, Actor: "SAUGOV", Name: "name " + s}
	case strings.HasPrefix(s, "e"):
		return news.Party{Entity: s, Actor: "A" + s[1:], Name: "name " + s}
	}
	code, name, _ := strings.Cut(s, ":")
	return news.Party{Actor: code, Country: code[:min(3, len(code))], Name: name}
}

// show renders merged records: "code source>target sentences".
func show(evs []news.Event) []string {
	var out []string
	for _, ev := range evs {
		tgt := "-"
		if ev.Target != nil {
			tgt = ev.Target.Entity + ev.Target.Actor
		}
		out = append(out, fmt.Sprintf("%s %s>%s %v", ev.Code, ev.Source.Entity+"/"+ev.Source.Actor, tgt, ev.Sentences))
	}
	return out
}

// recordCase is a case of testdata/merge.txt, records in rec's form.
type recordCase struct {
	name string
	in   []news.Event
	pub  string // the day of publication, "" if unknown
	want []string
}

// recordCases reads the cases of a file of blocks: "case NAME", then
// "in RECORD" (rec's form) with "said SENTENCE" below a record where its
// sentence matters, "pub DATE", and "want RECORD" (show's form).
func recordCases(t *testing.T, path string) []recordCase {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	var cases []recordCase
	for n, line := range strings.Split(string(data), "\n") {
		key, val, _ := strings.Cut(line, " ")
		if key == "" || key[0] == '#' {
			continue
		}
		if key == "case" {
			cases = append(cases, recordCase{name: val})
			continue
		}
		if len(cases) == 0 {
			t.Fatalf("%s:%d: %q before the first case", path, n+1, line)
		}
		c := &cases[len(cases)-1]
		switch {
		case key == "in":
			c.in = append(c.in, rec(t, val))
		case key == "said" && len(c.in) > 0:
			c.in[len(c.in)-1].Text = val
		case key == "pub":
			c.pub = val
		case key == "want":
			c.want = append(c.want, val)
		default:
			t.Fatalf("%s:%d: want case, in, said, pub or want, got %q", path, n+1, line)
		}
	}
	return cases
}

func TestMerge(t *testing.T) {
	cases := recordCases(t, "testdata/merge.txt")
	if len(cases) == 0 {
		t.Fatal("testdata/merge.txt: no cases")
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			if got := show(Merge(tc.in, tc.pub, nil)); !reflect.DeepEqual(got, tc.want) {
				t.Errorf("got\n\t%s\nwant\n\t%s", strings.Join(got, "\n\t"), strings.Join(tc.want, "\n\t"))
			}
		})
	}
}

func TestMergeOneCountryDay(t *testing.T) {
	// the sentence names its day once (صباح أمس الجمعة): the record dated
	// the day of publication takes it, whichever comes first
	for _, in := range [][]string{
		{"190 @YEM>- 2015-07-31 asserted 3", "190 @YEM>e2 2015-08-01 asserted 3"},
		{"190 @YEM>e2 2015-08-01 asserted 3", "190 @YEM>- 2015-07-31 asserted 3"},
	} {
		got := Merge([]news.Event{rec(t, in[0]), rec(t, in[1])}, "2015-08-01", nil)
		if len(got) != 1 || got[0].Date != "2015-07-31" {
			t.Errorf("%v: got %d records, first dated %s; want one of 2015-07-31", in, len(got), got[0].Date)
		}
	}
}

func TestMergeHeadlineDay(t *testing.T) {
	in := []news.Event{rec(t, "112 e1>- 2015-07-22 asserted 0"), rec(t, "112 e1>e2 2015-07-21 asserted 1")}
	if got := Merge(in, "2015-07-22", nil); len(got) != 1 || got[0].Date != "2015-07-21" {
		t.Errorf("Merge of a headline and its lede: %+v, want one record of 2015-07-21", got)
	}
}

func TestMergeKeepsInput(t *testing.T) {
	in := []news.Event{rec(t, "040 e1>- 2015-07-31 asserted 0"), rec(t, "042 e1>e2 2015-07-31 asserted 2")}
	Merge(in, "", nil)
	if in[0].Code != "040" || len(in[0].Sentences) != 1 || in[0].Target != nil {
		t.Errorf("Merge changed its input: %+v", in[0])
	}
}

func TestKey(t *testing.T) {
	for _, tc := range []struct {
		a, b string
		same bool
	}{
		{"190 e1>e2 2015-07-20 asserted 1", "190 e1>e2 2015-07-20 asserted 3", true}, // sentence is no part of the key
		{"190 e1>e2 2015-07-20 asserted 1", "190 e1>- 2015-07-20 asserted 1", false},
		{"190 e1>e2 2015-07-20 asserted 1", "195 e1>e2 2015-07-20 asserted 1", false},
		{"190 e1>e2 2015-07-20 asserted 1", "190 e1>e2 2015-07-21 asserted 1", false},
		{"190 e1>e2 2015-07-20 asserted 1", "190 e1>e2 2015-07-20 negated 1", false},
		{"042 SAUGOV:الوزير>- 2015-07-20 asserted 1", "042 SAUGOV:الوفد>- 2015-07-20 asserted 1", false}, // two descriptions
		{"190 ?>e2 2015-07-20 asserted 1", "190 ?>e2 2015-07-20 asserted 2", true},                       // one key: emit folds them
	} {
		a, b := rec(t, tc.a), rec(t, tc.b)
		if got := Key(&a) == Key(&b); got != tc.same {
			t.Errorf("Key(%s) == Key(%s): %v, want %v", tc.a, tc.b, got, tc.same)
		}
	}
}

func TestFold(t *testing.T) {
	seen := map[string]int{}
	var out []news.Event
	for _, s := range []string{
		"190 e1>e2 2015-07-20 asserted 1",
		"190 e1>e2 2015-07-20 asserted 1 Aden", // the same sentence again: its place taken
		"190 e1>e2 2015-07-20 asserted 3",      // another sentence of the same record
		"195 e1>e2 2015-07-20 asserted 3",      // another code: another record
	} {
		out = Fold(out, seen, rec(t, s))
	}
	got := show(out)
	want := []string{"190 e1/A1>e2A2 [1 3]", "195 e1/A1>e2A2 [3]"}
	if !reflect.DeepEqual(got, want) || out[0].Location != "Aden" {
		t.Errorf("got %v (place %q), want %v (place Aden)", got, out[0].Location, want)
	}
}
