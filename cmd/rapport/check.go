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
	"unicode/utf8"

	"github.com/rapport-bot/rapport/coach"
)

const checkUsage = `Usage: rapport check [--json] [--rules PATH] [--llm] [TEXT...]

Analyses TEXT (all arguments joined by spaces, as one message) or, with no
TEXT, each line of standard input as one message, answered as soon as the
line arrives. Prints the findings and, when it changes something, a rewrite.
On a terminal the output is wrapped to its width (or $COLUMNS) and coloured
unless NO_COLOR is set. --json keeps the byte offsets of each finding.
Exit status: 0 no findings, 1 findings, 2 usage or other error.

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
// maxCheckLine bounds the bytes of one stdin line that check reads: far
// above any Slack message (40,000 characters), so only a runaway input is
// cut. The rest of such a line is skipped, not held in memory.
const maxCheckLine = 4 << 20

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
			return f, fmt.Errorf("unknown flag %s", flagName(a))
		default:
			f.text = append(f.text, a)
		}
	}
	return f, nil
}

func runCheck(ctx context.Context, env *Env, args []string) int {
	f, err := parseCheckArgs(args)
	if err != nil {
		return usageError(env, "check", err.Error())
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
	style := styleFor(env.Out, env.Lookup)
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
		return writeHumanStyled(out, res, note, style)
	}
	if len(f.text) > 0 {
		if err := emit(strings.Join(f.text, " ")); err != nil {
			fmt.Fprintf(env.Err, "rapport check: write output: %v\n", err)
			return exitUsage
		}
	} else {
		r := bufio.NewReaderSize(env.In, 64*1024)
		for n := 1; ; n++ {
			if err := ctx.Err(); err != nil {
				out.Flush()
				fmt.Fprintf(env.Err, "rapport check: %v\n", err)
				return exitUsage
			}
			line, cut, err := readLine(r, maxCheckLine)
			if cut {
				fmt.Fprintf(env.Err, "rapport check: line %d is longer than %d MiB: checked its first %d MiB only\n", n, maxCheckLine>>20, maxCheckLine>>20)
			}
			if len(line) > 0 {
				line = strings.TrimSuffix(strings.TrimSuffix(line, "\n"), "\r")
				if werr := emit(line); werr != nil {
					fmt.Fprintf(env.Err, "rapport check: write output: %v\n", werr)
					return exitUsage
				}
				// Each line is answered at once, not when stdin ends.
				if werr := out.Flush(); werr != nil {
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

// writeHumanStyled prints one result for a person: no byte offsets (the
// JSON form keeps them), the rewrite only when it differs from the text,
// wrapped to st.width and coloured when st.color.
func writeHumanStyled(w io.Writer, res coach.Result, note string, st humanStyle) error {
	var b strings.Builder
	b.WriteString(st.wrap(st.paint(bold, "Message:")+" "+quoteForTerminal(res.Text), "  "))
	if res.Truncated {
		b.WriteString(st.wrap(fmt.Sprintf("  (long message: only the first %d KB were checked)", coach.MaxAnalyzedBytes>>10), "  "))
	}
	if len(res.Findings) == 0 {
		b.WriteString(st.paint(green, "  No findings.") + "\n\n")
		_, err := io.WriteString(w, b.String())
		return err
	}
	for i, f := range res.Findings {
		head := fmt.Sprintf("  %d. %s  %s  (rule %s)", i+1, st.paint(bold, quoteForTerminal(f.Match)), st.paint(yellow, "["+string(f.Category)+"]"), f.Rule)
		b.WriteString(st.wrap(head, "     "))
		b.WriteString(st.wrap("     Why: "+f.Message, "          "))
		b.WriteString(st.wrap("     Try: "+f.Suggestion, "          "))
		if a, ok := coach.ArticleByTitle(f.Source); ok {
			b.WriteString(st.wrap(st.paint(dim, fmt.Sprintf("     Source: %q by %s", a.Title, a.Author)), "          "))
		} else {
			b.WriteString(st.wrap(st.paint(dim, fmt.Sprintf("     Source: %q", f.Source)), "          "))
		}
	}
	writeAdvice(&b, res, note, st)
	b.WriteString("\n")
	_, err := io.WriteString(w, b.String())
	return err
}

// writeAdvice prints whichever the coach chose: a whole rewrite safe to
// send as is (only when it changes something), or per-finding suggestions
// when no rewrite is safe. A promise is offered to /followup. note, when
// set, says what produced the rewrite.
func writeAdvice(b *strings.Builder, res coach.Result, note string, st humanStyle) {
	for _, f := range res.Findings {
		if f.Category == coach.Promise {
			b.WriteString(st.wrap("  "+st.paint(green, "You promised")+" "+quoteForTerminal(curlyQuote(coach.PromiseSentence(res.Text, f)))+" — record it with /followup so you keep it?", "  "))
			break
		}
	}
	switch {
	case len(res.Suggestions) > 0:
		b.WriteString(st.wrap("  "+st.paint(green, "Rewrite:")+" none that is safe to send as is. Change these phrases:", "  "))
		for _, sg := range res.Suggestions {
			b.WriteString(st.wrap(fmt.Sprintf("    - %s [%s]: %s", quoteForTerminal(curlyQuote(sg.Phrase)), sg.Category, sg.Try), "      "))
		}
	case res.Rewrite != "" && res.Rewrite != res.Text:
		b.WriteString(st.wrap("  "+st.paint(green, "Rewrite:")+" "+quoteForTerminal(res.Rewrite), "           "))
		if note != "" {
			b.WriteString(st.wrap(st.paint(dim, "  ("+note+")"), "   "))
		}
	}
}

// curlyQuote puts a phrase in double quotes for reading, not for Go.
func curlyQuote(s string) string { return "\u201c" + s + "\u201d" }

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

// readLine reads one line from r, with its newline, keeping at most max
// bytes of it (cut at a character boundary); the rest of a longer line is
// read and dropped, so memory stays bounded whatever the input. cut reports
// that the line was longer than max.
func readLine(r *bufio.Reader, limit int) (line string, cut bool, err error) {
	var b []byte
	for {
		frag, err := r.ReadSlice('\n')
		if room := limit - len(b); len(frag) > room {
			b = append(b, frag[:room]...)
			cut = true
		} else {
			b = append(b, frag...)
		}
		if errors.Is(err, bufio.ErrBufferFull) {
			continue
		}
		if cut {
			// Drop a character the cut split in two.
			i := len(b) - 1
			for i > 0 && i > len(b)-utf8.UTFMax && !utf8.RuneStart(b[i]) {
				i--
			}
			if i >= 0 && !utf8.FullRune(b[i:]) {
				b = b[:i]
			}
		}
		return string(b), cut, err
	}
}
