package main

import (
	"context"
	"fmt"
	"os"
	"runtime/debug"
	"strings"
	"time"
)

// version and buildDate may be set at build time:
// -ldflags "-X main.version=v1.2.0 -X main.buildDate=2026-12-06T04:00:00Z";
// otherwise they come from the build information Go records.
var version, buildDate string

func runVersion(_ context.Context, env *env, args []string) error {
	cmd := newCommand(env, "version", "", `
Print the module version, the VCS revision (with "+changes" when the work
tree had uncommitted changes) and its time, the build date and the Go
version.`)
	if err := cmd.parseNone(args); err != nil {
		return err
	}
	info, _ := debug.ReadBuildInfo()
	built := buildDate
	if built == "" {
		built = executableTime()
	}
	fmt.Fprintln(env.stdout, versionLine(info, version, built))
	return nil
}

// versionLine is what rasad version prints:
//
//	rasad v1.2.0 revision 9478607abcde+changes (2026-12-06T03:58:00Z) built 2026-12-06T04:10:00Z go1.26.0
//
// Each part missing from info (go run records no revision) is left out,
// and the module version defaults to "(devel)".
func versionLine(info *debug.BuildInfo, version, built string) string {
	var rev, revTime, modified, goVersion string
	if info != nil {
		if version == "" {
			version = info.Main.Version
		}
		goVersion = info.GoVersion
		for _, s := range info.Settings {
			switch s.Key {
			case "vcs.revision":
				rev = s.Value[:min(12, len(s.Value))]
			case "vcs.time":
				revTime = s.Value
			case "vcs.modified":
				if s.Value == "true" {
					modified = "+changes"
				}
			}
		}
	}
	if version == "" {
		version = "(devel)"
	}
	parts := []string{"rasad", version}
	if rev != "" {
		parts = append(parts, "revision", rev+modified)
		if revTime != "" {
			parts = append(parts, "("+revTime+")")
		}
	}
	if built != "" {
		parts = append(parts, "built", built)
	}
	if goVersion != "" {
		parts = append(parts, goVersion)
	}
	return strings.Join(parts, " ")
}

// executableTime is the modification time of the running binary, its
// build date unless it was copied since, or "" when unknown.
func executableTime() string {
	name, err := os.Executable()
	if err != nil {
		return ""
	}
	st, err := os.Stat(name)
	if err != nil {
		return ""
	}
	return st.ModTime().UTC().Format(time.RFC3339)
}
