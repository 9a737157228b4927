//go:build !unix

package main

import "os"

// terminalWidth is unknown off Unix: COLUMNS still sets it.
func terminalWidth(*os.File) int { return 0 }
