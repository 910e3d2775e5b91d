package main

import (
	"fmt"

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
