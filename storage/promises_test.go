package storage

import (
	"bytes"
	"errors"
	"fmt"
	"path/filepath"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
)

func newPromise(t *testing.T, db *DB, owner, text string, due time.Time) Promise {
	t.Helper()
	p := Promise{Owner: owner, Requester: "UREQ", Text: text, ChannelID: "C1", MessageTS: "1700000000.000100",
		Permalink: "https://example.slack.com/archives/C1/p1700000000000100", Due: due}
	if err := db.CreatePromise(t.Context(), &p); err != nil {
		t.Fatalf("CreatePromise(%q): %v", text, err)
	}
	return p
}

func TestCreatePromise(t *testing.T) {
	db, _ := newDB(t)
	due := time.Date(2026, 11, 19, 15, 0, 0, 123456789, time.FixedZone("EST", -5*3600))
	p := newPromise(t, db, "U1", "call Dana back about the VPN", due)

	if len(p.ID) != 4 || strings.Trim(p.ID, IDAlphabet) != "" {
		t.Errorf("ID = %q, want 4 characters from %q", p.ID, IDAlphabet)
	}
	want := Promise{
		ID: p.ID, Owner: "U1", Requester: "UREQ", Text: "call Dana back about the VPN",
		ChannelID: "C1", MessageTS: "1700000000.000100",
		Permalink: "https://example.slack.com/archives/C1/p1700000000000100",
		Due:       time.Date(2026, 11, 19, 20, 0, 0, 0, time.UTC), // truncated to the second
		Status:    PromiseOpen, CreatedAt: t0,
	}
	if diff := cmp.Diff(want, p); diff != "" {
		t.Errorf("CreatePromise result (-want +got):\n%s", diff)
	}
	got, err := db.Promise(t.Context(), "U1", p.ID)
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("stored promise (-want +got):\n%s", diff)
	}
}

func TestCreatePromiseRejectsBadInput(t *testing.T) {
	db, _ := newDB(t)
	due := t0.Add(time.Hour)
	tests := []struct {
		name string
		p    Promise
	}{
		{"no owner", Promise{Text: "x", Due: due}},
		{"no text", Promise{Owner: "U1", Due: due}},
		{"blank text", Promise{Owner: "U1", Text: " \n\t", Due: due}},
		{"huge text", Promise{Owner: "U1", Text: strings.Repeat("x", 40000), Due: due}},
		{"no due time", Promise{Owner: "U1", Text: "x"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if err := db.CreatePromise(t.Context(), &tt.p); err == nil {
				t.Errorf("CreatePromise = nil error, want one")
			}
		})
	}
	if ps, err := db.OpenPromises(t.Context(), "U1"); err != nil || len(ps) != 0 {
		t.Errorf("OpenPromises after rejected input = %v, %v; want none stored", ps, err)
	}
}

// A reader that always yields zero bytes makes every ID the same, so each
// new promise must step past the collisions to a longer ID, until none is left.
func TestCreatePromiseIDCollisions(t *testing.T) {
	db, _ := newDB(t)
	db.Rand = bytes.NewReader(make([]byte, 1000))
	for _, want := range []string{"2222", "22222", "222222"} {
		p := newPromise(t, db, "U1", "promise "+want, t0.Add(time.Hour))
		if p.ID != want {
			t.Errorf("ID = %q, want %q", p.ID, want)
		}
	}
	p := Promise{Owner: "U1", Text: "one too many", Due: t0.Add(time.Hour)}
	if err := db.CreatePromise(t.Context(), &p); err == nil {
		t.Errorf("CreatePromise with every ID taken = nil error (ID %q), want one", p.ID)
	}
	// Bytes that would bias the alphabet (>= 248) are skipped, not folded in.
	db.Rand = bytes.NewReader([]byte{255, 250, 248, 1, 2, 3, 30})
	if p := newPromise(t, db, "U1", "fresh", t0.Add(time.Hour)); p.ID != "345z" {
		t.Errorf("ID from bytes 1,2,3,30 = %q, want %q", p.ID, "345z")
	}
}

