package main

import (
	"bytes"
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"rasad/internal/golden"
	"rasad/internal/news"
)

// runCmd runs the program in process and returns stdout, stderr and the
// exit code main would use.
func runCmd(t *testing.T, stdin string, args ...string) (string, string, int) {
	t.Helper()
	var out, errOut bytes.Buffer
	err := run(context.Background(), args, strings.NewReader(stdin), &out, &errOut)
	code := exitCode(err, &errOut) // prints an error not reported yet, as main does
	return out.String(), errOut.String(), code
}

func TestHelpAndVersion(t *testing.T) {
	out, _, code := runCmd(t, "", "help")
	if code != 0 || !strings.Contains(out, "extract") {
		t.Errorf("help: code %d, output %q", code, out)
	}
	out, _, code = runCmd(t, "", "version")
	if code != 0 || !strings.HasPrefix(out, "rasad ") {
		t.Errorf("version: code %d, output %q", code, out)
	}
	_, errOut, code := runCmd(t, "", "frobnicate")
	if code != 2 || !strings.Contains(errOut, "unknown command") {
		t.Errorf("unknown command: code %d, stderr %q", code, errOut)
	}
	_, _, code = runCmd(t, "")
	if code != 2 {
		t.Errorf("no command: code %d, want 2", code)
	}
}

func TestExtractReferenceArticle(t *testing.T) {
	out, errOut, code := runCmd(t, "", "extract", "--published", "2023-04-16", "../../testdata/article.txt")
	if code != 0 {
		t.Fatalf("extract: code %d, stderr %s", code, errOut)
	}
	var doc news.Document
	if err := json.Unmarshal([]byte(out), &doc); err != nil {
		t.Fatalf("output is not one JSON object: %v", err)
	}
	if doc.Title != "وزير الدفاع الصيني يشيد خلال لقاء مع بوتين بالتعاون العسكري مع روسيا" {
		t.Errorf("title = %q", doc.Title)
	}
	if doc.Published != "2023-04-16" || doc.Source != "إيصال نيوز" || doc.ID == "" {
		t.Errorf("published %q source %q id %q", doc.Published, doc.Source, doc.ID)
	}
	if doc.Entities == nil || doc.Quotes == nil || doc.Dates == nil || doc.Events == nil {
		t.Errorf("entities, quotes, dates and events must be arrays, not null")
	}
	if len(doc.Tokens) != 0 {
		t.Errorf("tokens printed without --tokens")
	}
	golden.Check(t, "testdata/article.extract.golden", out)
	// Same text, same id.
	out2, _, _ := runCmd(t, "", "extract", "--published", "2023-04-16", "../../testdata/article.txt")
	if out2 != out {
		t.Errorf("a second run printed something else")
	}
}

func TestExtractTokens(t *testing.T) {
	out, _, code := runCmd(t, "عنوان\nقال بوتين.", "extract", "--tokens", "-")
	if code != 0 {
		t.Fatalf("code %d", code)
	}
	var doc news.Document
	if err := json.Unmarshal([]byte(out), &doc); err != nil {
		t.Fatal(err)
	}
	if len(doc.Tokens) != 4 || doc.Tokens[2].Text != "بوتين" {
		t.Errorf("tokens = %+v", doc.Tokens)
	}
}

func TestExtractJSONLines(t *testing.T) {
	out, errOut, code := runCmd(t, "", "extract", "testdata/two.jsonl")
	if code != 0 {
		t.Fatalf("code %d: %s", code, errOut)
	}
	lines := strings.Split(strings.TrimSpace(out), "\n")
	if len(lines) != 2 {
		t.Fatalf("got %d lines, want 2:\n%s", len(lines), out)
	}
	for _, l := range lines {
		var doc news.Document
		if err := json.Unmarshal([]byte(l), &doc); err != nil {
			t.Errorf("line is not a document: %v", err)
		}
	}
}

func TestExtractBadInputs(t *testing.T) {
	dir := t.TempDir()
	write := func(name string, data []byte) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, data, 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
	empty := write("empty.txt", nil)
	binary := write("image.png", []byte("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00"))
	invalid := write("latin1.txt", []byte("عنوان\nنص \xe9\xe8 تالف"))
	big := write("big.txt", bytes.Repeat([]byte("كلمة "), 100))
	missing := filepath.Join(dir, "missing.txt")

	_, errOut, code := runCmd(t, "", "extract", "--max-bytes", "200", "--published", "2023-04-16",
		empty, binary, invalid, big, missing)
	if code != 1 {
		t.Errorf("exit code %d, want 1 when some inputs fail", code)
	}
	for _, want := range []string{
		empty + ": empty input",
		binary + ": binary data",
		invalid + ": invalid UTF-8 at line 2",
		big + ": input too large",
		missing + ": no such file",
	} {
		if !strings.Contains(errOut, want) {
			t.Errorf("stderr lacks %q:\n%s", want, errOut)
		}
	}
	if n := strings.Count(errOut, "\n"); n != 5 {
		t.Errorf("stderr has %d lines, want one per bad file:\n%s", n, errOut)
	}
	// The good file is still processed (it is over 200 bytes, so give it room).
	out, _, code := runCmd(t, "", "extract", "--published", "2023-04-16", empty, "../../testdata/article.txt")
	if code != 1 || !strings.Contains(out, "\"title\"") {
		t.Errorf("good file not processed beside a bad one: code %d, out %.80q", code, out)
	}
}

