package coach

import "strings"

// Paths, flags, registry keys and technical file names, which the
// tokenizer keeps whole as protected path spans.

// unixRoots are the top folders of a Unix file system: "/etc" alone is a path.
var unixRoots = map[string]bool{
	"etc": true, "usr": true, "var": true, "tmp": true, "dev": true, "home": true, "opt": true,
	"proc": true, "sys": true, "bin": true, "sbin": true, "lib": true, "boot": true, "mnt": true,
	"media": true, "srv": true, "run": true, "root": true,
}

// techExtensions are file endings of configuration, code, logs, system and
// disk-image files; a document's or a picture's ending is everyday.
var techExtensions = map[string]bool{
	"conf": true, "cfg": true, "ini": true, "config": true, "log": true, "py": true, "java": true,
	"js": true, "rb": true, "php": true, "sh": true, "bash": true,
	"bat": true, "cmd": true, "ps1": true, "vbs": true, "dll": true, "exe": true, "sys": true,
	"msi": true, "msu": true, "cab": true, "inf": true, "reg": true, "ko": true,
	"dylib": true, "plist": true, "json": true, "yaml": true, "yml": true, "xml": true, "toml": true,
	"sql": true, "db": true, "sqlite": true, "iso": true, "img": true, "vmdk": true, "vhd": true,
	"vhdx": true, "ova": true, "ost": true, "pst": true, "jar": true, "deb": true, "rpm": true,
	"tar": true, "gz": true, "tgz": true, "cer": true, "crt": true, "pem": true,
	"pfx": true, "csr": true, "cpp": true, "bak": true, "dmp": true, "env": true,
	// A program's data file named in mail and Windows answers
	// ("popstate.dat", "winmail.dat"): a document is never ".dat".
	"dat": true,
	// Windows' management consoles and control-panel pages, named to be
	// opened ("services.msc", "ncpa.cpl").
	"msc": true, "cpl": true,
	// Sources, headers and boot files named in Linux answers ("menu.lst",
	// "main.c"). An ending that is an English word ("list", "service") is
	// left out: "customer.service" is a missing space more often than a
	// file, and the few such files are listed whole in the component list
	// ("sources.list").
	"lst": true, "c": true, "h": true, "cc": true, "hpp": true, "efi": true, "diff": true,
	"pid": true, "cnf": true, "mk": true, "pl": true, "lua": true, "rs": true, "gradle": true,
	// Web and build files, Java settings, XSL stylesheets and network-boot
	// scripts named in developer threads ("core.properties", "ltsp.ipxe").
	"properties": true, "xsl": true, "xslt": true, "ipxe": true, "css": true, "scss": true,
	"jsx": true, "tsx": true, "mjs": true, "vue": true,
	// Windows set-up images ("install.wim", "WinRE.wim").
	"wim": true,
	// Wave 14: sources of newer systems languages named in their channels
	// ("fmt.zig", "build.zig", "main.kt"); ".go" and ".ts" are left out
	// (a missing space before "go", a country's domain).
	"zig": true, "kt": true, "kts": true, "swift": true,
}

// siteEndings are web-address endings beyond webTLDs: a dotted name ending
// in one is a site ("docs.example.app"), not a name in code.
var siteEndings = map[string]bool{
	"app": true, "xyz": true, "site": true, "online": true, "blog": true, "shop": true, "store": true,
	"club": true, "tech": true, "cloud": true, "link": true, "live": true, "news": true, "page": true,
	"pub": true, "chat": true, "social": true, "space": true, "world": true, "email": true, "host": true,
	"wiki": true, "zone": true, "top": true, "art": true, "design": true, "studio": true, "games": true,
	"team": true, "life": true, "work": true, "works": true, "tools": true, "media": true, "today": true,
	"network": true, "systems": true, "digital": true, "website": true, "fun": true, "one": true,
	"html": true, "htm": true, "php": true, "asp": true, "aspx": true,
}

