package compare_test

import (
	"bytes"
	"context"
	"os"
	"strings"
	"testing"

	"rasad/internal/eval"
	"rasad/internal/eval/compare"
)

func TestRunSearchWithBleve(t *testing.T) {
	test, err := eval.ReadSearchTest("../../../cmd/rasad/testdata/ner.conll", 1)
	if err != nil {
		t.Fatal(err)
	}
	var out, misses bytes.Buffer
	systems := []eval.System{eval.Rasad, compare.Bleve}
	if url := os.Getenv("DATABASE_URL"); url != "" {
		systems = append(systems, compare.Postgres(url))
	}
	if err := eval.RunSearch(context.Background(), test, systems, &out, 10, &misses); err != nil {
		t.Fatal(err)
	}
	got := map[string]string{}
	for _, line := range strings.Split(strings.TrimSpace(out.String()), "\n") {
		f := strings.Fields(line)
		got[strings.Join(f[:len(f)-1], " ")] = f[len(f)-1]
	}
	// The five names of cmd/rasad's TestEvalSearch. Both systems find the
	// first document for بوتين (the name inside فلاديمير بوتين, false for
	// the strict gold); Bleve's analyser also finds والصين in the first
	// document, where only الصين stands.
	for _, tt := range []struct{ name, want string }{
		{"rasad precision", "0.833"},
		{"rasad recall", "1.000"},
		{"bleve-ar precision", "0.714"},
		{"bleve-ar recall", "1.000"},
		{"bleve-ar within precision", "0.857"},
	} {
		if got[tt.name] != tt.want {
			t.Errorf("%s = %q, want %q\n%s", tt.name, got[tt.name], tt.want, out.String())
		}
	}
	if !strings.HasPrefix(misses.String(), "rasad ") {
		t.Errorf("the queries Rasad got wrong are not shown first: %q", misses.String())
	}
}