// TestExtractKind checks that a file's kind comes from its extension or
// --kind: a .txt file that starts with «{» is text, and malformed JSON in a
// .json file is an error that names the file.
func TestExtractKind(t *testing.T) {
	dir := t.TempDir()
	brace := filepath.Join(dir, "brace.txt")
	if err := os.WriteFile(brace, []byte("{عاجل} بوتين يستقبل لي شانغفو\nاستقبل الرئيس الروسي وزير الدفاع الصيني.\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	bad := filepath.Join(dir, "bad.json")
	if err := os.WriteFile(bad, []byte(`{"title": "عنوان",`), 0o644); err != nil {
		t.Fatal(err)
	}
	out, errOut, code := runCmd(t, "", "extract", "--published", "2023-04-16", brace)
	var doc news.Document
	if code != 0 || json.Unmarshal([]byte(out), &doc) != nil || doc.Title != "{عاجل} بوتين يستقبل لي شانغفو" {
		t.Errorf("a .txt file that starts with a brace: code %d, title %q, stderr %q", code, doc.Title, errOut)
	}
	_, errOut, code = runCmd(t, "", "extract", "--published", "2023-04-16", bad)
	if code != 1 || !strings.Contains(errOut, bad+": bad JSON at line 1") {
		t.Errorf("malformed JSON: code %d, stderr %q", code, errOut)
	}
	_, errOut, code = runCmd(t, "", "extract", "--published", "2023-04-16", "--kind", "json", brace)
	if code != 1 || !strings.Contains(errOut, brace+": bad JSON") {
		t.Errorf("--kind json on text: code %d, stderr %q", code, errOut)
	}
	_, errOut, code = runCmd(t, "", "extract", "--kind", "pdf", brace)
	if code != 2 || !strings.Contains(errOut, "--kind") {
		t.Errorf("--kind pdf: code %d, stderr %q", code, errOut)
	}
}

func TestExtractBadFlags(t *testing.T) {
	_, errOut, code := runCmd(t, "", "extract", "--published", "tomorrow", "x")
	if code != 2 || !strings.Contains(errOut, "--published") {
		t.Errorf("bad date: code %d, stderr %q", code, errOut)
	}
	_, _, code = runCmd(t, "", "extract", "--no-such-flag")
	if code != 2 {
		t.Errorf("bad flag: code %d, want 2", code)
	}
}

func TestEventsOfFiles(t *testing.T) {
	out, errOut, code := runCmd(t, "", "events", "--format", "tsv", "--published", "2023-04-16", "../../testdata/article.txt", "testdata/missing.txt")
	if code != 1 || !strings.Contains(errOut, "rasad events: testdata/missing.txt: no such file") {
		t.Errorf("a missing file beside a good one: code %d, stderr %q", code, errOut)
	}
	lines := strings.Split(strings.TrimSpace(out), "\n")
	if len(lines) < 10 || !strings.HasPrefix(lines[0], "GLOBALEVENTID\tSQLDATE\tActor1Code") {
		t.Fatalf("TSV of %d lines, header %q", len(lines), lines[0])
	}
	var accuse bool
	for _, l := range lines[1:] {
		f := strings.Split(l, "\t")
		if len(f) != 24 {
			t.Fatalf("row of %d columns, want 24: %q", len(f), l)
		}
		if f[8] == "112" && f[4] == "USA" && f[7] == "CHN" && f[17] == "asserted" {
			accuse = true
		}
	}
	if !accuse {
		t.Errorf("no row for Washington accusing Beijing (112 USA -> CHN)")
	}
	out, _, code = runCmd(t, "", "events", "--published", "2023-04-16", "../../testdata/article.txt")
	if code != 0 || !strings.Contains(out, `"code":"112"`) {
		t.Errorf("JSON Lines: code %d, no 112 in %.200q", code, out)
	}
	_, _, code = runCmd(t, "", "events", "--format", "xml", "x")
	if code != 2 {
		t.Errorf("unknown format: code %d, want 2", code)
	}
}

func TestSearchAndEventsBadDates(t *testing.T) {
	db := filepath.Join(t.TempDir(), "never-made.db")
	for _, args := range [][]string{
		{"search", "--db", db, "--from", "2015-13-45", "سلمان"},
		{"search", "--db", db, "--to", "2023-02-30", "سلمان"},
		{"events", "--db", db, "--from", "last-week"},
	} {
		_, errOut, code := runCmd(t, "", args...)
		if code != 2 || !strings.Contains(errOut, "is not a date") {
			t.Errorf("%q: code %d, stderr %q", args, code, errOut)
		}
	}
	if _, err := os.Stat(db); err == nil {
		t.Errorf("a bad date still opened the archive")
	}
}
