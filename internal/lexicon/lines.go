package lexicon

import (
	"bufio"
	"fmt"
	"io"
	"io/fs"
	"path"
	"strings"
)

// ReadLines calls each with every line of a data file that holds
// something: blank lines and lines whose first non-blank character is "#"
// are skipped. The line is passed as it is (a TSV's empty fields stay), with
// its number; an error each returns comes back as "name:n: error", and so
// does one of reading. Every data loader of Rasad reads through it, so that
// their errors name file:line alike.
func ReadLines(r io.Reader, name string, each func(n int, line string) error) error {
	return EachLine(r, name, func(n int, line string) error {
		if t := strings.TrimSpace(line); t == "" || strings.HasPrefix(t, "#") {
			return nil
		}
		return each(n, line)
	})
}

// EachLine calls each with every line of a text, blank lines and comments
// too (a corpus whose blank lines end sentences), and its number; an error
// each returns comes back as "name:n: error", and so does one of reading
// (a line over 1 MB).
func EachLine(r io.Reader, name string, each func(n int, line string) error) error {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 0, 64*1024), 1<<20)
	n := 0
	for sc.Scan() {
		n++
		if err := each(n, sc.Text()); err != nil {
			return fmt.Errorf("%s:%d: %w", name, n, err)
		}
	}
	if err := sc.Err(); err != nil {
		return fmt.Errorf("%s:%d: %w", name, n+1, err)
	}
	return nil
}

// ReadFiles calls read with every *.txt file of fsys's folder dir, open,
// in name order: the data files of a loader. Its own errors (a file that
// will not open, no file at all) begin with what ("load gazetteer");
// read's come back as they are.
func ReadFiles(fsys fs.FS, dir, what string, read func(name string, r io.Reader) error) error {
	names, err := fs.Glob(fsys, path.Join(dir, "*.txt"))
	if err != nil {
		return fmt.Errorf("%s: %w", what, err)
	}
	if len(names) == 0 {
		return fmt.Errorf("%s %s: no *.txt files", what, dir)
	}
	for _, n := range names {
		f, err := fsys.Open(n)
		if err != nil {
			return fmt.Errorf("%s: %w", what, err)
		}
		err = read(n, f)
		f.Close()
		if err != nil {
			return err
		}
	}
	return nil
}

// MustRead reads the data file name of fsys with read, which it hands the
// file's base name, and panics on an error: for data embedded in the
// binary, which its package's tests read.
func MustRead[T any](fsys fs.FS, name string, read func(name string, r io.Reader) (T, error)) T {
	f, err := fsys.Open(name)
	if err != nil {
		panic(err)
	}
	defer f.Close()
	v, err := read(path.Base(name), f)
	if err != nil {
		panic(err)
	}
	return v
}
