// Command rapport is a Slack bot that coaches IT support staff in soft skills.
// See README.md for what it does and how to run it.
package main

import (
	"context"
	"fmt"
	"io"
	"os"
	"os/signal"
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
		{"version", "print the version", runVersion},
		{"healthcheck", "exit 0 when a running rapport is ready (GET /readyz), for container health checks", runHealthcheck},
	}
}

// Main runs the subcommand named by args[0] and returns the process exit code.
func Main(ctx context.Context, args []string, env *Env) int {
	if len(args) == 0 || args[0] == "help" || args[0] == "-h" || args[0] == "--help" {
		usage(env.Err)
		if len(args) == 0 {
			return exitUsage
		}
		return exitOK
	}
	for _, c := range commands() {
		if c.name == args[0] {
			return c.run(ctx, env, args[1:])
		}
	}
	fmt.Fprintf(env.Err, "rapport: unknown command %q (try 'rapport help')\n", args[0])
	return exitUsage
}

func usage(w io.Writer) {
	fmt.Fprintln(w, "Usage: rapport <command> [flags] [args]")
	fmt.Fprintln(w)
	fmt.Fprintln(w, "Commands:")
	for _, c := range commands() {
		fmt.Fprintf(w, "  %-12s %s\n", c.name, c.summary)
	}
	fmt.Fprintln(w)
	fmt.Fprintln(w, "Run 'rapport <command> --help' for a command's flags.")
}
