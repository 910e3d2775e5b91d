package event

import (
	"bufio"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"rasad/internal/golden"
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
//
// To write new cases, put their sentences ("> " lines) in a file
// testdata/NAME.events and run go test ./internal/event -run TestLanguage
// -update: it writes the events the coder emits under each sentence whose
// lines differ; check them by hand and review the diff.

type langCase struct {
	where    string // file:line
	sentence string
	want     []string
}

func readCases(t testing.TB, path string) []langCase {
	t.Helper()
	f := openFile(t, path)
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
		changed := map[int][]string{} // case index → the lines the coder gives, where they differ
		for k, tc := range readCases(t, path) {
			n++
			// published after every date the sentences name (an act dated
			// after publication is one to come)
			doc := buildDoc(tc.sentence, "2026-01-01", actors)
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
				changed[k] = got
				if golden.Updating() {
					continue
				}
				t.Errorf("%s: %s\ngot:\n\t%s\nwant:\n\t%s", tc.where, tc.sentence, strings.Join(got, "\n\t"), strings.Join(want, "\n\t"))
			}
		}
		if golden.Updating() && len(changed) > 0 {
			if err := rewriteCases(path, changed); err != nil {
				t.Fatal(err)
			}
			t.Logf("%s: %d cases rewritten; review the diff", path, len(changed))
		}
	}
	t.Logf("%d sentences", n)
}

// rewriteCases writes, in the file of cases at path, the event lines of
// the cases that changed (by index) in place of the lines they had, and
// leaves every other line as it is. With it, go test -run TestLanguage
// -update writes the coder's output under new sentences ("> " lines
// without events), for a person to check them; review the diff.
func rewriteCases(path string, changed map[int][]string) error {
	b, err := os.ReadFile(path)
	if err != nil {
		return err
	}
	var out []string
	k, skip := -1, false
	for _, line := range strings.SplitAfter(string(b), "\n") {
		s := strings.TrimSpace(line)
		switch {
		case strings.HasPrefix(s, "> "):
			k++
			out = append(out, line)
			got, ok := changed[k]
			skip = ok
			for _, l := range got {
				out = append(out, l+"\n")
			}
			continue
		case s == "" || strings.HasPrefix(s, "#"):
			skip = false
		case skip:
			continue // an event line of a changed case
		}
		out = append(out, line)
	}
	return os.WriteFile(path, []byte(strings.Join(out, "")), 0o644)
}
