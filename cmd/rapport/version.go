package main

import (
	"context"
	"fmt"
	"runtime/debug"
	"strings"
)

// version is set at link time: -ldflags "-X main.version=v1.2.3".
var version = ""

// buildInfo is what this binary knows about itself.
type buildInfo struct {
	Version string // a release, or the commit of a source build, or "dev"
	Commit  string // the VCS revision, shortened; "" when unknown
	Go      string // the Go toolchain
}

// readBuildInfo describes the running binary.
func readBuildInfo() buildInfo {
	bi, _ := debug.ReadBuildInfo()
	return buildInfoFrom(version, bi)
}

// buildInfoFrom prefers the link-time version, then the module version (go
// install …@v1.2.3), then, for a build from a checkout, its commit (Go
// records it as vcs.revision), and only then "dev".
func buildInfoFrom(linked string, bi *debug.BuildInfo) buildInfo {
	out := buildInfo{Version: linked}
	if bi == nil {
		if out.Version == "" {
			out.Version = "dev"
		}
		return out
	}
	out.Go = bi.GoVersion
	modified := false
	for _, s := range bi.Settings {
		switch s.Key {
		case "vcs.revision":
			out.Commit = s.Value
			if len(out.Commit) > 12 {
				out.Commit = out.Commit[:12]
			}
		case "vcs.modified":
			modified = s.Value == "true"
		}
	}
	if out.Commit != "" && modified {
		out.Commit += "-dirty"
	}
	switch {
	case out.Version != "":
	case bi.Main.Version != "" && bi.Main.Version != "(devel)":
		out.Version = bi.Main.Version
	case out.Commit != "":
		out.Version = "dev-" + out.Commit
	default:
		out.Version = "dev"
	}
	return out
}

func runVersion(_ context.Context, env *Env, args []string) int {
	if len(args) > 0 {
		if args[0] == "-h" || args[0] == "--help" {
			fmt.Fprintln(env.Out, "Usage: rapport version   (or rapport --version)\n\nPrints the version, the commit it was built from and the Go toolchain.")
			return exitOK
		}
		if strings.HasPrefix(args[0], "-") {
			return usageError(env, "version", "unknown flag "+flagName(args[0]))
		}
		return usageError(env, "version", fmt.Sprintf("unexpected argument %q", args[0]))
	}
	bi := readBuildInfo()
	fmt.Fprintf(env.Out, "rapport %s", bi.Version)
	if bi.Commit != "" && bi.Version != "dev-"+bi.Commit {
		fmt.Fprintf(env.Out, " (commit %s)", bi.Commit)
	}
	if bi.Go != "" {
		fmt.Fprintf(env.Out, " %s", bi.Go)
	}
	fmt.Fprintln(env.Out)
	return exitOK
}
