package wordclass_test

import (
	"bytes"
	"errors"
	"math/rand/v2"
	"strconv"
	"strings"
	"testing"

	"rasad/internal/tabletest"
	"rasad/internal/wordclass"
)

// corpus makes sentences of a toy language whose words fall into kinds by
// where they stand: "NAME said in PLACE that NAME visited PLACE".
func corpus(n int) [][]string {
	names := []string{"alice", "bob", "carol", "dave", "erin", "frank"}
	places := []string{"paris", "rome", "oslo", "lima", "cairo", "quito"}
	rng := rand.New(rand.NewPCG(1, 2))
	var out [][]string
	for range n {
		pick := func(ws []string) string { return ws[rng.IntN(len(ws))] }
		out = append(out, []string{pick(names), "said", "in", pick(places), "that", pick(names), "visited", pick(places)})
	}
	return out
}

// cluster counts sents and clusters them with opt.
func cluster(t testing.TB, sents [][]string, opt wordclass.Options) *wordclass.Classes {
	t.Helper()
	c := wordclass.NewCounter()
	for _, s := range sents {
		c.Add(s)
	}
	cl, err := c.Cluster(opt)
	if err != nil {
		t.Fatal(err)
	}
	return cl
}

// written is the file Write makes of cl.
func written(t testing.TB, cl *wordclass.Classes) string {
	t.Helper()
	var b bytes.Buffer
	if err := cl.Write(&b); err != nil {
		t.Fatal(err)
	}
	return b.String()
}

// sameClasses fails t unless back holds the words of cl, each in its class.
func sameClasses(t testing.TB, back, cl *wordclass.Classes) {
	t.Helper()
	if back.Len() != cl.Len() || back.K() != cl.K() {
		t.Fatalf("read back %d words in %d classes, wrote %d in %d", back.Len(), back.K(), cl.Len(), cl.K())
	}
	for _, w := range cl.Words() {
		x, _ := cl.Of(w)
		if y, ok := back.Of(w); !ok || x != y {
			t.Fatalf("Of(%q) read back = %d, %v; wrote %d", w, y, ok, x)
		}
	}
}

func TestClusterGroupsWordsByContext(t *testing.T) {
	c := wordclass.NewCounter()
	for _, s := range corpus(2000) {
		c.Add(s)
	}
	if got, want := c.Tokens(), int64(16000); got != want {
		t.Fatalf("Tokens() = %d, want %d", got, want)
	}
	cl, err := c.Cluster(wordclass.Options{K: 8, Iterations: 10})
	if err != nil {
		t.Fatal(err)
	}
	same := func(pair string) string {
		a, b, _ := strings.Cut(pair, " ")
		x, okx := cl.Of(a)
		y, oky := cl.Of(b)
		return strconv.FormatBool(okx && oky && x == y)
	}
	tabletest.Strings(t, "same class", same, tabletest.Rows(t, "testdata/sameclass.tsv"))
	if _, ok := cl.Of("zebra"); ok {
		t.Error(`Of("zebra") found a class for a word never seen`)
	}
	if got := cl.K(); got != 8 {
		t.Errorf("K() = %d, want 8", got)
	}
}

func TestClusterIsDeterministic(t *testing.T) {
	run := func() string { return written(t, cluster(t, corpus(500), wordclass.Options{K: 6, Iterations: 4})) }
	if a, b := run(), run(); a != b {
		t.Errorf("two runs on the same counts differ:\n%s\n---\n%s", a, b)
	}
}

func TestClusterRefusesTooSmallCorpus(t *testing.T) {
	c := wordclass.NewCounter()
	c.Add([]string{"one", "two", "three"})
	_, err := c.Cluster(wordclass.Options{K: 8, MinCount: 1})
	if !errors.Is(err, wordclass.ErrTooSmall) {
		t.Errorf("Cluster on 3 words into 8 classes: err = %v, want ErrTooSmall", err)
	}
	if _, err := c.Cluster(wordclass.Options{K: 2}); err == nil {
		t.Error("Cluster with K 2: no error")
	}
}

func TestReadWriteRoundTrip(t *testing.T) {
	cl := cluster(t, corpus(300), wordclass.Options{K: 8})
	file := written(t, cl)
	back, err := wordclass.Read(strings.NewReader(file), "classes.txt")
	if err != nil {
		t.Fatal(err)
	}
	sameClasses(t, back, cl)
	if written(t, back) != file {
		t.Error("writing what was read gives another file")
	}
}

func TestHashtagWordsSurviveTheFile(t *testing.T) {
	sent := []string{"#وسم", "قال", "bad\tword", "موسكو", "زار"}
	cl := cluster(t, [][]string{sent, sent, sent}, wordclass.Options{K: 4, MinCount: 1})
	file := written(t, cl)
	back, err := wordclass.Read(strings.NewReader(file), "classes.txt")
	if err != nil {
		t.Fatal(err)
	}
	if _, ok := back.Of("#وسم"); !ok {
		t.Errorf("a word beginning with # was lost on the way through the file:\n%s", file)
	}
	if _, ok := cl.Of("bad\tword"); ok {
		t.Error("a word with a tab got a class")
	}
}

func TestReadErrorsNameTheLine(t *testing.T) {
	tabletest.Errors(t, "Read", func(in string) error {
		_, err := wordclass.Read(strings.NewReader(in), "classes.txt")
		return err
	}, tabletest.Rows(t, "testdata/read_errors.tsv"))
}

func TestNewChecksClasses(t *testing.T) {
	if _, err := wordclass.New(map[string]uint16{"a": 5}, 4); err == nil {
		t.Error("New with class 5 of 4: no error")
	}
	c, err := wordclass.New(map[string]uint16{"a": 3}, 4)
	if err != nil {
		t.Fatal(err)
	}
	if x, ok := c.Of("a"); !ok || x != 3 {
		t.Errorf(`Of("a") = %d, %v, want 3, true`, x, ok)
	}
	var nilClasses *wordclass.Classes
	if _, ok := nilClasses.Of("a"); ok || nilClasses.Len() != 0 {
		t.Error("nil Classes knows a word")
	}
}
