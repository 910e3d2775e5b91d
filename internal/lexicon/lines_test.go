package lexicon_test

import (
	"errors"
	"io"
	"slices"
	"strings"
	"testing"
	"testing/fstest"

	"rasad/internal/lexicon"
)

func TestReadLines(t *testing.T) {
	text := "# a comment\n\na\tb\t\n  # indented comment\n   \nbad\nc\n"
	var got []string
	err := lexicon.ReadLines(strings.NewReader(text), "f.tsv", func(n int, line string) error {
		if line == "bad" {
			return errors.New("a bad line")
		}
		got = append(got, line)
		return nil
	})
	if err == nil || err.Error() != "f.tsv:6: a bad line" {
		t.Errorf("error = %v, want f.tsv:6: a bad line", err)
	}
	if !slices.Equal(got, []string{"a\tb\t"}) {
		t.Errorf("lines = %q, want the TSV line with its empty field", got)
	}
}

// ReadFiles reads the *.txt files of a folder in name order, passes read's
// error back as it is, and names the folder that has none.
func TestReadFiles(t *testing.T) {
	fsys := fstest.MapFS{"d/b.txt": {Data: []byte("2")}, "d/a.txt": {Data: []byte("1")}, "d/c.tsv": {Data: []byte("x")}}
	var got []string
	err := lexicon.ReadFiles(fsys, "d", "load test", func(name string, r io.Reader) error {
		b, err := io.ReadAll(r)
		got = append(got, name+"="+string(b))
		return err
	})
	if err != nil || !slices.Equal(got, []string{"d/a.txt=1", "d/b.txt=2"}) {
		t.Errorf("ReadFiles = %v, %v; want d/a.txt=1 d/b.txt=2", got, err)
	}
	bad := errors.New("d/a.txt:3: bad")
	if err := lexicon.ReadFiles(fsys, "d", "load test", func(string, io.Reader) error { return bad }); err != bad {
		t.Errorf("ReadFiles gave %v, want read's error as it is", err)
	}
	if err := lexicon.ReadFiles(fsys, "e", "load test", nil); err == nil || err.Error() != "load test e: no *.txt files" {
		t.Errorf("ReadFiles of an empty folder: %v", err)
	}
}

// TestMustRead hands read the base name and panics on a missing file or a
// bad one.
func TestMustRead(t *testing.T) {
	fsys := fstest.MapFS{"data/a.tsv": {Data: []byte("x\n")}}
	read := func(name string, r io.Reader) (string, error) {
		b, err := io.ReadAll(r)
		if string(b) != "x\n" {
			return "", errors.New("bad")
		}
		return name, err
	}
	if got := lexicon.MustRead(fsys, "data/a.tsv", read); got != "a.tsv" {
		t.Errorf("MustRead = %q, want a.tsv", got)
	}
	fsys["data/b.tsv"] = &fstest.MapFile{Data: []byte("y\n")}
	for _, name := range []string{"data/none.tsv", "data/b.tsv"} {
		func() {
			defer func() {
				if recover() == nil {
					t.Errorf("MustRead(%s) did not panic", name)
				}
			}()
			lexicon.MustRead(fsys, name, read)
		}()
	}
}
