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

// CheckVersion is Check for a golden file whose first line names the
// version of what made the rest (a search analyzer, the extraction): got
// must differ from the file only where its first line differs too, so
// that a change in what a versioned thing makes comes with a new version
// (stored archives tell their stale documents by it). -update rewrites the
// file only then; name is the version's identifier, for the message.
func CheckVersion(t testing.TB, path, got, name string) {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil && !os.IsNotExist(err) {
		t.Fatal(err)
	}
	want := string(b)
	if got == want {
		return
	}
	oldVersion, _, _ := strings.Cut(want, "\n")
	newVersion, _, _ := strings.Cut(got, "\n")
	if oldVersion == newVersion && len(want) > 0 {
		t.Fatalf("%s: what %s stands for changed, but it is still %q: give it a new version (stored archives must learn which documents are stale), then run the test with -update", path, name, newVersion)
	}
	if !*update {
		t.Fatalf("%s is of %q, the code of %q: run the test with -update and review the diff", path, oldVersion, newVersion)
	}
	if err := os.WriteFile(path, []byte(got), 0o644); err != nil {
		t.Fatal(err)
	}
}
