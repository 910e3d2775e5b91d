//go:build !unix

package arabic

import (
	"testing"
	"time"
)

func cpuTime(testing.TB) time.Duration { return 0 }

func reportCPU(*testing.B, time.Duration, int) {}
