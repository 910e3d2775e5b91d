package shape_test

import (
	"strconv"
	"testing"

	"rasad/internal/entity/shape"
	"rasad/internal/tabletest"
)

// TestChronology holds which texts are lists of dated lines.
func TestChronology(t *testing.T) {
	tabletest.Strings(t, "Chronology", func(text string) string {
		return strconv.FormatBool(shape.Chronology(text))
	}, tabletest.Rows(t, "testdata/chronology.tsv"))
}
