package storetest

import (
	"context"
	"errors"
	"testing"
	"time"

	"rasad/internal/store"
)

// FeedStore is the part of an archive that keeps the state of feed
// pollers (internal/feed's State).
type FeedStore interface {
	AddFeed(ctx context.Context, url, name string, now time.Time) (store.Feed, bool, error)
	RemoveFeed(ctx context.Context, url string) error
	Feeds(ctx context.Context) ([]store.Feed, error)
	DueFeeds(ctx context.Context, now time.Time, limit int) ([]store.Feed, error)
	SaveFeed(ctx context.Context, f store.Feed) error
	ClaimItems(ctx context.Context, items []store.FeedItem, since time.Time) ([]store.FeedItem, []bool, error)
	FinishItems(ctx context.Context, items []store.FeedItem) error
	PendingItems(ctx context.Context, feed int64) ([]store.FeedItem, error)
}

// Feeds runs the contract tests of the feed state; open must return a new,
// empty store.
func Feeds(t *testing.T, open func(t *testing.T) FeedStore) {
	t.Run("FeedList", func(t *testing.T) { testFeedList(t, open(t)) })
	t.Run("FeedItems", func(t *testing.T) { testFeedItems(t, open(t)) })
}

var t0 = time.Date(2026, 12, 1, 10, 0, 0, 0, time.UTC)

func testFeedList(t *testing.T, s FeedStore) {
	ctx := context.Background()
	a, added, err := s.AddFeed(ctx, "http://a.test/rss", "صحيفة أ", t0)
	if err != nil || !added || a.ID == 0 || a.Name != "صحيفة أ" || !a.Added.Equal(t0) {
		t.Fatalf("AddFeed = %+v, %v, %v; want a new feed", a, added, err)
	}
	if again, added, err := s.AddFeed(ctx, "http://a.test/rss", "", t0.Add(time.Hour)); err != nil || added || again.ID != a.ID || again.Name != "صحيفة أ" {
		t.Fatalf("AddFeed again = %+v, %v, %v; want the same feed, not added", again, added, err)
	}
	b, _, _ := s.AddFeed(ctx, "http://b.test/atom", "", t0)
	// a is due now (never checked); b is checked later.
	b.NextCheck, b.Title, b.ETag, b.LastModified = t0.Add(time.Hour), "Feed B", `"v1"`, "Tue, 01 Dec 2026 09:00:00 GMT"
	b.NoConditional, b.NotModified, b.Errors, b.Fetches, b.Failures, b.Items = true, 2, 3, 10, 4, 7
	b.Status, b.LastFetch, b.BodyHash = "500 Internal Server Error", t0, "abc"
	if err := s.SaveFeed(ctx, b); err != nil {
		t.Fatal(err)
	}
	due, err := s.DueFeeds(ctx, t0, 10)
	if err != nil || len(due) != 1 || due[0].ID != a.ID {
		t.Fatalf("DueFeeds(t0) = %+v, %v; want feed a alone", due, err)
	}
	due, _ = s.DueFeeds(ctx, t0.Add(2*time.Hour), 10)
	if len(due) != 2 || due[0].ID != a.ID || due[1].ID != b.ID {
		t.Fatalf("DueFeeds(t0+2h) = %+v; want a then b", due)
	}
	all, err := s.Feeds(ctx)
	if err != nil || len(all) != 2 {
		t.Fatalf("Feeds = %+v, %v", all, err)
	}
	if got := all[1]; got != b {
		t.Errorf("saved feed read back as\n%+v\nwant\n%+v", got, b)
	}
	// A permanent redirect moves the feed.
	b.URL = "https://b.test/atom"
	if err := s.SaveFeed(ctx, b); err != nil {
		t.Fatal(err)
	}
	if err := s.RemoveFeed(ctx, "http://b.test/atom"); !errors.Is(err, store.ErrNotFound) {
		t.Errorf("RemoveFeed(old URL) = %v, want ErrNotFound", err)
	}
	if err := s.RemoveFeed(ctx, "https://b.test/atom"); err != nil {
		t.Fatal(err)
	}
	if err := s.SaveFeed(ctx, b); !errors.Is(err, store.ErrNotFound) {
		t.Errorf("SaveFeed(removed) = %v, want ErrNotFound", err)
	}
	if all, _ := s.Feeds(ctx); len(all) != 1 {
		t.Errorf("after RemoveFeed, %d feeds, want 1", len(all))
	}
}

