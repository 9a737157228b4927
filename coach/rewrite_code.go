package coach

import (
	"strings"
	"unicode"
)

// commandWords are programs a message tells someone to run. A word of this
// list starts a command span when it is introduced as one ("type netsh …",
// "run: ipconfig /all") or followed by an argument that only a command
// takes (a flag, a path, a file name).
var commandWords = map[string]bool{
	"netsh": true, "ipconfig": true, "ping": true, "nslookup": true, "tracert": true, "traceroute": true,
	"sudo": true, "apt": true, "apt-get": true, "dnf": true, "yum": true, "ls": true, "cd": true, "chmod": true,
	"chown": true, "gpupdate": true, "gpresult": true, "sfc": true, "dism": true, "powershell": true, "cmd": true,
	"net": true, "curl": true, "wget": true, "ssh": true, "scp": true, "systemctl": true, "service": true,
	"kill": true, "ps": true, "grep": true, "cat": true, "dig": true, "whoami": true, "klist": true,
	"dsregcmd": true, "regedit": true, "msiexec": true, "winget": true, "brew": true, "pip": true, "npm": true,
	"git": true, "docker": true, "kubectl": true, "mount": true, "umount": true, "fdisk": true, "diskpart": true,
	"chkdsk": true, "reg": true, "robocopy": true, "xcopy": true, "taskkill": true, "tasklist": true,
	"shutdown": true, "route": true, "arp": true, "netstat": true, "ifconfig": true, "ip": true, "mstsc": true,
	"certutil": true, "wmic": true, "bcdedit": true, "nbtstat": true, "pathping": true, "telnet": true,
	"rm": true, "cp": true, "mv": true, "mkdir": true, "tail": true, "less": true, "nano": true, "vi": true,
	"vim": true, "dpkg": true, "rpm": true, "modprobe": true, "lsusb": true, "lspci": true, "dmesg": true,
	"journalctl": true, "get-aduser": true, "set-mailbox": true, "get-mailbox": true, "test-netconnection": true,
}

// commandIntro are words after which the next word is something to type.
var commandIntro = map[string]bool{
	"type": true, "run": true, "enter": true, "execute": true, "paste": true, "command": true, "typing": true,
	"running": true, "ran": true, "typed": true, "entering": true, "prompt": true, "terminal": true,
}

