package main

import (
	"cmp"
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"os"
	"strings"
	"sync"
	"time"

	"rasad/internal/article"
	"rasad/internal/ingest"
	"rasad/internal/news"
	"rasad/internal/queue"
)

// queueFlags are the flags of the commands that use a JetStream queue.
type queueFlags struct {
	url        *string
	replicas   *int
	maxDeliver *int
	ackWait    *time.Duration
}

// addQueueFlags adds --queue and the stream's settings to fs.
func addQueueFlags(fs *flag.FlagSet) queueFlags {
	return queueFlags{
		url:        fs.String("queue", os.Getenv("RASAD_QUEUE"), "the JetStream queue: `nats://host:port`, several separated by commas (default from RASAD_QUEUE)"),
		replicas:   fs.Int("replicas", 1, "copies of the queue's streams when they are created: 1, or 3 on a cluster"),
		maxDeliver: fs.Int("max-deliver", 5, "attempts at an article before it goes to the dead letters"),
		ackWait:    fs.Duration("ack-wait", 30*time.Second, "how long a worker may hold an article without word before another gets it"),
	}
}

func (f queueFlags) config() queue.Config {
	return queue.Config{Replicas: *f.replicas, MaxDeliver: *f.maxDeliver, AckWait: *f.ackWait}
}

// dial connects to the queue that --queue names.
func (f queueFlags) dial(ctx context.Context) (*queue.JetStream, error) {
	if *f.url == "" {
		return nil, errors.New("no queue: give --queue nats://host:port")
	}
	return queue.Dial(ctx, *f.url, f.config())
}

func runQueue(ctx context.Context, env *env, args []string) error {
	if len(args) == 0 {
		fmt.Fprint(env.stderr, queueUsage)
		return errUsage
	}
	switch args[0] {
	case "status":
		return runQueueStatus(ctx, env, args[1:])
	case "serve":
		return runQueueServe(ctx, env, args[1:])
	case "-h", "-help", "--help", "help":
		fmt.Fprint(env.stdout, queueUsage)
		return nil
	}
	fmt.Fprintf(env.stderr, "rasad queue: unknown command %q\n%s", args[0], queueUsage)
	return errUsage
}

const queueUsage = `usage: rasad queue status --queue nats://HOST:PORT [--json] [--letters N]
       rasad queue serve --store DIR [--addr HOST:PORT] [--cluster NAME --listen HOST:PORT --routes URL,...]

status  what the work queue holds: jobs pending, in flight, redelivered, and
        the dead letters with their errors
serve   a JetStream node inside rasad, every write synced to disk before it
        is acknowledged; three of them with --cluster make a cluster
`

func runQueueStatus(ctx context.Context, env *env, args []string) error {
	cmd := newCommand(env, "queue status", "--queue nats://HOST:PORT [--json] [--letters N]", `
What the work queue holds: jobs pending, in flight, redelivered, and the
dead letters with their errors.`)
	qf := addQueueFlags(cmd.FlagSet)
	asJSON := cmd.Bool("json", false, "print the status as JSON")
	letters := cmd.Int("letters", 10, "how many of the latest dead letters to show")
	if err := cmd.parseNone(args); err != nil {
		return err
	}
	q, err := qf.dial(ctx)
	if err != nil {
		return err
	}
	defer q.Close()
	s, err := q.Status(ctx, *letters)
	if err != nil {
		return err
	}
	if *asJSON {
		enc := json.NewEncoder(env.stdout)
		enc.SetIndent("", "  ")
		return enc.Encode(s)
	}
	w := env.stdout
	fmt.Fprintf(w, "stream %s, %d replicas, leader %s\n", s.Stream, s.Replicas, s.Leader)
	fmt.Fprintf(w, "pending %d (waiting %d, in flight %d, redelivered %d)\n", s.Pending, s.Waiting, s.InFlight, s.Redelivered)
	fmt.Fprintf(w, "dead letters %d\n", s.Dead)
	for _, l := range s.Letters {
		fmt.Fprintf(w, "  %s  %s  after %d attempts: %s\n", l.Time.UTC().Format(time.RFC3339), l.ID, l.Attempts, l.Error)
	}
	return nil
}

