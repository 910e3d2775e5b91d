package main

import (
	"bytes"
	"context"
	"strings"
	"testing"
)

func TestEvalSearch(t *testing.T) {
	var out, errb bytes.Buffer
	err := run(context.Background(), []string{"eval", "search", "--conll", "testdata/ner.conll", "--per-doc", "1"}, nil, &out, &errb)
	if err != nil {
		t.Fatalf("rasad eval search: %v\n%s", err, errb.String())
	}
	got := map[string]string{}
	for _, line := range strings.Split(strings.TrimSpace(out.String()), "\n") {
		f := strings.Fields(line)
		got[strings.Join(f[:len(f)-1], " ")] = f[len(f)-1]
	}
	// Two documents and five names: فلاديمير بوتين, موسكو, بوتين (bare of
	// the second sentence's mention; inside the first one's longer name),
	// روسيا and والصين (الصين is never tagged alone, so the و stays).
	// Rasad finds every mention; بوتين also finds the first document,
	// which the strict gold does not count and the within gold does.
	tests := []struct{ name, want string }{
		{"documents", "2"},
		{"queries", "5"},
		{"rasad recall", "1.000"},
		{"rasad precision", "0.833"},
		{"rasad within precision", "1.000"},
		{"rasad within recall", "1.000"},
	}
	for _, tt := range tests {
		if got[tt.name] != tt.want {
			t.Errorf("%s = %q, want %q\n%s", tt.name, got[tt.name], tt.want, out.String())
		}
	}
	if _, ok := got["bleve-ar precision"]; ok {
		t.Errorf("rasad eval search measured Bleve, which the rasad binary must not link:\n%s", out.String())
	}
}