// codeName reports whether w is a dotted name from code or settings, an
// object's member or a settings key: "fluid.prefs.create",
// "app.fetchItems", "payments.gateway.retrytimeout". Its first letter is lower
// case and every part is letters and digits; three or more parts, or two
// whose second is camelCase, and some part camelCase or a word nobody says.
// A web address ("help.example.org", "news.example.app") ends in a site
// ending or a two-letter country; "ok.thanks.bye" is everyday words.
func codeName(w string, lx *jargonLexicon) bool {
	if w == "" || w[0] < 'a' || w[0] > 'z' {
		return false
	}
	// A call, "std.fs.cwd(" or "file.read()": a web address never ends in a
	// bracket, so two parts are enough.
	call := strings.HasSuffix(w, "(") || strings.HasSuffix(w, "()")
	if call {
		w = strings.TrimSuffix(strings.TrimSuffix(w, ")"), "(")
	}
	parts, odd := 0, false
	for start := 0; start <= len(w); {
		end := strings.IndexByte(w[start:], '.')
		if end < 0 {
			end = len(w)
		} else {
			end += start
		}
		part := w[start:end]
		if part == "" {
			return false
		}
		for k := 0; k < len(part); k++ {
			c := part[k]
			if !(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9') {
				return false
			}
		}
		if part[0] >= '0' && part[0] <= '9' {
			return false
		}
		parts++
		camel := isLowerCamel(part)
		if camel || lettersOnly(part) && len(part) > 2 && !lx.known(part) {
			odd = true
		}
		if end == len(w) {
			last := strings.ToLower(part)
			if !call && (len(last) <= 2 || webTLDs[last] || siteEndings[last] || parts == 2 && !camel) {
				return false
			}
		}
		start = end + 1
	}
	return parts >= 2 && (odd || call)
}

// maxDocExtension is the longest ending read as a document's or a
// picture's ("pdf", "xlsx", "pages"); a longer everyday word after the last
// dot ("kiosk.desktop") names a system file.
const maxDocExtension = 5

// unitEndings are the endings of systemd unit and desktop launcher files,
// English words that name a file only after a component's name.
var unitEndings = map[string]bool{
	"service": true, "socket": true, "timer": true, "target": true, "mount": true, "desktop": true,
}

