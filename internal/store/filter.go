package store

import (
	"strings"

	"rasad/internal/search"
)

// Validate checks the values of an events filter, the one check that the
// command line (rasad events) and the API (/api/events) share: Code a
// CAMEO code, Root two digits, From and To dates in order. The error is a *search.FilterError naming the filter.
func (f EventFilter) Validate() error {
	if err := search.CheckCode("code", f.Code); err != nil {
		return err
	}
	if err := search.CheckRoot("root", f.Root); err != nil {
		return err
	}
	return search.CheckRange(f.From, f.To)
}

// ParseDyad reads a dyad, two parties "A,B" matched in either direction,
// into f.
func (f *EventFilter) ParseDyad(v string) error {
	a, b, _ := strings.Cut(v, ",")
	f.Source, f.Target, f.Both = strings.TrimSpace(a), strings.TrimSpace(b), true
	if f.Source == "" || f.Target == "" {
		return &search.FilterError{Name: "dyad", Value: v, Rule: "two parties, A,B (CHN,RUS)"}
	}
	return nil
}

// ParsePeriod reads the period of CountEvents: day, month or year.
func ParsePeriod(v string) (Period, error) {
	if p := Period(v); p.Len() > 0 {
		return p, nil
	}
	return "", &search.FilterError{Name: "by", Value: v, Rule: "a period (day, month or year)"}
}
