// Command rapport is a Slack bot that coaches IT support staff in soft skills.
// See README.md for what it does and how to run it.
package main

import (
	"context"
	"flag"
	"fmt"
	"io"
	"os"
	"os/signal"
	"strings"
	"syscall"
)

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	code := Main(ctx, os.Args[1:], &Env{In: os.Stdin, Out: os.Stdout, Err: os.Stderr, Lookup: os.LookupEnv})
	stop()
	os.Exit(code)
}

// Env is what a subcommand may touch of the outside world, so that tests can
// run every subcommand in-process.
type Env struct {
	In     io.Reader
	Out    io.Writer
	Err    io.Writer
	Lookup func(key string) (string, bool)
}

// Exit codes shared by the subcommands.
const (
	exitOK       = 0
	exitFindings = 1 // `check` found something
	exitUsage    = 2 // usage or other error
)

type command struct {
	name    string
	summary string
	run     func(ctx context.Context, env *Env, args []string) int
}

func commands() []command {
	return []command{
		{"run", "connect to Slack over Socket Mode and coach until interrupted", runRun},
		{"check", "analyse TEXT (or each line of stdin) and print findings and a rewrite", runCheck},
		{"tips", "list the tip library with each tip's source article", runTips},
		{"backup", "write a consistent copy of the database (safe while running)", runBackup},
		{"rules", "report how often each rule fired and was marked not helpful (last 30 days)", runRules},
		{"version", "print the version", runVersion},
		{"healthcheck", "exit 0 when a running rapport is ready (GET /readyz), for container health checks", runHealthcheck},
	}
}

// Main runs the subcommand named by args[0] and returns the process exit code.
func Main(ctx context.Context, args []string, env *Env) int {
	if len(args) == 0 {
		usage(env.Err) // a mistake: the usage goes with the error output
		return exitUsage
	}
	switch args[0] {
	case "help", "-h", "-help", "--help":
		if len(args) > 1 { // rapport help check
			return Main(ctx, []string{args[1], "--help"}, env)
		}
		usage(env.Out)
		return exitOK
	case "--version", "-version", "-v":
		return runVersion(ctx, env, args[1:])
	}
	for _, c := range commands() {
		if c.name == args[0] {
			return c.run(ctx, env, args[1:])
		}
	}
	if strings.HasPrefix(args[0], "-") {
		fmt.Fprintf(env.Err, "rapport: unknown flag %s (see 'rapport help')\n", args[0])
	} else {
		fmt.Fprintf(env.Err, "rapport: unknown command %q (see 'rapport help')\n", args[0])
	}
	return exitUsage
}

// usageError prints a usage mistake the same way for every subcommand:
// "rapport CMD: what is wrong (see 'rapport CMD --help')", and returns
// exitUsage.
func usageError(env *Env, cmd, what string) int {
	fmt.Fprintf(env.Err, "rapport %s: %s (see 'rapport %s --help')\n", cmd, what, cmd)
	return exitUsage
}

// unknownFlag returns the first argument before "--" that looks like a flag
// fs does not define, or "". Checking first lets every subcommand word the
// error the same way, whatever the flag package would say.
func unknownFlag(fs *flag.FlagSet, args []string) string {
	for i := 0; i < len(args); i++ {
		a := args[i]
		if a == "--" {
			return ""
		}
		if len(a) < 2 || a[0] != '-' {
			continue
		}
		name := strings.TrimLeft(a, "-")
		name, _, hasValue := strings.Cut(name, "=")
		if name == "h" || name == "help" {
			continue
		}
		f := fs.Lookup(name)
		if f == nil {
			return flagName(a)
		}
		if b, ok := f.Value.(interface{ IsBoolFlag() bool }); !hasValue && !(ok && b.IsBoolFlag()) {
			i++ // the flag's value
		}
	}
	return ""
}

func usage(w io.Writer) {
	fmt.Fprintln(w, "Usage: rapport <command> [flags] [args]")
	fmt.Fprintln(w)
	fmt.Fprintln(w, "Commands:")
	for _, c := range commands() {
		fmt.Fprintf(w, "  %-12s %s\n", c.name, c.summary)
	}
	fmt.Fprintln(w)
	fmt.Fprintln(w, "Run 'rapport <command> --help' for a command's flags; 'rapport --version' prints the version.")
}

// flagName is an argument's flag name without any "=value": a value may be
// a token typed in the wrong place, and is never echoed.
func flagName(arg string) string {
	name, _, _ := strings.Cut(arg, "=")
	return name
}
