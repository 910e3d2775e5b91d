package main

import (
	"runtime/debug"
	"testing"
)

func TestVersionLine(t *testing.T) {
	info := &debug.BuildInfo{GoVersion: "go1.26.0", Main: debug.Module{Path: "rasad", Version: "v1.2.0"},
		Settings: []debug.BuildSetting{
			{Key: "vcs.revision", Value: "9478607abcdef0123456789"},
			{Key: "vcs.time", Value: "2026-12-06T03:58:00Z"},
			{Key: "vcs.modified", Value: "true"},
		}}
	tests := []struct {
		name           string
		info           *debug.BuildInfo
		version, built string
		want           string
	}{
		{"all of it", info, "", "2026-12-06T04:10:00Z",
			"rasad v1.2.0 revision 9478607abcde+changes (2026-12-06T03:58:00Z) built 2026-12-06T04:10:00Z go1.26.0"},
		{"version set at build time", info, "v2.0.0", "",
			"rasad v2.0.0 revision 9478607abcde+changes (2026-12-06T03:58:00Z) go1.26.0"},
		{"go run: no revision", &debug.BuildInfo{GoVersion: "go1.26.0", Main: debug.Module{Version: "(devel)"}}, "", "",
			"rasad (devel) go1.26.0"},
		{"no build information", nil, "", "", "rasad (devel)"},
	}
	for _, tt := range tests {
		if got := versionLine(tt.info, tt.version, tt.built); got != tt.want {
			t.Errorf("%s: versionLine = %q, want %q", tt.name, got, tt.want)
		}
	}
}