func testFeedItems(t *testing.T, s FeedStore) {
	ctx := context.Background()
	f, _, _ := s.AddFeed(ctx, "http://a.test/rss", "A", t0)
	since := t0.Add(-7 * 24 * time.Hour)
	claim := func(it store.FeedItem, wantProcess bool, wantID int64) store.FeedItem {
		t.Helper()
		it.Feed, it.Seen = f.ID, t0
		if it.Outlet == "" {
			it.Outlet = "A"
		}
		gots, processes, err := s.ClaimItems(ctx, []store.FeedItem{it}, since)
		if err != nil {
			t.Fatal(err)
		}
		got, process := gots[0], processes[0]
		if process != wantProcess || wantID != 0 && got.ID != wantID {
			t.Fatalf("ClaimItem(%+v) = %+v, %v; want process %v, id %d", it, got, process, wantProcess, wantID)
		}
		return got
	}
	one := claim(store.FeedItem{GUID: "g1", URLKey: "a.test/1", TitleKey: "t1", Link: "http://a.test/1", Title: "T1", Published: "2026-12-01", Summary: "s"}, true, 0)
	if one.ID == 0 || one.Done || one.Link != "http://a.test/1" {
		t.Fatalf("first claim = %+v", one)
	}
	// Claimed and not done: a poller stopped; the next finds it again, by
	// any of its keys, and among the pending items.
	claim(store.FeedItem{GUID: "g1"}, true, one.ID)
	pending, err := s.PendingItems(ctx, f.ID)
	if err != nil || len(pending) != 1 || pending[0].ID != one.ID || pending[0].Summary != "s" || !pending[0].Seen.Equal(t0) {
		t.Fatalf("PendingItems = %+v, %v; want the first item", pending, err)
	}
	if err := s.FinishItems(ctx, []store.FeedItem{{ID: one.ID, Doc: "doc1", FromFeed: true}}); err != nil {
		t.Fatal(err)
	}
	if pending, _ := s.PendingItems(ctx, f.ID); len(pending) != 0 {
		t.Fatalf("PendingItems after FinishItem = %+v", pending)
	}
	// The same story: same GUID with a new URL; then that new URL alone
	// (recorded as an alias); the same URL from another outlet; the same
	// title in the outlet.
	got := claim(store.FeedItem{GUID: "g1", URLKey: "a.test/1-new"}, false, one.ID)
	if got.Doc != "doc1" || !got.Done || !got.FromFeed {
		t.Errorf("repeat claim = %+v, want done with doc1, from the feed", got)
	}
	claim(store.FeedItem{URLKey: "a.test/1-new", GUID: "g-other"}, false, one.ID)
	claim(store.FeedItem{GUID: "g-other"}, false, one.ID)
	claim(store.FeedItem{URLKey: "a.test/1", Outlet: "B"}, false, one.ID)
	claim(store.FeedItem{TitleKey: "t1"}, false, one.ID)
	// Not the same: GUID and title in another outlet; a title seen before
	// since.
	claim(store.FeedItem{GUID: "g1", TitleKey: "t1", Outlet: "B", Link: "http://b.test/x"}, true, 0)
	old := claim(store.FeedItem{TitleKey: "old", Link: "http://a.test/old"}, true, 0)
	if err := s.FinishItems(ctx, []store.FeedItem{{ID: old.ID, Doc: "docold"}}); err != nil {
		t.Fatal(err)
	}
	later, process, err := s.ClaimItems(ctx, []store.FeedItem{{Feed: f.ID, Outlet: "A", TitleKey: "old", Seen: t0.Add(8 * 24 * time.Hour)}}, t0.Add(24*time.Hour))
	if err != nil || !process[0] || later[0].ID == old.ID {
		t.Errorf("a title first seen over the window ago = %+v, %v, %v; want a new item", later, process, err)
	}
	// In one call, a story twice: claimed once, then found claimed.
	two, process, err := s.ClaimItems(ctx, []store.FeedItem{{Feed: f.ID, Outlet: "A", GUID: "twice", Seen: t0}, {Feed: f.ID, Outlet: "A", GUID: "twice", Seen: t0}}, since)
	if err != nil || two[0].ID != two[1].ID || !process[0] || !process[1] {
		t.Errorf("one story twice in a call = %+v, %v, %v; want one pending item", two, process, err)
	}
	if err := s.FinishItems(ctx, []store.FeedItem{{ID: two[0].ID, Doc: "doc2"}, {ID: a0(t, s, f.ID), Doc: "doc3"}}); err != nil {
		t.Fatal(err)
	}
	if pending, _ := s.PendingItems(ctx, f.ID); len(pending) != 1 {
		t.Errorf("after FinishItems, %d pending items, want 1", len(pending))
	}
	// An item with no key at all is always new.
	a := claim(store.FeedItem{Link: ""}, true, 0)
	b := claim(store.FeedItem{Link: ""}, true, 0)
	if a.ID == b.ID {
		t.Errorf("two items without keys got one id")
	}
}

// a0 is the id of the first pending item of feed.
func a0(t *testing.T, s FeedStore, feed int64) int64 {
	pending, err := s.PendingItems(context.Background(), feed)
	if err != nil || len(pending) == 0 {
		t.Fatalf("PendingItems = %v, %v", pending, err)
	}
	return pending[0].ID
}
