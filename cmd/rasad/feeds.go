package main

import (
	"bufio"
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"net/url"
	"os"
	"strings"
	"text/tabwriter"
	"time"

	"rasad/internal/feed"
	"rasad/internal/news"
	"rasad/internal/pipeline"
	"rasad/internal/store"
)

// feedArchive is an archive that follows feeds: both stores are.
type feedArchive interface {
	store.Store
	feed.State
	AddFeed(ctx context.Context, url, name string, now time.Time) (store.Feed, bool, error)
	RemoveFeed(ctx context.Context, url string) error
	Feeds(ctx context.Context) ([]store.Feed, error)
}

// openFeedArchive opens the archive dsn names, as openStore does.
func openFeedArchive(ctx context.Context, dsn string) (feedArchive, error) {
	st, err := openStore(ctx, dsn)
	if err != nil {
		return nil, err
	}
	fa, ok := st.(feedArchive)
	if !ok {
		st.Close()
		return nil, fmt.Errorf("open %s: this archive cannot follow feeds", dsn)
	}
	return fa, nil
}

// parseOpenFeeds parses the flags of a feeds command that takes no
// arguments, then opens the feed archive its --db (db) names.
func parseOpenFeeds(ctx context.Context, cmd *command, db *string, args []string) (feedArchive, error) {
	if err := cmd.parseNone(args); err != nil {
		return nil, err
	}
	return openFeedArchive(ctx, *db)
}

func runFeeds(ctx context.Context, env *env, args []string) error {
	if len(args) > 0 {
		switch args[0] {
		case "add":
			return runFeedsAdd(ctx, env, args[1:])
		case "list":
			return runFeedsList(ctx, env, args[1:])
		case "remove", "rm":
			return runFeedsRemove(ctx, env, args[1:])
		case "poll":
			return runFeedsPoll(ctx, env, args[1:])
		}
	}
	fmt.Fprint(env.stderr, `usage: rasad feeds COMMAND [flags]

Follow news feeds (RSS, Atom, RDF) and keep the archive current with their
stories: each item's page is fetched and its text stored once.

commands:
  add [--name NAME] [-f FILE] URL...   follow feeds (FILE: a URL a line)
  list [--json]                        the feeds and their health
  remove URL...                        stop following feeds
  poll [--once] [--queue URL]          check the due feeds until stopped

Run "rasad feeds COMMAND -h" for the flags of a command.
`)
	return errUsage
}

func runFeedsAdd(ctx context.Context, env *env, args []string) error {
	cmd := newCommand(env, "feeds add", "[--db DB] [--name NAME] [-f FILE] URL...", `
Follow news feeds: each URL (or each line of FILE) is an RSS, Atom or RDF
feed whose stories rasad feeds poll (or serve --poll) will store.`)
	db := dbFlag(cmd.FlagSet)
	name := cmd.String("name", "", "the outlet's `name` for the stories of these feeds (default: each feed's title)")
	file := cmd.String("f", "", "read feed URLs from `file`, one a line (# starts a comment; - is standard input)")
	urls, err := cmd.parse(args)
	if err != nil {
		return err
	}
	if *file != "" {
		more, err := readURLs(*file, env.stdin)
		if err != nil {
			return err
		}
		urls = append(urls, more...)
	}
	return forEachFeed(ctx, cmd, *db, "add", urls, func(st feedArchive, u string) (bool, error) {
		if err := checkFeedURL(u); err != nil {
			fmt.Fprintf(env.stderr, "rasad feeds add: %v\n", err)
			return false, nil
		}
		f, added, err := st.AddFeed(ctx, u, *name, time.Now())
		if err != nil {
			return false, err
		}
		if added {
			fmt.Fprintf(env.stdout, "added %s\n", f.URL)
		} else {
			fmt.Fprintf(env.stdout, "followed already: %s\n", f.URL)
		}
		return true, nil
	})
}

// forEachFeed opens the feed archive db and calls each with every URL of
// urls (none is a usage error, verb saying what was to be done). each
// reports whether the URL went well; an error it returns stops all. When
// a URL did not go well, the others are still done and the command fails
// with errSomeFailed at the end.
func forEachFeed(ctx context.Context, cmd *command, db, verb string, urls []string, each func(st feedArchive, u string) (bool, error)) error {
	if len(urls) == 0 {
		return cmd.usageError("no feed URL to %s", verb)
	}
	st, err := openFeedArchive(ctx, db)
	if err != nil {
		return err
	}
	defer st.Close()
	failed := false
	for _, u := range urls {
		ok, err := each(st, u)
		if err != nil {
			return err
		}
		failed = failed || !ok
	}
	if failed {
		return errSomeFailed
	}
	return nil
}

