package golden

import (
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
)

// recorder is a testing.TB that keeps the failure instead of failing.
type recorder struct {
	testing.TB
	msg string
}

func (r *recorder) Helper()                      {}
func (r *recorder) Errorf(f string, args ...any) { r.msg = fmt.Sprintf(f, args...) }
func (r *recorder) Fatalf(f string, args ...any) {
	r.msg = fmt.Sprintf(f, args...)
	runtime.Goexit()
}

// check runs Check as a test of its own would, on its own goroutine, so
// that a Fatalf stops it there.
func check(r *recorder, path, got string) {
	done := make(chan struct{})
	go func() {
		defer close(done)
		Check(r, path, got)
	}()
	<-done
}

func TestCheck(t *testing.T) {
	path := filepath.Join(t.TempDir(), "x.golden")
	if err := os.WriteFile(path, []byte("a\nb\nc\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name, got, want string // want: a part of the failure, "" for none
	}{
		{"same", "a\nb\nc\n", ""},
		{"a line differs", "a\nB\nc\n", "differs from line 2:\n got: B\nwant: b"},
		{"shorter", "a\n", "differs from line 2:\n got: \nwant: b"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := &recorder{TB: t}
			check(r, path, tt.got)
			if tt.want == "" && r.msg != "" || !strings.Contains(r.msg, tt.want) {
				t.Errorf("Check(%q) failed with %q, want %q", tt.got, r.msg, tt.want)
			}
		})
	}
	r := &recorder{TB: t}
	check(r, filepath.Join(t.TempDir(), "missing.golden"), "x")
	if !strings.Contains(r.msg, "go test -update writes it") {
		t.Errorf("a missing file: %q", r.msg)
	}
}

func TestCheckVersion(t *testing.T) {
	tests := []struct {
		name, got, want string // want: a part of the failure, "" for none
		update          bool
		file            string // the file after the call
	}{
		{"same", "version v1\nx\n", "", false, "version v1\nx\n"},
		{"changed, same version", "version v1\ny\n", `it is still "version v1": give it a new version`, false, "version v1\nx\n"},
		{"changed, same version, -update", "version v1\ny\n", `it is still "version v1"`, true, "version v1\nx\n"},
		{"new version", "version v2\ny\n", `is of "version v1", the code of "version v2": run the test with -update`, false, "version v1\nx\n"},
		{"new version, -update", "version v2\ny\n", "", true, "version v2\ny\n"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			path := filepath.Join(t.TempDir(), "v.golden")
			if err := os.WriteFile(path, []byte("version v1\nx\n"), 0o644); err != nil {
				t.Fatal(err)
			}
			was := *update
			*update = tt.update
			defer func() { *update = was }()
			r := &recorder{TB: t}
			done := make(chan struct{})
			go func() {
				defer close(done)
				CheckVersion(r, path, tt.got, "V")
			}()
			<-done
			if tt.want == "" && r.msg != "" || !strings.Contains(r.msg, tt.want) {
				t.Errorf("CheckVersion(%q) failed with %q, want %q", tt.got, r.msg, tt.want)
			}
			if b, _ := os.ReadFile(path); string(b) != tt.file {
				t.Errorf("the file is %q after, want %q", b, tt.file)
			}
		})
	}
}
