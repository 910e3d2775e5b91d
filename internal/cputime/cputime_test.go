package cputime

import (
	"runtime"
	"testing"
)

// TestSince burns CPU and checks that Since sees it, and never less than
// none.
func TestSince(t *testing.T) {
	start, ok := Now()
	if !ok {
		if runtime.GOOS != "windows" && runtime.GOOS != "plan9" && runtime.GOOS != "js" && runtime.GOOS != "wasip1" {
			t.Fatalf("Now: no CPU time on %s", runtime.GOOS)
		}
		t.Skip("no CPU time on this system")
	}
	x := 1
	for d, _ := Since(start); d <= 0; d, _ = Since(start) {
		for i := range 1_000_000 {
			x = x*31 + i
		}
	}
	if x == 0 {
		t.Log(x) // keep the loop
	}
	if d, ok := Since(start); !ok || d <= 0 {
		t.Errorf("Since = %v, %v after a busy loop; want more than 0, true", d, ok)
	}
}
