// Package golden compares what a test made with a golden file under
// testdata, and rewrites the file instead when the tests run with -update:
//
//	go test ./internal/when -update
//
// Review the diff of the rewritten files before committing them.
package golden

import (
	"flag"
	"os"
	"strings"
	"testing"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata")

// Updating reports whether the tests run with -update.
func Updating() bool { return *update }

// Check compares got with the file at path, or with -update writes got to
// it. A difference fails t with the file's name, the first line that
// differs and how to rewrite the file.
func Check(t testing.TB, path, got string) {
	t.Helper()
	if *update {
		if err := os.WriteFile(path, []byte(got), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (go test -update writes it)", err)
	}
	want := string(b)
	if got == want {
		return
	}
	g, w := strings.Split(got, "\n"), strings.Split(want, "\n")
	i := 0
	for i < len(g) && i < len(w) && g[i] == w[i] {
		i++
	}
	line := func(ls []string) string {
		if i < len(ls) {
			return ls[i]
		}
		return "(end of text)"
	}
	t.Errorf("%s differs from line %d:\n got: %s\nwant: %s\n(go test -update rewrites it; review the diff)", path, i+1, line(g), line(w))
}
