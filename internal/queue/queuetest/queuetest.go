// Package queuetest starts the JetStream nodes and dials the queues that
// tests of the work queue and its users (the feed poller, the commands)
// need, each stopped or closed when its test ends.
package queuetest

import (
	"context"
	"testing"

	"github.com/nats-io/nats-server/v2/server"

	"rasad/internal/queue"
)

// Node starts a JetStream node keeping its streams in dir (a new temporary
// directory when empty), listening on addr (any free port when empty), and
// shuts it down when the test ends.
func Node(tb testing.TB, dir, addr string) *server.Server {
	tb.Helper()
	if dir == "" {
		dir = tb.TempDir()
	}
	if addr == "" {
		addr = "127.0.0.1:0"
	}
	node, err := queue.StartNode(queue.NodeConfig{Dir: dir, Addr: addr})
	if err != nil {
		tb.Fatal(err)
	}
	tb.Cleanup(func() { node.Shutdown(); node.WaitForShutdown() })
	return node
}

// Dial dials the queue at url with the default configuration and closes it
// when the test ends.
func Dial(tb testing.TB, url string) *queue.JetStream {
	tb.Helper()
	q, err := queue.Dial(context.Background(), url, queue.Config{})
	if err != nil {
		tb.Fatal(err)
	}
	tb.Cleanup(func() { q.Close() })
	return q
}
