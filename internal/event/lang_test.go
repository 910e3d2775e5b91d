package event

import (
	"bufio"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"rasad/internal/news"
	"rasad/internal/when"
)

// The test language of the coder: files testdata/*.events hold cases, a
// sentence on a line that starts with "> ", then the events the coder must
// emit for it, one a line, in any order:
//
//	source | code | target | polarity
//
// source and target are CAMEO actor codes (ISR, USAMIL, CVL for unnamed
// civilians) or "-" where there is none. A case without event lines must
// yield no event. The entities of the sentences come from the test-only
// actor list testdata/actors.txt, found by string search.

type langCase struct {
	where    string // file:line
	sentence string
	want     []string
}

func readCases(t testing.TB, path string) []langCase {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var out []langCase
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<16), 1<<20)
	line := 0
	for sc.Scan() {
		line++
		s := strings.TrimSpace(sc.Text())
		switch {
		case s == "" || strings.HasPrefix(s, "#"):
		case strings.HasPrefix(s, "> "):
			out = append(out, langCase{where: fmt.Sprintf("%s:%d", filepath.Base(path), line), sentence: s[2:]})
		default:
			if len(out) == 0 {
				t.Fatalf("%s:%d: event before any sentence", path, line)
			}
			f := strings.Split(s, "|")
			if len(f) != 4 {
				t.Fatalf("%s:%d: want source | code | target | polarity", path, line)
			}
			for i := range f {
				f[i] = strings.TrimSpace(f[i])
			}
			out[len(out)-1].want = append(out[len(out)-1].want, strings.Join(f, " | "))
		}
	}
	return out
}

// actorOf renders a party: its actor code, else its country, else "-". An
// unnamed doer with only the country of the place of the act (see
// placeAgents) is "-".
func actorOf(p *news.Party) string {
	if p == nil || p.Actor == "" && (p.Country == "" || p.Name == "" && p.Entity == "") {
		return "-"
	}
	if p.Actor != "" {
		return p.Actor
	}
	return p.Country
}

// eventLines renders events in the test language, sorted.
func eventLines(evs []news.Event) []string {
	var out []string
	seen := map[string]bool{}
	for _, ev := range evs {
		src := ev.Source
		l := actorOf(&src) + " | " + ev.Code + " | " + actorOf(ev.Target) + " | " + string(ev.Polarity)
		if !seen[l] {
			seen[l] = true
			out = append(out, l)
		}
	}
	sort.Strings(out)
	return out
}

func TestLanguage(t *testing.T) {
	actors := readActors(t, "testdata/actors.txt")
	files, _ := filepath.Glob("testdata/*.events")
	if len(files) == 0 {
		t.Fatal("no testdata/*.events")
	}
	c := DefaultCoder()
	n := 0
	for _, path := range files {
		for _, tc := range readCases(t, path) {
			n++
			doc := buildDoc(tc.sentence, "2008-01-01", actors)
			// the absolute dates of the sentence, as the dates stage finds
			// them in gold sentences, which have no publication date
			doc.Dates = when.Find(doc.Text, doc.Tokens, "")
			code := c.Code
			if strings.HasPrefix(filepath.Base(path), "gsr_spans") {
				// span records were chosen for the act they contain, news
				// or not: they are coded keeping acts mentioned as
				// background, as rasad eval events scores them
				code = c.WithMentions().Code
			}
			got := eventLines(code(doc))
			want := append([]string(nil), tc.want...)
			sort.Strings(want)
			if strings.Join(got, "\n") != strings.Join(want, "\n") {
				t.Errorf("%s: %s\ngot:\n\t%s\nwant:\n\t%s", tc.where, tc.sentence, strings.Join(got, "\n\t"), strings.Join(want, "\n\t"))
			}
		}
	}
	t.Logf("%d sentences", n)
}

// TestPrintCases prints the coder's output for a file of sentences in the
// test language, for writing new cases by hand: CASES=file go test -run
// TestPrintCases.
func TestPrintCases(t *testing.T) {
	path := os.Getenv("CASES")
	if path == "" {
		t.Skip("set CASES to a file of sentences")
	}
	actors := readActors(t, "testdata/actors.txt")
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	c := DefaultCoder()
	if os.Getenv("MENTIONS") != "" {
		c = c.WithMentions() // as for gsr_spans*.events
	}
	for _, s := range strings.Split(string(b), "\n") {
		s = strings.TrimSpace(strings.TrimPrefix(s, "> "))
		if s == "" {
			continue
		}
		fmt.Printf("> %s\n", s)
		doc := buildDoc(s, "2008-01-01", actors)
		doc.Dates = when.Find(doc.Text, doc.Tokens, "")
		for _, l := range eventLines(c.Code(doc)) {
			fmt.Println(l)
		}
		fmt.Println()
	}
}
