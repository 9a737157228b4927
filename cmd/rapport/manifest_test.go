package main

import (
	"os"
	"slices"
	"strings"
	"testing"

	"go.yaml.in/yaml/v3"
)

// TestManifestHasTheHomeTabAndEveryCommand reads the manifest an admin
// pastes into Slack: the Home tab is on, its event is subscribed, no scope
// was added for it, and the usage hints name every subcommand.
func TestManifestHasTheHomeTabAndEveryCommand(t *testing.T) {
	raw, err := os.ReadFile("../../manifest.yaml")
	if err != nil {
		t.Fatal(err)
	}
	var m struct {
		Features struct {
			AppHome struct {
				HomeTab     bool `yaml:"home_tab_enabled"`
				MessagesTab bool `yaml:"messages_tab_enabled"`
			} `yaml:"app_home"`
			SlashCommands []struct {
				Command   string `yaml:"command"`
				UsageHint string `yaml:"usage_hint"`
			} `yaml:"slash_commands"`
		} `yaml:"features"`
		OAuth struct {
			Scopes struct {
				Bot []string `yaml:"bot"`
			} `yaml:"scopes"`
		} `yaml:"oauth_config"`
		Settings struct {
			Events struct {
				Bot []string `yaml:"bot_events"`
			} `yaml:"event_subscriptions"`
			Socket bool `yaml:"socket_mode_enabled"`
		} `yaml:"settings"`
	}
	if err := yaml.Unmarshal(raw, &m); err != nil {
		t.Fatalf("manifest: %v", err)
	}
	if !m.Features.AppHome.HomeTab || !m.Features.AppHome.MessagesTab {
		t.Errorf("app_home: home %v, messages %v; want both on", m.Features.AppHome.HomeTab, m.Features.AppHome.MessagesTab)
	}
	if !slices.Contains(m.Settings.Events.Bot, "app_home_opened") {
		t.Errorf("bot_events %v lack app_home_opened", m.Settings.Events.Bot)
	}
	wantScopes := []string{"chat:write", "commands", "channels:history", "groups:history", "im:history", "users:read", "usergroups:read"}
	if !slices.Equal(m.OAuth.Scopes.Bot, wantScopes) {
		t.Errorf("scopes %v, want %v (the Home tab needs none)", m.OAuth.Scopes.Bot, wantScopes)
	}
	want := map[string][]string{
		"/followup": {"<when> <what>", "@user", "list", "done", "snooze", "cancel", "help"},
		"/coach":    {"on", "off", "stats", "tip", "check", "unmute", "forget", "help"},
	}
	for _, c := range m.Features.SlashCommands {
		for _, sub := range want[c.Command] {
			if !strings.Contains(c.UsageHint, sub) {
				t.Errorf("%s usage hint %q lacks %q", c.Command, c.UsageHint, sub)
			}
		}
		delete(want, c.Command)
	}
	if len(want) > 0 {
		t.Errorf("commands missing from the manifest: %v", want)
	}
}
