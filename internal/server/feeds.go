package server

import (
	"context"
	"io"
	"net/http"
	"time"

	"rasad/internal/store"
)

// FeedLister lists the feeds the archive follows, for the feeds view and
// GET /api/feeds (the archive's stores are).
type FeedLister interface {
	Feeds(ctx context.Context) ([]store.Feed, error)
}

// feedsView is the data of the feeds page.
type feedsView struct {
	Feeds   []feedRow
	Polling bool // a poller runs in this server
	Failing int
}

// feedRow is a feed as the page shows it.
type feedRow struct {
	store.Feed
	Outlet    string
	Healthy   bool
	LastFetch string
	NextCheck string
}

func (s *Server) feedList(ctx context.Context) ([]store.Feed, error) {
	if s.feeds == nil {
		return []store.Feed{}, nil
	}
	fs, err := s.feeds.Feeds(ctx)
	if fs == nil {
		fs = []store.Feed{}
	}
	return fs, err
}

func (s *Server) handleFeeds(w http.ResponseWriter, r *http.Request) {
	fs, err := s.feedList(r.Context())
	if err != nil {
		s.writeError(w, r, err)
		return
	}
	writeJSON(w, http.StatusOK, map[string]any{"feeds": fs, "polling": s.feedMetrics != nil})
}

func (s *Server) pageFeeds(w http.ResponseWriter, r *http.Request) {
	fs, err := s.feedList(r.Context())
	if err != nil {
		s.pageError(w, r, err)
		return
	}
	v := feedsView{Polling: s.feedMetrics != nil}
	for _, f := range fs {
		row := feedRow{Feed: f, Outlet: f.Outlet(), Healthy: f.Errors == 0, LastFetch: clock(f.LastFetch), NextCheck: clock(f.NextCheck)}
		if !row.Healthy {
			v.Failing++
		}
		v.Feeds = append(v.Feeds, row)
	}
	s.render(w, r, http.StatusOK, "feeds", tr(langOf(r), "feeds"), v)
}

// clock writes a time for the page, "—" for never.
func clock(t time.Time) string {
	if t.IsZero() {
		return "—"
	}
	return t.UTC().Format("2006-01-02 15:04 UTC")
}

// writeFeedMetrics adds the poller's metrics to /metrics.
func (s *Server) writeFeedMetrics(w io.Writer) {
	if s.feedMetrics != nil {
		s.feedMetrics.WriteTo(w)
	}
}