func TestPromiseLookup(t *testing.T) {
	db, _ := newDB(t)
	p := newPromise(t, db, "U1", "send the report", t0.Add(time.Hour))
	tests := []struct {
		name, owner, id string
		wantErr         error
	}{
		{"own ID", "U1", p.ID, nil},
		{"upper case", "U1", strings.ToUpper(p.ID), nil},
		{"surrounding spaces", "U1", "  " + p.ID + " ", nil},
		{"another owner's ID", "U2", p.ID, ErrNotFound},
		{"unknown ID", "U1", "zzzzzz", ErrNotFound},
		{"empty ID", "U1", "", ErrNotFound},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := db.Promise(t.Context(), tt.owner, tt.id)
			if !errors.Is(err, tt.wantErr) {
				t.Fatalf("Promise(%s, %q) error = %v, want %v", tt.owner, tt.id, err, tt.wantErr)
			}
			if tt.wantErr == nil && got.ID != p.ID {
				t.Errorf("Promise(%s, %q).ID = %q, want %q", tt.owner, tt.id, got.ID, p.ID)
			}
		})
	}
}

func TestOpenPromisesByDueTime(t *testing.T) {
	db, _ := newDB(t)
	late := newPromise(t, db, "U1", "late", t0.Add(3*time.Hour))
	early := newPromise(t, db, "U1", "early", t0.Add(time.Hour))
	overdue := newPromise(t, db, "U1", "overdue", t0.Add(-time.Hour))
	done := newPromise(t, db, "U1", "done", t0.Add(2*time.Hour))
	newPromise(t, db, "U2", "someone else's", t0.Add(time.Hour))
	if _, err := db.ClosePromise(t.Context(), "U1", done.ID, PromiseDone); err != nil {
		t.Fatal(err)
	}
	ps, err := db.OpenPromises(t.Context(), "U1")
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, p := range ps {
		got = append(got, p.ID)
	}
	if diff := cmp.Diff([]string{overdue.ID, early.ID, late.ID}, got); diff != "" {
		t.Errorf("OpenPromises IDs (-want +got):\n%s", diff)
	}
	if ps, err := db.OpenPromises(t.Context(), "U3"); err != nil || len(ps) != 0 {
		t.Errorf("OpenPromises(U3) = %v, %v; want none", ps, err)
	}
}

func TestClosePromise(t *testing.T) {
	for _, status := range []PromiseStatus{PromiseDone, PromiseCancelled} {
		t.Run(string(status), func(t *testing.T) {
			db, clock := newDB(t)
			ctx := t.Context()
			p := newPromise(t, db, "U1", "fix the printer", t0.Add(time.Hour))
			clock.Set(t0.Add(30 * time.Minute))

			if _, err := db.ClosePromise(ctx, "U2", p.ID, status); !errors.Is(err, ErrNotFound) {
				t.Errorf("ClosePromise by another owner = %v, want ErrNotFound", err)
			}
			got, err := db.ClosePromise(ctx, "U1", strings.ToUpper(p.ID), status)
			if err != nil {
				t.Fatal(err)
			}
			want := p
			want.Status, want.ClosedAt = status, t0.Add(30*time.Minute)
			if diff := cmp.Diff(want, got); diff != "" {
				t.Errorf("ClosePromise result (-want +got):\n%s", diff)
			}
			if stored, err := db.Promise(ctx, "U1", p.ID); err != nil {
				t.Fatal(err)
			} else if diff := cmp.Diff(want, stored); diff != "" {
				t.Errorf("stored after close (-want +got):\n%s", diff)
			}

			again, err := db.ClosePromise(ctx, "U1", p.ID, PromiseDone)
			if !errors.Is(err, ErrClosed) {
				t.Errorf("closing a closed promise = %v, want ErrClosed", err)
			}
			if again.Status != status {
				t.Errorf("ErrClosed came with status %q, want %q", again.Status, status)
			}
			if _, err := db.SnoozePromise(ctx, "U1", p.ID, t0.Add(5*time.Hour)); !errors.Is(err, ErrClosed) {
				t.Errorf("snoozing a closed promise = %v, want ErrClosed", err)
			}
		})
	}
	db, _ := newDB(t)
	p := newPromise(t, db, "U1", "x", t0.Add(time.Hour))
	if _, err := db.ClosePromise(t.Context(), "U1", p.ID, PromiseOpen); err == nil {
		t.Error("ClosePromise to status open = nil error, want one")
	}
}

