package pipeline

import (
	"crypto/sha256"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"testing"

	"rasad/internal/article"
	"rasad/internal/golden"
)

// TestVersion guards Version: the digest of the documents Run makes of the
// testdata articles (the reference article and the demo articles) is a
// golden file headed by the version. A change to any stage or to its data
// changes the documents; the golden file then differs, and -update
// rewrites it only once Version has changed too, so that archives know
// which of their documents an older Rasad made.
func TestVersion(t *testing.T) {
	names, err := filepath.Glob("../../testdata/demo/*.json")
	if err != nil {
		t.Fatal(err)
	}
	names = append([]string{"../../testdata/article.txt"}, names...)
	p := New()
	h := sha256.New()
	enc := json.NewEncoder(h)
	docs := 0
	for _, name := range names {
		data, err := os.ReadFile(name)
		if err != nil {
			t.Fatal(err)
		}
		arts, err := article.Parse(name, data, article.Options{})
		if err != nil {
			t.Fatal(err)
		}
		for _, a := range arts {
			if a.Published == "" {
				a.Published = "2023-04-16" // the reference article's
			}
			doc := p.Run(a)
			if err := enc.Encode(&doc); err != nil {
				t.Fatal(err)
			}
			docs++
		}
	}
	if docs < 6 {
		t.Fatalf("%d testdata articles, want 6 or more", docs)
	}
	got := fmt.Sprintf("version %s\nsha256 %x\n", Version, h.Sum(nil))
	golden.CheckVersion(t, filepath.Join("testdata", "version.golden"), got, "pipeline.Version")
}
