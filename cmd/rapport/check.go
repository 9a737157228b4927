package main

import (
	"bufio"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strings"

	"github.com/rapport-bot/rapport/coach"
)

const checkUsage = `Usage: rapport check [--json] [--rules PATH] [TEXT...]

Analyses TEXT (all arguments joined by spaces, as one message) or, with no
TEXT, each line of standard input as one message. Prints the findings and a
rewrite. Exit status: 0 no findings, 1 findings, 2 usage or other error.

Flags:
  --json         print one JSON object per message, one per line
  --rules PATH   extra rule file or directory (default: $RAPPORT_RULES)
  --             end of flags; everything after is TEXT
`

// checkFlags are the parsed arguments of `rapport check`.
type checkFlags struct {
	json  bool
	rules string
	text  []string
	help  bool
}

// parseCheckArgs accepts flags anywhere before "--", so that
// `rapport check "text" --json` works as well as the other order.
func parseCheckArgs(args []string) (checkFlags, error) {
	var f checkFlags
	for i := 0; i < len(args); i++ {
		a := args[i]
		switch {
		case a == "--":
			f.text = append(f.text, args[i+1:]...)
			return f, nil
		case a == "--json" || a == "-json":
			f.json = true
		case a == "-h" || a == "--help" || a == "-help":
			f.help = true
		case a == "--rules" || a == "-rules":
			if i+1 >= len(args) {
				return f, errors.New("--rules needs a path")
			}
			i++
			f.rules = args[i]
		case strings.HasPrefix(a, "--rules=") || strings.HasPrefix(a, "-rules="):
			f.rules = a[strings.IndexByte(a, '=')+1:]
			if f.rules == "" {
				return f, errors.New("--rules needs a path")
			}
		case len(a) > 1 && a[0] == '-' && !strings.ContainsAny(a[1:2], " 0123456789"):
			return f, fmt.Errorf("unknown flag %s", a)
		default:
			f.text = append(f.text, a)
		}
	}
	return f, nil
}

func runCheck(ctx context.Context, env *Env, args []string) int {
	f, err := parseCheckArgs(args)
	if err != nil {
		fmt.Fprintf(env.Err, "rapport check: %v (try 'rapport check --help')\n", err)
		return exitUsage
	}
	if f.help {
		fmt.Fprint(env.Out, checkUsage)
		return exitOK
	}
	rulesPath := f.rules
	if rulesPath == "" && env.Lookup != nil {
		if v, ok := env.Lookup("RAPPORT_RULES"); ok {
			rulesPath = v
		}
	}
	analyzer, err := coach.NewAnalyzer(coach.Options{RulesPath: rulesPath})
	if err != nil {
		fmt.Fprintf(env.Err, "rapport check: %s\n", oneLine(err.Error()))
		return exitUsage
	}
	out := bufio.NewWriter(env.Out)
	defer out.Flush()
	found := false
	emit := func(text string) error {
		// Offsets must refer to the text we print, so invalid UTF-8 is
		// replaced before analysis, as JSON output would do anyway.
		text = strings.ToValidUTF8(text, "\uFFFD")
		res := analyzer.Check(text, coach.Context{})
		if len(res.Findings) > 0 {
			found = true
		}
		if f.json {
			b, err := json.Marshal(res)
			if err != nil {
				return err
			}
			b = append(b, '\n')
			_, err = out.Write(b)
			return err
		}
		return writeHuman(out, res)
	}
	if len(f.text) > 0 {
		if err := emit(strings.Join(f.text, " ")); err != nil {
			fmt.Fprintf(env.Err, "rapport check: write output: %v\n", err)
			return exitUsage
		}
	} else {
		r := bufio.NewReaderSize(env.In, 64*1024)
		for {
			if err := ctx.Err(); err != nil {
				out.Flush()
				fmt.Fprintf(env.Err, "rapport check: %v\n", err)
				return exitUsage
			}
			line, err := r.ReadString('\n')
			if len(line) > 0 {
				line = strings.TrimSuffix(strings.TrimSuffix(line, "\n"), "\r")
				if werr := emit(line); werr != nil {
					fmt.Fprintf(env.Err, "rapport check: write output: %v\n", werr)
					return exitUsage
				}
			}
			if errors.Is(err, io.EOF) {
				break
			}
			if err != nil {
				out.Flush()
				fmt.Fprintf(env.Err, "rapport check: read input: %s\n", oneLine(err.Error()))
				return exitUsage
			}
		}
	}
	if err := out.Flush(); err != nil {
		fmt.Fprintf(env.Err, "rapport check: write output: %v\n", err)
		return exitUsage
	}
	if found {
		return exitFindings
	}
	return exitOK
}

// writeHuman prints one message's result for a person to read.
func writeHuman(w io.Writer, res coach.Result) error {
	var b strings.Builder
	fmt.Fprintf(&b, "Message: %s\n", quoteForTerminal(res.Text))
	if len(res.Findings) == 0 {
		b.WriteString("  No findings.\n\n")
		_, err := io.WriteString(w, b.String())
		return err
	}
	for i, f := range res.Findings {
		fmt.Fprintf(&b, "  %d. %s  [%s]  (bytes %d-%d, rule %s)\n", i+1, quoteForTerminal(f.Match), f.Category, f.Start, f.End, f.Rule)
		fmt.Fprintf(&b, "     Why: %s\n", f.Message)
		fmt.Fprintf(&b, "     Try: %s\n", f.Suggestion)
		if a, ok := coach.ArticleByTitle(f.Source); ok {
			fmt.Fprintf(&b, "     Source: %q by %s\n", a.Title, a.Author)
		} else {
			fmt.Fprintf(&b, "     Source: %q\n", f.Source)
		}
	}
	fmt.Fprintf(&b, "  Rewrite: %s\n\n", quoteForTerminal(res.Rewrite))
	_, err := io.WriteString(w, b.String())
	return err
}

// quoteForTerminal shows text as is, unless it holds control characters,
// which could garble a terminal: then it is printed Go-quoted.
func quoteForTerminal(s string) string {
	for _, r := range s {
		if r < 0x20 && r != '\t' || r == 0x7f || (r >= 0x80 && r < 0xa0) {
			return fmt.Sprintf("%q", s)
		}
	}
	return s
}

// oneLine keeps an error on a single line of stderr.
func oneLine(s string) string {
	return strings.Join(strings.Fields(s), " ")
}
