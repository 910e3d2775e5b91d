package main

import (
	"context"
	"encoding/json"
	"io"
	"net/http"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// TestServe runs rasad serve in process on a free port: the demo articles
// load into an empty archive (and only into an empty one), the server
// answers, and it stops cleanly when its context ends.
func TestServe(t *testing.T) {
	db := filepath.Join(t.TempDir(), "rasad.db")
	tests := []struct {
		name string
		args []string
		docs int
	}{
		{"no demo", []string{"--no-demo"}, 0},
		{"demo into an empty archive", nil, 8},
		{"an archive that is not empty gets nothing more", nil, 8},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ctx, cancel := context.WithCancel(context.Background())
			defer cancel()
			pr, pw := io.Pipe()
			done := make(chan error, 1)
			args := append([]string{"serve", "--addr", "127.0.0.1:0", "--db", db, "--demo", "../../testdata"}, tt.args...)
			go func() {
				done <- run(ctx, args, strings.NewReader(""), io.Discard, pw)
				pw.Close()
			}()
			base, err := serverAddress(pr)
			if err != nil {
				t.Fatal(err)
			}
			resp, err := http.Get(base + "/healthz")
			if err != nil {
				t.Fatal(err)
			}
			var h struct{ Documents int }
			json.NewDecoder(resp.Body).Decode(&h)
			resp.Body.Close()
			if h.Documents != tt.docs {
				t.Errorf("documents = %d, want %d", h.Documents, tt.docs)
			}
			cancel()
			select {
			case err := <-done:
				if err != nil {
					t.Errorf("serve returned %v after its context ended", err)
				}
			case <-time.After(15 * time.Second):
				t.Fatal("serve did not stop")
			}
		})
	}
}
