package cameo

import (
	"strings"
	"testing"
)

// TestGoldstein checks scores of data/cameo.tsv against GDELT's
// CAMEO.goldsteinscale.txt, which the table was checked against code by
// code: the codes once mistyped, the four-digit codes that do not take
// their parent's score, and a few of each quad class.
func TestGoldstein(t *testing.T) {
	codes := Codes()
	tests := []struct {
		code string
		want float64
		quad int
	}{
		{"016", -2.0, 1}, // deny responsibility: once typed 3.4
		{"018", 3.4, 1},
		{"042", 1.9, 1},
		{"051", 3.4, 1},
		{"0334", 6.0, 1},
		{"0874", 10.0, 2},
		{"072", 8.3, 2},
		{"112", -2.0, 3},
		{"124", -4.0, 3}, // once typed -5.0, with its 124x
		{"1246", -4.0, 3},
		{"130", -4.4, 3},
		{"165", -6.5, 4}, // once typed -7.0
		{"182", -9.5, 4},
		{"1821", -9.0, 4},
		{"1823", -10.0, 4},
		{"190", -10.0, 4},
		{"196", -9.5, 4},
	}
	for _, tt := range tests {
		t.Run(tt.code, func(t *testing.T) {
			c, ok := codes[tt.code]
			if !ok {
				t.Fatalf("no code %s", tt.code)
			}
			if c.Goldstein != tt.want || c.Quad != tt.quad {
				t.Errorf("%s: Goldstein %v quad %d, want %v quad %d", tt.code, c.Goldstein, c.Quad, tt.want, tt.quad)
			}
		})
	}
}

// TestRoots reads the twenty roots and their quad classes (the code
// table's: 09 is verbal conflict), and rejects a malformed row by file:line.
func TestRoots(t *testing.T) {
	tests := []struct {
		code, en string
		quad     int
		ok       bool
	}{
		{"042", "Consult", 1, true},
		{"01", "Make public statement", 1, true},
		{"0874", "Yield", 2, true},
		{"090", "Investigate", 3, true},
		{"1823", "Assault", 4, true},
		{"20", "Use unconventional mass violence", 4, true},
		{"21", "", 0, false},
		{"4", "", 0, false},
	}
	for _, tt := range tests {
		r, ok := RootOf(tt.code)
		if ok != tt.ok || r.En != tt.en || r.Quad != tt.quad || ok && r.Ar == "" {
			t.Errorf("RootOf(%q) = %+v, %v; want %s quad %d, %v", tt.code, r, ok, tt.en, tt.quad, tt.ok)
		}
	}
	if n := len(defaultRoots()); n != 20 {
		t.Errorf("%d roots, want 20", n)
	}
	for _, bad := range []string{"01\tMake public statement\n", "1\ta\tb\n", "21\ta\tb\n"} {
		_, err := ReadRoots("r.tsv", strings.NewReader(bad), Codes())
		if err == nil || !strings.HasPrefix(err.Error(), "read CAMEO roots r.tsv:1: ") {
			t.Errorf("ReadRoots(%q) = %v, want an error at r.tsv:1", bad, err)
		}
	}
}

func TestVerbal(t *testing.T) {
	for _, tc := range []struct {
		code string
		want bool
	}{
		{"010", true},   // make a statement
		{"051", true},   // praise
		{"112", true},   // accuse
		{"1312", true},  // threaten with sanctions
		{"040", false},  // consult: a meeting is done, not said
		{"072", false},  // military aid
		{"190", false},  // fighting
		{"1823", false}, // killing
		{"1", false},
		{"", false},
	} {
		if got := Verbal(tc.code); got != tc.want {
			t.Errorf("Verbal(%q) = %v, want %v", tc.code, got, tc.want)
		}
	}
}
