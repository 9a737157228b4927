package main

// Temporary entry points, each replaced by its own file as the features land.

import (
	"context"
	"fmt"
)

func runRun(_ context.Context, env *Env, _ []string) int {
	fmt.Fprintln(env.Err, "rapport: run is not built yet")
	return exitUsage
}

func runCheck(_ context.Context, env *Env, _ []string) int {
	fmt.Fprintln(env.Err, "rapport: check is not built yet")
	return exitUsage
}

func runTips(_ context.Context, env *Env, _ []string) int {
	fmt.Fprintln(env.Err, "rapport: tips is not built yet")
	return exitUsage
}
