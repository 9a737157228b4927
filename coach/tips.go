package coach

import (
	"bytes"
	"embed"
	"errors"
	"fmt"
	"io/fs"
	"regexp"
	"slices"
	"strings"

	"go.yaml.in/yaml/v3"
)

// tipFiles holds the tip library, one YAML file per source article.
//
//go:embed tips/*.yaml
var tipFiles embed.FS

// Tip is one piece of guidance from the tip library, paraphrased from one of
// the source articles.
type Tip struct {
	ID    string // stable, kebab-case; rotation state refers to tips by ID
	Title string // a short headline
	Body  string // two to four sentences
	Try   string // one concrete thing to try this week
	// Source is the article the tip paraphrases.
	Source Article
	// Categories are the finding categories the tip speaks to; a tip may
	// speak to none.
	Categories []Category
}

// ErrInvalidTip is wrapped by every error about the content of the tip
// library.
var ErrInvalidTip = errors.New("invalid tip")

// TipError is one problem with one tip, located by file and line.
type TipError struct {
	File string
	Line int
	ID   string // "" when the tip has no usable id
	Err  error  // wraps ErrInvalidTip
}

func (e *TipError) Error() string {
	id := "tip without id"
	if e.ID != "" {
		id = fmt.Sprintf("tip %q", e.ID)
	}
	return fmt.Sprintf("%s:%d: %s: %v", e.File, e.Line, id, e.Err)
}

func (e *TipError) Unwrap() error { return e.Err }

// tipYAML is a tip as written in a tip file.
type tipYAML struct {
	ID         string   `yaml:"id"`
	Title      string   `yaml:"title"`
	Body       string   `yaml:"body"`
	Try        string   `yaml:"try"`
	Source     string   `yaml:"source"`
	Categories []string `yaml:"categories"`
}

// tipKey reports whether key is one a tip may have, and whether it holds a
// list rather than text.
func tipKey(key string) (isList, known bool) {
	switch key {
	case "id", "title", "body", "try", "source":
		return false, true
	case "categories":
		return true, true
	}
	return false, false
}

const maxTipTitleLen = 60

var (
	tipIDPattern = regexp.MustCompile(`^[a-z0-9]+(-[a-z0-9]+)*$`)
	// A sentence ends in . ! or ?, perhaps followed by a closing quote or
	// bracket, then space or the end of the text.
	tipSentenceEnd = regexp.MustCompile(`[.!?]+["'”’)]*(\s|$)`)
)

// LoadTips loads and validates the embedded tip library and returns it
// sorted by ID. An error names the file, line and tip of every problem.
func LoadTips() ([]Tip, error) {
	return loadTips(tipFiles, "coach/")
}

// loadTips loads tips/*.yaml from fsys; prefix is prepended to file names in
// errors so that they point into the repository.
func loadTips(fsys fs.FS, prefix string) ([]Tip, error) {
	names, err := fs.Glob(fsys, "tips/*.yaml")
	if err != nil {
		return nil, fmt.Errorf("list tip files: %w", err)
	}
	if len(names) == 0 {
		return nil, fmt.Errorf("load tips: %w: no tips/*.yaml files", ErrInvalidTip)
	}
	var (
		tips []Tip
		errs []error
		seen = make(map[string]string) // id → "file:line" of its first use
	)
	for _, name := range names {
		data, err := fs.ReadFile(fsys, name)
		if err != nil {
			return nil, fmt.Errorf("read tip file: %w", err)
		}
		got, err := parseTipFile(prefix+name, data, seen)
		if err != nil {
			errs = append(errs, err)
			continue
		}
		tips = append(tips, got...)
	}
	if len(errs) > 0 {
		return nil, errors.Join(errs...)
	}
	slices.SortFunc(tips, func(a, b Tip) int { return strings.Compare(a.ID, b.ID) })
	return tips, nil
}

// parseTipFile decodes and validates one tip file. seen carries the IDs of
// tips in earlier files so that IDs are unique across the library.
func parseTipFile(file string, data []byte, seen map[string]string) ([]Tip, error) {
	// The node tree gives each tip's line; the strict decode gives typed values.
	var doc yaml.Node
	if err := yaml.Unmarshal(data, &doc); err != nil {
		return nil, fmt.Errorf("%s: %w", file, err)
	}
	if len(doc.Content) == 0 {
		return nil, &TipError{File: file, Line: 1, Err: fmt.Errorf("%w: the file holds no tips", ErrInvalidTip)}
	}
	list := doc.Content[0]
	if list.Kind != yaml.SequenceNode {
		return nil, &TipError{File: file, Line: list.Line, Err: fmt.Errorf("%w: want a list of tips", ErrInvalidTip)}
	}
	var errs []error
	for _, item := range list.Content {
		errs = append(errs, checkTipShape(file, item)...)
	}
	if len(errs) > 0 {
		return nil, errors.Join(errs...)
	}

	var raws []tipYAML
	dec := yaml.NewDecoder(bytes.NewReader(data))
	dec.KnownFields(true)
	if err := dec.Decode(&raws); err != nil {
		return nil, fmt.Errorf("%s: %w", file, err)
	}
	if len(raws) != len(list.Content) {
		// Cannot happen: both decodes read the same list.
		return nil, fmt.Errorf("%s: decoded %d tips from a list of %d", file, len(raws), len(list.Content))
	}

	tips := make([]Tip, 0, len(raws))
	for i, raw := range raws {
		tip, tipErrs := validateTip(file, list.Content[i], raw, seen)
		if len(tipErrs) > 0 {
			errs = append(errs, tipErrs...)
			continue
		}
		tips = append(tips, tip)
	}
	if len(errs) > 0 {
		return nil, errors.Join(errs...)
	}
	return tips, nil
}

