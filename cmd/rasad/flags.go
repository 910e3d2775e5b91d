package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"io/fs"
	"os"
	"strings"

	"rasad/internal/article"
	"rasad/internal/search"
)

// command is a subcommand's command line: its flags, its usage and the one
// way every subcommand parses them. A subcommand (the ones to come too)
// adopts it in three steps:
//
//	c := newCommand(env, "events", "[flags] [FILE...]", `With FILE, analyse …`)
//	format := c.String("format", "jsonl", "output `format`")   // the flag.FlagSet's methods
//	files, err := c.parse(args)
//	if err != nil {
//		return err // errHelp (exit 0) or errUsage (exit 2), already printed
//	}
//
// and reports a bad argument with c.usageError("…"), which prints it with
// the usage line and returns errUsage. c.need adds a flag that must be
// given. What parse gives every subcommand:
//
//   - -h, -help and --help print the usage to standard output (exit 0);
//   - flags may come before, between or after the arguments, written with
//     one dash or two, "--name value" or "--name=value"
//     (rasad extract a.txt --published 2023-04-16; rasad search 'q' -n 2);
//   - a word that looks like a flag but names none is an error naming it
//     (never a file name or words to search for), except in a command made
//     with words set, whose arguments are a query: there -word is a word
//     (NOT word in a query) and only --word is an error;
//   - "--" ends the flags: what follows is arguments, whatever it looks like.
type command struct {
	*flag.FlagSet
	env      *env
	name     string // as typed after rasad: "search", "eval ner"
	synopsis string // what follows the name in the usage line: "[flags] QUERY"
	about    string // what the command does, a paragraph or two
	// words makes an unknown -word an argument, for commands whose
	// arguments are a query.
	words bool
	// required are the flags that must be given (a gold file, say).
	required []string
}

// newCommand returns the command line of subcommand name.
func newCommand(env *env, name, synopsis, about string) *command {
	c := &command{FlagSet: flag.NewFlagSet(name, flag.ContinueOnError), env: env, name: name, synopsis: synopsis, about: about}
	c.SetOutput(env.stderr)
	c.Usage = func() { c.printUsage(env.stderr) }
	return c
}

// printUsage prints the usage line, what the command does and its flags.
func (c *command) printUsage(w io.Writer) {
	fmt.Fprintf(w, "usage: rasad %s %s\n", c.name, c.synopsis)
	if c.about != "" {
		fmt.Fprintf(w, "\n%s\n", strings.TrimSpace(c.about))
	}
	n := 0
	c.VisitAll(func(*flag.Flag) { n++ })
	if n > 0 {
		fmt.Fprint(w, "\nflags:\n")
		c.SetOutput(w)
		c.PrintDefaults()
		c.SetOutput(c.env.stderr)
	}
}

// parse parses args as the comment on command says and returns the
// arguments that are not flags, in order.
func (c *command) parse(args []string) ([]string, error) {
	var pos []string
	for i := 0; i < len(args); i++ {
		a := args[i]
		if a == "--" {
			return append(pos, args[i+1:]...), nil
		}
		if len(a) < 2 || a[0] != '-' {
			pos = append(pos, a)
			continue
		}
		name, val, hasVal := strings.Cut(strings.TrimPrefix(a[1:], "-"), "=")
		if name == "h" || name == "help" {
			c.printUsage(c.env.stdout)
			return nil, errHelp
		}
		f := c.Lookup(name)
		if f == nil {
			if c.words && !strings.HasPrefix(a, "--") {
				pos = append(pos, a)
				continue
			}
			return nil, c.usageError("%s is not a flag of rasad %s", a, c.name)
		}
		if !hasVal {
			if b, ok := f.Value.(interface{ IsBoolFlag() bool }); ok && b.IsBoolFlag() {
				val = "true"
			} else if i+1 < len(args) {
				i++
				val = args[i]
			} else {
				return nil, c.usageError("flag --%s needs a value: %s", name, valueKind(f))
			}
		}
		if err := c.Set(name, val); err != nil {
			return nil, c.usageError("flag --%s: %q is not %s", name, val, valueKind(f))
		}
	}
	for _, name := range c.required {
		if c.Lookup(name).Value.String() == "" {
			return nil, c.usageError("--%s is needed", name)
		}
	}
	return pos, nil
}

// need adds a string flag that must be given: parse fails without it.
func (c *command) need(name, usage string) *string {
	c.required = append(c.required, name)
	return c.String(name, "", usage+" (needed)")
}

// parseNone parses args for a command that takes no arguments, only flags.
func (c *command) parseNone(args []string) error {
	pos, err := c.parse(args)
	if err == nil && len(pos) > 0 {
		err = c.usageError("%q: rasad %s takes no arguments, only flags", pos[0], c.name)
	}
	return err
}

// valueKind says in words what a flag's value must be.
func valueKind(f *flag.Flag) string {
	g, ok := f.Value.(flag.Getter)
	if !ok {
		return "a valid value"
	}
	switch g.Get().(type) {
	case bool:
		return "true or false"
	case int, int64, uint, uint64:
		return "a whole number"
	case float64:
		return "a number"
	}
	if name, _ := flag.UnquoteUsage(f); name != "" && name != "value" {
		return "a " + name
	}
	return "a valid value"
}

// usageError prints "rasad NAME: message" and how to get help, and returns
// errUsage.
func (c *command) usageError(format string, a ...any) error {
	fmt.Fprintf(c.env.stderr, "rasad %s: %s\n", c.name, fmt.Sprintf(format, a...))
	fmt.Fprintf(c.env.stderr, "usage: rasad %s %s (rasad %s -h for more)\n", c.name, c.synopsis, c.name)
	return errUsage
}

// filterError reports a filter whose value breaks its rule, naming its flag
// (--root "4" is not a CAMEO root …), and returns errUsage; another error
// is returned as it is.
func (c *command) filterError(err error) error {
	var fe *search.FilterError
	if !errors.As(err, &fe) {
		return err
	}
	fe.Name = "--" + fe.Name
	return c.usageError("%v", fe)
}

// fileError is the error of the file or folder a flag names: "eval ner
// --conll a.txt: no such file or directory", the input and what is wrong
// with it, without Go's "open" or "stat".
func (c *command) fileError(flag, path string, err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		err = pe.Err
	}
	return fmt.Errorf("%s --%s %s: %w", c.name, flag, path, err)
}

// open opens the file a flag names; its error is fileError's.
func (c *command) open(flag, path string) (*os.File, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, c.fileError(flag, path, err)
	}
	return f, nil
}

// published reads the value of a --published flag: "" stays "", another
// value must be a date.
func (c *command) published(value string) (string, error) {
	if value == "" {
		return "", nil
	}
	day, err := article.ParseDate(value)
	if err != nil {
		return "", c.usageError("--published: %v", err)
	}
	return day, nil
}
