package reuse

import (
	"fmt"
	"testing"
)

func TestSlices(t *testing.T) {
	var s Slices[int]
	tests := []struct {
		name string
		n    int
	}{
		{"new", 5},
		{"smaller than the one put back", 3},
		{"larger than the one put back", 9},
		{"empty", 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			x := s.Get(tt.n)
			if len(x) != tt.n {
				t.Fatalf("Get(%d) has length %d", tt.n, len(x))
			}
			for i, v := range x {
				if v != 0 {
					t.Fatalf("Get(%d)[%d] = %d, want 0", tt.n, i, v)
				}
				x[i] = i + 1 // dirty it for the next Get
			}
			s.Put(x)
		})
	}
}

// A stage's working array, reused from one document to the next.
func ExampleSlices() {
	var marks Slices[bool]
	for _, words := range []int{4, 2} {
		m := marks.Get(words)
		m[0] = true
		fmt.Println(m)
		marks.Put(m)
	}
	// Output:
	// [true false false false]
	// [true false]
}

// TestAppendedAndPut checks that a slice taken with [:0], appended to and
// put back as it ends comes back zero from the next Get.
func TestAppendedAndPut(t *testing.T) {
	var s Slices[string]
	x := s.Get(4)[:0]
	x = append(x, "a", "b", "c")
	s.Put(x)
	for i, v := range s.Get(4) {
		if v != "" {
			t.Fatalf("Get(4)[%d] = %q after Put, want \"\"", i, v)
		}
	}
}
