package main

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestEvalDates(t *testing.T) {
	dir := t.TempDir()
	const sample = "اجتمع O\nالرئيس O\nالأحد B-DATE\nمع O\nوفد O\nعام B-DATE\n2022 I-DATE\n. O\n"
	if err := os.WriteFile(filepath.Join(dir, "test.txt"), []byte(sample), 0o644); err != nil {
		t.Fatal(err)
	}
	var stdout, stderr bytes.Buffer
	err := run(context.Background(), []string{"eval", "dates", "--wojood", dir}, strings.NewReader(""), &stdout, &stderr)
	if err != nil {
		t.Fatalf("rasad eval dates: %v (%s)", err, stderr.String())
	}
	if !strings.Contains(stdout.String(), "DATE  P 100.0  R 100.0  F1 100.0\n") {
		t.Errorf("rasad eval dates printed %q", stdout.String())
	}
	err = run(context.Background(), []string{"eval", "dates"}, strings.NewReader(""), &stdout, &stderr)
	if err != errUsage {
		t.Errorf("rasad eval dates without --wojood: %v, want errUsage", err)
	}
}
