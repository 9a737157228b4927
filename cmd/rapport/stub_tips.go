package main

// Temporary entry point, replaced when the feature lands.

import (
	"context"
	"fmt"
)

func runTips(_ context.Context, env *Env, _ []string) int {
	fmt.Fprintln(env.Err, "rapport: tips is not built yet")
	return exitUsage
}
