package retell

import (
	"fmt"
	"os"
	"reflect"
	"strings"
	"testing"

	"rasad/internal/lexicon"
	"rasad/internal/news"
)

// article is a case of testdata/retell.txt: its name, day of publication,
// sentences, records in and records wanted out.
type article struct {
	name, pub       string
	sents, in, want []string
}

// parseCases reads the blocks of a file of cases, separated by blank
// lines (see testdata/retell.txt's header).
func parseCases(t *testing.T, data string) []article {
	var cases []article
	for _, block := range strings.Split(data, "\n\n") {
		var a article
		fields := map[string]*[]string{"text": &a.sents, "in": &a.in, "want": &a.want}
		for _, line := range strings.Split(strings.TrimSpace(block), "\n") {
			key, val, _ := strings.Cut(line, " ")
			if l, ok := fields[key]; ok {
				*l = append(*l, val)
			} else if key == "case" {
				a.name = val
			} else if key == "pub" {
				a.pub = val
			} else if !strings.HasPrefix(key, "#") {
				t.Fatalf("unknown line %q", line)
			}
		}
		if a.name != "" {
			cases = append(cases, a)
		}
	}
	return cases
}

// party reads a party of the test file (see its header).
func party(s string) news.Party {
	switch {
	case s == "?":
		return news.Party{}
	case strings.HasPrefix(s, "@"):
		return news.Party{Country: s[1:]}
	case strings.HasPrefix(s, "e"):
		id, cc, _ := strings.Cut(s, ".")
		return news.Party{Entity: id, Country: cc, Actor: cc + "GOV", Name: "name " + id}
	}
	code, name, _ := strings.Cut(s, ":")
	return news.Party{Actor: code, Country: code[:min(3, len(code))], Name: strings.ReplaceAll(name, "_", " ")}
}

// build makes the article's text, tokens and records.
func (a *article) build(t *testing.T) ([]news.Event, []news.Token) {
	t.Helper()
	text := strings.Join(a.sents, "\n")
	starts := make([]int, len(a.sents))
	for i := 1; i < len(a.sents); i++ {
		starts[i] = starts[i-1] + len(a.sents[i-1]) + 1
	}
	toks := lexicon.Tokens(text)
	var evs []news.Event
	for _, line := range a.in {
		f := strings.Fields(line)
		if len(f) < 4 {
			t.Fatalf("bad record %q", line)
		}
		var sent int
		fmt.Sscan(f[3], &sent)
		st := strings.SplitN(f[1], ">", 2)
		ev := news.Event{Code: f[0], Source: party(st[0]), Date: f[2], Polarity: news.Asserted, Sentence: sent, Sentences: []int{sent}, Text: a.sents[sent]}
		if st[1] != "-" {
			p := party(st[1])
			ev.Target = &p
		}
		if len(f) > 4 && f[4] != "-" {
			at := tokenAt(toks, starts[sent], f[4])
			if at < 0 {
				t.Fatalf("%q: no word %q in sentence %d", line, f[4], sent)
			}
			ev.Trigger = &news.Span{Start: toks[at].Start, End: toks[at].End}
		}
		if len(f) > 5 {
			ev.Location = f[5]
		}
		evs = append(evs, ev)
	}
	return evs, toks
}

// tokenAt returns the first token from byte from whose text is w, -1 if none.
func tokenAt(toks []news.Token, from int, w string) int {
	for i, tk := range toks {
		if tk.Start >= from && tk.Text == w {
			return i
		}
	}
	return -1
}

func show(p *news.Party) string {
	switch {
	case p == nil:
		return "-"
	case p.Entity != "":
		return p.Entity + "." + p.Country
	case p.Actor == "" && p.Country == "":
		return "?"
	case p.Actor == "":
		return "@" + p.Country
	}
	return p.Actor + ":" + strings.ReplaceAll(p.Name, " ", "_")
}

func TestMerge(t *testing.T) {
	data, err := os.ReadFile("testdata/retell.txt")
	if err != nil {
		t.Fatal(err)
	}
	cases := parseCases(t, string(data))
	if len(cases) < 10 {
		t.Fatalf("testdata/retell.txt: %d cases", len(cases))
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			evs, toks := tc.build(t)
			var got []string
			for _, ev := range Merge(evs, toks, tc.pub) {
				got = append(got, fmt.Sprintf("%s %s>%s %s %v", ev.Code, show(&ev.Source), show(ev.Target), ev.Date, ev.Sentences))
			}
			if !reflect.DeepEqual(got, tc.want) {
				t.Errorf("got\n\t%s\nwant\n\t%s", strings.Join(got, "\n\t"), strings.Join(tc.want, "\n\t"))
			}
		})
	}
}

func TestMergeLeavesOthersAlone(t *testing.T) {
	// no record retells another: Merge returns its input as it is
	evs := []news.Event{
		{Code: "042", Source: party("e1.EGY"), Target: &news.Party{Entity: "e2", Country: "SAU"}, Date: "2015-08-02", Sentence: 1, Sentences: []int{1}},
		{Code: "111", Source: party("e3.SAU"), Date: "2015-08-02", Sentence: 2, Sentences: []int{2}},
	}
	if got := Merge(slicesClone(evs), nil, "2015-08-02"); !reflect.DeepEqual(got, evs) {
		t.Errorf("got %+v, want the input", got)
	}
}

func slicesClone(evs []news.Event) []news.Event { return append([]news.Event(nil), evs...) }
