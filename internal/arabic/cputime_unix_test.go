//go:build unix

package arabic

import (
	"syscall"
	"testing"
	"time"
)

// cpuTime is the CPU time the process has used so far.
func cpuTime(t testing.TB) time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		t.Fatal(err)
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

// reportCPU adds the CPU time per operation to a benchmark's figures, and
// the MB/s it makes: on a busy machine they are truer than wall time.
func reportCPU(b *testing.B, start time.Duration, bytes int) {
	d := cpuTime(b) - start
	if n := b.N; n > 0 && d > 0 {
		b.ReportMetric(float64(d.Nanoseconds())/float64(n), "cpu-ns/op")
		b.ReportMetric(float64(bytes)*float64(n)/d.Seconds()/1e6, "cpu-MB/s")
	}
}
