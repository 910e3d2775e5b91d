package frame

import (
	"fmt"
	"testing"

	"rasad/internal/tabletest"
)

// TestEachOf: the phrases كل من lists, each joined to the one before by
// the conjunction و as the segmenter split it; a word whose و is a root
// letter (وزير) joins nothing.
func TestEachOf(t *testing.T) {
	each := func(s string) string {
		f := parse(s)
		return fmt.Sprint(EachOf(f, 1, len(f.toks)))
	}
	tabletest.Strings(t, "EachOf", each, [][3]string{
		{"two joined by و", "شارك كل من [الرئيس الفرنسي] [والروسي] في القمة", "[0 1]"},
		{"a comma before و", "شارك كل من [الرئيس الفرنسي] ، [والروسي] في القمة", "[0 1]"},
		{"three", "شارك كل من [مصر] [والسعودية] [والأردن] .", "[0 1 2]"},
		{"root و: no conjunct", "شارك كل من [الرئيس الفرنسي] ، [وزير الخارجية] في القمة", "[0]"},
		{"no و", "شارك كل من [مصر] [السعودية] .", "[0]"},
		{"not كل من", "شارك بعض من [مصر] [والسعودية] .", "[]"},
	})
}
