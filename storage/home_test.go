package storage

import (
	"errors"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
)

func TestOpenHomeIsFirstOnlyOnce(t *testing.T) {
	db, _ := newDB(t)
	ctx := t.Context()
	for i, want := range []bool{true, false, false} {
		got, err := db.OpenHome(ctx, "U1")
		if err != nil {
			t.Fatalf("open %d: %v", i, err)
		}
		if got != want {
			t.Errorf("open %d: first = %v, want %v", i, got, want)
		}
	}
	if err := db.Forget(ctx, "U1"); err != nil {
		t.Fatal(err)
	}
	if got, _ := db.OpenHome(ctx, "U1"); !got {
		t.Errorf("after /coach forget: first = false, want true (onboarding again)")
	}
}

func TestNudgeCountsByCategoryAndWindow(t *testing.T) {
	db, clock := newDB(t)
	ctx := t.Context()
	record := func(user, cat string, at time.Time) {
		t.Helper()
		clock.Set(at)
		if err := db.RecordNudge(ctx, user, cat); err != nil {
			t.Fatal(err)
		}
	}
	record("U1", "jargon", t0.Add(-40*24*time.Hour))
	record("U1", "jargon", t0.Add(-time.Hour))
	record("U1", "jargon", t0.Add(-2*time.Hour))
	record("U1", "blame", t0.Add(-3*time.Hour))
	record("U2", "blame", t0.Add(-time.Hour))
	got, err := db.NudgeCounts(ctx, "U1", t0.Add(-28*24*time.Hour), t0)
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(map[string]int{"jargon": 2, "blame": 1}, got); diff != "" {
		t.Errorf("U1's last four weeks (-want +got):\n%s", diff)
	}
	if err := db.RecordNudge(ctx, "", "blame"); err == nil {
		t.Errorf("empty user: got nil error, want one")
	}
	if err := db.Forget(ctx, "U1"); err != nil {
		t.Fatal(err)
	}
	if got, _ := db.NudgeCounts(ctx, "U1", time.Time{}, t0.Add(time.Hour)); len(got) != 0 {
		t.Errorf("after forget: got %v, want nothing", got)
	}
}

func TestUndoNotHelpfulUnmutesAndLeavesTheReport(t *testing.T) {
	db, clock := newDB(t)
	ctx := t.Context()
	clock.Set(t0.Add(-time.Hour))
	if err := db.RecordFindings(ctx, []FindingRecord{
		{UserID: "U1", Rule: "jargon.term", Category: "jargon"},
		{UserID: "U1", Rule: "jargon.term", Category: "jargon"},
		{UserID: "U2", Rule: "blame.user", Category: "blame"},
	}); err != nil {
		t.Fatal(err)
	}
	for range 3 {
		if _, _, err := db.RecordNotHelpful(ctx, "U1", "jargon.term", 3); err != nil {
			t.Fatal(err)
		}
		if err := db.RecordRuleVote(ctx, "jargon.term"); err != nil {
			t.Fatal(err)
		}
	}
	clock.Set(t0)
	if muted, _ := db.MutedRules(ctx, "U1"); !cmp.Equal(muted, []string{"jargon.term"}) {
		t.Fatalf("muted = %v, want [jargon.term]", muted)
	}
	report, err := db.RuleReport(ctx, t0.Add(-30*24*time.Hour), t0)
	if err != nil {
		t.Fatal(err)
	}
	want := []RuleCount{{Rule: "jargon.term", Fired: 2, NotHelpful: 3}, {Rule: "blame.user", Fired: 1}}
	if diff := cmp.Diff(want, report); diff != "" {
		t.Errorf("report (-want +got):\n%s", diff)
	}

	if err := db.UndoNotHelpful(ctx, "U1", "jargon.term", 3); err != nil {
		t.Fatalf("undo: %v", err)
	}
	if muted, _ := db.MutedRules(ctx, "U1"); len(muted) != 0 {
		t.Errorf("after undo: muted = %v, want none", muted)
	}
	report, _ = db.RuleReport(ctx, t0.Add(-30*24*time.Hour), t0.Add(time.Second))
	if report[0].NotHelpful != 2 {
		t.Errorf("after undo: not helpful = %d, want 2", report[0].NotHelpful)
	}
	// One more click mutes it again: the count went down by one, not to zero.
	if _, muted, _ := db.RecordNotHelpful(ctx, "U1", "jargon.term", 3); !muted {
		t.Errorf("third click after undo: muted = false, want true")
	}
	if err := db.UndoNotHelpful(ctx, "U2", "jargon.term", 3); !errors.Is(err, ErrNotFound) {
		t.Errorf("undo with no click: got %v, want ErrNotFound", err)
	}
}
