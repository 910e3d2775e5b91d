//go:build !unix

package cputime

import "time"

// Now returns 0 and false: this system does not say.
func Now() (time.Duration, bool) { return 0, false }
