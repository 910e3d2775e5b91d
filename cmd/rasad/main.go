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
	"strings"
	"syscall"
)

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	err := run(ctx, os.Args[1:], os.Stdin, os.Stdout, os.Stderr)
	stop()
	os.Exit(exitCode(err, os.Stderr))
}

// The exit codes, the same for every subcommand.
const (
	exitOK     = 0 // done; also -h and --help
	exitFailed = 1 // some inputs failed (each one reported, the others done), or the command failed
	exitUsage  = 2 // the command line could not be understood (nothing done)
)

// errUsage marks a command line that could not be understood; its message
// has already been printed.
var errUsage = errors.New("usage")

// errHelp means the usage was asked for (-h, --help) and printed.
var errHelp = errors.New("help")

// errSomeFailed means some inputs failed and were reported; the others were
// processed.
var errSomeFailed = errors.New("some inputs failed")

// exitCode is the one mapping from a subcommand's error to the exit code;
// an error not reported yet is printed first.
func exitCode(err error, stderr io.Writer) int {
	switch {
	case err == nil, errors.Is(err, errHelp):
		return exitOK
	case errors.Is(err, errUsage):
		return exitUsage
	case errors.Is(err, errSomeFailed):
		return exitFailed
	}
	fmt.Fprintln(stderr, "rasad:", err)
	return exitFailed
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
		if len(rest) > 0 && rest[0] != "help" && !strings.HasPrefix(rest[0], "-") {
			return run(ctx, []string{rest[0], "--help"}, stdin, stdout, stderr)
		}
		usage(stdout)
		return nil
	}
	if f, ok := commands[cmd]; ok {
		return f(ctx, env, rest)
	}
	fmt.Fprintf(stderr, "rasad: unknown command %q\n", cmd)
	usage(stderr)
	return errUsage
}

// commands are the subcommands by name (and alias); each has its file.
var commands = map[string]func(context.Context, *env, []string) error{
	"version": runVersion, "--version": runVersion,
	"extract": runExtract, "ingest": runIngest,
	"reanalyse": runReanalyse, "reanalyze": runReanalyse,
	"search": runSearch, "events": runEvents,
	"serve": runServe, "feeds": runFeeds,
	"eval": runEval, "train": runTrain,
	"worker": runWorker, "queue": runQueue,
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
  feeds COMMAND       follow news feeds: add, list, remove, poll
  eval KIND [flags]   score Rasad against gold data (segment, ner, dates, events, search)
  train KIND [flags]  rebuild a model file from training data (ner, classes)
  worker              take articles off a JetStream queue, extract and store them
  queue status|serve  the state of a JetStream queue; a JetStream node inside rasad
  version             print the version
  help [COMMAND]      print this help, or a command's

Run "rasad COMMAND -h" for the flags of a command. Flags may come before or
after the arguments. Exit status: 0 done, 1 some inputs failed (each one
reported, the others done), 2 a command line not understood.
`)
}
