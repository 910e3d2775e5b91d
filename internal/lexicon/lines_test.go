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

// ReadLines passes the lines that hold something, EachLine every line
// (blank lines and comments too); both with their numbers, naming the line
// of an error.
func TestReadLines(t *testing.T) {
	text := "# a comment\n\na\tb\t\n  # indented comment\n   \nbad\nc\n"
	for _, tt := range []struct {
		name string
		read func(io.Reader, string, func(int, string) error) error
		want []string
	}{
		{"ReadLines", lexicon.ReadLines, []string{"a\tb\t"}},
		{"EachLine", lexicon.EachLine, []string{"# a comment", "", "a\tb\t", "  # indented comment", "   "}},
	} {
		var got []string
		err := tt.read(strings.NewReader(text), "f.tsv", func(n int, line string) error {
			if line == "bad" {
				return errors.New("a bad line")
			}
			got = append(got, line)
			return nil
		})
		if err == nil || err.Error() != "f.tsv:6: a bad line" {
			t.Errorf("%s: error = %v, want f.tsv:6: a bad line", tt.name, err)
		}
		if !slices.Equal(got, tt.want) {
			t.Errorf("%s: lines = %q, want %q", tt.name, got, tt.want)
		}
	}
	long := strings.Repeat("x", 2<<20)
	err := lexicon.EachLine(strings.NewReader("a\n"+long), "big.txt", func(int, string) error { return nil })
	if err == nil || !strings.HasPrefix(err.Error(), "big.txt:2: ") {
		t.Errorf("a line over 1 MB: error %v, want one naming big.txt:2", err)
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
