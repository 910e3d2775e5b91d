package wordclass_test

import (
	"strings"
	"testing"

	"rasad/internal/wordclass"
)

// FuzzRead checks that Read never panics and that what it accepts is
// written back in a form it reads to the same classes.
func FuzzRead(f *testing.F) {
	f.Add("# wordclass 4\nقال\t2\t10\nموسكو\t3\t7\n")
	f.Add("# wordclass 65535\n# a comment\n\nx\t65534\t0\n")
	f.Add("# wordclass 4\nx\t4\t1\n")
	f.Add("")
	f.Fuzz(func(t *testing.T, in string) {
		c, err := wordclass.Read(strings.NewReader(in), "fuzz")
		if err != nil {
			return
		}
		back, err := wordclass.Read(strings.NewReader(written(t, c)), "again")
		if err != nil {
			t.Fatalf("reading what was written: %v", err)
		}
		sameClasses(t, back, c)
	})
}
