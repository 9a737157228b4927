package main

import (
	"bufio"
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"strings"

	"github.com/rapport-bot/rapport/coach"
)

// tipsWrapWidth is where `rapport tips` wraps its text, indent included.
const tipsWrapWidth = 78

// tipJSON is one tip in the output of `rapport tips --json`.
type tipJSON struct {
	ID         string           `json:"id"`
	Title      string           `json:"title"`
	Body       string           `json:"body"`
	Try        string           `json:"try"`
	Source     tipSourceJSON    `json:"source"`
	Categories []coach.Category `json:"categories"`
}

type tipSourceJSON struct {
	ID     string `json:"id"`
	Title  string `json:"title"`
	Author string `json:"author"`
}

// runTips prints the tip library: grouped by source article as text, or as
// one JSON array ordered by tip ID.
func runTips(_ context.Context, env *Env, args []string) int {
	fs := flag.NewFlagSet("rapport tips", flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	asJSON := fs.Bool("json", false, "print the library as a JSON array")
	if bad := unknownFlag(fs, args); bad != "" {
		return usageError(env, "tips", "unknown flag "+bad)
	}
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			fmt.Fprintln(env.Out, "Usage: rapport tips [--json]")
			fmt.Fprintln(env.Out)
			fmt.Fprintln(env.Out, "Lists the tip library, grouped by source article, with each tip's source.")
			fmt.Fprintln(env.Out)
			fmt.Fprintln(env.Out, "  --json   print the library as a JSON array")
			return exitOK
		}
		return usageError(env, "tips", oneLine(err.Error()))
	}
	if fs.NArg() > 0 {
		return usageError(env, "tips", fmt.Sprintf("unexpected argument %q", fs.Arg(0)))
	}

	tips, err := coach.LoadTips()
	if err != nil {
		fmt.Fprintf(env.Err, "rapport tips: %v\n", err)
		return exitUsage
	}
	w := bufio.NewWriter(env.Out)
	if *asJSON {
		err = writeTipsJSON(w, tips)
	} else {
		writeTipsText(w, tips)
	}
	if err == nil {
		err = w.Flush()
	}
	if err != nil {
		fmt.Fprintf(env.Err, "rapport tips: write: %v\n", err)
		return exitUsage
	}
	return exitOK
}

func writeTipsJSON(w io.Writer, tips []coach.Tip) error {
	out := make([]tipJSON, 0, len(tips))
	for _, t := range tips {
		cats := t.Categories
		if cats == nil {
			cats = []coach.Category{} // [] rather than null for consumers
		}
		out = append(out, tipJSON{
			ID: t.ID, Title: t.Title, Body: t.Body, Try: t.Try,
			Source:     tipSourceJSON{ID: t.Source.ID, Title: t.Source.Title, Author: t.Source.Author},
			Categories: cats,
		})
	}
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	if err := enc.Encode(out); err != nil {
		return fmt.Errorf("encode tips: %w", err)
	}
	return nil
}

// writeTipsText prints the tips grouped by article, in the articles' fixed
// order; within an article they keep LoadTips' order (by ID).
func writeTipsText(w io.Writer, tips []coach.Tip) {
	articles := coach.Articles()
	fmt.Fprintf(w, "Rapport tip library: %d tips from %d articles.\n", len(tips), len(articles))
	for _, a := range articles {
		var group []coach.Tip
		for _, t := range tips {
			if t.Source.ID == a.ID {
				group = append(group, t)
			}
		}
		if len(group) == 0 {
			continue
		}
		heading := fmt.Sprintf("%s, by %s (%d tips)", a.Title, a.Author, len(group))
		fmt.Fprintf(w, "\n%s\n%s\n", heading, strings.Repeat("=", len([]rune(heading))))
		for _, t := range group {
			fmt.Fprintf(w, "\n%s [%s]\n", t.Title, t.ID)
			writeTipsWrapped(w, "  ", t.Body)
			writeTipsWrapped(w, "  ", "Try this week: "+t.Try)
			fmt.Fprintf(w, "  Source: %s by %s\n", t.Source.Title, t.Source.Author)
			if len(t.Categories) > 0 {
				names := make([]string, len(t.Categories))
				for i, c := range t.Categories {
					names[i] = string(c)
				}
				fmt.Fprintf(w, "  Categories: %s\n", strings.Join(names, ", "))
			}
		}
	}
}

// writeTipsWrapped writes text word-wrapped to tipsWrapWidth, each line
// starting with indent.
func writeTipsWrapped(w io.Writer, indent, text string) {
	line := indent
	for _, word := range strings.Fields(text) {
		if line != indent && len([]rune(line))+1+len([]rune(word)) > tipsWrapWidth {
			fmt.Fprintln(w, line)
			line = indent
		}
		if line != indent {
			line += " "
		}
		line += word
	}
	if line != indent {
		fmt.Fprintln(w, line)
	}
}
