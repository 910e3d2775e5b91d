package main

import (
	"context"
	"fmt"
	"io"
	"strings"
)

// A kind is one subcommand of a command with kinds (rasad eval ner).
type kind struct {
	name, about string
	run         func(context.Context, *env, []string) error
}

// withKinds returns the command name (rasad eval) whose kinds are kinds.
func withKinds(name, about string, kinds []kind) func(context.Context, *env, []string) error {
	return func(ctx context.Context, env *env, args []string) error {
		return dispatch(ctx, env, name, about, args, kinds)
	}
}

// dispatch runs the kind that args name, or prints the kinds: to standard
// output for -h and --help, as a usage error when the kind is missing or
// unknown.
func dispatch(ctx context.Context, env *env, name, about string, args []string, kinds []kind) error {
	names := make([]string, len(kinds))
	for i, k := range kinds {
		names[i] = k.name
	}
	usage := func(w io.Writer) {
		fmt.Fprintf(w, "usage: rasad %s %s [flags]\n\n%s:\n", name, strings.Join(names, "|"), about)
		for _, k := range kinds {
			fmt.Fprintf(w, "  %-8s %s\n", k.name, k.about)
		}
		fmt.Fprintf(w, "\nRun \"rasad %s KIND -h\" for the flags of a kind.\n", name)
	}
	if len(args) == 0 {
		fmt.Fprintf(env.stderr, "rasad %s: which kind? (%s)\n", name, strings.Join(names, ", "))
		usage(env.stderr)
		return errUsage
	}
	switch args[0] {
	case "-h", "-help", "--help", "help":
		usage(env.stdout)
		return errHelp
	}
	for _, k := range kinds {
		if k.name == args[0] {
			return k.run(ctx, env, args[1:])
		}
	}
	fmt.Fprintf(env.stderr, "rasad %s: %q is not a kind of %s (%s)\n", name, args[0], name, strings.Join(names, ", "))
	return errUsage
}
