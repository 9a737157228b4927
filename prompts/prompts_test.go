package prompts

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func sample(json bool) Data {
	return Data{
		JSON:    json,
		Message: "No problem! Just run ipconfig /flushdns, [[MENTION_1]].",
		Findings: []Finding{
			{Rule: "no-problem.reply", Category: "no-problem", Match: "No problem", Why: "It hints that helping was a bother.", Suggestion: "You're welcome!", Source: "Eight Simple Ways to Show You Care as an IT Professional"},
			{Rule: "condescending.just", Category: "condescending", Match: "Just run", Why: "It makes the task sound trivial."},
		},
	}
}

func TestEmbeddedRender(t *testing.T) {
	s, err := Load("")
	if err != nil {
		t.Fatalf("Load: %v", err)
	}
	if got, want := strings.Join(s.Names(), ","), "system,user"; got != want {
		t.Fatalf("names: got %s, want %s", got, want)
	}
	tests := []struct {
		name, tmpl string
		data       Data
		want       []string
		wantNot    []string
	}{
		{"system json", "system", sample(true), []string{`{"rewrite":`, "[[EMAIL_1]]", "same language", "roughly the same length"}, []string{"rewritten message only"}},
		{"system plain", "system", sample(false), []string{"rewritten message only", "[[EMAIL_1]]"}, []string{`{"rewrite":`}},
		{"user", "user", sample(true), []string{
			"No problem! Just run ipconfig /flushdns, [[MENTION_1]].",
			`1. [no-problem] "No problem": It hints that helping was a bother. Suggestion: You're welcome! (guidance from "Eight Simple Ways to Show You Care as an IT Professional")`,
			`2. [condescending] "Just run": It makes the task sound trivial.` + "\n",
		}, []string{"<no value>"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := s.Render(tt.tmpl, tt.data)
			if err != nil {
				t.Fatalf("Render: %v", err)
			}
			for _, w := range tt.want {
				if !strings.Contains(got, w) {
					t.Errorf("got %q, want it to contain %q", got, w)
				}
			}
			for _, w := range tt.wantNot {
				if strings.Contains(got, w) {
					t.Errorf("got %q, want it not to contain %q", got, w)
				}
			}
		})
	}
}

func TestRenderUnknown(t *testing.T) {
	s, err := Load("")
	if err != nil {
		t.Fatal(err)
	}
	if _, err := s.Render("assistant", sample(true)); !errors.Is(err, ErrUnknownTemplate) {
		t.Fatalf("got %v, want ErrUnknownTemplate", err)
	}
}

func write(t *testing.T, dir, name, text string) {
	t.Helper()
	if err := os.WriteFile(filepath.Join(dir, name), []byte(text), 0o600); err != nil {
		t.Fatal(err)
	}
}

func TestOverrideFallsBackPerFile(t *testing.T) {
	dir := t.TempDir()
	write(t, dir, "user.tmpl", "DRAFT: {{.Message}} ({{len .Findings}} findings)")
	write(t, dir, "notes.txt", "not a template, ignored")
	s, err := Load(dir)
	if err != nil {
		t.Fatalf("Load: %v", err)
	}
	got, err := s.Render("user", sample(true))
	if err != nil {
		t.Fatal(err)
	}
	if want := "DRAFT: No problem! Just run ipconfig /flushdns, [[MENTION_1]]. (2 findings)"; got != want {
		t.Errorf("overridden user: got %q, want %q", got, want)
	}
	sys, err := s.Render("system", sample(true))
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(sys, "[[EMAIL_1]]") {
		t.Errorf("system should fall back to the embedded template, got %q", sys)
	}
}

func TestLoadErrors(t *testing.T) {
	tests := []struct {
		name  string
		setup func(t *testing.T) string
		want  string // part of the error that names the culprit
	}{
		{"bad syntax names the file", func(t *testing.T) string {
			d := t.TempDir()
			write(t, d, "system.tmpl", "{{if .JSON}}unclosed")
			return d
		}, "system.tmpl"},
		{"misspelt override", func(t *testing.T) string {
			d := t.TempDir()
			write(t, d, "sytem.tmpl", "hello")
			return d
		}, "sytem.tmpl: unknown template"},
		{"missing directory", func(t *testing.T) string {
			return filepath.Join(t.TempDir(), "nope")
		}, "nope"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := Load(tt.setup(t))
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Fatalf("got %v, want an error containing %q", err, tt.want)
			}
		})
	}
}

func TestRenderMissingField(t *testing.T) {
	dir := t.TempDir()
	write(t, dir, "user.tmpl", "{{.Draft}}")
	s, err := Load(dir)
	if err != nil {
		t.Fatal(err)
	}
	_, err = s.Render("user", sample(true))
	if err == nil || !strings.Contains(err.Error(), filepath.Join(dir, "user.tmpl")) {
		t.Fatalf("got %v, want an error naming %s", err, filepath.Join(dir, "user.tmpl"))
	}
}
