package sense

import (
	"path/filepath"
	"testing"

	"rasad/internal/news"
	"rasad/internal/tabletest"
)

// TestTailsKeepReadings checks class.may, the filter of reads by the
// Norm's last two letters, against the readings it stands for: for every
// word of every sentence of the tables in testdata, and for every class,
// is answers as the class's words and formsOf's readings looked up one by
// one do. The words include readings after a conjunction, a preposition
// and لل (the alef restored), so that each path of formsOf is compared.
func TestTailsKeepReadings(t *testing.T) {
	paths, err := filepath.Glob("testdata/*.tsv")
	if err != nil || len(paths) == 0 {
		t.Fatalf("tables in testdata: %v", err)
	}
	var toks []news.Token
	for _, p := range paths {
		for _, r := range tabletest.Rows(t, p) {
			ts, _, _ := tokens(r[1])
			toks = append(toks, ts...)
		}
	}
	ts, _, _ := tokens("وللفريق للمنتخب والمنتخب بالاجتماع فللقاء ولقاء كالفريق")
	toks = append(toks, ts...)
	var read, passed int // words read by formsOf; words the filter passed over
	for name, set := range words {
		for j := range toks {
			tk := &toks[j]
			fs, ok := formsOf(tk)
			want := set[tk.Norm] || ok && fs.in(set)
			if got := is(name, tk); got != want {
				t.Errorf("is(%q, %q) = %v, its readings say %v", name, tk.Norm, got, want)
			}
			if want && !set[tk.Norm] {
				read++
			}
			if ok && !index[name].may(tk.Norm) {
				passed++
			}
		}
	}
	if read == 0 || passed == 0 {
		t.Errorf("%d words read by their forms, %d passed over: the test compares nothing", read, passed)
	}
}

func TestTail(t *testing.T) {
	for _, c := range [][2]string{{"الفريق", "يق"}, {"في", "في"}, {"صيفa", "فa"}, {"aيق", "يق"}, {"ab€", "b€"}, {"ب", "ب"}, {"", ""}} {
		if got := tail(c[0]); got != c[1] {
			t.Errorf("tail(%q) = %q, want %q", c[0], got, c[1])
		}
	}
}
