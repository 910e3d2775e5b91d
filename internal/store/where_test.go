package store

import "testing"

func TestCodeRange(t *testing.T) {
	tests := []struct{ name, in, lo, hi string }{
		{"root", "04", "04", "05"},
		{"code", "042", "042", "043"},
		{"carry", "049", "049", "05"},
		{"carry twice", "199", "199", "2"},
		{"open", "99", "99", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if lo, hi := codeRange(tt.in); lo != tt.lo || hi != tt.hi {
				t.Errorf("codeRange(%q) = %q, %q; want %q, %q", tt.in, lo, hi, tt.lo, tt.hi)
			}
		})
	}
}
