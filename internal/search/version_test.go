package search

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"rasad/internal/arabic"
	"rasad/internal/golden"
)

// TestVersion guards Clitics.Version: the index keys of a probe text are a
// golden file headed by the version. A change to the analysis (or to the
// segmenter under it) changes the keys; the golden file then differs, and
// -update rewrites it only once the version has changed too, so that
// archives indexed before know they are stale.
func TestVersion(t *testing.T) {
	text, err := os.ReadFile(filepath.Join("testdata", "probe.txt"))
	if err != nil {
		t.Fatal(err)
	}
	toks := arabic.Tokenize(string(text))
	arabic.DefaultSegmenter().Segment(toks)
	var b strings.Builder
	fmt.Fprintf(&b, "version %s\n", Clitics{}.Version())
	for _, tm := range (Clitics{}).Terms(toks) {
		fmt.Fprintf(&b, "%s\t%s\n", string(text[tm.Start:tm.End]), tm.Key)
	}
	got := b.String()
	path := filepath.Join("testdata", "probe.golden")
	want, err := os.ReadFile(path)
	if err != nil && !os.IsNotExist(err) {
		t.Fatal(err)
	}
	if got == string(want) {
		return
	}
	oldVersion, _, _ := strings.Cut(string(want), "\n")
	newVersion, _, _ := strings.Cut(got, "\n")
	if oldVersion == newVersion && len(want) > 0 {
		t.Fatalf("the analysis of testdata/probe.txt changed but Clitics.Version is still %q: give it a new version (stored archives must learn that they are stale), then run go test ./internal/search -run TestVersion -update", Clitics{}.Version())
	}
	if !golden.Updating() {
		t.Fatalf("testdata/probe.golden is of %q: run go test ./internal/search -run TestVersion -update and review the diff", oldVersion)
	}
	if err := os.WriteFile(path, []byte(got), 0o644); err != nil {
		t.Fatal(err)
	}
}
