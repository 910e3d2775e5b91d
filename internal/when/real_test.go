package when

import (
	"bufio"
	"encoding/json"
	"os"
	"testing"
)

// realSentence is a sentence of testdata/real.jsonl and the dates wanted
// of it.
type realSentence struct {
	name, published, text string
	want                  []wantDate
}

// realSentences reads testdata/real.jsonl: date expressions in real
// sentences (or the clause around them) of the evaluation sets in ../shared/data, quoted as short excerpts:
// PADT (UD Arabic-PADT dev, newswire; the publication date is the date in the
// document id, AFP_ARB_20000715 → 2000-07-15), PUD (UD Arabic-PUD, CC BY-SA;
// mostly 2016 news, published is taken as 2016-11-20), ANERcorp (CC BY-SA;
// 2006 newswire, published taken as 2006-05-15) and the event gold of
// arabic-event-gsr (MIT; 2007-08 newspapers, published taken as 2008-06-15).
// PADT's clitics are written joined again (و أمس → وأمس) and its vowel marks
// are dropped. Rows with no wanted date hold durations and vague periods.
// Each value was checked by hand against the sentence and its publication
// date. A line is a JSON object: name, published, text, want (the
// expressions and their values, in order) and a note where one helps.
func realSentences(tb testing.TB) []realSentence {
	tb.Helper()
	const path = "testdata/real.jsonl"
	f, err := os.Open(path)
	if err != nil {
		tb.Fatal(err)
	}
	defer f.Close()
	var out []realSentence
	sc := bufio.NewScanner(f)
	for n := 1; sc.Scan(); n++ {
		var row struct {
			Name, Published, Text, Note string
			Want                        [][2]string
		}
		if err := json.Unmarshal(sc.Bytes(), &row); err != nil {
			tb.Fatalf("%s:%d: %v", path, n, err)
		}
		s := realSentence{name: row.Name, published: row.Published, text: row.Text}
		for _, w := range row.Want {
			s.want = append(s.want, wantDate{w[0], w[1]})
		}
		out = append(out, s)
	}
	if err := sc.Err(); err != nil {
		tb.Fatalf("%s: %v", path, err)
	}
	return out
}
