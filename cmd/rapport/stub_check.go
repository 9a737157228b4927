package main

// Temporary entry point, replaced when the feature lands.

import (
	"context"
	"fmt"
)

func runCheck(_ context.Context, env *Env, _ []string) int {
	fmt.Fprintln(env.Err, "rapport: check is not built yet")
	return exitUsage
}
