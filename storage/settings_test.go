package storage

import (
	"errors"
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestOptedOut(t *testing.T) {
	db, _ := newDB(t)
	ctx := t.Context()
	steps := []struct {
		name    string
		set     *bool
		user    string
		wantOut bool
	}{
		{name: "unknown user is opted in", user: "U1", wantOut: false},
		{name: "opt out", set: ptr(true), user: "U1", wantOut: true},
		{name: "opt out twice", set: ptr(true), user: "U1", wantOut: true},
		{name: "another user unaffected", user: "U2", wantOut: false},
		{name: "opt back in", set: ptr(false), user: "U1", wantOut: false},
	}
	for _, s := range steps {
		t.Run(s.name, func(t *testing.T) {
			if s.set != nil {
				if err := db.SetOptedOut(ctx, s.user, *s.set); err != nil {
					t.Fatal(err)
				}
			}
			got, err := db.OptedOut(ctx, s.user)
			if err != nil {
				t.Fatal(err)
			}
			if got != s.wantOut {
				t.Errorf("OptedOut(%s) = %v, want %v", s.user, got, s.wantOut)
			}
		})
	}
	if err := db.SetOptedOut(ctx, "", true); err == nil {
		t.Error("SetOptedOut with empty user = nil error, want one")
	}
}

func ptr[T any](v T) *T { return &v }

func TestMutedRulesAndUnmute(t *testing.T) {
	db, _ := newDB(t)
	ctx := t.Context()
	click := func(user, rule string, n int) {
		t.Helper()
		for range n {
			if _, _, err := db.RecordNotHelpful(ctx, user, rule, 3); err != nil {
				t.Fatal(err)
			}
		}
	}
	muted := func(user string) []string {
		t.Helper()
		rules, err := db.MutedRules(ctx, user)
		if err != nil {
			t.Fatal(err)
		}
		return rules
	}

	if got := muted("U1"); len(got) != 0 {
		t.Errorf("MutedRules for new user = %v, want none", got)
	}
	click("U1", "no-problem", 3)
	click("U1", "jargon-acronym", 3)
	click("U1", "blame-you", 2) // not yet muted
	click("U2", "robotic", 3)
	if diff := cmp.Diff([]string{"jargon-acronym", "no-problem"}, muted("U1")); diff != "" {
		t.Errorf("MutedRules(U1) (-want +got):\n%s", diff)
	}
	if diff := cmp.Diff([]string{"robotic"}, muted("U2")); diff != "" {
		t.Errorf("MutedRules(U2) (-want +got):\n%s", diff)
	}

	if err := db.UnmuteRule(ctx, "U1", "no-problem"); err != nil {
		t.Fatalf("UnmuteRule: %v", err)
	}
	if diff := cmp.Diff([]string{"jargon-acronym"}, muted("U1")); diff != "" {
		t.Errorf("MutedRules after unmute (-want +got):\n%s", diff)
	}
	// The count was reset: one more click is the first again, not a re-mute.
	count, isMuted, err := db.RecordNotHelpful(ctx, "U1", "no-problem", 3)
	if err != nil || count != 1 || isMuted {
		t.Errorf("RecordNotHelpful after unmute = %d, %v, %v; want 1, false, nil", count, isMuted, err)
	}

	tests := []struct{ name, user, rule string }{
		{"not muted (below threshold)", "U1", "blame-you"},
		{"never clicked", "U1", "in-joke"},
		{"muted by another user only", "U1", "robotic"},
		{"already unmuted", "U1", "no-problem"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if err := db.UnmuteRule(ctx, tt.user, tt.rule); !errors.Is(err, ErrNotFound) {
				t.Errorf("UnmuteRule(%s, %s) = %v, want ErrNotFound", tt.user, tt.rule, err)
			}
		})
	}
	// A failed unmute changes nothing.
	if count, _, _ := db.RecordNotHelpful(ctx, "U1", "blame-you", 3); count != 3 {
		t.Errorf("blame-you count after failed unmute = %d, want 3", count)
	}
	if diff := cmp.Diff([]string{"robotic"}, muted("U2")); diff != "" {
		t.Errorf("MutedRules(U2) after U1's unmute attempts (-want +got):\n%s", diff)
	}
}
