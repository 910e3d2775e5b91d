// Package cputime measures the CPU time the process has used. On a busy
// machine that is a truer measure of a benchmark's cost than wall time,
// which counts the time other processes held the cores; benchmarks report
// both.
package cputime

import "time"

// Since returns the CPU time the process has used since start, a value of
// Now, and whether the system could say (false where it cannot: then 0).
func Since(start time.Duration) (time.Duration, bool) {
	now, ok := Now()
	if !ok {
		return 0, false
	}
	return now - start, true
}
