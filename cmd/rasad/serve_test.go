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
			base, stop := startServe(t, append([]string{"serve", "--addr", "127.0.0.1:0", "--db", db, "--demo", "../../testdata"}, tt.args...)...)
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
			stop()
		})
	}
}

// startServe runs rasad with args (serve and its flags, --addr
// 127.0.0.1:0) in process, and returns the server's address once it
// listens, and stop, which ends serve's context and fails the test unless
// serve then returns nil within 15 seconds. The test's end stops it too.
func startServe(t *testing.T, args ...string) (base string, stop func()) {
	t.Helper()
	ctx, cancel := context.WithCancel(context.Background())
	pr, pw := io.Pipe()
	done := make(chan error, 1)
	go func() {
		done <- run(ctx, args, strings.NewReader(""), io.Discard, pw)
		pw.Close()
	}()
	stopped := false
	stop = func() {
		if stopped {
			return
		}
		stopped = true
		cancel()
		select {
		case err := <-done:
			if err != nil {
				t.Errorf("%s returned %v after its context ended", strings.Join(args, " "), err)
			}
		case <-time.After(15 * time.Second):
			t.Fatalf("%s did not stop", strings.Join(args, " "))
		}
	}
	t.Cleanup(stop)
	base, err := serverAddress(pr)
	if err != nil {
		t.Fatal(err)
	}
	return base, stop
}
