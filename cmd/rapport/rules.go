package main

import (
	"bufio"
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"os"
	"sort"
	"time"

	"github.com/rapport-bot/rapport/coach"
	"github.com/rapport-bot/rapport/storage"
)

const rulesUsage = `Usage: rapport rules report [--db FILE] [--rules PATH] [--days N] [--json]

For each rule: how often it fired and how often someone marked its nudge
"Not helpful", over the last N days (default 30), for the whole team. Counts
only: no names, no message text. A rule that is often marked not helpful is
one to tune or switch off with your own rules file (RAPPORT_RULES).

Flags:
  --db FILE      the database (default: $RAPPORT_DB, else rapport.db)
  --rules PATH   extra rule file or directory (default: $RAPPORT_RULES)
  --days N       how many days back to count (default 30)
  --json         print a JSON array instead of a table
`

// ruleLine is one row of the report.
type ruleLine struct {
	Rule       string `json:"rule"`
	Category   string `json:"category"`
	Fired      int    `json:"fired"`
	NotHelpful int    `json:"not_helpful"`
	// Loaded is false for a rule that is in the database but no longer in
	// the rule files.
	Loaded bool `json:"loaded"`
}

func runRules(ctx context.Context, env *Env, args []string) int {
	if len(args) == 0 || args[0] == "-h" || args[0] == "--help" || args[0] == "help" {
		if len(args) == 0 {
			fmt.Fprint(env.Err, rulesUsage)
			return exitUsage
		}
		fmt.Fprint(env.Out, rulesUsage)
		return exitOK
	}
	if args[0] != "report" {
		return usageError(env, "rules", fmt.Sprintf("unknown subcommand %q", args[0]))
	}
	fs := flag.NewFlagSet("rapport rules report", flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	db := fs.String("db", "", "")
	rulesPath := fs.String("rules", "", "")
	days := fs.Int("days", 30, "")
	asJSON := fs.Bool("json", false, "")
	if bad := unknownFlag(fs, args[1:]); bad != "" {
		return usageError(env, "rules", "unknown flag "+bad)
	}
	if err := fs.Parse(args[1:]); err != nil {
		if err == flag.ErrHelp {
			fmt.Fprint(env.Out, rulesUsage)
			return exitOK
		}
		return usageError(env, "rules", oneLine(err.Error()))
	}
	if fs.NArg() > 0 {
		return usageError(env, "rules", fmt.Sprintf("unexpected argument %q", fs.Arg(0)))
	}
	if *days < 1 || *days > 3650 {
		return usageError(env, "rules", fmt.Sprintf("--days %d: give a number of days from 1 to 3650", *days))
	}
	lookup := func(k string) string {
		if env.Lookup == nil {
			return ""
		}
		v, _ := env.Lookup(k)
		return v
	}
	if *db == "" {
		*db = lookup("RAPPORT_DB")
	}
	if *db == "" {
		*db = "rapport.db"
	}
	if *rulesPath == "" {
		*rulesPath = lookup("RAPPORT_RULES")
	}
	if _, err := os.Stat(*db); err != nil {
		fmt.Fprintf(env.Err, "rapport rules: RAPPORT_DB: %s: no such database file\n", *db)
		return exitUsage
	}
	analyzer, err := coach.NewAnalyzer(coach.Options{RulesPath: *rulesPath})
	if err != nil {
		fmt.Fprintf(env.Err, "rapport rules: %s\n", oneLine(err.Error()))
		return exitUsage
	}
	// Read-only: the report never changes the database, and a file that
	// is not Rapport's is refused untouched.
	now := time.Now()
	counts, err := storage.RuleReportFile(ctx, *db, now.Add(-time.Duration(*days)*24*time.Hour), now.Add(time.Second))
	if err != nil {
		fmt.Fprintf(env.Err, "rapport rules: %s\n", oneLine(err.Error()))
		return exitUsage
	}
	lines := ruleReport(analyzer.Rules(), counts)
	w := bufio.NewWriter(env.Out)
	if *asJSON {
		enc := json.NewEncoder(w)
		enc.SetIndent("", "  ")
		err = enc.Encode(lines)
	} else {
		err = writeRuleReport(w, lines, *days)
	}
	if err == nil {
		err = w.Flush()
	}
	if err != nil {
		fmt.Fprintf(env.Err, "rapport rules: write: %v\n", err)
		return exitUsage
	}
	return exitOK
}

// ruleReport joins every loaded rule (at zero when it never fired) with the
// counts, keeping counted rules that are no longer loaded. Most fired first,
// then most marked not helpful, then by ID.
func ruleReport(rules []coach.RuleInfo, counts []storage.RuleCount) []ruleLine {
	byID := map[string]*ruleLine{}
	var lines []*ruleLine
	for _, r := range rules {
		l := &ruleLine{Rule: r.ID, Category: string(r.Category), Loaded: true}
		byID[r.ID] = l
		lines = append(lines, l)
	}
	for _, c := range counts {
		l, ok := byID[c.Rule]
		if !ok {
			l = &ruleLine{Rule: c.Rule}
			byID[c.Rule] = l
			lines = append(lines, l)
		}
		l.Fired, l.NotHelpful = c.Fired, c.NotHelpful
	}
	out := make([]ruleLine, len(lines))
	for i, l := range lines {
		out[i] = *l
	}
	sort.SliceStable(out, func(i, j int) bool {
		if out[i].Fired != out[j].Fired {
			return out[i].Fired > out[j].Fired
		}
		if out[i].NotHelpful != out[j].NotHelpful {
			return out[i].NotHelpful > out[j].NotHelpful
		}
		return out[i].Rule < out[j].Rule
	})
	return out
}

func writeRuleReport(w io.Writer, lines []ruleLine, days int) error {
	fmt.Fprintf(w, "Rules over the last %d days (whole team, counts only)\n\n", days)
	fmt.Fprintf(w, "%-40s %-15s %7s %12s %9s\n", "RULE", "CATEGORY", "FIRED", "NOT HELPFUL", "SHARE")
	for _, l := range lines {
		share := "-"
		if l.Fired > 0 {
			share = fmt.Sprintf("%.0f%%", 100*float64(l.NotHelpful)/float64(l.Fired))
		}
		cat := l.Category
		if !l.Loaded {
			cat = "(not loaded)"
		}
		fmt.Fprintf(w, "%-40s %-15s %7d %12d %9s\n", l.Rule, cat, l.Fired, l.NotHelpful, share)
	}
	_, err := fmt.Fprintln(w, "\nSHARE is not helpful / fired. Tune or switch off a rule with your own rules file (RAPPORT_RULES).")
	return err
}
