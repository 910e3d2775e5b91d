package server

import (
	"context"
	"encoding/json"
	"io"
	"strings"
	"testing"
	"time"

	"rasad/internal/store"
)

type feedList []store.Feed

func (l feedList) Feeds(context.Context) ([]store.Feed, error) { return l, nil }

type fixedMetrics string

func (m fixedMetrics) WriteTo(w io.Writer) (int64, error) {
	n, err := io.WriteString(w, string(m))
	return int64(n), err
}

func TestFeedsView(t *testing.T) {
	t0 := time.Date(2026, 12, 6, 8, 0, 0, 0, time.UTC)
	feeds := feedList{
		{ID: 1, URL: "https://okaz.example/rss", Name: "عكاظ", Status: "ok", Items: 12, LastFetch: t0, NextCheck: t0.Add(15 * time.Minute), Fetches: 3},
		{ID: 2, URL: "https://broken.example/feed", Title: "Broken Daily", Status: "HTTP 500 Internal Server Error", Errors: 2, Failures: 2, LastFetch: t0},
	}
	f := start(t, Config{Feeds: feeds, FeedMetrics: fixedMetrics("rasad_feeds_due 2\n")})
	for _, lang := range []string{"ar", "en"} {
		r := f.do(t, request{path: "/feeds?lang=" + lang})
		want := map[string][]string{
			"ar": {"المصادر", "عكاظ", "سليم", "متعثر", "Broken Daily", "HTTP 500", "2026-12-06 08:15 UTC", "يتابع الخادم"},
			"en": {"Feeds", "عكاظ", "healthy", "failing", "1 failing feeds", "This server follows"},
		}[lang]
		if r.status != 200 {
			t.Fatalf("GET /feeds?lang=%s: %d", lang, r.status)
		}
		for _, s := range want {
			if !strings.Contains(r.body, s) {
				t.Errorf("feeds page (%s) lacks %q", lang, s)
			}
		}
	}
	r := f.do(t, request{path: "/api/feeds"})
	var got struct {
		Feeds   []store.Feed
		Polling bool
	}
	if err := json.Unmarshal([]byte(r.body), &got); err != nil || len(got.Feeds) != 2 || !got.Polling || got.Feeds[1].Errors != 2 {
		t.Errorf("GET /api/feeds = %s (%v)", r.body, err)
	}
	if r := f.do(t, request{path: "/metrics"}); !strings.Contains(r.body, "rasad_feeds_due 2\n") {
		t.Errorf("metrics lack the poller's:\n%s", r.body)
	}
	// The home page lists the feeds' health, the failing one first.
	r = f.do(t, request{path: "/?lang=en"})
	if i, j := strings.Index(r.body, "Broken Daily"), strings.Index(r.body, "عكاظ"); r.status != 200 || !strings.Contains(r.body, `id="feed-health"`) || i < 0 || j < 0 || i > j {
		t.Errorf("home page's feed health: %d, failing at %d, healthy at %d", r.status, i, j)
	}

	// Without feeds, the page says so.
	f = start(t, Config{})
	if r := f.do(t, request{path: "/feeds?lang=en"}); r.status != 200 || !strings.Contains(r.body, "No feeds followed") || !strings.Contains(r.body, "not polling") {
		t.Errorf("feeds page without feeds: %d %.300s", r.status, r.body)
	}
	if r := f.do(t, request{path: "/?lang=en"}); strings.Contains(r.body, `id="feed-health"`) {
		t.Error("home page shows feed health without feeds")
	}
}
