package tabletest

import (
	"strings"
	"testing"
)

func TestStrings(t *testing.T) {
	Strings(t, "ToUpper", strings.ToUpper, [][3]string{
		{"latin", "nato", "NATO"},
		{"arabic untouched", "بوتين", "بوتين"},
		{"empty", "", ""},
	})
}
