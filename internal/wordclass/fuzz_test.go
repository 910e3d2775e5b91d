package wordclass_test

import (
	"bytes"
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
		var b bytes.Buffer
		if err := c.Write(&b); err != nil {
			t.Fatal(err)
		}
		back, err := wordclass.Read(&b, "again")
		if err != nil {
			t.Fatalf("reading what was written: %v", err)
		}
		if back.Len() != c.Len() || back.K() != c.K() {
			t.Fatalf("read back %d words in %d classes, wrote %d in %d", back.Len(), back.K(), c.Len(), c.K())
		}
		for _, w := range c.Words() {
			x, _ := c.Of(w)
			if y, ok := back.Of(w); !ok || x != y {
				t.Fatalf("class of %q: wrote %d, read %d, %v", w, x, y, ok)
			}
		}
	})
}
