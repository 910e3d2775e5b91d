package queue

import (
	"fmt"
	"net"
	"strconv"
	"time"

	"github.com/nats-io/nats-server/v2/server"
)

// NodeConfig describes a JetStream node run inside Rasad.
type NodeConfig struct {
	Name    string   // the node's name in its cluster; the address when ""
	Dir     string   // where it keeps its streams; required
	Addr    string   // client address, host:port ("127.0.0.1:4222" when ""; port 0: any free one)
	Cluster string   // the cluster's name; "" for a node alone
	Listen  string   // the address other nodes of the cluster connect to (host:port)
	Routes  []string // the other nodes' cluster addresses (nats://host:port)
}

// StartNode starts a JetStream node and waits until it takes clients. Every
// write is synced to disk before it is acknowledged (SyncAlways): Jepsen's
// analysis of JetStream 2.12.1 found acknowledged writes lost with the
// default sync interval. Stop it with Shutdown.
func StartNode(cfg NodeConfig) (*server.Server, error) {
	if cfg.Dir == "" {
		return nil, fmt.Errorf("queue node: no store directory")
	}
	if cfg.Addr == "" {
		cfg.Addr = "127.0.0.1:4222"
	}
	host, port, err := splitAddr(cfg.Addr)
	if err != nil {
		return nil, fmt.Errorf("queue node: address %s: %w", cfg.Addr, err)
	}
	opts := &server.Options{
		ServerName: cfg.Name, Host: host, Port: port,
		JetStream: true, StoreDir: cfg.Dir, SyncAlways: true,
		NoSigs: true, MaxPayload: 8 << 20,
	}
	if opts.ServerName == "" {
		opts.ServerName = cfg.Addr
	}
	if cfg.Cluster != "" {
		ch, cp, err := splitAddr(cfg.Listen)
		if err != nil {
			return nil, fmt.Errorf("queue node: cluster address %q: %w", cfg.Listen, err)
		}
		opts.Cluster = server.ClusterOpts{Name: cfg.Cluster, Host: ch, Port: cp}
		for _, r := range cfg.Routes {
			opts.Routes = append(opts.Routes, server.RoutesFromStr(r)...)
		}
	}
	if port == 0 {
		opts.Port = server.RANDOM_PORT // any free one: see the server's ClientURL
	}
	s, err := server.NewServer(opts)
	if err != nil {
		return nil, fmt.Errorf("queue node %s: %w", opts.ServerName, err)
	}
	s.Start()
	if !s.ReadyForConnections(readyWait) {
		s.Shutdown()
		return nil, fmt.Errorf("queue node %s: not ready after %v", opts.ServerName, readyWait)
	}
	return s, nil
}

// readyWait is how long StartNode waits for a node to take connections. A
// node that restarts recovers its streams from disk first, which on a
// loaded two-core machine took more than 10 s (TestClusterLeaderRestart,
// run beside benchmarks).
const readyWait = 30 * time.Second

func splitAddr(addr string) (string, int, error) {
	host, p, err := net.SplitHostPort(addr)
	if err != nil {
		return "", 0, err
	}
	port, err := strconv.Atoi(p)
	if err != nil {
		return "", 0, err
	}
	return host, port, nil
}
