package main

import (
	"bufio"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strings"
	"time"

	"github.com/rapport-bot/rapport/coach"
)

const checkUsage = `Usage: rapport check [--json] [--rules PATH] [--llm] [TEXT...]

Analyses TEXT (all arguments joined by spaces, as one message) or, with no
TEXT, each line of standard input as one message. Prints the findings and a
rewrite. Exit status: 0 no findings, 1 findings, 2 usage or other error.

Flags:
  --json         print one JSON object per message, one per line
  --rules PATH   extra rule file or directory (default: $RAPPORT_RULES)
  --llm          rewrite with the language model set up by OPENAI_API_KEY,
                 OPENAI_BASE_URL, RAPPORT_LLM_MODEL, RAPPORT_LLM_TIMEOUT and
                 RAPPORT_PROMPTS_DIR (falls back to the rules, saying why)
  --             end of flags; everything after is TEXT
`

// checkFlags are the parsed arguments of `rapport check`.
type checkFlags struct {
	json  bool
	llm   bool
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
		case a == "--llm" || a == "-llm":
			f.llm = true
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
	var rewriter coach.Rewriter
	if f.llm {
		rewriter, err = checkRewriter(env, analyzer)
		if err != nil {
			fmt.Fprintf(env.Err, "rapport check: %s\n", oneLine(err.Error()))
			return exitUsage
		}
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
		note, by := "", ""
		if rewriter != nil && len(res.Findings) > 0 {
			rw, err := rewriter.Rewrite(ctx, text, res.Findings)
			if err == nil && rw.Text != "" {
				res.Rewrite = rw.Text
				res.Suggestions = rw.Suggestions
				note = "rewrite by the language model"
				by = "llm"
				if rw.By != "llm" {
					note = "rewrite by the rules (" + rw.Reason + ")"
					by = "rules: " + rw.Reason
				}
			}
		}
		if f.json {
			// With --llm, rewrite_by says which rewrite each line carries,
			// so a model can be judged over a file.
			b, err := json.Marshal(struct {
				coach.Result
				By string `json:"rewrite_by,omitempty"`
			}{res, by})
			if err != nil {
				return err
			}
			b = append(b, '\n')
			_, err = out.Write(b)
			return err
		}
		return writeHuman(out, res, note)
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
// note, when set, says what produced the rewrite.
func writeHuman(w io.Writer, res coach.Result, note string) error {
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
	writeAdvice(&b, res)
	if note != "" {
		fmt.Fprintf(&b, "  (%s)\n", note)
	}
	b.WriteString("\n")
	_, err := io.WriteString(w, b.String())
	return err
}

// writeAdvice prints whichever the coach chose: a whole rewrite safe to
// send as is, or per-finding suggestions when no rewrite is safe. A message
// whose findings need no change (a promise to keep, the other person's
// frustration) says so, and a promise is offered to /followup.
func writeAdvice(b *strings.Builder, res coach.Result) {
	for _, f := range res.Findings {
		if f.Category == coach.Promise {
			fmt.Fprintf(b, "  You promised %s — record it with /followup so you keep it?\n", quoteForTerminal(strconvQuote(coach.PromiseSentence(res.Text, f))))
			break
		}
	}
	switch {
	case len(res.Suggestions) > 0:
		b.WriteString("  Rewrite: none that is safe to send as is. Change these phrases:\n")
		for _, s := range res.Suggestions {
			fmt.Fprintf(b, "    - %s [%s]: %s\n", quoteForTerminal(strconvQuote(s.Phrase)), s.Category, s.Try)
		}
	case res.Rewrite == res.Text:
		b.WriteString("  Rewrite: none needed; the words can stay as written.\n")
	default:
		fmt.Fprintf(b, "  Rewrite: %s\n", quoteForTerminal(res.Rewrite))
	}
}

// strconvQuote puts a phrase in double quotes for reading, not for Go.
func strconvQuote(s string) string { return "\u201c" + s + "\u201d" }

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

// checkRewriter builds the LLM rewriter for `check --llm` from the same
// environment variables as `run`.
func checkRewriter(env *Env, analyzer *coach.Analyzer) (coach.Rewriter, error) {
	get := func(k string) string {
		if env.Lookup == nil {
			return ""
		}
		v, _ := env.Lookup(k)
		return strings.TrimSpace(v)
	}
	s := llmSettings{APIKey: get("OPENAI_API_KEY"), BaseURL: get("OPENAI_BASE_URL"), Model: get("RAPPORT_LLM_MODEL"), PromptsDir: get("RAPPORT_PROMPTS_DIR"), Timeout: 4 * time.Second}
	if !s.configured() {
		return nil, errors.New("--llm needs OPENAI_API_KEY, or OPENAI_BASE_URL for a keyless local server")
	}
	if v := get("RAPPORT_LLM_TIMEOUT"); v != "" {
		d, err := time.ParseDuration(v)
		if err != nil || d <= 0 {
			return nil, fmt.Errorf("RAPPORT_LLM_TIMEOUT: %q is not a positive duration like 4s", v)
		}
		s.Timeout = d
	}
	return newLLMRewriter(s, analyzer, nil)
}
