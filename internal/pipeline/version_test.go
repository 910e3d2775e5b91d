package pipeline

import (
	"crypto/sha256"
	"encoding/json"
	"fmt"
	"path/filepath"
	"testing"

	"rasad/internal/golden"
)

// TestVersion guards Version: the digest of the documents Run makes of the
// testdata articles (the reference article and the demo articles) is a
// golden file headed by the version. A change to any stage or to its data
// changes the documents; the golden file then differs, and -update
// rewrites it only once Version has changed too, so that archives know
// which of their documents an older Rasad made.
func TestVersion(t *testing.T) {
	p := New()
	h := sha256.New()
	enc := json.NewEncoder(h)
	for _, a := range testArticles(t) {
		doc := p.Run(a)
		if err := enc.Encode(&doc); err != nil {
			t.Fatal(err)
		}
	}
	got := fmt.Sprintf("version %s\nsha256 %x\n", Version, h.Sum(nil))
	golden.CheckVersion(t, filepath.Join("testdata", "version.golden"), got, "pipeline.Version")
}