// technicalPath judges a protected path-like chunk: a file-system path, a
// registry key, a command-line flag, a snake_case name, a key=value setting,
// a technical file name or a name with a version ("openmpi-1.6"). Handles,
// e-mail addresses, web domains and documents stay clean.
func technicalPath(w string, lx *jargonLexicon) bool {
	n := len(w)
	if dot := strings.LastIndexByte(w, '.'); dot >= 0 && len(w)-dot-1 <= maxDocExtension {
		if _, doc := lx.everyday[strings.ToLower(w[dot+1:])]; doc {
			return false // a document or a picture: "C:\Users\ana\report.xlsx"
		}
	}
	for k := 0; k < n; k++ {
		if w[k] >= 0x80 {
			return false // "¯\_(ツ)_/¯" and other art
		}
	}
	if docFile(w) {
		return false // "README.md", "doc/install.md": a page to read
	}
	if w != "" && w[0] == '=' {
		return false // "=we": a word glued to a sign, a setting has a name before "="
	}
	if threadCounter(w) {
		return false // "number.2/2": a tweet's last word glued to its part count
	}
	if _, listed := lx.technical[strings.ToLower(w)]; listed {
		return true // "sources.list", "smb.conf"
	}
	if n < 3 || strings.IndexByte(w, '@') >= 0 || strings.Contains(w, "://") || strings.Contains(w, "](") {
		return false
	}
	isLetter := func(c byte) bool { return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' }
	switch c := w[0]; {
	case c == '/':
		if w[1] == '.' && isLetter(w[2]) {
			// A hidden folder written without its "~": "/.config/app/".
			return strings.IndexByte(w[2:], '/') > 0
		}
		if !isLetter(w[1]) {
			return false
		}
		first := w[1:]
		if redditName(w) {
			return false // "/r/ubuntu", "/u/sam": a forum's name, not a folder
		}
		if k := strings.IndexByte(first, '/'); k >= 0 {
			return k > 0 && k+1 < len(first) // "/usr/local"
		}
		// "/etc" alone is a folder; "/join", "/lusers" are chat commands
		// typed into the client. Not "/s" or "/me" (a sarcasm tag, an action).
		return unixRoots[strings.ToLower(first)] || slashCommand(first, lx)
	case c == '~':
		return w[1] == '/'
	case c == '\\':
		return w[1] == '\\' && isLetter(w[2])
	case c == '$' || c == '%':
		// "$HOME", "$(uname -r)", "${PN}", "${}-references": a variable
		// or its expansion written as text.
		return isLetter(w[1]) || w[1] == '(' || c == '$' && w[1] == '{'
	case c == '-':
		if w[1] == '-' {
			return isLetter(w[2])
		}
		if isLetter(w[1]) && w[2] == '/' && n > 4 {
			// A compiler's search path, flag and folder glued together
			// ("-I/usr/include", "-L/opt/lib").
			return technicalPath(w[2:], lx)
		}
		for k := 1; k < n; k++ {
			if !(w[k] >= 'a' && w[k] <= 'z') {
				return false
			}
		}
		// "-rf", "-la"; not a dash glued to a word ("I mean -the other",
		// "here is the catch -if they leave"). Two-letter flags that spell
		// a word ("-it", "-am", "-an") are real; the words below are not.
		return n <= 4 && !(n >= 4 && lx.known(w[1:])) && !(n == 3 && dashedWords[w[1:]])
	case c == '.':
		// "./configure", ".bashrc", a ".dll" file; not a ".pages" file.
		// A hidden folder written without its "~/": ".minecraft/logs".
		if w[1] >= 'a' && w[1] <= 'z' && strings.IndexByte(w, '/') > 1 {
			return true
		}
		// ".next()", ".len()": a method called on something, written with
		// its brackets (the closing one is trimmed as punctuation).
		if w[n-1] == '(' && isLetter(w[1]) {
			return true
		}
		return w[1] == '/' || strings.HasSuffix(w, "rc") || techExtensions[strings.ToLower(w[1:])]
	case isLetter(c) && w[1] == ':' && w[2] == '\\':
		// C:\…; a bare "C:\" is the drive everyone knows by its letter
		// ("format C:\", "save it on D:\").
		return n > 3
	}
	if strings.IndexByte(w, '\\') >= 0 || strings.IndexByte(w, '=') >= 0 {
		return true
	}
	if k := strings.Index(w, "::"); k > 0 && k+2 < n && isLetter(w[k-1]) && isLetter(w[k+2]) {
		return true // "File::Glob", "std::vector": a module or a namespace and a name in it
	}
	if cidrBlock(w) {
		return true // "10.20.0.0/16": a block of network addresses
	}
	hasLetter := false
	for k := 0; k < n; k++ {
		if isLetter(w[k]) {
			hasLetter = true
			break
		}
	}
	if !hasLetter {
		return false
	}
	if k := strings.IndexByte(w, '_'); k > 0 && k < n-1 {
		// snake_case, not _italics_; but a placeholder for the reader to
		// fill in reads as plain words ("name_of_package", "your_user").
		return !placeholder(w, lx)
	}
	if packageAtom(w) {
		return true // "sys-kernel/gentoo-sources", "net-im/tox": a package by its category
	}
	if strings.Count(w, "/") >= 2 || strings.IndexByte(w, '/') >= 0 && strings.IndexByte(w, '.') >= 0 {
		// A web address written without "https://" ("forum.example.org/t/12")
		// is a link, and words joined by slashes are a list of choices
		// ("users/groups/roles"), not a path.
		return !webAddress(w) && wordList(w, lx) != listPlural // "src/app/main", "nginx/1.24"; not "PS4/PS5"
	}
	dot := strings.LastIndexByte(w, '.')
	if dot < 0 {
		return false
	}
	if sharedLibrary(strings.ToLower(w), lx) {
		return true
	}
	if techExtensions[strings.ToLower(w[dot+1:])] {
		return !hostName(w) // "smb.conf"; not "pop.example.pl", a mail server
	}
	if codeName(w, lx) {
		return true
	}
	// A unit or launcher file of a listed component ("dnsmasq.service",
	// "lightdm.desktop"); such an ending after an everyday word is a
	// missing space more often than a file ("customer.service").
	if unitEndings[strings.ToLower(w[dot+1:])] && lx.listed(strings.ToLower(w[:dot])) {
		return true
	}
	// "openmpi-1.6.x", "nginx-1.24": a rare name carrying a version, not a
	// product everyone knows ("iOS11.2").
	first := strings.IndexByte(w, '.')
	lead := w[:first]
	digits := strings.IndexAny(lead, "0123456789")
	if digits <= 0 || !isLetter(lead[0]) || first+1 >= n || w[first+1] < '0' || w[first+1] > '9' {
		return false
	}
	// "update(1.0-beta2": a word glued to its release in brackets is
	// judged by the word.
	name := strings.ToLower(strings.TrimRight(lead[:digits], "-_("))
	return !lx.known(name)
}

// placeholderWords mark a snake_case name as a placeholder the reader
// replaces with their own value: it speaks to them or reads as a phrase.
var placeholderWords = map[string]bool{"your": true, "my": true, "of": true, "the": true, "to": true}

// placeholder reports whether w is everyday words joined by underscores,
// one of which is "your", "my", "of", "the" or "to": "name_of_package",
// "your_username", "path_to_the_file". A setting's or a function's name
// ("max_retries", "get_user") names a thing without them.
func placeholder(w string, lx *jargonLexicon) bool {
	marked := false
	for _, p := range strings.Split(strings.ToLower(w), "_") {
		if placeholderWords[p] {
			marked = true
			continue
		}
		if p == "" || !lettersOnly(p) || !lx.known(p) && !lx.compound(p) {
			return false
		}
	}
	return marked
}

// sharedLibrary reports whether w names a shared library file, "libqrx.so",
// "libssl.so.3": ".so" alone also ends a web address (and "ok.so" is a
// missing space), but a name built on "lib" before it is a library; an
// everyday word before it ("library.so I went") is a missing space too.
func sharedLibrary(w string, lx *jargonLexicon) bool {
	k := strings.Index(w, ".so")
	if k < 4 || !strings.HasPrefix(w, "lib") || strings.IndexByte(w[:k], '/') >= 0 || lx.known(w[:k]) {
		return false
	}
	rest := w[k+3:]
	for j := 0; j < len(rest); j++ {
		if c := rest[j]; c != '.' && (c < '0' || c > '9') {
			return false
		}
	}
	return true
}

// slashCommand reports whether w, the text after a lone "/", names a chat
// client's command: three or more lower-case letters that are not an
// everyday word ("/join", "/msg", "/lusers"; not "/s" or "/me").
func slashCommand(w string, lx *jargonLexicon) bool {
	if len(w) < 3 {
		return false
	}
	// "/killed", "/facepalming": a chat command is typed bare, never
	// inflected; a verb's past or -ing form after "/" acts something out.
	if (strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "ing")) && lx.knownWord(w) {
		return false
	}
	for k := 0; k < len(w); k++ {
		if w[k] < 'a' || w[k] > 'z' {
			return false
		}
	}
	_, everyday := lx.everyday[w]
	return !everyday
}

