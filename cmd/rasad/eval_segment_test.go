package main

import (
	"bytes"
	"context"
	"errors"
	"strings"
	"testing"
)

func TestEvalSegment(t *testing.T) {
	tests := []struct {
		name      string
		args      []string
		wantErr   error  // nil: success; errUsage; errHelp; or any error (errAny)
		errHas    string // text the error must hold
		stdoutHas string
		stderrHas string
	}{
		{name: "scores", args: []string{"--conllu", "../../internal/eval/testdata/pud-style.conllu"},
			stdoutHas: "words   P 100.0  R 100.0  F1 100.0\n"},
		{name: "padt leaves out unanalysed", args: []string{"--conllu", "../../internal/eval/testdata/padt-style.conllu"},
			stdoutHas: "1 unanalysed tokens left out"},
		{name: "diff", args: []string{"--conllu", "../../internal/eval/testdata/pud-style.conllu", "-diff"}},
		{name: "help", args: []string{"-h"}, wantErr: errHelp, stdoutHas: "usage: rasad eval segment --conllu FILE"},
		{name: "no file", args: nil, wantErr: errUsage, stderrHas: "usage:"},
		{name: "missing file", args: []string{"--conllu", "testdata/none.conllu"}, wantErr: errAny, errHas: "testdata/none.conllu"},
		{name: "bad file", args: []string{"--conllu", "../../internal/eval/testdata/bad-columns.conllu"}, wantErr: errAny, errHas: "bad-columns.conllu:2"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var stdout, stderr bytes.Buffer
			err := run(context.Background(), append([]string{"eval", "segment"}, tt.args...), strings.NewReader(""), &stdout, &stderr)
			switch {
			case tt.wantErr == nil && err != nil:
				t.Fatalf("rasad eval segment %q: %v", tt.args, err)
			case (tt.wantErr == errUsage || tt.wantErr == errHelp) && !errors.Is(err, tt.wantErr):
				t.Fatalf("rasad eval segment %q: error %v, want %v", tt.args, err, tt.wantErr)
			case tt.wantErr == errAny && (err == nil || !strings.Contains(err.Error(), tt.errHas)):
				t.Fatalf("rasad eval segment %q: error %v, want one containing %q", tt.args, err, tt.errHas)
			}
			if !strings.Contains(stdout.String(), tt.stdoutHas) {
				t.Errorf("stdout = %q, want it to contain %q", stdout.String(), tt.stdoutHas)
			}
			if !strings.Contains(stderr.String(), tt.stderrHas) {
				t.Errorf("stderr = %q, want it to contain %q", stderr.String(), tt.stderrHas)
			}
		})
	}
}

var errAny = errors.New("any error")
