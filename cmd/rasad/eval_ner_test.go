package main

import (
	"bytes"
	"context"
	"slices"
	"strings"
	"testing"
)

func TestEvalNER(t *testing.T) {
	var out, errb bytes.Buffer
	err := run(context.Background(), []string{"eval", "ner", "--conll", "testdata/ner.conll"}, nil, &out, &errb)
	if err != nil {
		t.Fatalf("rasad eval ner: %v\n%s", err, errb.String())
	}
	lines := strings.Split(strings.TrimSpace(out.String()), "\n")
	if len(lines) != 5 {
		t.Fatalf("rasad eval ner printed %d lines, want 5:\n%s", len(lines), out.String())
	}
	for i, prefix := range []string{"PER ", "LOC ", "ORG ", "MISC ", "micro "} {
		if !strings.HasPrefix(lines[i], prefix) {
			t.Errorf("line %d = %q, want it to start with %q", i, lines[i], prefix)
		}
		if f := strings.Fields(lines[i]); len(f) != 7 || f[5] != "F1" {
			t.Errorf("line %d = %q, want NAME P x R y F1 z", i, lines[i])
		}
	}
	// The embedded model finds the easy mentions of the fixture.
	if !strings.HasPrefix(lines[4], "micro  P 100.0  R 100.0  F1 100.0") {
		t.Errorf("micro line = %q, want all five mentions found", lines[4])
	}
}

func TestTrainNERUsage(t *testing.T) {
	var out, errb bytes.Buffer
	if err := run(context.Background(), []string{"train", "ner"}, nil, &out, &errb); err != errUsage {
		t.Errorf("rasad train ner without flags: %v, want usage error", err)
	}
}

func TestUnseenSpans(t *testing.T) {
	seen := map[string]bool{"بوش": true}
	words := strings.Fields("قال جورج بوش و شوماخر في موسكو")
	tests := []struct {
		name       string
		tags, want []string
	}{
		{"a name with a seen word is dropped, the others kept",
			[]string{"O", "B-PER", "I-PER", "O", "B-PER", "O", "B-LOC"},
			[]string{"O", "O", "O", "O", "B-PER", "O", "B-LOC"}},
		{"a seen word alone",
			[]string{"O", "O", "B-PER", "O", "O", "O", "O"},
			[]string{"O", "O", "O", "O", "O", "O", "O"}},
		{"no names", make7("O"), make7("O")},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := unseenSpans(words, tt.tags, seen); !slices.Equal(got, tt.want) {
				t.Errorf("unseenSpans(%v) = %v, want %v", tt.tags, got, tt.want)
			}
		})
	}
}

func make7(tag string) []string { return slices.Repeat([]string{tag}, 7) }
