package main

// Temporary entry point, replaced when the feature lands.

import (
	"context"
	"fmt"
)

func runRun(_ context.Context, env *Env, _ []string) int {
	fmt.Fprintln(env.Err, "rapport: run is not built yet")
	return exitUsage
}
