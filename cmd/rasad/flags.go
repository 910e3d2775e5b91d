package main

import (
	"flag"
	"fmt"
	"strings"

	"rasad/internal/article"
	"rasad/internal/search"
)

// publishedFlag reads the --published flag of command cmd: "" stays "",
// another value must be a date; an error is printed and errUsage returned.
func publishedFlag(env *env, cmd, value string) (string, error) {
	if value == "" {
		return "", nil
	}
	day, err := article.ParseDate(value)
	if err != nil {
		fmt.Fprintf(env.stderr, "rasad %s: --published: %v\n", cmd, err)
		return "", errUsage
	}
	return day, nil
}

// checkRange checks the --from and --to flags of command cmd: each empty or
// a real year, month or day.
func checkRange(env *env, cmd, from, to string) error {
	for _, d := range []struct{ flag, v string }{{"--from", from}, {"--to", to}} {
		if d.v != "" && !search.ValidDate(d.v) {
			fmt.Fprintf(env.stderr, "rasad %s: %s %q is not a date (want YYYY, YYYY-MM or YYYY-MM-DD)\n", cmd, d.flag, d.v)
			return errUsage
		}
	}
	return nil
}

// parseInterleaved parses args with fs, letting flags written --name come
// after the positional arguments too (rasad search بوتين --from 2023), and
// returns the positional arguments. After the first positional argument only
// a --name of a defined flag is a flag: in a query, -word means NOT word.
func parseInterleaved(fs *flag.FlagSet, args []string) ([]string, error) {
	if err := fs.Parse(args); err != nil {
		return nil, err
	}
	rest := fs.Args()
	var pos []string
	for i := 0; i < len(rest); i++ {
		a := rest[i]
		name, val, hasVal := strings.Cut(strings.TrimPrefix(a, "--"), "=")
		f := fs.Lookup(name)
		if !strings.HasPrefix(a, "--") || f == nil {
			pos = append(pos, a)
			continue
		}
		if !hasVal {
			if b, ok := f.Value.(interface{ IsBoolFlag() bool }); ok && b.IsBoolFlag() {
				val = "true"
			} else if i+1 < len(rest) {
				i++
				val = rest[i]
			} else {
				err := fmt.Errorf("flag needs an argument: --%s", name)
				fmt.Fprintln(fs.Output(), err)
				fs.Usage()
				return nil, err
			}
		}
		if err := fs.Set(name, val); err != nil {
			err = fmt.Errorf("invalid value %q for flag --%s: %w", val, name, err)
			fmt.Fprintln(fs.Output(), err)
			fs.Usage()
			return nil, err
		}
	}
	return pos, nil
}

// parseNoArgs parses args into fs for a command that takes flags only: an
// argument left over prints the usage.
func parseNoArgs(fs *flag.FlagSet, args []string) error {
	if err := fs.Parse(args); err != nil {
		return errUsage
	}
	if fs.NArg() > 0 {
		fs.Usage()
		return errUsage
	}
	return nil
}
