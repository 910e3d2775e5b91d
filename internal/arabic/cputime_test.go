package arabic

import (
	"testing"
	"time"

	"rasad/internal/cputime"
)

// cpuTime is the CPU time the process has used so far (0 where the system
// does not say).
func cpuTime(testing.TB) time.Duration {
	d, _ := cputime.Now()
	return d
}

// reportCPU adds the CPU time per operation to a benchmark's figures, and
// the MB/s it makes: on a busy machine they are truer than wall time.
func reportCPU(b *testing.B, start time.Duration, bytes int) {
	d, ok := cputime.Since(start)
	if n := b.N; ok && n > 0 && d > 0 {
		b.ReportMetric(float64(d.Nanoseconds())/float64(n), "cpu-ns/op")
		b.ReportMetric(float64(bytes)*float64(n)/d.Seconds()/1e6, "cpu-MB/s")
	}
}