// checkFeedURL accepts an absolute http(s) URL.
func checkFeedURL(s string) error {
	u, err := url.Parse(s)
	if err != nil || u.Scheme != "http" && u.Scheme != "https" || u.Host == "" {
		return fmt.Errorf("%q is not an http(s) URL", s)
	}
	return nil
}

// readURLs reads the URLs of a file, one a line; "-" is stdin.
func readURLs(path string, stdin io.Reader) ([]string, error) {
	r := stdin
	if path != "-" {
		f, err := os.Open(path)
		if err != nil {
			return nil, err
		}
		defer f.Close()
		r = f
	}
	var out []string
	sc := bufio.NewScanner(r)
	for sc.Scan() {
		line, _, _ := strings.Cut(sc.Text(), "#")
		if line = strings.TrimSpace(line); line != "" {
			out = append(out, line)
		}
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("read %s: %w", path, err)
	}
	return out, nil
}

func runFeedsList(ctx context.Context, env *env, args []string) error {
	cmd := newCommand(env, "feeds list", "[--db DB] [--json]", `
The feeds the archive follows, with their health: title, last fetch,
status, items, errors and next check.`)
	db := dbFlag(cmd.FlagSet)
	asJSON := cmd.Bool("json", false, "print JSON")
	st, err := parseOpenFeeds(ctx, cmd, db, args)
	if err != nil {
		return err
	}
	defer st.Close()
	feeds, err := st.Feeds(ctx)
	if err != nil {
		return err
	}
	if *asJSON {
		if feeds == nil {
			feeds = []store.Feed{}
		}
		enc := json.NewEncoder(env.stdout)
		enc.SetIndent("", "  ")
		enc.SetEscapeHTML(false)
		return enc.Encode(feeds)
	}
	tw := tabwriter.NewWriter(env.stdout, 0, 4, 2, ' ', 0)
	fmt.Fprintln(tw, "FEED\tURL\tLAST FETCH\tSTATUS\tITEMS\tERRORS\tNEXT CHECK")
	for _, f := range feeds {
		fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%d\t%d/%d\t%s\n", f.Outlet(), f.URL, timeText(f.LastFetch), shorten(f.Status, 60),
			f.Items, f.Errors, f.Failures, timeText(f.NextCheck))
	}
	return tw.Flush()
}

func timeText(t time.Time) string {
	if t.IsZero() {
		return "never"
	}
	return t.Local().Format("2006-01-02 15:04:05")
}

func shorten(s string, n int) string {
	if r := []rune(s); len(r) > n {
		return string(r[:n-1]) + "…"
	}
	if s == "" {
		return "-"
	}
	return s
}

func runFeedsRemove(ctx context.Context, env *env, args []string) error {
	cmd := newCommand(env, "feeds remove", "[--db DB] URL...", `
Stop following feeds. The stories already stored stay in the archive.`)
	db := dbFlag(cmd.FlagSet)
	urls, err := cmd.parse(args)
	if err != nil {
		return err
	}
	return forEachFeed(ctx, cmd, *db, "remove", urls, func(st feedArchive, u string) (bool, error) {
		err := st.RemoveFeed(ctx, u)
		switch {
		case errors.Is(err, store.ErrNotFound):
			fmt.Fprintf(env.stderr, "rasad feeds remove: %s is not followed\n", u)
			return false, nil
		case err != nil:
			return false, err
		}
		fmt.Fprintf(env.stdout, "removed %s\n", u)
		return true, nil
	})
}

// pollFlags are the flags of the poller, for "feeds poll" and "serve --poll".
type pollFlags struct {
	gap, interval, timeout, maxBackoff, tick *time.Duration
	workers                                  *int
}

func addPollFlags(fs *flag.FlagSet) pollFlags {
	return pollFlags{
		gap:        fs.Duration("gap", feed.DefaultGap, "least `time` between two requests to one host"),
		interval:   fs.Duration("interval", feed.DefaultInterval, "`time` between checks of a feed (a failing one waits longer)"),
		timeout:    fs.Duration("timeout", feed.DefaultTimeout, "`time` a request may take, body included"),
		maxBackoff: fs.Duration("max-backoff", feed.DefaultMaxBackoff, "longest `time` a failing feed waits (it is never given up)"),
		tick:       fs.Duration("tick", 5*time.Second, "`time` between looks for due feeds when none is"),
		workers:    fs.Int("workers", feed.DefaultWorkers, "feeds polled at once"),
	}
}

