// Command rasad reads Arabic news and turns it into knowledge a person can
// search and count: entities, quotes, dates and events. Run "rasad help".
package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"os/signal"
	"syscall"
)

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	err := run(ctx, os.Args[1:], os.Stdin, os.Stdout, os.Stderr)
	stop()
	os.Exit(exitCode(err, os.Stderr))
}

// errUsage marks a command line that could not be understood; its message
// has already been printed.
var errUsage = errors.New("usage")

// errSomeFailed means some inputs failed and were reported; the others were
// processed.
var errSomeFailed = errors.New("some inputs failed")

func exitCode(err error, stderr io.Writer) int {
	switch {
	case err == nil:
		return 0
	case errors.Is(err, errUsage):
		return 2
	case errors.Is(err, errSomeFailed):
		return 1
	}
	fmt.Fprintln(stderr, "rasad:", err)
	return 1
}

// run is the whole program: it reads args and writes to stdout and stderr, so
// that tests can run it in process.
func run(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) error {
	if len(args) == 0 {
		usage(stderr)
		return errUsage
	}
	env := &env{stdin: stdin, stdout: stdout, stderr: stderr}
	cmd, rest := args[0], args[1:]
	switch cmd {
	case "help", "-h", "-help", "--help":
		usage(stdout)
		return nil
	case "version", "--version":
		return runVersion(ctx, env, rest)
	case "extract":
		return runExtract(ctx, env, rest)
	case "ingest":
		return runIngest(ctx, env, rest)
	case "reanalyse", "reanalyze":
		return runReanalyse(ctx, env, rest)
	case "search":
		return runSearch(ctx, env, rest)
	case "events":
		return runEvents(ctx, env, rest)
	case "serve":
		return runServe(ctx, env, rest)
	case "eval":
		return runEval(ctx, env, rest)
	case "train":
		return runTrain(ctx, env, rest)
	case "worker":
		return runWorker(ctx, env, rest)
	case "queue":
		return runQueue(ctx, env, rest)
	}
	fmt.Fprintf(stderr, "rasad: unknown command %q\n", cmd)
	usage(stderr)
	return errUsage
}

// env is what a subcommand reads from and writes to.
type env struct {
	stdin  io.Reader
	stdout io.Writer
	stderr io.Writer
}

func usage(w io.Writer) {
	fmt.Fprint(w, `rasad reads Arabic news: entities, quotes, dates and events.

usage: rasad COMMAND [flags] [args]

commands:
  extract [FILE...]   analyse articles and print their documents as JSON
  ingest PATH...      analyse articles and store them in the archive
  reanalyse           analyse again the stored articles an older Rasad indexed
  search QUERY        search the archive
  events [FILE...]    the events of articles, or of the archive with filters
  serve               serve the archive over HTTP: the web page and the API
  eval KIND [flags]   score Rasad against gold data (segment, ner, dates, events, search)
  train KIND [flags]  rebuild a model file from training data (ner, classes)
  worker              take articles off a JetStream queue, extract and store them
  queue status|serve  the state of a JetStream queue; a JetStream node inside rasad
  version             print the version
  help                print this help

Run "rasad COMMAND -h" for the flags of a command.
`)
}
