package server_test

import (
	"context"
	"fmt"
	"io"
	"log/slog"
	"net"
	"net/http"
	"os"
	"path/filepath"

	"rasad/internal/server"
	"rasad/internal/store/sqlite"
)

// Serve an archive on a free port and ask whether it is healthy.
func ExampleServer_Serve() {
	dir, _ := os.MkdirTemp("", "rasad")
	defer os.RemoveAll(dir)
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	st, err := sqlite.Open(ctx, filepath.Join(dir, "rasad.db"), nil)
	if err != nil {
		fmt.Println(err)
		return
	}
	defer st.Close()
	srv, err := server.New(server.Config{Store: st, Log: slog.New(slog.NewTextHandler(io.Discard, nil))})
	if err != nil {
		fmt.Println(err)
		return
	}
	ln, _ := net.Listen("tcp", "127.0.0.1:0")
	done := make(chan error)
	go func() { done <- srv.Serve(ctx, ln) }()

	resp, err := http.Get("http://" + ln.Addr().String() + "/healthz")
	if err != nil {
		fmt.Println(err)
		return
	}
	body, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	fmt.Print(resp.StatusCode, " ", string(body))

	cancel()            // a graceful shutdown
	fmt.Println(<-done) // Serve returns nil once the requests in flight are done
	// Output:
	// 200 {"documents":0,"events":0,"stale":0,"status":"ok","versions":[]}
	// <nil>
}