func TestSnoozePromise(t *testing.T) {
	db, _ := newDB(t)
	ctx := t.Context()
	p := newPromise(t, db, "U1", "check the backup", t0.Add(time.Hour))
	newDue := t0.Add(26 * time.Hour)

	if _, err := db.SnoozePromise(ctx, "U2", p.ID, newDue); !errors.Is(err, ErrNotFound) {
		t.Errorf("SnoozePromise by another owner = %v, want ErrNotFound", err)
	}
	if got, _ := db.Promise(ctx, "U1", p.ID); !got.Due.Equal(p.Due) {
		t.Errorf("another owner's snooze moved the due time to %v", got.Due)
	}
	got, err := db.SnoozePromise(ctx, "U1", p.ID, newDue)
	if err != nil {
		t.Fatal(err)
	}
	want := p
	want.Due = newDue
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("SnoozePromise result (-want +got):\n%s", diff)
	}
	if _, err := db.SnoozePromise(ctx, "U1", "nope", newDue); !errors.Is(err, ErrNotFound) {
		t.Errorf("SnoozePromise unknown ID = %v, want ErrNotFound", err)
	}
}

func dueIDs(t *testing.T, db *DB, now time.Time, limit int) []string {
	t.Helper()
	ps, err := db.DuePromises(t.Context(), now, limit)
	if err != nil {
		t.Fatal(err)
	}
	ids := []string{}
	for _, p := range ps {
		ids = append(ids, p.ID)
	}
	return ids
}

func TestRemindersOncePerDueTime(t *testing.T) {
	db, _ := newDB(t)
	ctx := t.Context()
	a := newPromise(t, db, "U1", "a", t0.Add(time.Hour))
	b := newPromise(t, db, "U2", "b", t0.Add(2*time.Hour))
	c := newPromise(t, db, "U1", "c", t0.Add(2*time.Hour))
	if _, err := db.ClosePromise(ctx, "U1", c.ID, PromiseCancelled); err != nil {
		t.Fatal(err)
	}
	nextDue := func(want time.Time) {
		t.Helper()
		got, err := db.NextDue(ctx)
		if want.IsZero() {
			if !errors.Is(err, ErrNotFound) {
				t.Errorf("NextDue = %v, %v; want ErrNotFound", got, err)
			}
			return
		}
		if err != nil || !got.Equal(want) {
			t.Errorf("NextDue = %v, %v; want %v", got, err, want)
		}
	}
	check := func(now time.Time, want ...string) {
		t.Helper()
		if want == nil {
			want = []string{}
		}
		if diff := cmp.Diff(want, dueIDs(t, db, now, 0)); diff != "" {
			t.Errorf("DuePromises(%v) (-want +got):\n%s", now, diff)
		}
	}
	mark := func(id string, due time.Time) {
		t.Helper()
		if err := db.MarkReminded(ctx, id, due); err != nil {
			t.Fatalf("MarkReminded(%s): %v", id, err)
		}
	}

	check(t0)
	nextDue(a.Due)
	check(a.Due, a.ID)
	check(t0.Add(3*time.Hour), a.ID, b.ID) // cancelled c is never due
	if diff := cmp.Diff([]string{a.ID}, dueIDs(t, db, t0.Add(3*time.Hour), 1)); diff != "" {
		t.Errorf("DuePromises with limit 1 (-want +got):\n%s", diff)
	}

	mark(a.ID, a.Due)
	check(t0.Add(3*time.Hour), b.ID)
	nextDue(b.Due)
	if got, _ := db.Promise(ctx, "U1", a.ID); !got.RemindedDue.Equal(a.Due) {
		t.Errorf("RemindedDue = %v, want %v", got.RemindedDue, a.Due)
	}

	// Snoozing makes the promise due again at its new time.
	snoozed, err := db.SnoozePromise(ctx, "U1", a.ID, t0.Add(4*time.Hour))
	if err != nil {
		t.Fatal(err)
	}
	if !snoozed.RemindedDue.IsZero() {
		t.Errorf("RemindedDue after snooze = %v, want zero", snoozed.RemindedDue)
	}
	check(t0.Add(3*time.Hour), b.ID)
	check(t0.Add(4*time.Hour), b.ID, a.ID)
	// A reminder recorded for the old due time does not cover the new one.
	mark(a.ID, a.Due)
	check(t0.Add(4*time.Hour), b.ID, a.ID)
	mark(a.ID, snoozed.Due)
	mark(b.ID, b.Due)
	check(t0.Add(100 * time.Hour))
	nextDue(time.Time{})

	// Snoozing back to a time already reminded still reminds it again.
	if _, err := db.SnoozePromise(ctx, "U2", b.ID, b.Due); err != nil {
		t.Fatal(err)
	}
	check(t0.Add(100*time.Hour), b.ID)

	if err := db.MarkReminded(ctx, "nope", t0); !errors.Is(err, ErrNotFound) {
		t.Errorf("MarkReminded unknown ID = %v, want ErrNotFound", err)
	}
}