func runQueueServe(ctx context.Context, env *env, args []string) error {
	cmd := newCommand(env, "queue serve", "--store DIR [--addr HOST:PORT] [--cluster NAME --listen HOST:PORT --routes URL,...]", `
A JetStream node inside rasad, every write synced to disk before it is
acknowledged; three of them with --cluster make a cluster.`)
	dir := cmd.String("store", "", "the `folder` where the node keeps its streams (required)")
	addr := cmd.String("addr", "127.0.0.1:4222", "the `address` clients connect to")
	name := cmd.String("name", "", "the node's name in its cluster (default: its address)")
	cluster := cmd.String("cluster", "", "the cluster's `name`; none for a node alone")
	listen := cmd.String("listen", "127.0.0.1:6222", "with --cluster: the `address` the other nodes connect to")
	routes := cmd.String("routes", "", "with --cluster: the other nodes' cluster addresses, `nats://host:port,...`")
	if err := cmd.parseNone(args); err != nil {
		return err
	}
	if *dir == "" {
		return cmd.usageError("--store is required")
	}
	cfg := queue.NodeConfig{Name: *name, Dir: *dir, Addr: *addr}
	if *cluster != "" {
		cfg.Cluster, cfg.Listen = *cluster, *listen
		for r := range strings.SplitSeq(*routes, ",") {
			if r = strings.TrimSpace(r); r != "" {
				cfg.Routes = append(cfg.Routes, r)
			}
		}
	}
	s, err := queue.StartNode(cfg)
	if err != nil {
		return err
	}
	fmt.Fprintf(env.stderr, "rasad queue: JetStream node %s on nats://%s, streams in %s\n", s.Name(), *addr, *dir)
	<-ctx.Done()
	s.Shutdown()
	s.WaitForShutdown()
	return nil
}

// publish reads the articles that paths name and puts them on the queue,
// on a few goroutines (each publish waits for the stream's ack), and prints
// a summary as ingest does, --quiet or not.
func publish(ctx context.Context, env *env, q queue.Publisher, paths []string, opt article.Options) error {
	const publishers = 8
	start := time.Now()
	var mu sync.Mutex
	var inputs, published, dups, errs int
	report := func(err error) {
		mu.Lock()
		errs++
		mu.Unlock()
		fmt.Fprintf(env.stderr, "rasad ingest: %v\n", err)
	}
	// The first failed publish (the queue out of reach after the
	// publisher's tries) ends the others and the reading: the articles
	// after it would each wait as long for the same answer.
	pctx, stop := context.WithCancel(ctx)
	defer stop()
	arts := make(chan news.Article, publishers)
	var failed error
	var wg sync.WaitGroup
	for range publishers {
		wg.Go(func() {
			for a := range arts {
				if pctx.Err() != nil {
					continue
				}
				dup, err := q.Publish(pctx, a)
				mu.Lock()
				switch {
				case err != nil && failed == nil && ctx.Err() == nil:
					failed = err
					stop()
				case err == nil && dup:
					dups++
				case err == nil:
					published++
				}
				mu.Unlock()
			}
		})
	}
	walkErr := ingest.Walk(ctx, paths, env.stdin, opt.MaxInput(), func(in ingest.Input, err error) error {
		if err != nil {
			report(err)
			return nil
		}
		inputs++
		got, err := article.Parse(in.Name, in.Data, opt)
		if err != nil {
			for _, e := range splitErrors(err) {
				report(e)
			}
		}
		for _, a := range got {
			select {
			case arts <- a:
			case <-pctx.Done():
				mu.Lock()
				defer mu.Unlock()
				return cmp.Or(failed, ctx.Err())
			}
		}
		mu.Lock()
		defer mu.Unlock()
		return failed
	})
	close(arts)
	wg.Wait()
	elapsed := time.Since(start)
	fmt.Fprintf(env.stderr, "published %d articles from %d inputs in %s (%.0f articles/s): %d already on the queue, %d errors\n",
		published, inputs, elapsed.Round(10*time.Millisecond), float64(published+dups)/max(elapsed.Seconds(), 1e-9), dups, errs)
	if failed != nil {
		return failed
	}
	if walkErr != nil {
		return walkErr
	}
	if errs > 0 {
		return errSomeFailed
	}
	return nil
}

// splitErrors returns the errors joined in err, or err alone.
func splitErrors(err error) []error {
	if j, ok := err.(interface{ Unwrap() []error }); ok {
		return j.Unwrap()
	}
	return []error{err}
}