// CommandSpans returns the code-like spans of text a rewrite must leave
// exactly as written, beyond ProtectedSpans: single-quoted commands
// ('ipconfig /flushdns') and bare commands ("type netsh wlan show profiles").
// A span may run on into prose; erring long only keeps more text as it is.
func CommandSpans(text string) []Span {
	if strings.IndexByte(text, '\'') < 0 && !mentionsCommand(text) {
		return nil // the common case, without allocating
	}
	var out []Span
	// Single-quoted spans of a command or an identifier.
	for i := 0; i < len(text); i++ {
		if text[i] != '\'' || (i > 0 && !unicode.IsSpace(rune(text[i-1])) && strings.IndexByte("([{:=", text[i-1]) < 0) {
			continue
		}
		j := strings.IndexByte(text[i+1:], '\'')
		if j <= 0 || j > 120 || strings.ContainsAny(text[i+1:i+1+j], "\n") {
			continue
		}
		end := i + 1 + j + 1
		if end < len(text) && (unicode.IsLetter(rune(text[end])) || unicode.IsDigit(rune(text[end]))) {
			continue // a contraction or possessive, not a closing quote
		}
		out = append(out, Span{i, end})
		i = end - 1
	}
	// Bare commands.
	words := wordSpans(text)
	for k := 0; k < len(words); k++ {
		w := words[k]
		name := strings.ToLower(strings.TrimRight(text[w.Start:w.End], ".,;:!?)"))
		if !commandWords[name] || insideAny(out, w.Start) {
			continue
		}
		intro := false
		if k > 0 {
			prev := strings.ToLower(strings.Trim(text[words[k-1].Start:words[k-1].End], ":\"“”`*_"))
			intro = commandIntro[prev] || strings.HasSuffix(strings.TrimSpace(text[words[k-1].Start:w.Start]), ":")
		} else {
			intro = true // a message that opens with a command
		}
		arg := false
		if k+1 < len(words) {
			a := text[words[k+1].Start:words[k+1].End]
			arg = strings.HasPrefix(a, "-") || strings.HasPrefix(a, "/") || strings.HasPrefix(a, "\\") ||
				strings.ContainsAny(strings.TrimRight(a, ".,;:!?"), "/\\=.$")
		}
		if !intro && !arg {
			continue
		}
		end := w.End
		for m := k; m < len(words); m++ {
			t := text[words[m].Start:words[m].End]
			if m > k {
				lw := strings.ToLower(t)
				if commandStop[lw] || (unicode.IsUpper(rune(t[0])) && !strings.ContainsAny(t, "/\\-=")) {
					break
				}
			}
			end = words[m].End
			if strings.IndexByte(",;!?", t[len(t)-1]) >= 0 || (t[len(t)-1] == '.' && (words[m].End == len(text) || text[words[m].End] != '.')) {
				// Punctuation ends the command; a path's inner dots do not.
				end = words[m].Start + len(strings.TrimRight(t, ".,;!?"))
				break
			}
			if m+1 < len(words) && strings.ContainsAny(text[words[m].End:words[m+1].Start], "\n") {
				break
			}
		}
		out = append(out, Span{w.Start, end})
		for k+1 < len(words) && words[k+1].Start < end {
			k++
		}
	}
	return out
}

// mentionsCommand reports whether any word of text is a command name.
func mentionsCommand(text string) bool {
	start := -1
	for i := 0; i <= len(text); i++ {
		if i == len(text) || text[i] == ' ' || text[i] == '\n' || text[i] == '\t' {
			if start >= 0 {
				w := strings.TrimRight(text[start:i], ".,;:!?)")
				if commandWords[w] || commandWords[strings.ToLower(w)] {
					return true
				}
				start = -1
			}
			continue
		}
		if start < 0 {
			start = i
		}
	}
	return false
}

// commandStop are words that end a bare command and start prose again.
var commandStop = map[string]bool{
	"and": true, "then": true, "to": true, "in": true, "on": true, "for": true, "from": true, "which": true,
	"so": true, "but": true, "if": true, "when": true, "it": true, "that": true, "this": true, "will": true,
	"should": true, "again": true, "first": true, "instead": true, "or": true, "as": true, "into": true,
	"you": true, "your": true, "we": true, "i": true, "once": true, "after": true, "before": true, "with": true,
	"is": true, "was": true, "the": true, "a": true, "an": true, "see": true, "see,": true, "–": true, "—": true,
}

// wordSpans splits text at white space.
func wordSpans(text string) []Span {
	var out []Span
	start := -1
	for i, r := range text {
		if unicode.IsSpace(r) {
			if start >= 0 {
				out = append(out, Span{start, i})
				start = -1
			}
			continue
		}
		if start < 0 {
			start = i
		}
	}
	if start >= 0 {
		out = append(out, Span{start, len(text)})
	}
	return out
}

func insideAny(spans []Span, at int) bool {
	for _, s := range spans {
		if s.Start <= at && at < s.End {
			return true
		}
	}
	return false
}

// CodeTokens returns the texts a faithful rewrite must keep verbatim and
// unbroken: the protected tokens and the command spans.
//
// Emoji codes are left out: a laughing ":joy:" goes with the joke it
// decorates.
func CodeTokens(text string) []string {
	var out []string
	for _, p := range protectedSpans(text, nil) {
		if p.kind != spanEmoji {
			out = append(out, text[p.Start:p.End])
		}
	}
	for _, s := range CommandSpans(text) {
		out = append(out, text[s.Start:s.End])
	}
	return out
}
