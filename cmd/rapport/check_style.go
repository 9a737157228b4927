package main

import (
	"io"
	"os"
	"strconv"
	"strings"
	"unicode/utf8"
)

// humanStyle is how `check` prints for a person: colour and a wrap width
// (0: no wrapping), both only on a terminal.
type humanStyle struct {
	color bool
	width int
}

// ANSI styles `check` uses.
const (
	bold   = "\x1b[1m"
	dim    = "\x1b[2m"
	yellow = "\x1b[33m"
	green  = "\x1b[32m"
	reset  = "\x1b[0m"
)

// styleFor decides the style for out: colour on a terminal unless NO_COLOR
// is set (https://no-color.org) or TERM is "dumb"; wrapping to COLUMNS or
// the terminal's width.
func styleFor(out io.Writer, lookup func(string) (string, bool)) humanStyle {
	f, ok := out.(*os.File)
	if !ok {
		return humanStyle{}
	}
	fi, err := f.Stat()
	if err != nil || fi.Mode()&os.ModeCharDevice == 0 {
		return humanStyle{}
	}
	return terminalStyle(lookup, terminalWidth(f))
}

// terminalStyle is the style on a terminal whose width is known to be
// width (0 if unknown), given the environment.
func terminalStyle(lookup func(string) (string, bool), width int) humanStyle {
	get := func(k string) string {
		if lookup == nil {
			return ""
		}
		v, _ := lookup(k)
		return v
	}
	st := humanStyle{color: get("NO_COLOR") == "" && get("TERM") != "dumb", width: width}
	if n, err := strconv.Atoi(get("COLUMNS")); err == nil && n > 0 {
		st.width = n
	}
	if st.width != 0 && st.width < 40 {
		st.width = 40 // narrower than this, wrapping hurts more than it helps
	}
	return st
}

func (st humanStyle) paint(code, s string) string {
	if !st.color || s == "" {
		return s
	}
	return code + s + reset
}

// wrap breaks line at spaces so that no printed line is wider than
// st.width, indenting continuation lines; it ends with a newline. Colour
// codes take no width. A word longer than a line is left whole.
func (st humanStyle) wrap(line, indent string) string {
	if st.width <= 0 || visibleWidth(line) <= st.width {
		return line + "\n"
	}
	var b strings.Builder
	lead := len(line) - len(strings.TrimLeft(line, " "))
	b.WriteString(line[:lead])
	col := lead
	first := true
	for _, word := range strings.Fields(line[lead:]) {
		wl := visibleWidth(word)
		switch {
		case first:
			first = false
		case col+1+wl > st.width:
			b.WriteString("\n" + indent)
			col = len(indent)
		default:
			b.WriteByte(' ')
			col++
		}
		b.WriteString(word)
		col += wl
	}
	b.WriteString("\n")
	return b.String()
}

// visibleWidth counts the runes of s outside ANSI escape sequences.
func visibleWidth(s string) int {
	n := 0
	for i := 0; i < len(s); {
		if s[i] == 0x1b {
			if j := strings.IndexByte(s[i:], 'm'); j > 0 {
				i += j + 1
				continue
			}
		}
		_, size := utf8.DecodeRuneInString(s[i:])
		i += size
		n++
	}
	return n
}
