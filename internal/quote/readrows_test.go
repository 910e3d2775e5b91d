package quote

import (
	"fmt"
	"os"
	"strings"
	"testing"

	"rasad/internal/news"
)

// The readers of the test data files: the rows (testdata/rows, whose
// corpus.txt says the format) and the reference article's expectations.

// corpusRows returns the rows of real news text (testdata/rows/corpus.txt).
func corpusRows(tb testing.TB) []quoteRow {
	rows, err := readRows("testdata/rows/corpus.txt")
	if err != nil {
		tb.Fatal(err)
	}
	return rows
}

// readRows reads a file of rows (testdata/rows/corpus.txt says the format).
func readRows(file string) ([]quoteRow, error) {
	b, err := os.ReadFile(file)
	if err != nil {
		return nil, err
	}
	var rows []quoteRow
	for n, line := range strings.Split(string(b), "\n") {
		bad := func(why string) error { return fmt.Errorf("%s:%d: %s: %q", file, n+1, why, line) }
		switch {
		case strings.HasPrefix(line, "#"):
		case strings.HasPrefix(line, "== "):
			rows = append(rows, quoteRow{name: line[3:], actors: map[string]string{}})
		case len(rows) == 0:
			if strings.TrimSpace(line) != "" {
				return nil, bad("text before the first row")
			}
		case strings.HasPrefix(line, "-- "):
			r := &rows[len(rows)-1]
			kind, rest, _ := strings.Cut(line[3:], " ")
			f := strings.Split(rest, " | ")
			for i := range f {
				f[i] = strings.TrimSpace(f[i])
			}
			f = append(f, "", "", "", "", "")
			switch kind {
			case "entity":
				r.ents = append(r.ents, ent{f[0], f[1], news.EntityType(f[2]), f[3]})
				if f[4] != "" {
					r.actors[f[1]] = f[4]
				}
			case "direct", "reported":
				if f[0] == "-" {
					f[0] = ""
				}
				r.want = append(r.want, want{f[0], f[1], f[2], f[3], kind == "direct", f[4]})
			default:
				return nil, bad("not an entity, direct or reported line")
			}
		case strings.TrimSpace(line) == "":
		default:
			r := &rows[len(rows)-1]
			if len(r.ents) > 0 || len(r.want) > 0 {
				return nil, bad("text after the row's entities or quotes")
			}
			if r.text != "" {
				r.text += "\n"
			}
			r.text += line
		}
	}
	return rows, nil
}

// articleCheck is one expectation of the reference article: a quote that
// holds contains, by speaker (its name) or, when speaker is "", by
// someone of country.
type articleCheck struct {
	name, speaker, country, contains string
}

// readArticleChecks reads the expectations, one a line: name | speaker |
// country | words.
func readArticleChecks(file string) ([]articleCheck, error) {
	b, err := os.ReadFile(file)
	if err != nil {
		return nil, err
	}
	var out []articleCheck
	for n, line := range strings.Split(strings.TrimSpace(string(b)), "\n") {
		if strings.HasPrefix(line, "#") {
			continue
		}
		f := strings.Split(line, " | ")
		if len(f) != 4 {
			return nil, fmt.Errorf("%s:%d: want name | speaker | country | words: %q", file, n+1, line)
		}
		out = append(out, articleCheck{strings.TrimSpace(f[0]), strings.TrimSpace(f[1]), strings.TrimSpace(f[2]), strings.TrimSpace(f[3])})
	}
	return out, nil
}