// poller returns the poller of the archive's feeds, putting their stories
// in sink; sinkFailed (when not nil) hears of each round whose sink (the
// work queue) was unavailable.
func (pf pollFlags) poller(st feedArchive, sink feed.Sink, sinkFailed func(error, time.Duration)) *feed.Poller {
	gap := *pf.gap
	if gap == 0 {
		gap = -1 // no gap, as asked
	}
	f := feed.NewFetcher(feed.FetchOptions{Gap: gap, Timeout: *pf.timeout})
	return feed.NewPoller(st, sink, f, feed.Options{Interval: *pf.interval, MaxBackoff: *pf.maxBackoff,
		Workers: *pf.workers, SinkFailed: sinkFailed})
}

// queueDown is the line that says a poll round found the queue at url
// unavailable (err) and that the next round is in wait.
func queueDown(url string, err error, wait time.Duration) string {
	return fmt.Sprintf("the queue %s is unavailable; the stories wait for the next round, in %s: %v", url, wait, err)
}

// pollSink is where a poller puts the stories of the archive st: on the
// queue that qf names (--queue), for workers to analyse and store, or into
// st through the pipeline that load returns. rejected hears of each story
// the queue refuses for good (too large), which the poller skips. close
// closes the queue.
func pollSink(ctx context.Context, qf queueFlags, st feedArchive, load func() (*pipeline.Pipeline, error), rejected func(news.Article, error)) (sink feed.Sink, close func(), err error) {
	if *qf.url != "" {
		q, err := qf.dial(ctx)
		if err != nil {
			return nil, nil, err
		}
		return &feed.Queue{Publisher: q, Rejected: rejected}, func() { q.Close() }, nil
	}
	p, err := load()
	if err != nil {
		return nil, nil, err
	}
	return &feed.Store{Pipeline: p, Archive: st}, func() {}, nil
}

// roundLine is the progress line of one round.
func roundLine(rs feed.RoundStats) string {
	return fmt.Sprintf("round: %d feeds due, %d fetched, %d not modified, %d failed; %d new stories (%d from the feed's text), %d repeats; %s",
		rs.Due, rs.Fetched, rs.NotModified, rs.Failed, rs.New, rs.FromFeed, rs.Duplicates, rs.Elapsed.Round(time.Millisecond))
}

func runFeedsPoll(ctx context.Context, env *env, args []string) error {
	cmd := newCommand(env, "feeds poll", "[flags]", `
Check the feeds that are due, store their new stories, and go on until
interrupted (or one round with --once). A line per round says what it did.
Stopped by SIGINT or SIGTERM, it ends cleanly; even killed, it loses and
repeats nothing when started again. With --queue, the stories are put on a
JetStream work queue instead, for rasad worker to analyse and store; the
poller's state stays in the archive, and an item is done only once the
queue has acknowledged its story. While the queue is unavailable the
stories wait for a later round: the poller says so and waits, 1 s, then
twice as long after each such round, up to a minute, and goes on when the
queue is back; it stops only when the archive fails (or with --once).`)
	db := dbFlag(cmd.FlagSet)
	once := cmd.Bool("once", false, "poll one round of the due feeds, then stop")
	pf := addPollFlags(cmd.FlagSet)
	qf := addQueueFlags(cmd.FlagSet)
	st, err := parseOpenFeeds(ctx, cmd, db, args)
	if err != nil {
		return err
	}
	defer st.Close()
	sink, closeSink, err := pollSink(ctx, qf, st, newPipeline, func(a news.Article, err error) {
		fmt.Fprintf(env.stderr, "rasad feeds: the queue %s refuses the story %s for good; it is skipped: %v\n", *qf.url, a.URL, err)
	})
	if err != nil {
		return err
	}
	defer closeSink()
	poller := pf.poller(st, sink, func(err error, wait time.Duration) {
		fmt.Fprintln(env.stderr, "rasad feeds:", queueDown(*qf.url, err, wait))
	})
	progress := func(rs feed.RoundStats) { fmt.Fprintln(env.stderr, "rasad feeds:", roundLine(rs)) }
	if *once {
		rs, err := poller.Round(ctx)
		progress(rs)
		if errors.Is(err, context.Canceled) {
			return nil
		}
		return err
	}
	err = poller.Run(ctx, *pf.tick, progress)
	fmt.Fprintln(env.stderr, "rasad feeds: stopped")
	return err
}
