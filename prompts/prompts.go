// Package prompts holds the templates Rapport sends to a language model when
// it asks for a rewrite. The templates are embedded in the binary; an operator
// may override any of them with a file of the same name in a directory
// (RAPPORT_PROMPTS_DIR), and the others keep their embedded text.
//
// The templates are text/template files. Each is parsed once, by Load; a file
// that does not parse stops Load with an error naming the file.
package prompts

import (
	"bytes"
	"embed"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"text/template"
)

//go:embed *.tmpl
var embedded embed.FS

// ext is the file extension of a prompt template; a template's name is its
// file name without it ("system" for system.tmpl).
const ext = ".tmpl"

// ErrUnknownTemplate is returned by Render for a name no template has.
var ErrUnknownTemplate = errors.New("unknown prompt template")

// Data is what every template is rendered with. Its fields are the contract
// between the templates and the code that renders them: an override may use
// any of them and nothing else.
type Data struct {
	// JSON is true when the answer is asked for as a JSON object
	// {"rewrite": "...", "reason": "..."}, false for plain text.
	JSON bool
	// Message is the draft to rewrite, already stripped of private details.
	Message string
	// Findings are what to address in the draft, in message order.
	Findings []Finding
}

// Finding is one thing to address, as the model is told about it.
type Finding struct {
	Rule       string // stable rule id, such as "no-problem.reply"
	Category   string // SPEC category id, such as "no-problem"
	Match      string // the phrase in the draft
	Why        string // why it matters
	Suggestion string // what to say instead; may be empty
	Source     string // title of the article the guidance comes from
}

// Set is a parsed set of prompt templates, safe for concurrent use.
type Set struct {
	tmpls   map[string]*template.Template
	sources map[string]string // name → where it came from, for error messages
}

// Load parses the prompt templates. With dir empty it uses only the embedded
// templates. Otherwise each template that has a file of the same name in dir
// (system.tmpl, user.tmpl) is read from there, and the others fall back to the
// embedded text. A *.tmpl file in dir that matches no embedded template is an
// error, so that a misspelt override is not silently ignored.
func Load(dir string) (*Set, error) {
	names, err := fs.Glob(embedded, "*"+ext)
	if err != nil {
		return nil, fmt.Errorf("prompts: list embedded templates: %w", err)
	}
	sort.Strings(names)
	if dir != "" {
		if err := checkOverrides(dir, names); err != nil {
			return nil, err
		}
	}
	s := &Set{tmpls: make(map[string]*template.Template, len(names)), sources: make(map[string]string, len(names))}
	for _, file := range names {
		text, source, err := read(dir, file)
		if err != nil {
			return nil, err
		}
		name := strings.TrimSuffix(file, ext)
		t, err := template.New(name).Funcs(funcs()).Option("missingkey=error").Parse(text)
		if err != nil {
			return nil, fmt.Errorf("prompts: parse %s: %w", source, err)
		}
		s.tmpls[name] = t
		s.sources[name] = source
	}
	return s, nil
}

// checkOverrides fails when dir is missing or holds a template name that is
// not one of the embedded ones.
func checkOverrides(dir string, known []string) error {
	entries, err := os.ReadDir(dir)
	if err != nil {
		return fmt.Errorf("prompts: read directory %s: %w", dir, err)
	}
	for _, e := range entries {
		if e.IsDir() || !strings.HasSuffix(e.Name(), ext) {
			continue
		}
		if i := sort.SearchStrings(known, e.Name()); i == len(known) || known[i] != e.Name() {
			return fmt.Errorf("prompts: %s: unknown template (want one of %s)",
				filepath.Join(dir, e.Name()), strings.Join(known, ", "))
		}
	}
	return nil
}

// read returns the text of one template file and a description of where it
// came from: dir/file when it exists there, the embedded copy otherwise.
func read(dir, file string) (text, source string, err error) {
	if dir != "" {
		path := filepath.Join(dir, file)
		b, err := os.ReadFile(path)
		switch {
		case err == nil:
			return string(b), path, nil
		case !errors.Is(err, fs.ErrNotExist):
			return "", "", fmt.Errorf("prompts: read %s: %w", path, err)
		}
	}
	b, err := embedded.ReadFile(file)
	if err != nil {
		return "", "", fmt.Errorf("prompts: read embedded %s: %w", file, err)
	}
	return string(b), "embedded " + file, nil
}

func funcs() template.FuncMap {
	return template.FuncMap{
		"add": func(a, b int) int { return a + b },
	}
}

// Names returns the names of the templates in the set, sorted.
func (s *Set) Names() []string {
	names := make([]string, 0, len(s.tmpls))
	for n := range s.tmpls {
		names = append(names, n)
	}
	sort.Strings(names)
	return names
}

// Render executes the template called name ("system", "user") with data and
// returns the text. A field the template uses that data lacks is an error.
func (s *Set) Render(name string, data any) (string, error) {
	t, ok := s.tmpls[name]
	if !ok {
		return "", fmt.Errorf("prompts: %q: %w", name, ErrUnknownTemplate)
	}
	var b bytes.Buffer
	if err := t.Execute(&b, data); err != nil {
		return "", fmt.Errorf("prompts: render %s: %w", s.sources[name], err)
	}
	return b.String(), nil
}