// hostPrefixes open the names of mail, web and file servers: "pop",
// "imap", "smtp", "mail", "www", "ftp".
var hostPrefixes = map[string]bool{
	"pop": true, "pop3": true, "imap": true, "smtp": true, "mail": true, "webmail": true,
	"www": true, "ftp": true, "mx": true,
}

// hostName reports whether w is a server's address, three or more parts of
// letters, digits and hyphens opened by a server prefix ("pop.example.pl",
// "smtp.mail.example.rs"). Its country ending may also end a file name
// (".pl" Poland and Perl, ".sh", ".rs"); the prefix says which it is.
func hostName(w string) bool {
	parts := strings.Split(strings.ToLower(w), ".")
	if len(parts) < 3 || !hostPrefixes[parts[0]] {
		return false
	}
	for _, p := range parts {
		if p == "" {
			return false
		}
		for k := 0; k < len(p); k++ {
			if c := p[k]; !(c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '-') {
				return false
			}
		}
	}
	return lettersOnly(parts[len(parts)-1])
}

// webTLDs are the endings of web host names seen in chat links.
var webTLDs = map[string]bool{
	"com": true, "org": true, "net": true, "edu": true, "gov": true, "io": true, "co": true,
	"uk": true, "de": true, "fr": true, "nl": true, "eu": true, "info": true, "dev": true, "me": true,
}

// webAddress reports whether w is a host name with a path, "www.example.com/a"
// or "lists.example.org/list/users": its first part holds a dot and ends in a
// web domain ending.
func webAddress(w string) bool {
	slash := strings.IndexByte(w, '/')
	if slash <= 0 {
		return false
	}
	host := strings.ToLower(w[:slash])
	dot := strings.LastIndexByte(host, '.')
	return dot > 0 && webTLDs[host[dot+1:]]
}

// Kinds of word list wordList tells apart.
const (
	listNone     = iota // not everyday words joined by slashes
	listPlural          // all plural: "folders/subfolders/files"
	listSingular        // none plural: "yes/no/maybe", or a path "config/default/app"
)

