package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestErrorsAndExitCodes runs every subcommand with a bad command line or a
// bad input and checks the exit code (0 ok or help, 1 some inputs failed,
// 2 usage) and that the message names the input and the rule it breaks.
func TestErrorsAndExitCodes(t *testing.T) {
	dir := t.TempDir()
	write := func(name, data string) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, []byte(data), 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
	cp1256 := write("cp1256.txt", "\xe6\xd2\xed\xd1 \xc7\xe1\xcf\xdd\xc7\xda\n\xc7\xcc\xca\xe3\xda \xc7\xe1\xd1\xc6\xed\xd3")
	mixed := write("mixed.jsonl", "{\"title\":\"خبر\",\"text\":\"نص الخبر.\"}\n{}\n{\"title\": oops}\n")
	blank := write("blank.jsonl", "{\"title\":\"خبر\",\"text\":\"نص الخبر.\"}\n{}\n{\"text\":\" \"}\n")
	big := write("big.txt", strings.Repeat("كلمة ", 100))
	missing := filepath.Join(dir, "missing.txt")
	db := filepath.Join(dir, "rasad.db")
	noFolder := filepath.Join(dir, "no", "such", "rasad.db")

	tests := []struct {
		name   string
		args   []string
		code   int
		stderr string // a part of the message, "" for none
		stdout string
	}{
		// help and usage, for every subcommand
		{"help", []string{"help"}, 0, "", "usage: rasad COMMAND"},
		{"help of a command", []string{"help", "search"}, 0, "", "usage: rasad search [flags] QUERY"},
		{"no command", nil, 2, "usage: rasad COMMAND", ""},
		{"unknown command", []string{"frobnicate"}, 2, `unknown command "frobnicate"`, ""},
		{"extract -h", []string{"extract", "-h"}, 0, "", "usage: rasad extract"},
		{"ingest --help", []string{"ingest", "--help"}, 0, "", "usage: rasad ingest"},
		{"reanalyse -help", []string{"reanalyse", "-help"}, 0, "", "usage: rasad reanalyse"},
		{"search -h after the query", []string{"search", "بوتين", "-h"}, 0, "", "usage: rasad search"},
		{"events -h", []string{"events", "-h"}, 0, "", "usage: rasad events"},
		{"serve -h", []string{"serve", "-h"}, 0, "", "usage: rasad serve"},
		{"eval -h", []string{"eval", "-h"}, 0, "", "usage: rasad eval segment|ner|dates|events|search"},
		{"eval ner -h", []string{"eval", "ner", "-h"}, 0, "", "usage: rasad eval ner"},
		{"train --help", []string{"train", "--help"}, 0, "", "usage: rasad train ner|classes"},
		{"train classes -h", []string{"train", "classes", "-h"}, 0, "", "usage: rasad train classes"},
		{"version -h", []string{"version", "-h"}, 0, "", "usage: rasad version"},
		{"feeds add -h", []string{"feeds", "add", "-h"}, 0, "", "usage: rasad feeds add"},
		{"feeds list --help", []string{"feeds", "list", "--help"}, 0, "", "usage: rasad feeds list"},
		{"feeds remove -h", []string{"feeds", "remove", "-h"}, 0, "", "usage: rasad feeds remove"},
		{"feeds poll -h", []string{"feeds", "poll", "-h"}, 0, "", "usage: rasad feeds poll"},
		{"worker -h", []string{"worker", "-h"}, 0, "", "usage: rasad worker"},
		{"queue --help", []string{"queue", "--help"}, 0, "", "usage: rasad queue status"},
		{"queue status -h", []string{"queue", "status", "-h"}, 0, "", "usage: rasad queue status"},
		{"queue serve -h", []string{"queue", "serve", "-h"}, 0, "", "usage: rasad queue serve"},

		// command lines that cannot be understood: 2
		{"extract unknown flag after a file", []string{"extract", cp1256, "--publishd", "2023-04-16"}, 2, "--publishd is not a flag of rasad extract", ""},
		{"extract bad date", []string{"extract", "--published", "tomorrow", cp1256}, 2, "--published: unreadable date", ""},
		{"extract flag without value", []string{"extract", cp1256, "--max-bytes"}, 2, "flag --max-bytes needs a value: a whole number", ""},
		{"ingest no path", []string{"ingest", "--db", db}, 2, "no PATH to ingest", ""},
		{"reanalyse an argument", []string{"reanalyse", "--db", db, "x"}, 2, `"x": rasad reanalyse takes no arguments`, ""},
		{"search no query", []string{"search", "--db", db}, 2, "no query", ""},
		{"search -n not a number after the query", []string{"search", "--db", db, "بوتين", "-n", "two"}, 2, `flag --n: "two" is not a whole number`, ""},
		{"search unknown --flag after the query", []string{"search", "--db", db, "بوتين", "--form", "2023"}, 2, "--form is not a flag of rasad search", ""},
		{"search bad country", []string{"search", "--db", db, "--country", "Russia", "بوتين"}, 2, `--country "RUSSIA" is not a country code`, ""},
		{"search bad code in the query", []string{"search", "--db", db, "بوتين code:4x"}, 2, `code "4x" is not a CAMEO code`, ""},
		{"search range the wrong way", []string{"search", "--db", db, "--from", "2024", "--to", "2023", "بوتين"}, 2, `--from "2024" is not on or before the to date "2023"`, ""},
		{"events root of one digit", []string{"events", "--db", db, "--root", "4"}, 2, `--root "4" is not a CAMEO root (two digits, as 04)`, ""},
		{"events bad code", []string{"events", "--db", db, "--code", "04x"}, 2, `--code "04x" is not a CAMEO code`, ""},
		{"events bad period", []string{"events", "--db", db, "--by", "week"}, 2, `--by "week" is not a period (day, month or year)`, ""},
		{"events bad dyad", []string{"events", "--db", db, "--dyad", "RUS"}, 2, `--dyad "RUS" is not two parties`, ""},
		{"events bad format", []string{"events", "--format", "xml", cp1256}, 2, `--format "xml" is not jsonl, csv or tsv`, ""},
		{"serve an argument", []string{"serve", "now"}, 2, `"now": rasad serve takes no arguments`, ""},
		{"eval no kind", []string{"eval"}, 2, "which kind?", ""},
		{"eval unknown kind", []string{"eval", "speed"}, 2, `"speed" is not a kind of eval`, ""},
		{"eval ner no gold", []string{"eval", "ner"}, 2, "--conll is needed", ""},
		{"eval events bad split", []string{"eval", "events", "--split", "train"}, 2, `--split "train" is not test or dev`, ""},
		{"train ner no data", []string{"train", "ner"}, 2, "--train and --out (or --cv) are needed", ""},
		{"train classes no output", []string{"train", "classes", cp1256}, 2, "--out and some text to learn from", ""},
		{"version an argument", []string{"version", "x"}, 2, "rasad version takes no arguments", ""},
		{"feeds no command", []string{"feeds"}, 2, "usage: rasad feeds COMMAND", ""},
		{"worker an argument", []string{"worker", "now"}, 2, `"now": rasad worker takes no arguments`, ""},
		{"queue no command", []string{"queue"}, 2, "usage: rasad queue status", ""},
		{"queue unknown command", []string{"queue", "purge"}, 2, `unknown command "purge"`, ""},
		{"queue serve without a store", []string{"queue", "serve"}, 2, "--store is required", ""},
		{"feeds add no URL", []string{"feeds", "add", "--db", db}, 2, "no feed URL to add", ""},
		{"feeds remove no URL", []string{"feeds", "remove", "--db", db}, 2, "no feed URL to remove", ""},
		{"feeds list an argument", []string{"feeds", "list", "--db", db, "x"}, 2, "rasad feeds list takes no arguments", ""},
		{"feeds poll bad gap", []string{"feeds", "poll", "--db", db, "--gap", "soon"}, 2, "--gap", ""},

		// inputs that fail: 1, each named with what is wrong with it
		{"extract Windows-1256 is not binary", []string{"extract", cp1256}, 1, cp1256 + ": invalid UTF-8 at line 1 (byte 0 is 0xE6): the text is not UTF-8; convert it to UTF-8", ""},
		{"extract bad line of JSON Lines", []string{"extract", mixed}, 1, mixed + ":3: bad JSON at column 11: invalid character 'o'", `"title": "خبر"`},
		{"extract too large", []string{"extract", "--max-bytes", "100", big}, 1, big + ": input too large (900 bytes, over the limit of 100); --max-bytes raises the limit", ""},
		{"extract missing", []string{"extract", missing}, 1, missing + ": no such file or directory", ""},
		{"extract a directory", []string{"extract", dir}, 1, dir + ": is a directory, not a file", ""},
		{"after --, a word with a dash is a file", []string{"extract", "--", "-n.txt"}, 1, "rasad extract: -n.txt: no such file", ""},
		{"flags with = and one dash after the file", []string{"extract", blank, "-published=2023-04-16", "--jsonl"}, 0, "2 blank items", `"published":"2023-04-16"`},
		{"events of a missing file", []string{"events", missing}, 1, "rasad events: " + missing + ": no such file", ""},
		{"ingest missing", []string{"ingest", "--db", db, "--quiet", missing}, 1, "rasad ingest: " + missing + ": no such file", ""},
		{"search an archive in no folder", []string{"search", "--db", noFolder, "بوتين"}, 1, "archive " + noFolder + ": the folder " + filepath.Dir(noFolder) + " does not exist", ""},
		{"reanalyse an archive in no folder", []string{"reanalyse", "--db", noFolder}, 1, "the folder " + filepath.Dir(noFolder) + " does not exist", ""},
		{"eval ner missing gold", []string{"eval", "ner", "--conll", missing}, 1, "eval ner --conll " + missing + ": no such file or directory", ""},
		{"eval events missing gold", []string{"eval", "events", "--gsr", missing}, 1, "eval events --gsr " + missing + ": no such file or directory", ""},
		{"train ner missing data", []string{"train", "ner", "--train", missing, "--out", filepath.Join(dir, "m")}, 1, "train ner --train " + missing + ": no such file or directory", ""},
		{"feeds add not a URL", []string{"feeds", "add", "--db", db, "okaz.example/rss"}, 1, `"okaz.example/rss" is not an http(s) URL`, ""},
		{"feeds add a missing file of URLs", []string{"feeds", "add", "--db", db, "-f", missing}, 1, missing + ": no such file", ""},
		{"feeds remove a feed not followed", []string{"feeds", "remove", "--db", db, "https://none.example/rss"}, 1, "https://none.example/rss is not followed", ""},

		// blank items of a data set are skipped and counted, not errors: 0
		{"extract blank items", []string{"extract", blank}, 0, blank + ": 2 blank items (neither title nor text) skipped", `"title": "خبر"`},
		{"ingest blank items", []string{"ingest", "--db", db, "--quiet", blank}, 0, "1 new, 0 updated, 0 unchanged, 0 near-duplicates, 0 errors; 2 blank items (neither title nor text) skipped", ""},
		{"version", []string{"version"}, 0, "", "rasad "},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			out, errOut, code := runCmd(t, "", tt.args...)
			if code != tt.code {
				t.Errorf("rasad %q: exit %d, want %d; stderr %q", tt.args, code, tt.code, errOut)
			}
			if tt.stderr != "" && !strings.Contains(errOut, tt.stderr) {
				t.Errorf("rasad %q: stderr %q lacks %q", tt.args, errOut, tt.stderr)
			}
			if tt.stderr == "" && code == 0 && errOut != "" && tt.args[0] != "ingest" {
				t.Errorf("rasad %q: stderr %q, want none", tt.args, errOut)
			}
			if !strings.Contains(out, tt.stdout) {
				t.Errorf("rasad %q: stdout %.200q lacks %q", tt.args, out, tt.stdout)
			}
		})
	}
}
