package arabic

import (
	"testing"

	"rasad/internal/tabletest"
)

func TestStem(t *testing.T) {
	s := DefaultSegmenter()
	tabletest.Strings(t, "Stem", s.Stem, tabletest.Rows(t, "testdata/stem.tsv"))
}
