package main

import (
	"context"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"strings"

	"github.com/rapport-bot/rapport/storage"
)

const backupUsage = `Usage: rapport backup [--db FILE] PATH

Writes a consistent copy of the database to PATH (SQLite's VACUUM INTO), safe
while 'rapport run' is using it. PATH must not exist yet; the copy is private
to its owner (mode 0600). The database is --db, else $RAPPORT_DB, else
rapport.db; it is opened read-only, and a file that is not a Rapport
database is refused.
`

func runBackup(ctx context.Context, env *Env, args []string) int {
	db := ""
	var rest []string
	for i := 0; i < len(args); i++ {
		switch a := args[i]; {
		case a == "-h" || a == "--help":
			fmt.Fprint(env.Out, backupUsage)
			return exitOK
		case a == "--db" || a == "-db":
			if i+1 >= len(args) {
				return usageError(env, "backup", "--db needs a file")
			}
			i++
			db = args[i]
		case strings.HasPrefix(a, "--db="):
			db = strings.TrimPrefix(a, "--db=")
		case len(a) > 1 && a[0] == '-':
			return usageError(env, "backup", "unknown flag "+flagName(a))
		default:
			rest = append(rest, a)
		}
	}
	if len(rest) != 1 {
		return usageError(env, "backup", "give one destination PATH")
	}
	if db == "" && env.Lookup != nil {
		db, _ = env.Lookup("RAPPORT_DB")
	}
	if db == "" {
		db = "rapport.db"
	}
	if _, err := os.Stat(db); err != nil {
		fmt.Fprintf(env.Err, "rapport backup: RAPPORT_DB: %s: no such database file\n", db)
		return exitUsage
	}
	if err := storage.BackupFile(ctx, db, rest[0]); err != nil {
		switch {
		case errors.Is(err, fs.ErrExist):
			fmt.Fprintf(env.Err, "rapport backup: %s already exists; choose a new path\n", rest[0])
		case errors.Is(err, storage.ErrNotRapport):
			fmt.Fprintf(env.Err, "rapport backup: %s is not a Rapport database; nothing was copied\n", db)
			return exitUsage
		default:
			fmt.Fprintf(env.Err, "rapport backup: %v\n", err)
		}
		return exitFindings
	}
	fmt.Fprintf(env.Out, "backed up %s to %s\n", db, rest[0])
	return exitOK
}
