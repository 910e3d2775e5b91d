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
	golden.CheckVersion(t, filepath.Join("testdata", "probe.golden"), b.String(), "Clitics.Version")
}
