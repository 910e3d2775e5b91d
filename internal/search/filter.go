package search

import (
	"fmt"
	"strings"
)

// A FilterError is a filter whose value breaks the filter's rule, such as
// root "4", which is not two digits. It wraps ErrQuery. Name is the
// filter's name without dashes (the command line writes --root, the API
// root=); the message reads `root "4" is not a CAMEO root (two digits, as
// 04)`.
type FilterError struct {
	Name, Value string
	Rule        string // what a value must be: "a CAMEO root (two digits, as 04)"
}

func (e *FilterError) Error() string {
	return fmt.Sprintf("%s %q is not %s", e.Name, e.Value, e.Rule)
}

func (e *FilterError) Unwrap() error { return ErrQuery }

// The rules of filter values, the one statement of each that the command
// line, the API and the query language share.
const (
	ruleDate    = "a date (YYYY, YYYY-MM or YYYY-MM-DD)"
	ruleCode    = "a CAMEO code or its prefix (two to four digits, as 04 or 042)"
	ruleRoot    = "a CAMEO root (two digits, as 04)"
	ruleCountry = "a country code (three letters, ISO 3166-1 alpha-3, as RUS)"
)

// CheckDate checks a date filter: empty, or a real YYYY, YYYY-MM or
// YYYY-MM-DD.
func CheckDate(name, v string) error {
	if v != "" && !ValidDate(v) {
		return &FilterError{name, v, ruleDate}
	}
	return nil
}

// CheckRange checks a date range: each end a date, and from not after to.
func CheckRange(from, to string) error {
	if err := CheckDate("from", from); err != nil {
		return err
	}
	if err := CheckDate("to", to); err != nil {
		return err
	}
	// A day compares with a month or year by its own leading part.
	if from != "" && to != "" && from[:min(len(from), len(to))] > to {
		return &FilterError{"from", from, fmt.Sprintf("on or before the to date %q", to)}
	}
	return nil
}

// CheckCode checks a CAMEO code filter: empty, or two to four digits
// (a root, a base code or a code).
func CheckCode(name, v string) error {
	if v != "" && (!digits(v) || len(v) < 2 || len(v) > 4) {
		return &FilterError{name, v, ruleCode}
	}
	return nil
}

// CheckRoot checks a CAMEO root filter: empty, or two digits.
func CheckRoot(name, v string) error {
	if v != "" && (!digits(v) || len(v) != 2) {
		return &FilterError{name, v, ruleRoot}
	}
	return nil
}

// CheckCountry checks a country filter: three ASCII letters, either case.
func CheckCountry(name, v string) error {
	if len(v) != 3 || strings.IndexFunc(v, func(r rune) bool { return (r|0x20) < 'a' || (r|0x20) > 'z' }) >= 0 {
		return &FilterError{name, v, ruleCountry}
	}
	return nil
}

// Validate checks every value of f against its rule; the error is a
// *FilterError.
func (f Filter) Validate() error {
	if err := CheckRange(f.From, f.To); err != nil {
		return err
	}
	for _, c := range f.Countries {
		if err := CheckCountry("country", c); err != nil {
			return err
		}
	}
	for _, c := range f.Codes {
		if err := CheckCode("code", c); err != nil {
			return err
		}
	}
	return nil
}

func digits(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return s != ""
}