// wordList reports whether w is everyday words joined by slashes, with no
// dot, all plural or all not. Plurals side by side name kinds of things;
// singular words may be choices ("yes/no/maybe") or a folder path, which the
// words around tell apart. A path that mixes them ("app/logs/today") or holds
// a word nobody says ("src/app/main") is listNone.
func wordList(w string, lx *jargonLexicon) int {
	if strings.IndexByte(w, '.') >= 0 || w[0] == '/' {
		return listNone
	}
	plurals, parts := 0, 0
	for _, part := range strings.Split(w, "/") {
		if len(part) < 2 {
			return listNone
		}
		// A brand among the words is written with its capitals
		// ("card/PayPal/gift"); a name in capitals is not ("APT/DPKG").
		if part[0] >= 'A' && part[0] <= 'Z' && !acronymShaped(part) {
			part = strings.ToLower(part)
		}
		for k := 0; k < len(part); k++ {
			if c := part[k]; c < 'a' || c > 'z' {
				return listNone
			}
		}
		if !lx.knownWord(part) && !(strings.HasPrefix(part, "sub") && lx.knownWord(part[3:])) {
			return listNone
		}
		parts++
		if len(part) > 3 && part[len(part)-1] == 's' && part[len(part)-2] != 's' {
			plurals++
		}
	}
	switch plurals {
	case parts:
		return listPlural
	case 0:
		return listSingular
	}
	return listNone
}

// placeWords before a chunk say it is a place to look or go: "in
// config/default/app", "cd app/data".
var placeWords = map[string]bool{
	"in": true, "into": true, "inside": true, "under": true, "to": true, "from": true, "at": true,
	"cd": true, "open": true, "edit": true, "check": true, "see": true, "copy": true, "move": true,
}

// choiceList reports whether the path chunk at i is singular everyday words
// joined by slashes ("yes/no/maybe") not named as a place to look or go.
func choiceList(toks []token, i int, raw string, lx *jargonLexicon) bool {
	if wordList(raw, lx) != listSingular {
		return false
	}
	if i+1 < len(toks) && folderWords[toks[i+1].norm] {
		return false // "the config/default/app folder"
	}
	return i == 0 || !placeWords[toks[i-1].norm]
}

// folderWords after a chunk name it as a place on disk.
var folderWords = map[string]bool{
	"file": true, "files": true, "folder": true, "folders": true, "directory": true, "dir": true, "path": true,
}

// docEndings are the endings of pages written to be read: a project's
// README, a changelog or a guide ("README.md", "doc/install.md",
// "notes.html"). Pointing at one asks the reader to read it, as a link does;
// a configuration file is something to edit.
var docEndings = map[string]bool{
	"md": true, "markdown": true, "rst": true, "adoc": true, "html": true, "htm": true,
}

// docFile reports whether every part of w, split at "/", ends in a page
// ending: "README.md", "doc/install.md", "bugs.md/bugs.html".
func docFile(w string) bool {
	dot := strings.LastIndexByte(w, '.')
	// A page under a system folder ("/var/www/html/index.html") is a file
	// the server serves, not a guide.
	if dot <= 0 || !docEndings[strings.ToLower(w[dot+1:])] || strings.Contains(w, "://") || w[0] == '/' || w[0] == '~' {
		return false
	}
	for _, part := range strings.Split(w, "/") {
		if part == "" || part == ".." || part == "." {
			continue // "../tree/master/doc/install.md" keeps its folders
		}
		if d := strings.LastIndexByte(part, '.'); d > 0 && !docEndings[strings.ToLower(part[d+1:])] {
			return false
		}
	}
	return true
}

// threadCounter reports whether w is a sentence's last word glued to the
// part count of a reply split over several tweets ("persists.2/3",
// "number.(2/2)", "on.1/2"): the count reads "part 2 of 2", not a path.
func threadCounter(w string) bool {
	k := 0
	for k < len(w) && (w[k] >= 'a' && w[k] <= 'z' || w[k] >= 'A' && w[k] <= 'Z') {
		k++
	}
	if k == 0 || k == len(w) || strings.IndexByte(".!?/", w[k]) < 0 {
		return false
	}
	// "usual...2/2", "details/(1/2)": an ellipsis or a slash, and an
	// opening bracket whose closing one the tokenizer may have left off.
	for n := 0; k < len(w) && strings.IndexByte(".!?/", w[k]) >= 0 && n < 4; n++ {
		k++
	}
	c := w[k:]
	if strings.HasPrefix(c, "(") {
		c = strings.TrimSuffix(c[1:], ")")
	}
	slash := strings.IndexByte(c, '/')
	if slash <= 0 || slash == len(c)-1 || slash > 2 || len(c)-slash-1 > 2 {
		return false
	}
	for i := 0; i < len(c); i++ {
		if i != slash && (c[i] < '0' || c[i] > '9') {
			return false
		}
	}
	return true
}

