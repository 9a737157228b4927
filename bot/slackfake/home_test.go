package slackfake_test

import (
	"context"
	"strings"
	"testing"

	"github.com/slack-go/slack"

	"github.com/rapport-bot/rapport/bot/slackfake"
)

func homeView(blocks ...slack.Block) slack.HomeTabViewRequest {
	return slack.HomeTabViewRequest{Type: slack.VTHomeTab, Blocks: slack.Blocks{BlockSet: blocks}}
}

func TestViewsPublishStoresTheLatestHome(t *testing.T) {
	fake := slackfake.New(t)
	api := newAPI(fake)
	ctx := context.Background()
	text := func(s string) slack.Block {
		return slack.NewSectionBlock(slack.NewTextBlockObject(slack.MarkdownType, s, false, false), nil, nil)
	}
	for _, s := range []string{"first", "second"} {
		resp, err := api.PublishViewContext(ctx, slack.PublishViewContextRequest{UserID: "U1", View: homeView(text(s))})
		if err != nil {
			t.Fatalf("publish %s: %v", s, err)
		}
		if resp.View.ID == "" || resp.View.Type != slack.VTHomeTab {
			t.Errorf("publish %s: got view id %q type %q, want an id and type home", s, resp.View.ID, resp.View.Type)
		}
	}
	got, ok := fake.HomeView("U1")
	if !ok || !strings.Contains(string(got), "second") || strings.Contains(string(got), "first") {
		t.Errorf("HomeView(U1) = %s, %v; want the second view only", got, ok)
	}
	if _, ok := fake.HomeView("U2"); ok {
		t.Errorf("HomeView(U2) exists, want none")
	}
}

func TestViewsPublishRefusesWhatSlackRefuses(t *testing.T) {
	long := strings.Repeat("x", 3001)
	many := make([]slack.Block, 101)
	for i := range many {
		many[i] = slack.NewDividerBlock()
	}
	tests := []struct {
		name string
		req  slack.PublishViewContextRequest
		want string
	}{
		{"modal type", slack.PublishViewContextRequest{UserID: "U1", View: slack.HomeTabViewRequest{Type: slack.VTModal, Blocks: slack.Blocks{BlockSet: []slack.Block{slack.NewDividerBlock()}}}}, "invalid_arguments"},
		{"too many blocks", slack.PublishViewContextRequest{UserID: "U1", View: homeView(many...)}, "invalid_blocks"},
		{"section too long", slack.PublishViewContextRequest{UserID: "U1", View: homeView(slack.NewSectionBlock(slack.NewTextBlockObject(slack.MarkdownType, long, false, false), nil, nil))}, "invalid_blocks"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			fake := slackfake.New(t)
			_, err := newAPI(fake).PublishViewContext(context.Background(), tt.req)
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Errorf("got %v, want %s", err, tt.want)
			}
			if _, ok := fake.HomeView("U1"); ok {
				t.Errorf("a refused view was stored")
			}
		})
	}
}
