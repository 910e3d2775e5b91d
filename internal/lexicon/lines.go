package lexicon

import (
	"bufio"
	"fmt"
	"io"
	"strings"
)

// ReadLines calls each with every line of a data file that holds
// something: blank lines and lines whose first non-blank character is "#"
// are skipped. The line is passed as it is (a TSV's empty fields stay), with
// its number; an error each returns comes back as "name:n: error", and so
// does one of reading. Every data loader of Rasad reads through it, so that
// their errors name file:line alike.
func ReadLines(r io.Reader, name string, each func(n int, line string) error) error {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 0, 64*1024), 1<<20)
	n := 0
	for sc.Scan() {
		n++
		line := sc.Text()
		if t := strings.TrimSpace(line); t == "" || strings.HasPrefix(t, "#") {
			continue
		}
		if err := each(n, line); err != nil {
			return fmt.Errorf("%s:%d: %w", name, n, err)
		}
	}
	if err := sc.Err(); err != nil {
		return fmt.Errorf("%s:%d: %w", name, n+1, err)
	}
	return nil
}