// dashedWords are two-letter words that open a clause after a dash used as
// punctuation ("-if they", "-so it"); no common command takes them as a
// flag.
var dashedWords = map[string]bool{
	"if": true, "so": true, "to": true, "of": true, "as": true, "we": true, "my": true,
	"is": true, "he": true, "by": true, "or": true, "no": true, "at": true,
}

// redditName reports whether w names a community or a user the way forum
// posts link them: "/r/" or "/u/" and one name, no further folder.
func redditName(w string) bool {
	if len(w) < 4 || w[0] != '/' || w[1] != 'r' && w[1] != 'u' || w[2] != '/' {
		return false
	}
	return strings.IndexByte(w[3:], '/') < 0 || strings.IndexByte(w[3:], '/') == len(w)-4
}

// cidrBlock reports whether w is a block of network addresses written as an
// address and a prefix length ("10.20.0.0/16", "192.168.1.0/24"): four
// numbers of one to three digits joined by dots, "/" and one or two digits.
// A score ("3.5/10") or a date ("1.2.2024/5") has no four-part address.
func cidrBlock(w string) bool {
	slash := strings.IndexByte(w, '/')
	if slash < 7 || len(w)-slash-1 < 1 || len(w)-slash-1 > 2 || !allDigits(w[slash+1:]) {
		return false
	}
	parts := strings.Split(w[:slash], ".")
	if len(parts) != 4 {
		return false
	}
	for _, p := range parts {
		if len(p) < 1 || len(p) > 3 || !allDigits(p) {
			return false
		}
	}
	return true
}

// allDigits reports whether w is ASCII digits only.
func allDigits(w string) bool {
	for k := 0; k < len(w); k++ {
		if w[k] < '0' || w[k] > '9' {
			return false
		}
	}
	return w != ""
}

// packageCategories are the categories of a source distribution's package
// tree (Gentoo's Portage and its kin), the part before the slash when a
// package is named in full: "sys-kernel/gentoo-sources", "net-im/tox".
// Only categories whose two parts are not an everyday compound are listed,
// so "non-admin/restricted" or "check-in/out" never read as one.
var packageCategories = map[string]bool{
	"app-admin": true, "app-arch": true, "app-crypt": true, "app-editors": true, "app-emulation": true,
	"app-misc": true, "app-office": true, "app-portage": true, "app-shells": true, "app-text": true,
	"app-accessibility": true, "app-containers": true, "app-backup": true,
	"dev-db": true, "dev-java": true, "dev-lang": true, "dev-libs": true, "dev-perl": true,
	"dev-python": true, "dev-qt": true, "dev-ruby": true, "dev-util": true, "dev-vcs": true,
	"gnome-base": true, "gnome-extra": true, "kde-apps": true, "kde-frameworks": true, "kde-plasma": true,
	"media-fonts": true, "media-gfx": true, "media-libs": true, "media-plugins": true,
	"media-sound": true, "media-video": true, "mail-client": true, "mail-mta": true,
	"net-analyzer": true, "net-dns": true, "net-firewall": true, "net-fs": true, "net-im": true,
	"net-libs": true, "net-mail": true, "net-misc": true, "net-print": true, "net-p2p": true,
	"net-wireless": true, "sys-apps": true, "sys-auth": true, "sys-boot": true, "sys-devel": true,
	"sys-firmware": true, "sys-fs": true, "sys-kernel": true, "sys-libs": true, "sys-power": true,
	"sys-process": true, "www-client": true, "www-servers": true,
	"x11-apps": true, "x11-base": true, "x11-drivers": true, "x11-libs": true, "x11-misc": true,
	"x11-terms": true, "x11-wm": true, "xfce-base": true, "xfce-extra": true,
}

// packageAtom reports whether w is a package named with its category, one
// slash between a listed category and a lower-case name ("net-im/tox",
// "sys-kernel/install-kernel", "dev-libs/openssl-3.0"): a path into the
// package tree that a source distribution's users type.
func packageAtom(w string) bool {
	k := strings.IndexByte(w, '/')
	if k < 6 || k+2 > len(w) || strings.IndexByte(w[k+1:], '/') >= 0 || !packageCategories[strings.ToLower(w[:k])] {
		return false
	}
	name := w[k+1:]
	if name[0] < 'a' || name[0] > 'z' {
		return false
	}
	for i := 0; i < len(name); i++ {
		if c := name[i]; !(c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '-' || c == '_' || c == '+' || c == '.') {
			return false
		}
	}
	return true
}