// checkTipShape reports unknown keys and values of the wrong kind, which the
// strict decode would also reject but without saying which tip they are in.
func checkTipShape(file string, item *yaml.Node) []error {
	if item.Kind != yaml.MappingNode {
		return []error{&TipError{File: file, Line: item.Line, Err: fmt.Errorf("%w: a tip must be a mapping of keys to values", ErrInvalidTip)}}
	}
	id := tipScalar(item, "id")
	var errs []error
	for i := 0; i+1 < len(item.Content); i += 2 {
		key, val := item.Content[i], item.Content[i+1]
		isList, known := tipKey(key.Value)
		switch {
		case !known:
			errs = append(errs, &TipError{File: file, Line: key.Line, ID: id,
				Err: fmt.Errorf("%w: unknown key %q (want id, title, body, try, source, categories)", ErrInvalidTip, key.Value)})
		case isList && val.Kind != yaml.SequenceNode && !(val.Kind == yaml.ScalarNode && val.Tag == "!!null"):
			errs = append(errs, &TipError{File: file, Line: val.Line, ID: id,
				Err: fmt.Errorf("%w: %s must be a list", ErrInvalidTip, key.Value)})
		case !isList && val.Kind != yaml.ScalarNode:
			errs = append(errs, &TipError{File: file, Line: val.Line, ID: id,
				Err: fmt.Errorf("%w: %s must be text", ErrInvalidTip, key.Value)})
		}
	}
	return errs
}

// validateTip checks one decoded tip; item is its node, for line numbers.
func validateTip(file string, item *yaml.Node, raw tipYAML, seen map[string]string) (Tip, []error) {
	id := strings.TrimSpace(raw.ID)
	var errs []error
	fail := func(key, format string, args ...any) {
		errs = append(errs, &TipError{File: file, Line: tipKeyLine(item, key), ID: id,
			Err: fmt.Errorf("%w: "+format, append([]any{ErrInvalidTip}, args...)...)})
	}

	switch {
	case id == "":
		fail("id", "id is missing")
	case !tipIDPattern.MatchString(id):
		fail("id", "id %q must be kebab-case (lower-case words joined by hyphens)", id)
	default:
		here := fmt.Sprintf("%s:%d", file, tipKeyLine(item, "id"))
		if first, dup := seen[id]; dup {
			fail("id", "id already used at %s", first)
		} else {
			seen[id] = here
		}
	}

	title := strings.TrimSpace(raw.Title)
	switch {
	case title == "":
		fail("title", "title is missing")
	case len(title) > maxTipTitleLen:
		fail("title", "title is %d bytes long, want at most %d", len(title), maxTipTitleLen)
	case strings.ContainsAny(title, "\n"):
		fail("title", "title must be one line")
	case strings.HasSuffix(title, "."):
		fail("title", "title must not end with a full stop")
	}

	body := strings.TrimSpace(raw.Body)
	if body == "" {
		fail("body", "body is missing")
	} else {
		if !tipEndsSentence(body) {
			fail("body", "body must end with a full stop, question mark or exclamation mark")
		}
		if n := tipSentenceCount(body); n < 2 || n > 4 {
			fail("body", "body has %d sentences, want 2 to 4", n)
		}
	}

	try := strings.TrimSpace(raw.Try)
	if try == "" {
		fail("try", "try is missing")
	}

	src, ok := ArticleByID(strings.TrimSpace(raw.Source))
	switch {
	case strings.TrimSpace(raw.Source) == "":
		fail("source", "source is missing")
	case !ok:
		fail("source", "unknown source article %q", raw.Source)
	}

	var cats []Category
	for _, c := range raw.Categories {
		cat := Category(strings.TrimSpace(c))
		switch {
		case !cat.Valid():
			fail("categories", "unknown category %q", c)
		case slices.Contains(cats, cat):
			fail("categories", "category %q listed twice", c)
		default:
			cats = append(cats, cat)
		}
	}

	if len(errs) > 0 {
		return Tip{}, errs
	}
	return Tip{ID: id, Title: title, Body: body, Try: try, Source: src, Categories: cats}, nil
}

// tipSentenceCount counts the sentences in s. It knows nothing of
// abbreviations, so tip bodies avoid them.
func tipSentenceCount(s string) int {
	s = strings.TrimSpace(s)
	if s == "" {
		return 0
	}
	n := len(tipSentenceEnd.FindAllStringIndex(s, -1))
	if !tipEndsSentence(s) {
		n++ // a trailing fragment without a full stop
	}
	return n
}

func tipEndsSentence(s string) bool {
	s = strings.TrimRight(strings.TrimSpace(s), `"'”’)`)
	return strings.HasSuffix(s, ".") || strings.HasSuffix(s, "!") || strings.HasSuffix(s, "?")
}

// tipScalar returns the text of mapping's key, or "" when it is absent or
// not text.
func tipScalar(mapping *yaml.Node, key string) string {
	for i := 0; i+1 < len(mapping.Content); i += 2 {
		if mapping.Content[i].Value == key && mapping.Content[i+1].Kind == yaml.ScalarNode {
			return strings.TrimSpace(mapping.Content[i+1].Value)
		}
	}
	return ""
}

// tipKeyLine returns the line of mapping's key, or the mapping's own line when
// the key is absent.
func tipKeyLine(mapping *yaml.Node, key string) int {
	for i := 0; i+1 < len(mapping.Content); i += 2 {
		if mapping.Content[i].Value == key {
			return mapping.Content[i].Line
		}
	}
	return mapping.Line
}
