package bot

import (
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/slack-go/slack"

	"github.com/rapport-bot/rapport/coach"
	"github.com/rapport-bot/rapport/storage"
)

var updateHome = flag.Bool("update-home", false, "rewrite docs/home-tab.json (the README's Home tab picture is drawn from it)")

// TestHomeTabGolden renders a sample Home tab and compares it with
// docs/home-tab.json, the file the README's picture is drawn from, so the
// picture shows what the code publishes.
func TestHomeTabGolden(t *testing.T) {
	analyzer, err := coach.NewAnalyzer(coach.Options{})
	if err != nil {
		t.Fatal(err)
	}
	tips, err := coach.LoadTips()
	if err != nil {
		t.Fatal(err)
	}
	b := &Bot{analyzer: analyzer}
	now := time.Date(2026, 12, 2, 10, 0, 0, 0, time.UTC)
	d := homeData{
		Counts: map[string]int{"jargon": 4, "no-problem": 2, "promise": 1},
		Muted:  []string{"jargon.network", "no-problem.reply"},
		Promises: []storage.Promise{
			{ID: "k3p9", Text: "send Priya the steps for the new VPN client", Due: now.Add(5 * time.Hour)},
			{ID: "w2mx", Text: "check whether the loaner laptop is back from repair", Due: now.Add(26 * time.Hour)},
		},
		Tip:       &tips[0],
		Now:       now,
		Location:  time.UTC,
		ruleWords: b.ruleInWords,
	}
	first := d
	first.First = true
	first.Counts, first.Muted, first.Promises = nil, nil, nil
	for name, data := range map[string]homeData{"home-tab.json": d, "home-tab-first.json": first} {
		t.Run(name, func(t *testing.T) {
			view := slack.HomeTabViewRequest{Type: slack.VTHomeTab, Blocks: slack.Blocks{BlockSet: homeBlocks(data)}, CallbackID: "rapport_home"}
			got, err := json.MarshalIndent(view, "", "  ")
			if err != nil {
				t.Fatal(err)
			}
			got = append(got, '\n')
			path := filepath.Join("..", "docs", name)
			if *updateHome {
				if err := os.WriteFile(path, got, 0o644); err != nil {
					t.Fatal(err)
				}
			}
			want, err := os.ReadFile(path)
			if err != nil {
				t.Fatalf("%v (run go test ./bot -run TestHomeTabGolden -update-home)", err)
			}
			if string(got) != string(want) {
				t.Errorf("the Home tab changed: run go test ./bot -run TestHomeTabGolden -update-home, then python3 scripts/render-home.py, and commit both")
			}
		})
	}
}
