package main

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"rasad/internal/wordclass"
)

// TestTrainClasses learns word classes from a CoNLL file and two articles,
// then trains a NER model that keeps them and scores it.
func TestTrainClasses(t *testing.T) {
	dir := t.TempDir()
	classes := filepath.Join(dir, "classes.txt")
	var out, errb bytes.Buffer
	err := run(context.Background(), []string{"train", "classes", "--out", classes, "--k", "4", "--min-count", "1",
		"--conll", "testdata/ner.conll", "testdata/two.jsonl"}, nil, &out, &errb)
	if err != nil {
		t.Fatalf("rasad train classes: %v\n%s", err, errb.String())
	}
	if !strings.Contains(errb.String(), "read 2 articles") {
		t.Errorf("progress = %q, want it to say it read 2 articles", errb.String())
	}
	f, err := os.Open(classes)
	if err != nil {
		t.Fatal(err)
	}
	cl, err := wordclass.Read(f, classes)
	f.Close()
	if err != nil {
		t.Fatal(err)
	}
	if cl.K() != 4 || cl.Len() == 0 {
		t.Fatalf("classes file has %d words in %d classes, want some words in 4", cl.Len(), cl.K())
	}
	// Words of the CoNLL file and of the articles both have classes, in
	// SearchKey form (التقى -> التقي).
	for _, w := range []string{"التقي", "موسكو", "نص", "عنوان"} {
		if _, ok := cl.Of(w); !ok {
			t.Errorf("no class for %q; words: %v", w, cl.Words())
		}
	}
	model := filepath.Join(dir, "ner.model")
	errb.Reset()
	err = run(context.Background(), []string{"train", "ner", "--train", "testdata/ner.conll", "--classes", classes,
		"--epochs", "2", "--folds", "1", "--bags", "1", "--out", model}, nil, &out, &errb)
	if err != nil {
		t.Fatalf("rasad train ner --classes: %v\n%s", err, errb.String())
	}
	out.Reset()
	if err := run(context.Background(), []string{"eval", "ner", "--conll", "testdata/ner.conll", "--model", model}, nil, &out, &errb); err != nil {
		t.Fatalf("rasad eval ner --model: %v\n%s", err, errb.String())
	}
	if !strings.Contains(out.String(), "micro") {
		t.Errorf("eval output = %q, want a micro line", out.String())
	}
	// The commands that analyse articles take the model from RASAD_NER_MODEL.
	t.Setenv("RASAD_NER_MODEL", model)
	out.Reset()
	if err := run(context.Background(), []string{"extract", "testdata/two.jsonl"}, nil, &out, &errb); err != nil {
		t.Fatalf("rasad extract with RASAD_NER_MODEL: %v\n%s", err, errb.String())
	}
	if n := strings.Count(out.String(), "\n"); n != 2 {
		t.Errorf("rasad extract with RASAD_NER_MODEL printed %d lines, want 2", n)
	}
	t.Setenv("RASAD_NER_MODEL", filepath.Join(dir, "missing.model"))
	err = run(context.Background(), []string{"extract", "testdata/two.jsonl"}, nil, &out, &errb)
	if err == nil || !strings.Contains(err.Error(), "RASAD_NER_MODEL") {
		t.Errorf("rasad extract with a missing RASAD_NER_MODEL: %v, want an error naming RASAD_NER_MODEL", err)
	}
	t.Setenv("RASAD_NER_MODEL", classes) // not a model file
	err = run(context.Background(), []string{"extract", "testdata/two.jsonl"}, nil, &out, &errb)
	if err == nil || !strings.Contains(err.Error(), "classes.txt") {
		t.Errorf("rasad extract with a classes file as RASAD_NER_MODEL: %v, want an error naming it", err)
	}
}

func TestTrainClassesErrors(t *testing.T) {
	dir := t.TempDir()
	bad := filepath.Join(dir, "bad.txt")
	if err := os.WriteFile(bad, []byte("# wordclass 4\nقال\tx\t3\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name string
		args []string
		want string
	}{
		{"no output", []string{"train", "classes", "testdata/two.jsonl"}, "usage"},
		{"no input", []string{"train", "classes", "--out", filepath.Join(dir, "c.txt")}, "usage"},
		{"too few words", []string{"train", "classes", "--out", filepath.Join(dir, "c.txt"), "--k", "5000", "testdata/two.jsonl"}, "corpus too small"},
		{"bad classes file", []string{"train", "ner", "--train", "testdata/ner.conll", "--classes", bad, "--out", filepath.Join(dir, "m")}, "bad.txt:2"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var out, errb bytes.Buffer
			err := run(context.Background(), tt.args, nil, &out, &errb)
			if err == nil {
				t.Fatalf("rasad %v: no error", tt.args)
			}
			msg := err.Error() + errb.String()
			if !strings.Contains(msg, tt.want) {
				t.Errorf("rasad %v: %q, want it to contain %q", tt.args, msg, tt.want)
			}
		})
	}
}

func TestScanConllWords(t *testing.T) {
	in := "# sent_id = 1\n1-2\tوقال\t_\t_\t_\t_\t_\t_\t_\t_\n1\tو\t_\t_\t_\t_\t_\t_\t_\t_\n2\tقال\t_\t_\t_\t_\t_\t_\t_\t_\n\nبوتين B-PERS\nزار O\n"
	var got [][]string
	if err := scanConllWords(strings.NewReader(in), "x", func(w []string) { got = append(got, slices.Clone(w)) }); err != nil {
		t.Fatal(err)
	}
	want := [][]string{{"و", "قال"}, {"بوتين", "زار"}}
	if !slices.EqualFunc(got, want, slices.Equal) {
		t.Errorf("scanConllWords = %v, want %v", got, want)
	}
}
