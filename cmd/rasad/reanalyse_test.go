package main

import (
	"strings"
	"testing"

	"rasad/internal/store/storetest"
)

func TestReanalyse(t *testing.T) {
	db := archiveOf3(t, storetest.Versioned{Name: "clitics-0"})

	_, stderr, code := runCmd(t, "", "search", "--db", db, "بوتين")
	if code != 0 || !strings.Contains(stderr, "rasad reanalyse --db "+db) {
		t.Errorf("search in a stale archive: exit %d, stderr %q; want a warning naming rasad reanalyse", code, stderr)
	}
	_, stderr, code = runCmd(t, "", "reanalyse", "--db", db)
	if code != 0 || !strings.Contains(stderr, "reanalysed 3 articles") || !strings.Contains(stderr, "3 replaced") {
		t.Errorf("reanalyse: exit %d, stderr %q; want 3 articles replaced", code, stderr)
	}
	_, stderr, code = runCmd(t, "", "search", "--db", db, "بوتين")
	if code != 0 || strings.Contains(stderr, "reanalyse") {
		t.Errorf("search after reanalyse: exit %d, stderr %q; want no warning", code, stderr)
	}
	_, stderr, code = runCmd(t, "", "reanalyse", "--db", db, "extra")
	if code != 2 {
		t.Errorf("reanalyse with an argument: exit %d, stderr %q; want 2", code, stderr)
	}
}
