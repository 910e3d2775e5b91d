package tabletest

import (
	"strconv"
	"strings"
	"testing"
)

func TestStrings(t *testing.T) {
	Strings(t, "ToUpper", strings.ToUpper, Rows(t, "testdata/upper.tsv"))
}

func TestErrors(t *testing.T) {
	Errors(t, "Atoi", func(s string) error { _, err := strconv.Atoi(s); return err }, [][3]string{
		{"letters", "x1", `parsing "x1": invalid syntax`},
		{"too large", "99999999999999999999", "value out of range"},
	})
}

func TestRows(t *testing.T) {
	rows := Rows(t, "testdata/upper.tsv")
	if len(rows) != 4 || rows[2] != [3]string{"escaped joiner", "\u200c", "\u200c"} {
		t.Errorf("Rows = %q", rows)
	}
}