// A promise is visible to another connection (another process) as soon as
// CreatePromise returns, before the writer closes anything.
func TestCommittedPromiseVisibleToSecondHandle(t *testing.T) {
	path := t.TempDir() + "/shared.db"
	writer := openAt(t, path)
	p := newPromise(t, writer, "U1", "ring the vendor", t0.Add(time.Hour))
	reader := openAt(t, path)
	got, err := reader.Promise(t.Context(), "U1", p.ID)
	if err != nil {
		t.Fatalf("second handle: %v", err)
	}
	if got.Text != "ring the vendor" {
		t.Errorf("second handle read text %q", got.Text)
	}
}

// A person may hold at most MaxOpen open promises; closing one makes room.
// The cap holds when creates race on two handles, as from two processes.
func TestCreatePromiseCapPerOwner(t *testing.T) {
	ctx := t.Context()
	db, _ := newDB(t)
	if db.MaxOpen != DefaultMaxOpen {
		t.Fatalf("MaxOpen after Open: got %d, want %d", db.MaxOpen, DefaultMaxOpen)
	}
	db.MaxOpen = 3
	create := func(owner string) (Promise, error) {
		p := Promise{Owner: owner, Text: "call Dana back", Due: t0.Add(time.Hour)}
		err := db.CreatePromise(ctx, &p)
		return p, err
	}
	var first Promise
	for i := range 3 {
		p, err := create("U1")
		if err != nil {
			t.Fatalf("promise %d of 3: %v", i+1, err)
		}
		if i == 0 {
			first = p
		}
	}
	if _, err := create("U1"); !errors.Is(err, ErrTooManyOpen) {
		t.Fatalf("fourth open promise: got %v, want ErrTooManyOpen", err)
	}
	if _, err := create("U2"); err != nil {
		t.Fatalf("another owner is not capped by U1's promises: %v", err)
	}
	if _, err := db.ClosePromise(ctx, "U1", first.ID, PromiseDone); err != nil {
		t.Fatal(err)
	}
	if _, err := create("U1"); err != nil {
		t.Fatalf("after closing one: %v", err)
	}
	if ps, _ := db.OpenPromises(ctx, "U1"); len(ps) != 3 {
		t.Errorf("U1 open promises: got %d, want 3", len(ps))
	}

	// Racing creates on two handles: exactly the cap succeeds.
	path := filepath.Join(t.TempDir(), "race.db")
	handles := []*DB{openAt(t, path), openAt(t, path)}
	for _, h := range handles {
		h.MaxOpen = 5
	}
	var ok, capped atomic.Int32
	var wg sync.WaitGroup
	for g := range 12 {
		wg.Go(func() {
			p := Promise{Owner: "U3", Text: fmt.Sprintf("promise %d", g), Due: t0}
			switch err := handles[g%2].CreatePromise(ctx, &p); {
			case err == nil:
				ok.Add(1)
			case errors.Is(err, ErrTooManyOpen):
				capped.Add(1)
			default:
				t.Errorf("create %d: %v", g, err)
			}
		})
	}
	wg.Wait()
	if ok.Load() != 5 || capped.Load() != 7 {
		t.Errorf("racing creates: got %d stored and %d capped, want 5 and 7", ok.Load(), capped.Load())
	}
}
